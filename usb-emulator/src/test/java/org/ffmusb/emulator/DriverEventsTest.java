package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;
import org.ffmusb.emulator.testing.Conversation;
import org.ffmusb.emulator.testing.Programs;
import org.ffmusb.emulator.testing.UdevadmMonitor;
import org.ffmusb.emulator.testing.UdevadmMonitor.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drivers taking and leaving interfaces, as systemd's udevadm monitor sees them in the testbed: a program
 * claiming an interface through usbfs binds the "usbfs" driver, releasing it (or dying) unbinds it; a
 * kernel driver is detached and attached again; a new configuration replaces the interfaces; a change
 * event carries the device's driver and the variables it was sent with. Each event exactly once, in
 * Linux's order, with the driver link in sysfs matching (src/test/c/usbfs_driver.c makes the ioctls).
 */
@Timeout(90)
class DriverEventsTest {
    static UsbEmulator emulator;
    static Path program;

    /** A full-speed vendor device with two configurations of one interface each. */
    record TwoConfigurations(DeviceDefinition definition) implements DeviceModel {
        TwoConfigurations() {
            this(DeviceDefinition.builder(0x1209, 0x0010).speed(Speed.FULL).strings("ffm-usbredir", "Two configs", null)
                    .configuration(Configuration.of(1, 100, Interface.of(0,
                            AltSetting.of(0, 0x08, 0x06, 0x50, null, Endpoint.bulk(0x81, 64), Endpoint.bulk(0x02, 64)))))
                    .configuration(Configuration.of(2, 100, Interface.of(0,
                            AltSetting.of(0, 0xff, 0, 0, null, Endpoint.bulk(0x83, 64)))))
                    .build());
        }

        @Override
        public void transfer(Transfer transfer) {
            transfer.stall();
        }
    }

    @BeforeAll
    static void open() {
        Programs.require("udevadm");
        program = Programs.compile("usbfs_driver.c");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static Conversation driverOf(PluggedDevice dev) throws InterruptedException {
        Conversation c = Conversation.start(emulator.processBuilder(program.toString()), "READY");
        c.require("open " + dev.busNumber() + " " + dev.deviceAddress());
        return c;
    }

    private static String interfacePath(PluggedDevice dev, int configuration, int number) {
        String name = dev.sysfsPath().substring(dev.sysfsPath().lastIndexOf('/') + 1);
        return dev.sysfsPath() + "/" + name + ":" + configuration + "." + number;
    }

    /** The driver sysfs links the interface to, or null. */
    private static String driverLink(String syspath) throws Exception {
        Path link = emulator.root().resolve(syspath.substring(1)).resolve("driver");
        return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).getFileName().toString() : null;
    }

    private static List<String> lines(List<Event> events) {
        return events.stream().map(e -> e.action() + " " + e.syspath() + " " + e.properties().get("DRIVER")).toList();
    }

    @Test
    void claimBindsUsbfsAndReleaseOrExitUnbindsIt() throws Exception {
        PluggedDevice dev = emulator.plug(new TwoConfigurations());
        String if0 = interfacePath(dev, 1, 0);
        try (UdevadmMonitor monitor = UdevadmMonitor.start(emulator); Conversation c = driverOf(dev)) {
            c.require("claim 0");
            assertEquals("usbfs", driverLink(if0), "the link is there when the claim returns");
            c.require("release 0");
            assertNull(driverLink(if0));
            c.require("claim 0");
            c.hangUp(); // the program ends holding the interface: closing the file releases it
            List<Event> events = monitor.awaitExactly(4);
            assertEquals(List.of("bind " + if0 + " usbfs", "unbind " + if0 + " null", "bind " + if0 + " usbfs",
                    "unbind " + if0 + " null"), lines(events), monitor.output());
            Map<String, String> bind = events.getFirst().properties();
            assertEquals("usb_interface", bind.get("DEVTYPE"));
            assertEquals("8/6/80", bind.get("INTERFACE"));
            assertNull(driverLink(if0));
        } finally {
            dev.unplug();
        }
    }

    @Test
    void aKernelDriverIsDetachedAndAttachedAgain() throws Exception {
        PluggedDevice dev = emulator.plug(new TwoConfigurations());
        String if0 = interfacePath(dev, 1, 0);
        try (UdevadmMonitor monitor = UdevadmMonitor.start(emulator); Conversation c = driverOf(dev)) {
            assertTrue(dev.bindKernelDriver(0, "usb-storage"));
            assertEquals("usb-storage", driverLink(if0));
            assertEquals(Optional.of("usb-storage"), dev.driver(0));
            assertEquals("ERR claim 0 EBUSY", c.ask("claim 0"));
            c.require("detach 0");
            assertEquals(Optional.empty(), dev.driver(0));
            c.require("claim 0");
            assertEquals(Optional.of("usbfs"), dev.driver(0));
            assertEquals(Optional.empty(), dev.driver(5), "no such interface");
            assertEquals("ERR attach 0 EBUSY", c.ask("attach 0"), "usbfs holds it");
            c.require("release 0");
            c.require("attach 0");
            assertEquals("usb-storage", driverLink(if0));
            assertEquals(List.of("bind " + if0 + " usb-storage", "unbind " + if0 + " null", "bind " + if0 + " usbfs",
                    "unbind " + if0 + " null", "bind " + if0 + " usb-storage"), lines(monitor.awaitExactly(5)),
                    monitor.output());
            monitor.clear();
            dev.unplug();
            assertEquals(List.of("unbind " + if0 + " null", "remove " + if0 + " null",
                    "unbind " + dev.sysfsPath() + " null", "remove " + dev.sysfsPath() + " null"),
                    lines(monitor.awaitExactly(4)), monitor.output());
        } finally {
            dev.unplug();
        }
    }

    @Test
    void aNewConfigurationReplacesTheInterfacesWithTheirDrivers() throws Exception {
        PluggedDevice dev = emulator.plug(new TwoConfigurations());
        String old = interfacePath(dev, 1, 0);
        String fresh = interfacePath(dev, 2, 0);
        try (UdevadmMonitor monitor = UdevadmMonitor.start(emulator); Conversation c = driverOf(dev)) {
            dev.bindKernelDriver(0, "usb-storage");
            c.require("detach 0");
            c.require("config 2");
            c.require("config 1");
            List<String> events = lines(monitor.awaitExactly(7));
            assertEquals(List.of("bind " + old + " usb-storage", "unbind " + old + " null",
                    "remove " + old + " null", "add " + fresh + " null",
                    // the driver that matches interface 0 takes it again in the old configuration
                    "remove " + fresh + " null", "add " + old + " null", "bind " + old + " usb-storage"), events,
                    monitor.output());
            assertEquals("usb-storage", driverLink(old));
        } finally {
            dev.unplug();
        }
    }

    @Test
    void aChangeEventCarriesTheDeviceAndItsVariables() throws Exception {
        PluggedDevice dev = emulator.plug(new TwoConfigurations());
        try (UdevadmMonitor monitor = UdevadmMonitor.start(emulator)) {
            dev.sendChangeEvent(Map.of("SYNTH_UUID", "0"));
            dev.sendChangeEvent();
            List<Event> events = monitor.awaitExactly(2);
            assertEquals(List.of("change " + dev.sysfsPath() + " usb", "change " + dev.sysfsPath() + " usb"),
                    lines(events));
            Map<String, String> p = events.getFirst().properties();
            assertEquals("0", p.get("SYNTH_UUID"));
            assertEquals("usb_device", p.get("DEVTYPE"));
            assertEquals(String.format("%03d", dev.deviceAddress()), p.get("DEVNUM"));
            assertEquals("1209", p.get("ID_VENDOR_ID"));
            assertFalse(events.get(1).properties().containsKey("SYNTH_UUID"));
        } finally {
            dev.unplug();
        }
        assertThrows(IllegalStateException.class, dev::sendChangeEvent);
    }
}
