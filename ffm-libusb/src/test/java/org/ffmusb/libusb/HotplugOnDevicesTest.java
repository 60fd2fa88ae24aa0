package org.ffmusb.libusb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.testing.EmulatedUsb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hotplug through real libusb 1.0.26 while the context runs: emulated devices plugged and unplugged at run
 * time reach listeners on the event thread as arrived/left, filtered by vendor and product, with the devices
 * already present first when asked; a listener may open a device, stream from it and close it when it
 * leaves.
 */
@Timeout(60)
class HotplugOnDevicesTest {
    static EmulatedUsb rig;
    final List<HotplugRegistration> registrations = new ArrayList<>();

    @BeforeAll
    static void open() {
        rig = EmulatedUsb.open();
    }

    @AfterAll
    static void close() {
        rig.close();
    }

    @AfterEach
    void unplug() {
        registrations.forEach(HotplugRegistration::close);
        rig.unplugAll();
    }

    record Event(String kind, UsbDevice device, Thread thread) {}

    /** A listener that queues what it sees. */
    final class Recorder implements HotplugListener {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        @Override
        public void arrived(UsbDevice device) {
            events.add(new Event("arrived", device, Thread.currentThread()));
        }

        @Override
        public void left(UsbDevice device) {
            events.add(new Event("left", device, Thread.currentThread()));
        }

        Event next() throws InterruptedException {
            Event e = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(e, "no hotplug event within 10 s");
            assertSame(rig.usb().eventThread(), e.thread(), "listeners run on the event thread");
            return e;
        }

        void expectNothing() throws InterruptedException {
            Event e = events.poll(300, TimeUnit.MILLISECONDS);
            assertNull(e, () -> "unexpected " + e.kind() + " " + e.device());
        }
    }

    Recorder listen(int vendor, int product, boolean enumerate) {
        var r = new Recorder();
        registrations.add(rig.usb().addHotplugListener(vendor, product, HotplugListener.ANY, enumerate, r));
        return r;
    }

    static boolean is(UsbDevice d, PluggedDevice p) {
        return d.busNumber() == p.busNumber() && d.address() == p.deviceAddress();
    }

    @Test
    void devicesArriveAndLeaveAtRunTime() throws Exception {
        Recorder r = listen(HotplugListener.ANY, HotplugListener.ANY, false);
        r.expectNothing();
        PluggedDevice plugged = rig.emulator().plug(new Loopback());
        Event arrived = r.next();
        assertEquals("arrived", arrived.kind());
        assertTrue(is(arrived.device(), plugged), arrived.device().toString());
        assertTrue(arrived.device().isConnected());
        assertSame(arrived.device(), rig.device(plugged), "one object per device");
        plugged.unplug();
        Event left = r.next();
        assertEquals("left", left.kind());
        assertSame(arrived.device(), left.device());
        assertFalse(left.device().isConnected());
        assertEquals(Loopback.PRODUCT_ID, left.device().descriptor().productId(), "cached values stay readable");
        var e = assertThrows(UsbException.class, () -> left.device().open());
        assertEquals(UsbError.NO_DEVICE, e.error());
        r.expectNothing();
    }

    @Test
    void enumerationReportsThePresentDevicesFirst() throws Exception {
        PluggedDevice loopback = rig.plug(new Loopback());
        PluggedDevice keyboard = rig.plug(new HidKeyboard());
        Recorder r = listen(0x1209, HotplugListener.ANY, true);
        List<UsbDevice> present = List.of(r.next().device(), r.next().device());
        assertTrue(present.stream().anyMatch(d -> is(d, loopback)) && present.stream().anyMatch(d -> is(d, keyboard)),
                present.toString());
        r.expectNothing(); // the root hubs do not match 1209
        PluggedDevice later = rig.emulator().plug(new Loopback());
        assertTrue(is(r.next().device(), later));
    }

    @Test
    void vendorAndProductFilter() throws Exception {
        Recorder keyboards = listen(HidKeyboard.VENDOR_ID, HidKeyboard.PRODUCT_ID, false);
        rig.emulator().plug(new Loopback());
        PluggedDevice keyboard = rig.emulator().plug(new HidKeyboard());
        Event e = keyboards.next();
        assertTrue(is(e.device(), keyboard));
        assertEquals(HidKeyboard.PRODUCT_ID, e.device().descriptor().productId());
        keyboards.expectNothing();
    }

    @Test
    void aClosedRegistrationHearsNothingAndAThrowingListenerHarmsNoOther() throws Exception {
        var thrown = new AtomicInteger();
        registrations.add(rig.usb().addHotplugListener(HotplugListener.ANY, HotplugListener.ANY, HotplugListener.ANY,
                false, d -> {
                    thrown.incrementAndGet();
                    throw new IllegalStateException("a listener that throws (logged, then ignored)");
                }));
        Recorder closed = listen(HotplugListener.ANY, HotplugListener.ANY, false);
        registrations.getLast().close();
        assertFalse(registrations.getLast().isActive());
        Recorder open = listen(HotplugListener.ANY, HotplugListener.ANY, false);
        PluggedDevice plugged = rig.emulator().plug(new Loopback());
        assertTrue(is(open.next().device(), plugged));
        assertEquals(1, thrown.get());
        closed.expectNothing();
    }

    @Test
    void aListenerCanDeregisterItself() throws Exception {
        var seen = new LinkedBlockingQueue<UsbDevice>();
        var self = new HotplugRegistration[1];
        self[0] = rig.usb().addHotplugListener(HotplugListener.ANY, HotplugListener.ANY, HotplugListener.ANY, false, d -> {
            seen.add(d);
            self[0].close();
        });
        registrations.add(self[0]);
        rig.emulator().plug(new Loopback());
        assertNotNull(seen.poll(10, TimeUnit.SECONDS));
        rig.emulator().plug(new Loopback());
        assertNull(seen.poll(300, TimeUnit.MILLISECONDS), "closed from its own callback");
    }

    /** What a usbredir host does: open on arrival, stream, close on departure, all on the event thread. */
    @Test
    void openStreamAndCloseFromTheListener() throws Exception {
        var completions = new AtomicInteger();
        var handles = new LinkedBlockingQueue<UsbDeviceHandle>();
        var closed = new LinkedBlockingQueue<UsbDeviceHandle>();
        var failures = new LinkedBlockingQueue<Throwable>();
        var streams = new ArrayList<Transfer>();
        registrations.add(rig.usb().addHotplugListener(Loopback.VENDOR_ID, Loopback.PRODUCT_ID, HotplugListener.ANY,
                false, new HotplugListener() {
                    UsbDeviceHandle handle;

                    @Override
                    public void arrived(UsbDevice device) {
                        try {
                            handle = device.open();
                            handle.claimInterface(0);
                            for (int i = 0; i < 4; i++) {
                                Transfer t = handle.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 512);
                                streams.add(t);
                                t.submit(new TransferCallback() {
                                    @Override
                                    public void completed(Transfer done) {
                                        if (done.status() == TransferStatus.COMPLETED) {
                                            completions.incrementAndGet();
                                            try {
                                                done.submit(this);
                                            } catch (RuntimeException gone) {
                                                // NO_DEVICE or closing: the stream ends
                                            }
                                        }
                                    }
                                });
                            }
                            handles.add(handle);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }

                    @Override
                    public void left(UsbDevice device) {
                        handle.close(); // on the event thread: finishes after the last callback
                        closed.add(handle);
                    }
                }));
        PluggedDevice plugged = rig.emulator().plug(new Loopback());
        UsbDeviceHandle h = handles.poll(10, TimeUnit.SECONDS);
        assertNotNull(h, () -> "the listener could not open the device: " + failures);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (completions.get() < 50) {
            assertTrue(System.nanoTime() < deadline, "streaming stalled at " + completions.get());
            Thread.sleep(5);
        }
        plugged.unplug();
        assertSame(h, closed.poll(10, TimeUnit.SECONDS));
        h.close(); // from this thread: returns once the event thread really closed it
        assertTrue(h.isClosed());
        assertEquals(0, h.transfersInFlight());
        streams.forEach(Transfer::close);
        assertTrue(failures.isEmpty(), failures::toString);
    }
}
