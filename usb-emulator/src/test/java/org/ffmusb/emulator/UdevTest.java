package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.emulator.testing.LineWatcher;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * libudev (enumeration, properties, attributes, monitor) and libusb (device list, hotplug) in a child
 * process see the emulated devices consistently with their descriptors, and a plug/unplug produces
 * exactly one event of each kind (src/test/c/udev_watch.c): libudev's add, bind (the generic driver
 * "usb"), unbind and remove, as Linux sends them, and libusb's ARRIVED and LEFT.
 */
@Timeout(90)
class UdevTest {
    static UsbEmulator emulator;
    static Path program;

    @BeforeAll
    static void open() {
        program = Programs.compile("udev_watch.c", "libudev", "libusb-1.0");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void libudevAndLibusbAgreeWithTheDescriptors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        Files.write(file, new byte[1 << 20]);
        try (DiskImage image = DiskImage.open(file, false)) {
            List<PluggedDevice> devices = List.of(emulator.plug(new Loopback()),
                    emulator.plug(new MassStorage(image, "00000000CAFE")), emulator.plug(new HidKeyboard()));
            try {
                var r = Programs.run(emulator.processBuilder(program.toString(), "list"), 30).requireSuccess("udev_watch");
                Map<String, Map<String, String>> seen = new HashMap<>();
                for (String line : r.stdout().split("\n")) {
                    String[] f = line.split("\\|", 4);
                    if (f.length == 4 && !f[0].equals("libusb")) {
                        seen.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2] + ":" + f[3].split("=", 2)[0],
                                f[3].contains("=") ? f[3].split("=", 2)[1] : f[3]);
                    }
                }
                for (PluggedDevice d : devices) {
                    DeviceDefinition def = d.descriptors().definition();
                    Map<String, String> p = seen.get(d.sysfsPath());
                    assertNotNull(p, d.sysfsPath() + " not enumerated:\n" + r.stdout());
                    String vid = String.format("%04x", def.vendorId());
                    String pid = String.format("%04x", def.productId());
                    assertEquals(vid, p.get("property:ID_VENDOR_ID"));
                    assertEquals(vid, p.get("attr:idVendor"));
                    assertEquals(pid, p.get("property:ID_MODEL_ID"));
                    assertEquals(pid, p.get("attr:idProduct"));
                    assertEquals(def.manufacturer(), p.get("attr:manufacturer"));
                    assertEquals(def.product(), p.get("attr:product"));
                    assertEquals(def.serial(), p.get("attr:serial"));
                    assertEquals(def.serial(), p.get("property:ID_SERIAL_SHORT"));
                    assertEquals(def.speed().sysfsValue(), p.get("attr:speed"));
                    assertEquals("1", p.get("attr:bConfigurationValue"));
                    assertEquals(Integer.toString(d.busNumber()), p.get("attr:busnum"));
                    assertEquals(Integer.toString(d.deviceAddress()), p.get("attr:devnum"));
                    assertEquals(String.format("%03d", d.deviceAddress()), p.get("property:DEVNUM"));
                    assertEquals(d.deviceNode(), p.get("devnode:" + d.deviceNode()));
                    assertEquals("usb_device", p.get("property:DEVTYPE"));
                    assertEquals(Integer.toHexString(def.vendorId()) + "/" + Integer.toHexString(def.productId()) + "/"
                            + Integer.toHexString(def.bcdDevice()), p.get("property:PRODUCT"));
                    assertTrue(r.stdout().contains(String.format("libusb|%03d/%03d|%s:%s|speed=%d", d.busNumber(),
                            d.deviceAddress(), vid, pid, def.speed().usbfsValue())), r.stdout());
                    var c = def.configurations().getFirst();
                    for (var i : c.interfaces()) {
                        String ipath = d.sysfsPath() + "/" + d.busNumber() + "-" + d.sysfsPath().substring(
                                d.sysfsPath().lastIndexOf('-') + 1) + ":1." + i.number();
                        Map<String, String> ip = seen.get(ipath);
                        assertNotNull(ip, ipath + " not enumerated:\n" + r.stdout());
                        var a = i.altSetting(0);
                        assertEquals(a.interfaceClass() + "/" + a.subClass() + "/" + a.protocol(), ip.get("property:INTERFACE"));
                        assertEquals(String.format("%02x", a.interfaceClass()), ip.get("attr:bInterfaceClass"));
                        assertEquals(d.sysfsPath(), ip.get("parent:" + d.sysfsPath()));
                    }
                }
            } finally {
                devices.forEach(PluggedDevice::unplug);
            }
        }
    }

    @Test
    void hotplugGivesExactlyOneEventOfEachKind() throws Exception {
        try (LineWatcher w = LineWatcher.start(emulator.processBuilder(program.toString(), "watch", "12"))) {
            w.await("READY");
            PluggedDevice loopback = emulator.plug(new Loopback());
            w.await("LIBUSB ARRIVED 1209:0001");
            loopback.unplug();
            w.await("LIBUSB LEFT 1209:0001");
            PluggedDevice keyboard = emulator.plug(new HidKeyboard());
            w.await("LIBUSB ARRIVED 1209:0003");
            keyboard.unplug();
            w.await("LIBUSB LEFT 1209:0003");
            List<String> all = w.finish(30);
            // The keyboard goes into the port the loopback left: same sysfs path, one event of each kind each.
            assertEquals(loopback.sysfsPath(), keyboard.sysfsPath());
            List<String> udev = all.stream().filter(l -> l.startsWith("UDEV ")).toList();
            List<String> libusb = all.stream().filter(l -> l.startsWith("LIBUSB ")).toList();
            String path = loopback.sysfsPath();
            List<String> twice = List.of("UDEV add " + path, "UDEV bind " + path, "UDEV unbind " + path,
                    "UDEV remove " + path);
            assertEquals(java.util.stream.Stream.concat(twice.stream(), twice.stream()).toList(), udev, w.output());
            assertEquals(List.of("LIBUSB ARRIVED 1209:0001", "LIBUSB LEFT 1209:0001", "LIBUSB ARRIVED 1209:0003",
                    "LIBUSB LEFT 1209:0003"), libusb, w.output());
            assertTrue(all.contains("DONE 12 events"), w.output());
        }
    }
}
