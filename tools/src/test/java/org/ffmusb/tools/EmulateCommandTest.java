package org.ffmusb.tools;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ffmusb emulate} as the launcher runs it: a JVM on the module path with
 * {@code LD_PRELOAD=libumockdev-preload.so.0}, running real lsusb inside the testbed.
 */
@Timeout(120)
class EmulateCommandTest {
    record Run(int exit, String stdout, String stderr) {}

    static Run ffmusb(String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.ffmusb(args));
        pb.environment().put("LD_PRELOAD", "libumockdev-preload.so.0");
        Process p = pb.start();
        p.getOutputStream().close();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Thread t1 = Thread.ofVirtual().start(() -> copy(p.getInputStream(), out));
        Thread t2 = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), err));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmusb " + String.join(" ", args) + " did not finish");
        t1.join();
        t2.join();
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void copy(java.io.InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // process ended
        }
    }

    @Test
    void listShowsEveryModelWithItsOptions() throws Exception {
        Run r = ffmusb("emulate", "list");
        assertEquals(0, r.exit(), r.stderr());
        for (String s : List.of("loopback ", "mass-storage ", "keyboard ", "--image FILE", "--read-only",
                "--iso-packet-size BYTES", "--iso-rate PACKETS", "--type TEXT")) {
            assertTrue(r.stdout().contains(s), s + " missing from:\n" + r.stdout());
        }
    }

    @Test
    void runsACommandWithTheDevicePluggedIn(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("disk.img");
        Files.write(image, new byte[1 << 20]);
        Run r = ffmusb("emulate", "mass-storage", "--image", image.toString(), "--", "lsusb", "-v", "-d", "1209:0002");
        assertEquals(0, r.exit(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("ID 1209:0002"), r.stdout());
        assertTrue(r.stdout().contains("bInterfaceProtocol     80 Bulk-Only"), r.stdout());
        assertTrue(r.stderr().contains("mass-storage plugged in as bus 1 device 2 (/dev/bus/usb/001/002)"), r.stderr());
    }

    @Test
    void theCommandsExitStatusIsEmulatesExitStatus() throws Exception {
        assertEquals(3, ffmusb("emulate", "loopback", "--iso-rate", "0", "--", "sh", "-c", "exit 3").exit());
    }

    @Test
    void mistakesAreExplained() throws Exception {
        Run r = ffmusb("emulate", "disk", "--", "true");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("no device model called 'disk'; there are: loopback, mass-storage, keyboard"),
                r.stderr());
        r = ffmusb("emulate", "mass-storage", "--", "true");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("mass-storage needs --image FILE"), r.stderr());
        r = ffmusb("emulate", "keyboard", "--read-only", "--", "true");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("keyboard has no option --read-only; its options: --type"), r.stderr());
        r = ffmusb("emulate", "mass-storage", "--image", "/nonexistent/disk.img", "--", "true");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("no disk image file /nonexistent/disk.img (create one with: truncate -s 16M"),
                r.stderr());
    }
}
