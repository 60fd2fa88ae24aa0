package org.ffmusb.udev;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.udev.testing.NativeBuild;
import org.ffmusb.udev.testing.TestDevices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Enumeration, names and lookups on devices from usb-emulator, seen through real libudev under umockdev. */
class EnumerationTest {
    private static UsbEmulator emulator;
    private static PluggedDevice stick;
    private static PluggedDevice keyboard;
    private static PluggedDevice anonymous;
    private static PluggedDevice fast;

    @BeforeAll
    static void plug() {
        emulator = UsbEmulator.open();
        stick = emulator.plug(TestDevices.stick(0x0781, 0x5567, "SanDisk", "Cruzer", "4C530001"));
        keyboard = emulator.plug(TestDevices.composite(0xf0f0, 0x0001, "Acme", "Typist 2000"));
        anonymous = emulator.plug(TestDevices.anonymous(0x0781, 0xfffe));
        fast = emulator.plug(TestDevices.superSpeed(0x1209, 0xfff0));
    }

    @AfterAll
    static void close() {
        emulator.close();
    }

    private static UsbDevice find(List<UsbDevice> all, PluggedDevice plugged) {
        return all.stream().filter(d -> d.syspath().equals(plugged.sysfsPath())).findFirst()
                .orElseThrow(() -> new AssertionError(plugged.sysfsPath() + " not enumerated: " + all));
    }

    @Test
    void enumerationSeesExactlyTheEmulatedDevicesAndTheirRootHubs() {
        List<UsbDevice> all = Udev.listUsbDevices();
        Set<String> expected = new TreeSet<>(List.of("/sys/devices/pci0000:00/0000:00:14.0/usb1",
                "/sys/devices/pci0000:00/0000:00:14.0/usb2"));
        emulator.devices().forEach(d -> expected.add(d.sysfsPath()));
        assertEquals(expected, all.stream().map(UsbDevice::syspath).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(6, all.size());
        for (PluggedDevice p : emulator.devices()) {
            UsbDevice d = find(all, p);
            assertEquals(new BusAddress(p.busNumber(), p.deviceAddress()), d.busAddress());
            assertEquals(p.deviceNode(), d.devnode());
            assertEquals(p.deviceNode(), d.busAddress().devnode());
            assertArrayEquals(p.descriptors().sysfsDescriptors(), d.descriptors(), "the raw descriptors file");
            var def = p.model().definition();
            assertEquals(def.vendorId(), d.vendorId());
            assertEquals(def.productId(), d.productId());
            assertEquals(def.bcdDevice(), d.bcdDevice());
            assertEquals(def.bcdUSB(), d.bcdUsb());
            assertEquals(def.deviceClass(), d.deviceClass());
            assertEquals(def.speed().sysfsValue(), d.speed().sysfsValue());
            assertEquals(def.manufacturer(), d.manufacturer());
            assertEquals(def.product(), d.product());
            assertEquals(def.serial(), d.serial());
            assertEquals(1, d.configurationValue());
            assertEquals("usb", d.driver());
            assertEquals(d.syspath().substring(0, d.syspath().lastIndexOf('/')), d.parentSyspath());
            var interfaces = def.configurations().getFirst().interfaces();
            assertEquals(interfaces.size(), d.interfaces().size(), d.interfaces().toString());
            for (int k = 0; k < interfaces.size(); k++) {
                UsbInterface i = d.interfaces().get(k);
                var alt = interfaces.get(k).altSetting(0);
                assertEquals(interfaces.get(k).number(), i.number());
                assertEquals(0, i.alternateSetting());
                assertEquals(alt.interfaceClass(), i.interfaceClass());
                assertEquals(alt.subClass(), i.interfaceSubClass());
                assertEquals(alt.protocol(), i.interfaceProtocol());
                assertEquals(alt.endpoints().size(), i.endpointCount());
                assertEquals(alt.name(), i.name());
                assertEquals(d.syspath(), i.deviceSyspath());
                assertEquals(d.sysname() + ":1." + i.number(), i.sysname());
            }
        }
        assertEquals(UsbSpeed.SUPER, find(all, fast).speed());
        assertEquals(2, find(all, fast).busAddress().bus(), "SuperSpeed devices are on the USB 3 root hub");
    }

    @Test
    void propertiesAreExactlyWhatUdevadmReports() throws IOException {
        for (UsbDevice d : Udev.listUsbDevices()) {
            var r = NativeBuild.run(emulator.processBuilder("udevadm", "info", "--query=property", "--path=" + d.syspath())
                    .command(), Map.of("LD_PRELOAD", "libumockdev-preload.so.0", "UMOCKDEV_DIR", emulator.root().toString()));
            assertEquals(0, r.exitCode(), r.stderr());
            Map<String, String> c = new HashMap<>();
            r.stdout().lines().filter(l -> l.contains("=")).forEach(l -> c.put(l.substring(0, l.indexOf('=')),
                    l.substring(l.indexOf('=') + 1)));
            assertEquals(c, d.properties(), d.syspath());
        }
    }

    @Test
    void namesComeFromTheHardwareDatabaseElseFromTheDevice() {
        List<UsbDevice> all = Udev.listUsbDevices();
        UsbDevice s = find(all, stick);
        assertEquals("SanDisk Corp.", s.vendorName(), "hwdb, not the device's \"SanDisk\"");
        assertEquals("Cruzer Blade", s.productName(), "hwdb, not the device's \"Cruzer\"");
        assertEquals("SanDisk Corp. Cruzer Blade", s.displayName());
        UsbDevice k = find(all, keyboard);
        assertEquals("Acme", k.vendorName(), "f0f0 is in no database: the manufacturer string");
        assertEquals("Typist 2000", k.productName());
        UsbDevice a = find(all, anonymous);
        assertEquals("SanDisk Corp.", a.vendorName(), "known vendor");
        assertNull(a.productName(), "unknown product without a product string");
        assertEquals("SanDisk Corp.", a.displayName());
        UsbDevice f = find(all, fast);
        assertEquals("Generic", f.vendorName());
        assertEquals("Disk", f.productName(), "1209:fff0 has no model entry: the product string");
        for (UsbDevice hub : all.stream().filter(d -> d.sysname().startsWith("usb")).toList()) {
            assertEquals("Linux Foundation", hub.vendorName());
            assertTrue(hub.productName().endsWith("root hub"), hub.productName());
        }
    }

    @Test
    void aDeviceWithoutStringsOrDatabaseEntryIsShownByItsIds() {
        PluggedDevice nameless = emulator.plug(TestDevices.anonymous(0xf0f0, 0x0002));
        try (Udev udev = Udev.open()) {
            UsbDevice d = udev.usbDevice(nameless.sysfsPath()).orElseThrow();
            assertNull(d.vendorName());
            assertNull(d.productName());
            assertEquals("f0f0:0002", d.displayName());
        } finally {
            nameless.unplug();
        }
    }

    @Test
    void lookupByBusAndAddressFindsTheLibusbDeviceAndBack() {
        try (Udev udev = Udev.open()) {
            for (PluggedDevice p : List.of(stick, keyboard, anonymous, fast)) {
                var address = new BusAddress(p.busNumber(), p.deviceAddress());
                UsbDevice d = udev.usbDevice(address).orElseThrow();
                assertEquals(p.sysfsPath(), d.syspath());
                assertEquals(address, d.busAddress(), "and back");
                assertEquals(d, udev.usbDevice(d.syspath()).orElseThrow(), "one snapshot, whichever way it was found");
                assertEquals(d, find(udev.usbDevices(), p));
            }
            assertTrue(udev.usbDevice(new BusAddress(1, 127)).isEmpty());
            assertTrue(udev.usbDevice(new BusAddress(9, 1)).isEmpty());
            assertTrue(udev.usbDevice(stick.sysfsPath() + "/no-such").isEmpty());
            assertTrue(udev.usbDevice(stick.sysfsPath() + "/" + stick.sysfsPath().substring(
                    stick.sysfsPath().lastIndexOf('/') + 1) + ":1.0").isEmpty(), "an interface is not a device");
            assertEquals(stick.sysfsPath(), udev.usbDevice(stick.sysfsPath()).orElseThrow().syspath());
            UsbDevice hub = udev.usbDevice(udev.usbDevice(stick.sysfsPath()).orElseThrow().parentSyspath()).orElseThrow();
            assertEquals(new BusAddress(1, 1), hub.busAddress(), "the parent of a device on bus 1 is root hub 1");
        }
    }

    @Test
    void everyDeviceCLibusbListsIsFoundByItsBusAndAddress() throws IOException {
        var binary = NativeBuild.compile("libusb_devices.c", List.of("libusb-1.0"));
        var r = NativeBuild.run(List.of(binary.toString()), Map.of("LD_PRELOAD", "libumockdev-preload.so.0",
                "UMOCKDEV_DIR", emulator.root().toString()));
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals(Udev.listUsbDevices().size(), lines.size(), "libusb and udev see the same devices: " + lines);
        try (Udev udev = Udev.open()) {
            for (String line : lines) {
                String[] f = line.split(" ");
                var address = new BusAddress(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
                UsbDevice d = udev.usbDevice(address).orElseThrow(() -> new AssertionError("no udev device for " + line));
                assertEquals(f[2] + ":" + f[3], String.format("%04x:%04x", d.vendorId(), d.productId()), line);
                assertEquals(address, d.busAddress(), "and back");
            }
        }
    }

    @Test
    void snapshotsAreImmutableAndOutliveTheirContext() throws Exception {
        UsbDevice d;
        try (Udev udev = Udev.open()) {
            d = udev.usbDevice(stick.sysfsPath()).orElseThrow();
        }
        byte[] descriptors = d.descriptors();
        descriptors[0] = 0;
        assertEquals(18, d.descriptors()[0], "a copy each time");
        assertThrows(UnsupportedOperationException.class, () -> d.properties().put("X", "Y"));
        assertThrows(UnsupportedOperationException.class, () -> d.sysattrs().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.interfaces().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.interfaces().getFirst().properties().clear());
        assertEquals("SanDisk Corp. Cruzer Blade", CompletableFuture.supplyAsync(d::displayName).get(),
                "a snapshot may go to any thread");
        assertFalse(d.sysattrs().containsKey("uevent"), "the uevent text repeats the properties");
        assertFalse(d.sysattrs().containsKey("descriptors"), "binary: in descriptors()");
        assertEquals("4C530001", d.sysattrs().get("serial"));
        assertEquals("usb", d.properties().get("SUBSYSTEM"));
    }
}
