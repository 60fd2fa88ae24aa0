package org.ffmusb.udev;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.ffmusb.libusb.UsbError;
import org.ffmusb.libusb.UsbException;
import org.ffmusb.udev.testing.Recorder;
import org.ffmusb.udev.testing.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monitor reports drivers taking and leaving interfaces, and change events, exactly once and in
 * order: a program (here real libusb, through ffm-libusb) claiming an interface binds Linux's "usbfs"
 * driver, releasing it unbinds it; a kernel driver detached and attached again unbinds and binds; a
 * change event carries the device and its variables.
 */
class MonitorDriverEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static UsbEmulator emulator;
    private static UsbContext usb;

    @BeforeAll
    static void open() {
        emulator = UsbEmulator.open();
        usb = UsbContext.open();
    }

    @AfterAll
    static void close() {
        usb.close();
        emulator.close();
    }

    /** Opens the device through libusb once libusb's own hotplug monitor has seen it. */
    private static UsbDeviceHandle open(PluggedDevice p) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            for (UsbDevice d : usb.devices()) {
                if (d.busNumber() == p.busNumber() && d.address() == p.deviceAddress()) {
                    return d.open();
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("libusb does not list " + p);
    }

    private static List<String> lines(List<UsbEvent> events) {
        return events.stream().map(e -> e.actionName() + " " + e.syspath() + " " + driver(e)).toList();
    }

    private static String driver(UsbEvent e) {
        return switch (e) {
            case UsbInterfaceEvent i -> i.usbInterface().driver();
            case UsbDeviceEvent d -> d.device().driver();
        };
    }

    /** Waits until {@code count} events came, then 100 ms more in which an extra one would show. */
    private static List<UsbEvent> exactly(Recorder recorder, int count) throws InterruptedException {
        recorder.await(e -> true, count, WAIT);
        Thread.sleep(100);
        List<UsbEvent> events = recorder.events();
        assertEquals(count, events.size(), events.toString());
        for (int k = 1; k < events.size(); k++) {
            assertTrue(events.get(k).seqnum() > events.get(k - 1).seqnum(), "seqnums increase: " + events);
        }
        return events;
    }

    @Test
    void claimAndReleaseBindAndUnbindUsbfs() throws InterruptedException {
        PluggedDevice p = emulator.plug(TestDevices.composite(0xf0f0, 0x0030, "Acme", "Two interfaces"));
        String if1 = p.sysfsPath() + "/" + p.sysfsPath().substring(p.sysfsPath().lastIndexOf('/') + 1) + ":1.1";
        Recorder recorder = new Recorder();
        try (UdevMonitor monitor = UdevMonitor.start(recorder); UsbDeviceHandle h = open(p)) {
            h.claimInterface(1);
            h.releaseInterface(1);
            h.claimInterface(1);
            List<UsbEvent> events = exactly(recorder, 3);
            assertEquals(List.of("bind " + if1 + " usbfs", "unbind " + if1 + " null", "bind " + if1 + " usbfs"),
                    lines(events));
            UsbInterface bound = ((UsbInterfaceEvent) events.getFirst()).usbInterface();
            assertEquals(1, bound.number());
            assertEquals(0xff, bound.interfaceClass());
            assertEquals(p.sysfsPath(), bound.deviceSyspath());
            assertEquals(UdevAction.UNBIND, events.get(1).action());
            try (Udev udev = Udev.open()) {
                assertEquals("usbfs", udev.usbDevice(p.sysfsPath()).orElseThrow().interfaces().get(1).driver(),
                        "enumeration agrees");
            }
            recorder.clear();
            h.close(); // closing the file releases what it claimed
            assertEquals(List.of("unbind " + if1 + " null"), lines(exactly(recorder, 1)));
        } finally {
            p.unplug();
        }
    }

    @Test
    void detachingAndAttachingAKernelDriverUnbindsAndBindsIt() throws InterruptedException {
        PluggedDevice p = emulator.plug(TestDevices.stick(0x0781, 0x5567, "SanDisk", "Cruzer", "DRV1"));
        String if0 = p.sysfsPath() + "/" + p.sysfsPath().substring(p.sysfsPath().lastIndexOf('/') + 1) + ":1.0";
        Recorder recorder = new Recorder();
        try (UdevMonitor monitor = UdevMonitor.start(recorder); UsbDeviceHandle h = open(p)) {
            assertTrue(p.bindKernelDriver(0, "usb-storage"));
            assertTrue(h.kernelDriverActive(0));
            assertEquals(UsbError.BUSY, assertThrows(UsbException.class, () -> h.claimInterface(0)).error());
            h.detachKernelDriver(0);
            h.claimInterface(0);
            h.releaseInterface(0);
            h.attachKernelDriver(0);
            assertEquals(List.of("bind " + if0 + " usb-storage", "unbind " + if0 + " null", "bind " + if0 + " usbfs",
                    "unbind " + if0 + " null", "bind " + if0 + " usb-storage"), lines(exactly(recorder, 5)));
        } finally {
            p.unplug();
        }
    }

    @Test
    void aChangeEventCarriesTheDeviceAndItsVariables() throws InterruptedException {
        PluggedDevice p = emulator.plug(TestDevices.stick(0x0781, 0x5567, "SanDisk", "Cruzer", "CHG1"));
        Recorder recorder = new Recorder();
        try (UdevMonitor monitor = UdevMonitor.start(recorder)) {
            p.sendChangeEvent(Map.of("SYNTH_UUID", "0"));
            List<UsbEvent> events = exactly(recorder, 1);
            UsbDeviceEvent change = (UsbDeviceEvent) events.getFirst();
            assertEquals(UdevAction.CHANGE, change.action());
            assertEquals(p.sysfsPath(), change.syspath());
            assertEquals("0", change.device().properties().get("SYNTH_UUID"));
            assertEquals("usb", change.device().driver());
            assertEquals(new BusAddress(p.busNumber(), p.deviceAddress()), change.device().busAddress());
            assertEquals("Cruzer", change.device().product());
            assertEquals(1, change.device().interfaces().size(), "the interfaces present when it was read");
        } finally {
            p.unplug();
        }
    }
}
