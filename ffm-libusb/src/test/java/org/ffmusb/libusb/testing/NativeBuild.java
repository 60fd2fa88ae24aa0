package org.ffmusb.libusb.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the C programs of {@code src/test/c} with gcc and runs programs. A missing compiler, header or
 * tool fails the test with the install command (./test installs them); it never skips.
 */
public final class NativeBuild {
    private NativeBuild() {}

    private static final Path SOURCES = Path.of("src/test/c");
    private static final Path OUTPUT = Path.of("target/native");

    /** The output of a finished program. */
    public record Result(int exitCode, String stdout, String stderr) {
        public Result requireSuccess(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited with " + exitCode + ":\n" + stdout + stderr);
            }
            return this;
        }
    }

    /** Compiles {@code src/test/c/<source>} against libusb-1.0 into {@code target/native/<name>} when stale. */
    public static synchronized Path compileAgainstLibusb(String source) {
        Path binary = OUTPUT.resolve(source.replaceFirst("\\.c$", ""));
        Path input = SOURCES.resolve(source);
        try {
            Files.createDirectories(OUTPUT);
            if (Files.exists(binary)
                    && Files.getLastModifiedTime(input).compareTo(Files.getLastModifiedTime(binary)) <= 0) {
                return binary;
            }
            Result flags = run(List.of("pkg-config", "--cflags", "--libs", "libusb-1.0"), Map.of(), 60);
            if (flags.exitCode() != 0) {
                throw new AssertionError("pkg-config cannot find libusb-1.0 (" + flags.stderr().trim()
                        + "): run ./test as root, or apt-get install libusb-1.0-0-dev pkg-config");
            }
            List<String> command = new ArrayList<>(List.of("gcc", "-O2", "-Wall", "-Werror", "-o", binary.toString(),
                    input.toString()));
            command.addAll(Arrays.asList(flags.stdout().trim().split("\\s+")));
            run(command, Map.of(), 120).requireSuccess("gcc " + source);
            return binary;
        } catch (IOException e) {
            throw new AssertionError("cannot build " + source + ": " + e.getMessage()
                    + " (is gcc installed? ./test installs it)", e);
        }
    }

    /** Runs a program with extra environment variables and waits for it ({@code timeoutSeconds} at most). */
    public static Result run(List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException {
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + command.getFirst() + ": " + e.getMessage()
                    + " (./test installs every tool the tests need)", e);
        }
        process.getOutputStream().close();
        var stderr = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException ignored) {
                // closed with the process
            }
        });
        byte[] stdout = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.getFirst() + " did not finish within " + timeoutSeconds + " s");
            }
            errReader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                stderr.toString(StandardCharsets.UTF_8));
    }
}
