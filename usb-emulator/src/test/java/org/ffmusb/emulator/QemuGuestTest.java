package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.emulator.testing.Programs;
import org.ffmusb.testrigs.LinuxGuest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain with the C reference host (reference/test-rigs.md R7 + R6): emulated mass storage
 * and keyboard → C usbredirect (one per device, in the testbed) → QEMU's usb-redir on an xHCI
 * controller → a Debian kernel with a busybox initramfs built at test time. The guest's usb-storage
 * reads the whole disk (its checksum must be the image's) and writes a pattern (which must land in
 * the image file); its usbhid delivers the keys typed in Java as input events.
 */
@Timeout(300)
class QemuGuestTest {
    @Test
    void storageAndKeyboardThroughUsbredirectIntoALinuxGuest(@TempDir Path dir) throws Exception {
        Programs.require("usbredirect");
        Path file = dir.resolve("disk.img");
        byte[] original = new byte[8 << 20];
        new Random(7).nextBytes(original);
        Files.write(file, original);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));

        List<Process> processes = new ArrayList<>();
        try (DiskImage image = DiskImage.open(file, false); UsbEmulator emulator = UsbEmulator.open()) {
            emulator.plug(new MassStorage(image));
            HidKeyboard keyboard = new HidKeyboard();
            emulator.plug(keyboard);
            int storagePort = freePort();
            int keyboardPort = freePort();
            // usbredirect listens (--as); QEMU connects and retries every second until it can.
            for (var redirect : List.of(List.of("1209:0002", storagePort), List.of("1209:0003", keyboardPort))) {
                processes.add(emulator.start(emulator.processBuilder("usbredirect", "--device",
                        redirect.get(0).toString(), "--as", "127.0.0.1:" + redirect.get(1)).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("usbredirect-" + redirect.get(1) + ".log").toFile())));
            }
            try (LinuxGuest guest = LinuxGuest.boot(dir, List.of(
                    "socket,host=127.0.0.1,port=" + storagePort + ",reconnect=1",
                    "socket,host=127.0.0.1,port=" + keyboardPort + ",reconnect=1"), "")) {
                String size = guest.await("GUEST-DISK-SIZE ", 180);
                assertEquals(Long.toString(original.length / 512), size, "the guest sees another disk size");
                assertEquals(sha256, guest.await("GUEST-DISK-SHA256 ", 120),
                        "the guest read other bytes than the image's");
                guest.await("GUEST-WROTE ", 60);
                byte[] written = Files.readAllBytes(file);
                String pattern = "FFMUSB-GUEST-WROTE-THIS-PATTERN.".repeat(128);
                assertEquals(pattern, new String(written, 1 << 20, 4096, StandardCharsets.US_ASCII),
                        "the guest's write did not land in the image file");
                assertArrayEquals(java.util.Arrays.copyOf(original, 1 << 20), java.util.Arrays.copyOf(written, 1 << 20));

                guest.await("GUEST-KEYBOARD-READY ", 120);
                keyboard.type("hello");
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    keys.add(guest.await("GUEST-KEY ", 60));
                }
                // KEY_H 35, KEY_E 18, KEY_L 38, KEY_O 24 (linux/input-event-codes.h); 1 = press, 0 = release
                assertEquals(List.of("35 1", "35 0", "18 1", "18 0", "38 1", "38 0", "38 1", "38 0", "24 1", "24 0"),
                        keys, guest.transcript());
            }
        } finally {
            for (Process p : processes.reversed()) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
