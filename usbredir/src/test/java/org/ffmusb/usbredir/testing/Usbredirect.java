package org.ffmusb.usbredir.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.UsbEmulator;

/**
 * C {@code usbredirect} (test-rigs.md R7) serving an emulated device: a child process inside the
 * emulator's testbed, so it opens the Java device model through real libusb. A missing usbredirect
 * fails the test with the package to install; it never skips.
 */
public final class Usbredirect implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private Usbredirect(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** {@code usbredirect --device DEVICE --as 127.0.0.1:PORT} on a free port: it waits for our guest. */
    public static Usbredirect listening(UsbEmulator emulator, String device, String... extra) throws IOException {
        return listening(emulator, device, freePort(), extra);
    }

    /** {@code usbredirect --device DEVICE --as 127.0.0.1:PORT}. */
    public static Usbredirect listening(UsbEmulator emulator, String device, int port, String... extra)
            throws IOException {
        return start(emulator, port, List.of("--device", device, "--as", "127.0.0.1:" + port), extra);
    }

    /** {@code usbredirect --device DEVICE --to 127.0.0.1:PORT}: start our listener first (it aborts otherwise). */
    public static Usbredirect connectingTo(UsbEmulator emulator, String device, int port, String... extra)
            throws IOException {
        return start(emulator, port, List.of("--device", device, "--to", "127.0.0.1:" + port), extra);
    }

    private static Usbredirect start(UsbEmulator emulator, int port, List<String> args, String... extra)
            throws IOException {
        requireProgram("usbredirect", "usbredirect");
        List<String> command = new ArrayList<>(List.of("usbredirect"));
        command.addAll(args);
        command.addAll(List.of(extra));
        Path log = Files.createTempFile("usbredirect-" + port + "-", ".log");
        Process p = emulator.start(emulator.processBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()));
        return new Usbredirect(p, log, port);
    }

    /** Fails (never skips) with the install line when {@code command} is not on the PATH. */
    public static void requireProgram(String command, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new AssertionError(command + " is not installed: apt-get install " + debianPackage
                + " (./test installs what the tests need)");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Waits for the process to exit; true if it did. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What usbredirect printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file
        }
    }
}
