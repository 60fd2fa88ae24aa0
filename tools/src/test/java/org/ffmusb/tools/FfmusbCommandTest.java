package org.ffmusb.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** The ffmusb commands as a user runs them. */
class FfmusbCommandTest {
    private static final Path QEMU_HELLO = Path.of("../usbredir/src/test/resources/captures/qemu-7.2-guest-hello.bin");

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Ffmusb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void decodeJsonPrintsQemusCapturedHello() {
        Run r = run("usbredir", "decode", "--from", "guest", "--json", QEMU_HELLO.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"type\":\"hello\",\"id\":0,\"version\":\"qemu usb-redir guest 7.2.22\",\"caps\":[255]}\n",
                r.out());
    }

    @Test
    void decodeTextNamesTheCaps() {
        Run r = run("usbredir", "decode", "--from", "guest", QEMU_HELLO.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("hello") && r.out().contains("64bits_ids"), r.out());
    }

    @Test
    void decodeReportsRejectedPacketsAndContinues(@TempDir Path dir) throws Exception {
        byte[] hello = Files.readAllBytes(QEMU_HELLO);
        // After the hello both sides use 16-byte headers: device_connect is never sent by a guest
        // (rejected, its 10 bytes skipped), then a valid reset.
        byte[] bad = {1, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        byte[] reset = {3, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0};
        Path capture = dir.resolve("stream.bin");
        var bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(hello);
        bytes.writeBytes(bad);
        bytes.writeBytes(reset);
        Files.write(capture, bytes.toByteArray());
        Run r = run("usbredir", "decode", "--from", "guest", "--json", capture.toString());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[1].startsWith("{\"error\":"), lines[1]);
        assertEquals("{\"type\":\"reset\",\"id\":7}", lines[2]);
        assertEquals(1, r.exitCode());
    }

    @Test
    void decodeReportsATruncatedStream(@TempDir Path dir) throws Exception {
        Path capture = dir.resolve("short.bin");
        Files.write(capture, java.util.Arrays.copyOf(Files.readAllBytes(QEMU_HELLO), 50));
        Run r = run("usbredir", "decode", "--from", "guest", capture.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("50 bytes at the end do not complete a packet"), r.out());
    }

    @Test
    void helpListsEveryCommand() {
        Run top = run("--help");
        assertEquals(0, top.exitCode());
        for (String command : new String[] {"demo", "usbredir"}) {
            assertTrue(top.out().contains(command), top.out());
        }
        Run usbredir = run("usbredir", "--help");
        assertTrue(usbredir.out().contains("decode"), usbredir.out());
    }

    @Test
    void demoRedirectsAnEmulatedStickToOurGuestAndReadsIt() {
        Run r = run("demo", "--size-mb", "8");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("ID 1209:0002"), r.out());
        assertTrue(r.out().contains("bInterfaceClass 8"), r.out());
        assertTrue(r.out().matches("(?s).*read 8\\.0 MiB .* MB/s.*"), r.out());
    }
}
