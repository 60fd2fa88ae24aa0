package org.ffmusb.usbredir.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiles the C programs of {@code src/test/c} with gcc at test time and runs them. A missing compiler
 * or library fails the test with the install command (./test installs them); it never skips.
 */
public final class NativeBuild {
    private NativeBuild() {}

    private static final Path SOURCES = Path.of("src/test/c");
    private static final Path OUTPUT = Path.of("target/native");

    /** The output of a finished program. */
    public record Result(int exitCode, byte[] stdout, String stderr) {
        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        public Result requireSuccess(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited with " + exitCode + ": " + stderr);
            }
            return this;
        }
    }

    /**
     * Compiles {@code src/test/c/<source>} (plus {@code extraSources}) against the pkg-config packages
     * into {@code target/native/<name>}, recompiling only when a source is newer than the binary.
     */
    public static synchronized Path compile(String source, List<String> pkgConfigPackages, String... extraSources) {
        String name = source.replaceFirst("\\.c$", "");
        Path binary = OUTPUT.resolve(name);
        try {
            Files.createDirectories(OUTPUT);
            List<Path> inputs = new ArrayList<>();
            inputs.add(SOURCES.resolve(source));
            for (String extra : extraSources) {
                inputs.add(SOURCES.resolve(extra));
            }
            if (Files.exists(binary) && upToDate(binary, inputs)) {
                return binary;
            }
            List<String> command = new ArrayList<>(List.of("gcc", "-O2", "-Wall", "-Werror", "-o", binary.toString()));
            inputs.forEach(p -> command.add(p.toString()));
            if (!pkgConfigPackages.isEmpty()) {
                Result flags = run(List.of("pkg-config", "--cflags", "--libs", String.join(" ", pkgConfigPackages)), null);
                if (flags.exitCode() != 0) {
                    throw new AssertionError("pkg-config cannot find " + pkgConfigPackages + " (" + flags.stderr().trim()
                            + "); install the -dev packages: run ./test as root, or apt-get install "
                            + "libusbredirparser-dev pkg-config");
                }
                command.addAll(Arrays.asList(flags.stdoutText().trim().split("\\s+")));
            }
            Result gcc = run(command, null);
            if (gcc.exitCode() != 0) {
                throw new AssertionError("gcc failed for " + source + ":\n" + gcc.stderr());
            }
            return binary;
        } catch (IOException e) {
            throw new AssertionError("cannot build " + source + ": " + e.getMessage()
                    + " (is gcc installed? ./test installs it)", e);
        }
    }

    /** Runs a program with optional standard input and waits for it (60 s at most). */
    public static Result run(List<String> command, byte[] stdin) throws IOException {
        Process process = new ProcessBuilder(command).start();
        Thread feeder = Thread.ofVirtual().start(() -> {
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            } catch (IOException ignored) {
                // the program exited without reading everything; its exit code tells
            }
        });
        var stderr = new java.io.ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException ignored) {
                // stream closed with the process
            }
        });
        byte[] stdout = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.getFirst() + " did not finish within 60 s");
            }
            feeder.join();
            errReader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Result(process.exitValue(), stdout, stderr.toString(StandardCharsets.UTF_8));
    }

    private static boolean upToDate(Path binary, List<Path> inputs) throws IOException {
        var built = Files.getLastModifiedTime(binary);
        for (Path input : inputs) {
            if (Files.getLastModifiedTime(input).compareTo(built) > 0) {
                return false;
            }
        }
        return true;
    }
}
