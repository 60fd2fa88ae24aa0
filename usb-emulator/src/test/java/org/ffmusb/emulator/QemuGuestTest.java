package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.emulator.testing.Programs;
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
    private static final Path GUEST = Path.of("src/test/guest");

    @Test
    void storageAndKeyboardThroughUsbredirectIntoALinuxGuest(@TempDir Path dir) throws Exception {
        for (String tool : List.of("qemu-system-x86_64", "usbredirect", "busybox", "cpio", "modprobe")) {
            Programs.require(tool);
        }
        String kernel;
        try (var boot = Files.list(Path.of("/boot"))) {
            kernel = boot.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("vmlinuz-"))
                    .filter(n -> Files.isDirectory(Path.of("/lib/modules", n.substring("vmlinuz-".length()))))
                    .sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no /boot/vmlinuz-* with its /lib/modules: apt-get install "
                            + "linux-image-amd64 (./test installs what the tests need)"));
        }
        Path initrd = dir.resolve("initramfs.cpio.gz");
        ProcessBuilder build = new ProcessBuilder("sh", GUEST.resolve("build-initramfs.sh").toString(), initrd.toString());
        build.environment().put("K", kernel.substring("vmlinuz-".length())); // the modules of that very kernel
        Programs.run(build, 120).requireSuccess("build-initramfs.sh");

        Path file = dir.resolve("disk.img");
        byte[] original = new byte[8 << 20];
        new Random(7).nextBytes(original);
        Files.write(file, original);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));

        List<Process> processes = new ArrayList<>();
        try (UsbEmulator emulator = UsbEmulator.open(); DiskImage image = DiskImage.open(file, false)) {
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
            ProcessBuilder qemu = new ProcessBuilder("qemu-system-x86_64", "-nodefaults", "-no-reboot", "-display",
                    "none", "-machine", "q35", "-accel", "tcg", "-cpu", "max", "-m", "256", "-smp", "1",
                    "-kernel", "/boot/" + kernel, "-initrd", initrd.toString(),
                    "-append", "console=ttyS0 quiet panic=-1", "-serial", "stdio",
                    "-device", "qemu-xhci,id=xhci",
                    "-chardev", "socket,id=ur1,host=127.0.0.1,port=" + storagePort + ",reconnect=1",
                    "-device", "usb-redir,chardev=ur1,id=urd1,bus=xhci.0",
                    "-chardev", "socket,id=ur2,host=127.0.0.1,port=" + keyboardPort + ",reconnect=1",
                    "-device", "usb-redir,chardev=ur2,id=urd2,bus=xhci.0").redirectErrorStream(true);
            qemu.environment().remove("LD_PRELOAD");
            Process guest = qemu.start();
            processes.add(guest);
            Console console = new Console(guest);

            String size = console.await("GUEST-DISK-SIZE ", 180);
            assertEquals(Long.toString(original.length / 512), size, "the guest sees another disk size");
            assertEquals(sha256, console.await("GUEST-DISK-SHA256 ", 120), "the guest read other bytes than the image's");
            console.await("GUEST-WROTE ", 60);
            byte[] written = Files.readAllBytes(file);
            String pattern = "FFMUSB-GUEST-WROTE-THIS-PATTERN.".repeat(128);
            assertEquals(pattern, new String(written, 1 << 20, 4096, StandardCharsets.US_ASCII),
                    "the guest's write did not land in the image file");
            assertArrayEquals(java.util.Arrays.copyOf(original, 1 << 20), java.util.Arrays.copyOf(written, 1 << 20));

            console.await("GUEST-KEYBOARD-READY ", 120);
            keyboard.type("hello");
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                keys.add(console.await("GUEST-KEY ", 60));
            }
            // KEY_H 35, KEY_E 18, KEY_L 38, KEY_O 24 (linux/input-event-codes.h); 1 = press, 0 = release
            assertEquals(List.of("35 1", "35 0", "18 1", "18 0", "38 1", "38 0", "38 1", "38 0", "24 1", "24 0"), keys,
                    console.transcript());
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

    /** The guest's serial console, line by line. */
    private static final class Console {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> all = new ArrayList<>();

        Console(Process p) {
            Thread.ofPlatform().daemon().name("qemu-console").start(() -> {
                try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line.strip());
                    }
                } catch (IOException ignored) {
                    // QEMU ended
                }
            });
        }

        /** The rest of the first line starting with {@code prefix} within {@code seconds}. */
        String await(String prefix, long seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null) {
                    synchronized (all) {
                        all.add(line);
                    }
                    if (line.startsWith("GUEST-NO-")) {
                        fail(line + "\n" + transcript());
                    }
                    if (line.startsWith(prefix)) {
                        return line.substring(prefix.length());
                    }
                }
            }
            throw new AssertionError("no '" + prefix + "' from the guest within " + seconds + " s:\n" + transcript());
        }

        String transcript() {
            synchronized (all) {
                return String.join("\n", all);
            }
        }
    }
}
