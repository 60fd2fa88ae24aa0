package org.ffmusb.libusb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.libusb.testing.Describe;
import org.ffmusb.libusb.testing.EmulatedUsb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Enumeration and every descriptor type — device, configuration, interface, alternate settings, endpoints
 * of every transfer type, class descriptors, SuperSpeed endpoint companions, BOS with USB 2.0 extension,
 * SuperSpeed capability and container ID, strings — read through real libusb 1.0.26 from emulated devices,
 * and compared with the bytes the device model sends.
 */
@Timeout(60)
class DescriptorsOnDevicesTest {
    private static final HexFormat HEX = HexFormat.of();
    static EmulatedUsb rig;

    @TempDir
    Path dir;

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
        rig.unplugAll();
    }

    @Test
    void everyParsedFieldEncodesBackToTheBytesEachModelSends() throws Exception {
        Path image = Files.write(dir.resolve("disk.img"), new byte[1 << 20]);
        try (DiskImage disk = DiskImage.open(image, true)) {
            List<DeviceModel> models = List.of(new Loopback(), new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)),
                    new HidKeyboard(), new MassStorage(disk));
            for (DeviceModel model : models) {
                PluggedDevice plugged = rig.plug(model);
                DescriptorSet sent = plugged.descriptors();
                UsbDevice device = rig.device(plugged);
                assertEquals(HEX.formatHex(sent.device()), HEX.formatHex(Describe.encode(device.descriptor())), model.toString());
                assertEquals(sent.configurationCount(), device.configurations().size());
                for (int i = 0; i < sent.configurationCount(); i++) {
                    assertEquals(HEX.formatHex(sent.configuration(i)),
                            HEX.formatHex(Describe.encode(device.configurations().get(i))), model + " configuration " + i);
                }
                assertEquals(device.configurations().getFirst(), device.activeConfiguration().orElseThrow());
            }
        }
    }

    @Test
    void descriptorRecordsAreValuesThatCallersCannotChange() {
        UsbDevice d = rig.device(rig.plug(new HidKeyboard()));
        ConfigDescriptor config = d.configurations().getFirst();
        InterfaceDescriptor keyboard = config.interfaces().getFirst().altSettings().getFirst();
        byte[] hid = keyboard.extra();
        hid[0] = 0x55;
        assertEquals(9, keyboard.extra()[0], "extra() hands out a copy");
        assertEquals(config, d.activeConfiguration().orElseThrow(), "read twice, equal by content");
        assertEquals(config.hashCode(), d.activeConfiguration().orElseThrow().hashCode());
        assertTrue(keyboard.toString().contains("extra=092111010001223f00"), keyboard.toString());
        var id = new BosDescriptor.ContainerId(new byte[16]);
        assertEquals(id, new BosDescriptor.ContainerId(new byte[16]));
        assertEquals("ContainerId[00000000-0000-0000-0000-000000000000]", id.toString());
    }

    @Test
    void loopbackAtHighSpeed() {
        UsbDevice d = rig.device(rig.plug(new Loopback()));
        var dd = d.descriptor();
        assertEquals(new DeviceDescriptor(0x0210, 0, 0, 0, 64, 0x1209, 0x0001, dd.bcdDevice(), 1, 2, 3, 1), dd);
        assertEquals("2.10", dd.usbVersion());
        assertEquals(Speed.HIGH, d.speed());
        assertEquals("""
                config value=1 total=92 iConfiguration=4 attributes=80 maxPower=50 selfPowered=false wakeup=false extra=
                  interface 0 alt 0 class=ff/00/00 iInterface=5 extra=
                    endpoint 01 OUT BULK attributes=02 mps=512 interval=0 companion=-
                    endpoint 81 IN BULK attributes=02 mps=512 interval=0 companion=-
                    endpoint 02 OUT BULK attributes=02 mps=512 interval=0 companion=-
                    endpoint 82 IN BULK attributes=02 mps=512 interval=0 companion=-
                    endpoint 03 OUT INTERRUPT attributes=03 mps=64 interval=4 companion=-
                    endpoint 83 IN INTERRUPT attributes=03 mps=64 interval=4 companion=-
                  interface 1 alt 0 class=ff/01/00 iInterface=6 extra=
                  interface 1 alt 1 class=ff/01/00 iInterface=7 extra=
                    endpoint 84 IN ISOCHRONOUS attributes=05 mps=1024 interval=1 companion=-
                    endpoint 04 OUT ISOCHRONOUS attributes=05 mps=1024 interval=1 companion=-
                """, Describe.config(d.configurations().getFirst()));
        assertEquals(512, d.maxPacketSize(0x81));
        assertEquals(64, d.maxPacketSize(0x83));
        assertEquals(1024, d.maxIsoPacketSize(0x84));
        var e = assertThrows(UsbException.class, () -> d.maxPacketSize(0x8f));
        assertEquals(UsbError.NOT_FOUND, e.error());

        try (UsbDeviceHandle h = d.open()) {
            BosDescriptor bos = h.bosDescriptor().orElseThrow();
            assertEquals(5 + 7 + 20, bos.totalLength());
            assertEquals(2, bos.capabilities().size());
            var usb2 = assertInstanceOf(BosDescriptor.Usb20Extension.class, bos.capabilities().get(0));
            assertTrue(usb2.lpmSupported());
            var id = assertInstanceOf(BosDescriptor.ContainerId.class, bos.capabilities().get(1));
            assertEquals("6c6f6f70-6261-636b-2d66-666d75736231", id.uuid()); // "loopback-ffmusb1"
        }
    }

    @Test
    void superSpeedEndpointCompanionsAndCapability() {
        PluggedDevice plugged = rig.plug(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)));
        UsbDevice d = rig.device(plugged);
        assertEquals(Speed.SUPER, d.speed());
        assertEquals(2, d.busNumber());
        assertEquals(0x0320, d.descriptor().bcdUSB());
        assertEquals(9, d.descriptor().maxPacketSize0(), "SuperSpeed: 2^9 = 512-byte control packets");
        String tree = Describe.config(d.configurations().getFirst());
        assertTrue(tree.contains("endpoint 01 OUT BULK attributes=02 mps=1024 interval=0 companion=burst 0 attributes 4 bytesPerInterval 0"), tree);
        assertTrue(tree.contains("endpoint 81 IN BULK attributes=02 mps=1024 interval=0 companion=burst 0 attributes 4 bytesPerInterval 0"), tree);
        assertTrue(tree.contains("endpoint 82 IN BULK attributes=02 mps=1024 interval=0 companion=burst 0 attributes 0 bytesPerInterval 0"), tree);
        assertTrue(tree.contains("endpoint 83 IN INTERRUPT attributes=03 mps=64 interval=4 companion=burst 0 attributes 0 bytesPerInterval 64"), tree);
        assertTrue(tree.contains("endpoint 84 IN ISOCHRONOUS attributes=05 mps=1024 interval=1 companion=burst 0 attributes 0 bytesPerInterval 1024"), tree);
        for (var alt : d.configurations().getFirst().interfaces().stream().flatMap(i -> i.altSettings().stream()).toList()) {
            for (EndpointDescriptor e : alt.endpoints()) {
                assertTrue(e.ssCompanion().isPresent(), "every SuperSpeed endpoint has a companion: " + e);
            }
        }
        try (UsbDeviceHandle h = d.open()) {
            BosDescriptor bos = h.bosDescriptor().orElseThrow();
            assertEquals(HEX.formatHex(plugged.descriptors().bos()),
                    HEX.formatHex(h.descriptor(0x0f, 0, 0, 255)), "raw BOS by GET_DESCRIPTOR");
            assertEquals(plugged.descriptors().bos().length, bos.totalLength());
            assertEquals(List.of(2, 3, 4), bos.capabilities().stream().map(BosDescriptor.BosCapability::type).toList());
            var ss = assertInstanceOf(BosDescriptor.SsUsbDeviceCapability.class, bos.capabilities().get(1));
            assertEquals(new BosDescriptor.SsUsbDeviceCapability(0x00, 0x000e, 0x01, 0x0a, 0x07ff), ss);
        }
    }

    @Test
    void classDescriptorsOfAHidKeyboardAreTheInterfaceExtra() {
        UsbDevice d = rig.device(rig.plug(new HidKeyboard()));
        assertEquals(Speed.FULL, d.speed());
        InterfaceDescriptor keyboard = d.configurations().getFirst().interfaces().getFirst().altSettings().getFirst();
        assertEquals(List.of(3, 1, 1), List.of(keyboard.interfaceClass(), keyboard.interfaceSubClass(),
                keyboard.interfaceProtocol()));
        assertEquals(9, keyboard.extra().length, "the HID descriptor follows the interface");
        assertEquals(0x21, keyboard.extra()[1], "bDescriptorType HID");
        EndpointDescriptor in = keyboard.endpoints().getFirst();
        assertEquals(List.of(0x81, 8, 10), List.of(in.address(), in.maxPacketSize(), in.interval()));
        assertTrue(d.configurations().getFirst().remoteWakeup());
        try (UsbDeviceHandle h = d.open()) {
            assertTrue(h.bosDescriptor().isEmpty(), "a USB 1.1 device has no BOS");
        }
    }

    @Test
    void stringDescriptorsInAsciiAndUnicode() {
        PluggedDevice plugged = rig.plug(new Loopback());
        DescriptorSet sent = plugged.descriptors();
        try (UsbDeviceHandle h = rig.open(plugged)) {
            var dd = h.device().descriptor();
            assertEquals(List.of(0x0409), h.languageIds());
            assertEquals("ffm-usbredir", h.stringDescriptorAscii(dd.manufacturerIndex()));
            assertEquals("Loopback", h.stringDescriptor(dd.productIndex()));
            assertEquals("LB-0001", h.stringDescriptor(dd.serialNumberIndex(), 0x0409));
            for (int i = 1; sent.text(i) != null; i++) {
                assertEquals(sent.text(i), h.stringDescriptor(i), "string " + i);
                assertEquals(HEX.formatHex(sent.string(i)), HEX.formatHex(h.descriptor(3, i, 0x0409, 255)));
            }
            assertEquals("", h.stringDescriptorAscii(0));
            assertEquals("", h.stringDescriptor(0));
            var e = assertThrows(UsbException.class, () -> h.stringDescriptor(99));
            assertEquals(UsbError.PIPE, e.error(), "the device stalls an unknown string index");
            assertEquals(HEX.formatHex(sent.device()), HEX.formatHex(h.descriptor(1, 0, 0, 18)));
            assertEquals(HEX.formatHex(sent.configuration(0)), HEX.formatHex(h.descriptor(2, 0, 0, 4096)));
            assertEquals(HEX.formatHex(sent.deviceQualifier()), HEX.formatHex(h.descriptor(6, 0, 0, 10)));
        }
    }

    @Test
    void enumerationLocationAndParents() {
        PluggedDevice high = rig.plug(new Loopback());
        PluggedDevice full = rig.plug(new HidKeyboard());
        PluggedDevice superSpeed = rig.plug(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)));
        List<UsbDevice> devices = rig.usb().devices();
        assertEquals(5, devices.size(), "two root hubs and three devices: " + devices);
        assertEquals(devices, rig.usb().devices(), "listing again returns the same objects");
        for (PluggedDevice p : List.of(high, full, superSpeed)) {
            UsbDevice d = rig.device(p);
            assertEquals(p.sysfsPath().substring(p.sysfsPath().lastIndexOf('/') + 1), d.sysfsName());
            assertEquals(List.of(d.portNumber()), d.portPath());
            UsbDevice hub = d.parent().orElseThrow();
            assertEquals(List.of(), hub.portPath());
            assertEquals(0x1d6b, hub.descriptor().vendorId(), "a Linux root hub");
            assertEquals(p.busNumber(), hub.busNumber());
            assertEquals(String.format("Bus %03d Device %03d: ID %04x:%04x", p.busNumber(), p.deviceAddress(),
                    d.descriptor().vendorId(), d.descriptor().productId()), d.toString());
        }
        assertEquals(Speed.FULL, rig.device(full).speed());
    }
}
