package org.ffmusb.udev;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.udev.testing.Recorder;
import org.ffmusb.udev.testing.Sysctl;
import org.ffmusb.udev.testing.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The monitor on real libudev while usb-emulator plugs and unplugs devices at run time. */
class MonitorEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static UsbEmulator emulator;

    @BeforeAll
    static void open() throws IOException {
        // The testbed hands uevents to monitors over AF_UNIX datagram sockets, which hold
        // net.unix.max_dgram_qlen unread messages (10 by default; the emulator waits up to a second for
        // room, then drops); netlink holds the monitor's 128 MiB. The surefire JVM runs in a network
        // namespace of its own with room for 1024 (src/test/netns-java/bin/java), so the bursts below
        // test the monitor, not the rig.
        long qlen = Sysctl.read("net/unix/max_dgram_qlen");
        assertTrue(qlen >= 1024, "net.unix.max_dgram_qlen is " + qlen + ": run these tests through Maven (./test),"
                + " whose test JVM gets a network namespace with room for 1024 messages");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        emulator.close();
    }

    private static boolean deviceEvent(UsbEvent e, UdevAction action) {
        return e instanceof UsbDeviceEvent && e.action() == action;
    }

    @Test
    void plugAndUnplugGiveExactlyOneEventEachInOrder() throws InterruptedException {
        Recorder recorder = new Recorder();
        try (UdevMonitor monitor = UdevMonitor.start(recorder)) {
            PluggedDevice p = emulator.plug(TestDevices.composite(0x046d, 0xc31c, "Logitech", "USB Keyboard"));
            recorder.await(e -> deviceEvent(e, UdevAction.BIND), 1, WAIT);
            p.unplug();
            List<UsbEvent> events = recorder.await(e -> deviceEvent(e, UdevAction.REMOVE), 1, WAIT);
            Thread.sleep(100); // anything extra would have arrived by now
            events = recorder.events();
            String dev = p.sysfsPath();
            String if0 = dev + "/" + dev.substring(dev.lastIndexOf('/') + 1) + ":1.0";
            String if1 = dev + "/" + dev.substring(dev.lastIndexOf('/') + 1) + ":1.1";
            // Linux's order: the device, its interfaces, the generic driver "usb" bound to the device once it
            // chose the configuration; on unplug the interfaces go first, then the driver, then the device.
            assertEquals(List.of("add " + dev, "add " + if0, "add " + if1, "bind " + dev, "remove " + if1,
                    "remove " + if0, "unbind " + dev, "remove " + dev),
                    events.stream().map(e -> e.actionName() + " " + e.syspath()).toList());
            for (int k = 1; k < events.size(); k++) {
                assertTrue(events.get(k).seqnum() > events.get(k - 1).seqnum(), "seqnums increase: " + events);
            }
            assertTrue(recorder.threads().stream().allMatch(monitor.listenerThreadName()::equals),
                    "listeners run on the monitor's events thread");

            UsbDevice added = ((UsbDeviceEvent) events.getFirst()).device();
            assertEquals(new BusAddress(p.busNumber(), p.deviceAddress()), added.busAddress());
            assertEquals("Logitech, Inc.", added.vendorName());
            assertEquals("Keyboard K120", added.productName(), "the hwdb knows 046d:c31c");
            assertEquals(0x046d, added.vendorId());
            assertEquals("Logitech", added.manufacturer());
            assertArrayEquals(p.descriptors().sysfsDescriptors(), added.descriptors());
            assertTrue(added.interfaces().isEmpty(), "interfaces come as their own events after the device's add");
            UsbInterface firstInterface = ((UsbInterfaceEvent) events.get(1)).usbInterface();
            assertEquals(3, firstInterface.interfaceClass());
            assertEquals("Keyboard", firstInterface.name());
            assertEquals(dev, firstInterface.deviceSyspath());

            UsbDevice bound = ((UsbDeviceEvent) events.get(3)).device();
            assertEquals("usb", bound.properties().get("DRIVER"), "the bind names the driver");
            assertEquals(2, bound.interfaces().size(), "the interfaces exist by then");

            UsbDevice removed = ((UsbDeviceEvent) events.getLast()).device();
            assertEquals(new BusAddress(p.busNumber(), p.deviceAddress()), removed.busAddress(),
                    "a remove event still says which libusb device went away");
            assertTrue(removed.sysattrs().isEmpty(), "sysfs is gone by then");
            assertTrue(removed.interfaces().isEmpty());
            assertEquals(0, monitor.listenerFailures());
            assertEquals(8, monitor.eventsDelivered());
        }
    }

    @Test
    void devicesOnlyLeavesInterfaceEventsInTheKernel() throws InterruptedException {
        Recorder recorder = new Recorder();
        try (UdevMonitor monitor = UdevMonitor.builder().interfaces(false).listener(recorder).start()) {
            PluggedDevice p = emulator.plug(TestDevices.stick(0x0781, 0x5567, "SanDisk", "Cruzer", "1"));
            p.unplug();
            recorder.await(e -> deviceEvent(e, UdevAction.REMOVE), 1, WAIT);
            Thread.sleep(100);
            assertEquals(List.of(UdevAction.ADD, UdevAction.BIND, UdevAction.UNBIND, UdevAction.REMOVE),
                    recorder.events().stream().map(UsbEvent::action).toList());
        }
    }

    @Test
    void aThrowingListenerNeitherKillsTheMonitorNorStarvesTheOthers() throws InterruptedException {
        Recorder recorder = new Recorder();
        AtomicInteger thrown = new AtomicInteger();
        UsbEventListener broken = e -> {
            thrown.incrementAndGet();
            if (thrown.get() % 2 == 0) {
                throw new OutOfMemoryError("simulated: an Error, not only exceptions");
            }
            throw new IllegalStateException("simulated listener bug");
        };
        try (UdevMonitor monitor = UdevMonitor.builder().listener(broken).listener(recorder).interfaces(false).start()) {
            for (int i = 0; i < 3; i++) {
                emulator.plug(TestDevices.anonymous(0xf0f0, 0x10 + i)).unplug();
            }
            recorder.await(e -> deviceEvent(e, UdevAction.REMOVE), 3, WAIT);
            assertEquals(12, recorder.events().size(), "add, bind, unbind, remove of each");
            assertEquals(12, thrown.get());
            assertEquals(12, monitor.listenerFailures());
            assertTrue(monitor.isRunning());
        }
    }

    @Test
    void aListenerMayCloseTheMonitorFromItsOwnThread() throws InterruptedException {
        var closed = new CountDownLatch(1);
        var holder = new UdevMonitor[1];
        var calls = new AtomicInteger();
        UdevMonitor monitor = UdevMonitor.builder().threadName("udev-monitor-self-close").interfaces(false)
                .listener(e -> {
                    calls.incrementAndGet();
                    holder[0].close();
                    closed.countDown();
                }).start();
        holder[0] = monitor;
        PluggedDevice p = emulator.plug(TestDevices.anonymous(0xf0f0, 0x20));
        assertTrue(closed.await(20, TimeUnit.SECONDS));
        p.unplug();
        monitor.close();
        assertEquals(0, MonitorLifecycleTest.monitorThreads("udev-monitor-self-close"));
        assertEquals(1, calls.get(), "no event after the close");
    }

    @Test
    void aBurstOfAThousandPlugUnplugPairsLosesNothing() throws InterruptedException {
        Recorder devices = new Recorder();
        Recorder everything = new Recorder();
        try (UdevMonitor devicesOnly = UdevMonitor.builder().interfaces(false).listener(devices).start();
                UdevMonitor all = UdevMonitor.builder().threadName("udev-monitor-all").listener(everything).start()) {
            long start = System.nanoTime();
            List<String> plugged = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                PluggedDevice p = emulator.plug(TestDevices.stick(0x0781, 0x5567, "SanDisk", "Cruzer", "B" + i));
                plugged.add(p.sysfsPath() + " " + p.deviceAddress());
                p.unplug();
            }
            long sent = System.nanoTime() - start;
            List<UsbEvent> events = devices.await(e -> deviceEvent(e, UdevAction.REMOVE), 1000, WAIT);
            everything.await(e -> deviceEvent(e, UdevAction.REMOVE), 1000, WAIT);
            System.out.printf("burst: 4000 device + 2000 interface events sent in %d ms%n", sent / 1_000_000);
            assertEquals(4000, events.size());
            List<UdevAction> lifecycle = List.of(UdevAction.ADD, UdevAction.BIND, UdevAction.UNBIND, UdevAction.REMOVE);
            for (int i = 0; i < 1000; i++) {
                for (int k = 0; k < 4; k++) {
                    UsbDeviceEvent e = (UsbDeviceEvent) events.get(4 * i + k);
                    assertEquals(lifecycle.get(k), e.action(), "event " + (4 * i + k));
                    assertEquals(plugged.get(i), e.syspath() + " " + e.device().busAddress().address(), "plug " + i);
                }
            }
            assertEquals(6000, everything.events().size());
            Map<String, Integer> perAction = new HashMap<>();
            everything.events().forEach(e -> perAction.merge(e.getClass().getSimpleName() + " " + e.actionName(), 1, Integer::sum));
            assertEquals(Map.of("UsbDeviceEvent add", 1000, "UsbDeviceEvent bind", 1000, "UsbDeviceEvent unbind", 1000,
                    "UsbDeviceEvent remove", 1000, "UsbInterfaceEvent add", 1000, "UsbInterfaceEvent remove", 1000),
                    perAction);
            assertEquals(0, devices.lost() + everything.lost(), "no ENOBUFS");
        }
    }

    @Test
    void closeReturnsWithin100msWhileEventsFlowAndLeavesNoThread() throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        // A steady stream, paced: a listening socket holds few unread messages (net.unix.max_dgram_qlen)
        // and is briefly undrained while a monitor starts and stops; the emulator would wait for it.
        Thread plugger = Thread.ofPlatform().name("plugger").start(() -> {
            int i = 0;
            while (!stop.get()) {
                emulator.plug(TestDevices.anonymous(0xf0f0, 0x100 + (i++ % 100))).unplug();
                LockSupport.parkNanos(2_000_000);
            }
        });
        try {
            for (int round = 0; round < 20; round++) {
                Recorder recorder = new Recorder();
                UdevMonitor monitor = UdevMonitor.builder().threadName("udev-monitor-busy").interfaces(false)
                        .listener(recorder).start();
                recorder.await(e -> true, 2, WAIT);
                long begin = System.nanoTime();
                monitor.close();
                long millis = (System.nanoTime() - begin) / 1_000_000;
                assertTrue(millis < 100, "round " + round + ": close took " + millis + " ms");
                assertEquals(0, MonitorLifecycleTest.monitorThreads("udev-monitor-busy"), "round " + round);
                int delivered = recorder.events().size();
                Thread.sleep(5);
                assertEquals(delivered, recorder.events().size(), "nothing is delivered after close returns");
            }
        } finally {
            stop.set(true);
            plugger.join();
        }
    }
}
