package org.ffmusb.udev.testing;

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
 * Compiles the C programs of {@code src/test/c} with gcc at test time and runs them. A missing compiler or
 * header fails the test with the install command (./test installs them); it never skips.
 */
public final class NativeBuild {
    private NativeBuild() {}

    private static final Path SOURCES = Path.of("src/test/c");
    private static final Path OUTPUT = Path.of("target/native");

    /** The output of a finished program. */
    public record Result(int exitCode, String stdout, String stderr) {
        public Result requireSuccess(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited with " + exitCode + ": " + stderr + stdout);
            }
            return this;
        }
    }

    /** Compiles {@code src/test/c/<source>} against the pkg-config packages into {@code target/native/<name>}. */
    public static synchronized Path compile(String source, List<String> pkgConfigPackages) {
        Path binary = OUTPUT.resolve(source.replaceFirst("\\.c$", ""));
        Path input = SOURCES.resolve(source);
        try {
            Files.createDirectories(OUTPUT);
            if (Files.exists(binary) && Files.getLastModifiedTime(input).compareTo(Files.getLastModifiedTime(binary)) <= 0) {
                return binary;
            }
            List<String> command = new ArrayList<>(List.of("gcc", "-O2", "-Wall", "-Werror", "-o", binary.toString(),
                    input.toString()));
            if (!pkgConfigPackages.isEmpty()) {
                Result flags = run(List.of("pkg-config", "--cflags", "--libs", String.join(" ", pkgConfigPackages)), Map.of());
                if (flags.exitCode() != 0) {
                    throw new AssertionError("pkg-config cannot find " + pkgConfigPackages + " (" + flags.stderr().trim()
                            + "); install the -dev packages: run ./test as root, or apt-get install libudev-dev"
                            + " libumockdev-dev pkg-config");
                }
                command.addAll(Arrays.asList(flags.stdout().trim().split("\\s+")));
            }
            Result gcc = run(command, Map.of());
            if (gcc.exitCode() != 0) {
                throw new AssertionError("gcc failed for " + source + ":\n" + gcc.stderr());
            }
            return binary;
        } catch (IOException e) {
            throw new AssertionError("cannot build " + source + ": " + e.getMessage()
                    + " (is gcc installed? ./test installs it)", e);
        }
    }

    /** Runs a program with extra environment variables and waits for it (120 s at most). */
    public static Result run(List<String> command, Map<String, String> environment) throws IOException {
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        var stderr = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException ignored) {
                // closed with the process
            }
        });
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.getFirst() + " did not finish within 120 s");
            }
            errReader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Result(process.exitValue(), stdout, stderr.toString(StandardCharsets.UTF_8));
    }

    /** The java launcher of the running JDK. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
