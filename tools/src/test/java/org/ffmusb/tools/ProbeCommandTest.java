package org.ffmusb.tools;

import static org.ffmusb.tools.ChildJvm.freePort;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ffmusb usbredir probe} against C usbredirect serving an emulated mass-storage device ({@code
 * ffmusb emulate ... -- usbredirect ...} in a child JVM): the tree it prints is the one {@code ffmusb
 * list -v} prints for the same device through libusb, and {@code --read-mb} reads and reports MB/s.
 */
@Timeout(180)
class ProbeCommandTest {
    private record Run(int exitCode, String out, String err) {}

    private static Run probe(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Ffmusb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("usbredir", "probe"));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code ffmusb ARGS} in a child JVM on our module path, in the umockdev preload the launcher sets for emulate. */
    private static Process ffmusb(Path log, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.ffmusb(args)).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LD_PRELOAD", "libumockdev-preload.so.0");
        return pb.start();
    }

    private static String run(Path dir, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "ffmusb", ".log");
        Process p = ffmusb(log, args);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmusb " + String.join(" ", args));
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static Path image(Path dir) throws IOException {
        byte[] bytes = new byte[8 << 20];
        new Random(5).nextBytes(bytes);
        Path image = dir.resolve("disk.img");
        Files.write(image, bytes);
        return image;
    }

    /** The descriptor lines from "Device Descriptor:" on, without the location line. */
    private static String tree(String output) {
        int start = output.indexOf("Device Descriptor:");
        assertTrue(start >= 0, output);
        List<String> lines = new ArrayList<>();
        for (String line : output.substring(start).split("\n")) {
            // where the device sits, and the local kernel's driver binding, are not the device's own
            if (line.startsWith("  Port path ") || line.startsWith("  usbredir ") || line.startsWith("      Driver ")) {
                continue;
            }
            if (!line.startsWith(" ") && !line.startsWith("Device Descriptor:")) {
                break;
            }
            if (line.startsWith("  Redirected")) {
                break;
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    @Test
    void probePrintsWhatListPrintsAndReadsTheDisk(@TempDir Path dir) throws Exception {
        Path image = image(dir);
        // What ffmusb list -v says about the device through libusb, inside the emulator's testbed.
        List<String> emulate = new ArrayList<>(List.of("emulate", "mass-storage", "--image", image.toString(), "--"));
        emulate.addAll(ChildJvm.ffmusb("list", "-v"));
        String list = run(dir, emulate.toArray(String[]::new));
        int device = list.indexOf("ID 1209:0002");
        assertTrue(device > 0, list);
        String listed = tree(list.substring(device));

        int port = freePort();
        Path log = dir.resolve("usbredirect.log");
        Process served = ffmusb(log, "emulate", "mass-storage", "--image", image.toString(), "--",
                "usbredirect", "--device", "1209:0002", "--as", "127.0.0.1:" + port);
        try {
            Run r = probe("127.0.0.1:" + port, "--retry", "--timeout", "30", "--read-mb", "4", "--transfer-size", "65536");
            assertEquals(0, r.exitCode(), r.err() + "\n" + Files.readString(log));
            assertTrue(r.out().contains("usbredir 127.0.0.1:" + port + ": ID 1209:0002 480M ffm-usbredir Mass Storage"),
                    r.out());
            assertTrue(r.out().startsWith("usbredir host usbredir 0."), r.out());
            assertEquals(listed, tree(r.out()), "probe and list -v print the same tree");
            assertTrue(r.out().contains("0x81 bulk interface 0 maxPacketSize 512"), r.out());
            Matcher m = Pattern.compile("read 4\\.0 MiB \\(8192 blocks of 512 bytes, READ\\(10\\) of 64 KiB\\) in "
                    + "[0-9.]+ s: ([0-9.]+) MB/s").matcher(r.out());
            assertTrue(m.find(), r.out());
            assertTrue(Double.parseDouble(m.group(1)) > 0);
            System.out.println("probe through usbredirect: " + m.group());
        } finally {
            served.destroy();
            served.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void probeListensForUsbredirectAndPrintsJson(@TempDir Path dir) throws Exception {
        Path image = image(dir);
        int port = freePort();
        CompletableFuture<Run> probe = CompletableFuture.supplyAsync(() -> probe("--listen", "127.0.0.1:" + port,
                "--timeout", "30", "--json", "--read-mb", "8"));
        Thread.sleep(500); // usbredirect --to aborts when nobody listens yet
        Path log = dir.resolve("usbredirect.log");
        Process served = ffmusb(log, "emulate", "mass-storage", "--image", image.toString(), "--",
                "usbredirect", "--device", "1209:0002", "--to", "127.0.0.1:" + port);
        try {
            Run r = probe.get(60, TimeUnit.SECONDS);
            assertEquals(0, r.exitCode(), r.err() + "\n" + Files.readString(log));
            String json = r.out().strip();
            assertTrue(json.startsWith("{\"peer\":\"127.0.0.1:" + port + "\",\"hostVersion\":\"usbredir 0."), json);
            assertTrue(json.contains("\"id\":\"1209:0002\",\"vendorId\":4617,\"productId\":2,\"speed\":\"HIGH\","
                    + "\"manufacturer\":\"ffm-usbredir\",\"product\":\"Mass Storage\""), json);
            assertTrue(json.contains("\"interfaces\":[{\"number\":0,\"class\":8,\"subClass\":6,\"protocol\":80}]"), json);
            assertTrue(json.contains("\"configurations\":[{\"value\":1"), json);
            assertTrue(json.contains("\"read\":{\"bytes\":8388608,"), json);
            assertTrue(r.err().contains("listening on 127.0.0.1:" + port), r.err());
        } finally {
            served.destroy();
            served.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aHostThatIsNotThereFailsWithAMessage() throws Exception {
        Run r = probe("127.0.0.1:" + freePort(), "--timeout", "5");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("cannot connect to 127.0.0.1:"), r.err());
        assertTrue(r.err().contains("--retry"), r.err());
        Run usage = probe();
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("either HOST:PORT or --listen"), usage.err());
        Run names = probe("--listen", "localhost:4000");
        assertEquals(2, names.exitCode());
        assertTrue(names.err().contains("not a numeric address"), names.err());
    }
}
