package org.ffmusb.emulator.direct;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.direct.DirectTransfer.Status;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.SetupPacket;
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

/**
 * What a host learns at enumeration is the same through both paths: libusb on the umockdev path
 * (src/test/c/descriptor_dump.c: its cached view from sysfs and GET_DESCRIPTOR over usbfs) and the
 * direct API (its accessors and GET_DESCRIPTOR as a direct control transfer), byte for byte.
 */
@Timeout(120)
class DirectEnumerationTest {
    static UsbEmulator emulator;
    static Path program;
    static final HexFormat HEX = HexFormat.of();

    @TempDir
    static Path dir;

    @BeforeAll
    static void open() {
        program = Programs.compile("descriptor_dump.c", "libusb-1.0");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void loopbackHighSpeed() {
        compare(Loopback::new);
    }

    @Test
    void loopbackSuperSpeed() {
        compare(() -> new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)));
    }

    @Test
    void keyboard() {
        compare(HidKeyboard::new);
    }

    @Test
    void massStorage() throws IOException {
        Path image = dir.resolve("disk.img");
        Files.write(image, new byte[1 << 20]);
        try (DiskImage disk = DiskImage.open(image, true)) {
            compare(() -> new MassStorage(disk, "00112233AABB"));
        }
    }

    /** Plugs one instance into the emulator for libusb and attaches another directly; compares every view. */
    private void compare(Supplier<DeviceModel> models) {
        DeviceModel first = models.get();
        var def = first.definition();
        String id = String.format("%04x:%04x", def.vendorId(), def.productId());
        PluggedDevice plugged = emulator.plug(first);
        Map<String, String> libusb = new LinkedHashMap<>();
        byte[] sysfsDescriptors;
        try {
            var r = Programs.run(emulator.processBuilder(program.toString(), id), 60).requireSuccess("descriptor_dump");
            for (String line : r.stdout().split("\n")) {
                int space = line.lastIndexOf(' ');
                libusb.put(line.substring(0, space), line.substring(space + 1));
            }
            sysfsDescriptors = Files.readAllBytes(emulator.root().resolve(plugged.sysfsPath().substring(1))
                    .resolve("descriptors"));
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            plugged.unplug();
        }

        try (DirectDevice direct = DirectDevice.attach(models.get()); Arena arena = Arena.ofShared()) {
            Completions done = new Completions();
            assertEquals(String.valueOf(direct.speed().ordinal() + 1), libusb.get("speed"), "libusb_speed");
            assertEquals(String.valueOf(direct.activeConfigurationValue()), libusb.get("active"));
            String device = HEX.formatHex(direct.deviceDescriptor());
            assertEquals(libusb.get("cached-device"), device, "device descriptor libusb read at enumeration");
            assertEquals(libusb.get("device"), device, "GET_DESCRIPTOR(DEVICE) over usbfs");
            assertEquals(device, HEX.formatHex(getDescriptor(direct, done, arena, SetupPacket.DT_DEVICE, 0, 0)),
                    "GET_DESCRIPTOR(DEVICE) as a direct control transfer");

            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(direct.deviceDescriptor());
            for (int i = 0; i < direct.configurationCount(); i++) {
                byte[] config = direct.configurationDescriptor(i);
                all.writeBytes(config);
                assertEquals(libusb.get("config " + i), HEX.formatHex(config), "configuration " + i + " over usbfs");
                assertEquals(libusb.get("cached-config " + i), HEX.formatHex(Arrays.copyOf(config, 9)),
                        "configuration " + i + " as libusb parsed it");
                assertEquals(HEX.formatHex(config), HEX.formatHex(getDescriptor(direct, done, arena,
                        SetupPacket.DT_CONFIG, i, 0)), "configuration " + i + " as a direct control transfer");
            }
            assertEquals(HEX.formatHex(sysfsDescriptors), HEX.formatHex(all.toByteArray()),
                    "the sysfs descriptors file libusb enumerates from");
            for (int i = 0; i <= 3; i++) {
                assertEquals(libusb.get("string " + i), HEX.formatHex(getDescriptor(direct, done, arena,
                        SetupPacket.DT_STRING, i, DescriptorSet.LANGID_EN_US)), "string " + i);
            }
            if (libusb.containsKey("bos")) {
                assertEquals(libusb.get("bos"), HEX.formatHex(getDescriptor(direct, done, arena, SetupPacket.DT_BOS,
                        0, 0)), "BOS");
            }
        }
    }

    private static byte[] getDescriptor(DirectDevice dev, Completions done, Arena arena, int type, int index,
            int langId) {
        MemorySegment buffer = arena.allocate(4096);
        DirectTransfer t = dev.newControlTransfer().buffer(buffer)
                .setup(0x80, SetupPacket.GET_DESCRIPTOR, type << 8 | index, langId, 4096);
        assertEquals(Status.COMPLETED, done.run(t));
        return t.data().toArray(ValueLayout.JAVA_BYTE);
    }
}
