package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** usbutils' lsusb -v, run inside the testbed, prints each model completely and without complaints. */
@Timeout(60)
class LsusbTest {
    static UsbEmulator emulator;

    @BeforeAll
    static void open() {
        Programs.require("lsusb");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static String lsusb(DeviceModel model, String id) {
        PluggedDevice dev = emulator.plug(model);
        try {
            var r = Programs.run(emulator.processBuilder("lsusb", "-v", "-d", id), 30).requireSuccess("lsusb -v");
            noComplaints(r.stdout() + r.stderr());
            assertTrue(r.stdout().startsWith("\nBus " + String.format("%03d Device %03d: ID %s",
                    dev.busNumber(), dev.deviceAddress(), id)), r.stdout());
            assertTrue(r.stdout().contains("iManufacturer           1 ffm-usbredir"), r.stdout());
            assertTrue(r.stdout().contains("Device Status:"), r.stdout());
            return r.stdout();
        } finally {
            dev.unplug();
        }
    }

    private static void noComplaints(String all) {
        for (String complaint : List.of("can't get", "Couldn't", "cannot", "UNAVAILABLE", "junk",
                "Missing must-be-set", "incomplete", "UNRECOGNIZED", "INVALID")) {
            assertFalse(all.contains(complaint), "lsusb says '" + complaint + "':\n" + all);
        }
    }

    /** Plain "lsusb -v" walks every device, the root hubs too: hub descriptor and port status included. */
    @Test
    void theWholeBusWithItsRootHubs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        Files.write(file, new byte[1 << 20]);
        try (DiskImage image = DiskImage.open(file, false)) {
            List<PluggedDevice> devs = List.of(emulator.plug(new Loopback()), emulator.plug(new MassStorage(image)),
                    emulator.plug(new HidKeyboard()), emulator.plug(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true))));
            try {
                var r = Programs.run(emulator.processBuilder("lsusb", "-v"), 30).requireSuccess("lsusb -v");
                noComplaints(r.stdout() + r.stderr());
                assertEquals("", r.stderr().strip(), r.stderr());
                String out = r.stdout();
                assertTrue(out.contains("Bus 001 Device 001: ID 1d6b:0002"), out);
                assertTrue(out.contains("Bus 002 Device 001: ID 1d6b:0003"), out);
                assertTrue(out.contains("bDeviceProtocol         1 Single TT"), out);
                assertTrue(out.contains("bDeviceProtocol         3"), out);
                assertTrue(out.contains("Hub Descriptor:\n  bLength              11\n  bDescriptorType      41\n"
                        + "  nNbrPorts            15"), out);
                assertTrue(out.contains("Hub Descriptor:\n  bLength              12\n  bDescriptorType      42\n"), out);
                // bus 1: loopback (high speed), mass storage (high speed), keyboard (full speed); the
                // hub driver acknowledged the connections
                assertTrue(out.contains("   Port 1: 0000.0503 highspeed power enable connect"), out);
                assertTrue(out.contains("   Port 2: 0000.0503 highspeed power enable connect"), out);
                assertTrue(out.contains("   Port 3: 0000.0103 power enable connect"), out);
                assertTrue(out.contains("   Port 4: 0000.0100 power"), out);
                // bus 2: the SuperSpeed loopback in U0, the other ports waiting for a link
                assertTrue(out.contains("   Port 1: 0000.0203 5Gbps power U0 enable connect"), out);
                assertTrue(out.contains("   Port 2: 0000.02a0 5Gbps power Rx.Detect"), out);
                // the mass storage device has a qualifier, the USB 2 root hub (one speed only) none
                assertEquals(1, out.split("Device Qualifier", -1).length - 1, out);

                var tree = Programs.run(emulator.processBuilder("lsusb", "-t"), 30).requireSuccess("lsusb -t");
                assertEquals("", tree.stderr().strip(), tree.stderr());
                assertTrue(tree.stdout().contains("Bus 01.Port 1: Dev 1, Class=root_hub, Driver=xhci_hcd/15p, 480M"),
                        tree.stdout());
                assertTrue(tree.stdout().contains("Bus 02.Port 1: Dev 1, Class=root_hub, Driver=xhci_hcd/15p, 5000M"),
                        tree.stdout());
                assertTrue(tree.stdout().contains("|__ Port 3: Dev " + devs.get(2).deviceAddress()
                        + ", If 0, Class=Human Interface Device"), tree.stdout());
            } finally {
                devs.forEach(PluggedDevice::unplug);
            }
        }
    }

    @Test
    void loopback() {
        String out = lsusb(new Loopback(), "1209:0001");
        assertTrue(out.contains("iProduct                2 Loopback"), out);
        assertTrue(out.contains("iSerial                 3 LB-0001"), out);
        assertTrue(out.contains("bcdUSB               2.10"), out);
        assertTrue(out.contains("Transfer Type            Isochronous"), out);
        assertTrue(out.contains("bEndpointAddress     0x83  EP 3 IN"), out);
        assertTrue(out.contains("Binary Object Store Descriptor:"), out);
        assertTrue(out.contains("Container ID Device Capability:"), out);
        // lsusb 014 asks for the qualifier only of bcdUSB 2.00 devices (see massStorage)
        assertTrue(out.contains("iInterface              7 isochronous source/sink"), out);
    }

    @Test
    void superSpeedLoopback() {
        String out = lsusb(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)), "1209:0001");
        assertTrue(out.contains("bcdUSB               3.20"), out);
        assertTrue(out.contains("bMaxBurst               0"), out);
        assertTrue(out.contains("MaxStreams             16"), out);
        assertTrue(out.contains("SuperSpeed USB Device Capability:"), out);
        assertTrue(out.contains("wMaxPacketSize     0x0400  1x 1024 bytes"), out);
        assertTrue(out.contains("MaxPower              104mA"), out);
    }

    @Test
    void massStorage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        Files.write(file, new byte[1 << 20]);
        try (DiskImage image = DiskImage.open(file, false)) {
            String out = lsusb(new MassStorage(image, "0123456789AB"), "1209:0002");
            assertTrue(out.contains("bInterfaceClass         8 Mass Storage"), out);
            assertTrue(out.contains("bInterfaceSubClass      6 SCSI"), out);
            assertTrue(out.contains("bInterfaceProtocol     80 Bulk-Only"), out);
            assertTrue(out.contains("iSerial                 3 0123456789AB"), out);
            assertTrue(out.contains("Device Qualifier (for other device speed):"), out);
        }
    }

    @Test
    void keyboard() {
        String out = lsusb(new HidKeyboard(), "1209:0003");
        assertTrue(out.contains("bInterfaceClass         3 Human Interface Device"), out);
        assertTrue(out.contains("bInterfaceProtocol      1 Keyboard"), out);
        assertTrue(out.contains("HID Device Descriptor:"), out);
        assertTrue(out.contains("Report Descriptor: (length is 63)"), out);
        assertTrue(out.contains("Item(Local ): Usage, data= [ 0x06 ] 6\n                            Keyboard"), out);
        assertTrue(out.contains("Item(Main  ): End Collection, data=none"), out);
        assertTrue(out.contains("Remote Wakeup"), out);
        assertTrue(out.contains("bcdUSB               1.10"), out);
    }
}
