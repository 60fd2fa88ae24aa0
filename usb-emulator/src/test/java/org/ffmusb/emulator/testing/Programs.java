package org.ffmusb.emulator.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real peer programs of the tests and compiles the C ones of {@code src/test/c} with gcc. A
 * missing program or library fails the test with the Debian package to install (./test installs them
 * all); nothing is ever skipped.
 */
public final class Programs {
    private Programs() {}

    private static final Path SOURCES = Path.of("src/test/c");
    private static final Path OUTPUT = Path.of("target/native");

    /** Debian packages that provide a command or a pkg-config module. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("gcc", "gcc"), Map.entry("pkg-config", "pkg-config"), Map.entry("lsusb", "usbutils"),
            Map.entry("usbredirect", "usbredirect"), Map.entry("qemu-system-x86_64", "qemu-system-x86"),
            Map.entry("libusb-1.0", "libusb-1.0-0-dev"), Map.entry("libudev", "libudev-dev"),
            Map.entry("umockdev-1.0", "libumockdev-dev"), Map.entry("glib-2.0", "libglib2.0-dev"),
            Map.entry("cpio", "cpio"), Map.entry("busybox", "busybox-static"), Map.entry("modprobe", "kmod"),
            Map.entry("udevadm", "udev"));

    /** The output of a finished program. */
    public record Result(int exitCode, String stdout, String stderr) {
        public Result requireSuccess(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " exited with " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            return this;
        }
    }

    /** Fails (never skips) with the install line when {@code command} is not on the PATH. */
    public static void require(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new AssertionError(command + " is not installed: apt-get install "
                + PACKAGES.getOrDefault(command, command) + " (./test installs what the tests need)");
    }

    /** Compiles {@code src/test/c/<source>} against pkg-config modules into {@code target/native}. */
    public static Path compile(String source, String... pkgConfigModules) {
        return compileFile(SOURCES.resolve(source), pkgConfigModules);
    }

    /** Compiles one C file against pkg-config modules into {@code target/native}, if it changed. */
    public static synchronized Path compileFile(Path input, String... pkgConfigModules) {
        require("gcc");
        Path binary = OUTPUT.resolve(input.getFileName().toString().replaceFirst("\\.c$", ""));
        String source = input.getFileName().toString();
        try {
            Files.createDirectories(OUTPUT);
            if (Files.exists(binary) && Files.getLastModifiedTime(input).compareTo(Files.getLastModifiedTime(binary)) <= 0) {
                return binary;
            }
            List<String> command = new ArrayList<>(List.of("gcc", "-O2", "-Wall", "-Werror", "-o", binary.toString(),
                    input.toString()));
            if (pkgConfigModules.length > 0) {
                require("pkg-config");
                Result flags = run(new ProcessBuilder(concat(List.of("pkg-config", "--cflags", "--libs"),
                        pkgConfigModules)), 30);
                if (flags.exitCode() != 0) {
                    List<String> pkgs = Arrays.stream(pkgConfigModules).map(m -> PACKAGES.getOrDefault(m, m)).toList();
                    throw new AssertionError("pkg-config cannot find " + Arrays.toString(pkgConfigModules) + ": "
                            + flags.stderr().trim() + "; apt-get install " + String.join(" ", pkgs)
                            + " (./test installs what the tests need)");
                }
                command.addAll(Arrays.asList(flags.stdout().trim().split("\\s+")));
            }
            run(new ProcessBuilder(command), 120).requireSuccess("gcc " + source);
            return binary;
        } catch (IOException e) {
            throw new AssertionError("cannot build " + source + ": " + e.getMessage(), e);
        }
    }

    /** Runs a program to its end (at most {@code timeoutSeconds}), capturing both outputs. */
    public static Result run(ProcessBuilder pb, long timeoutSeconds) {
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            var out = drain(p.getInputStream());
            var err = drain(p.getErrorStream());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError(pb.command() + " did not finish within " + timeoutSeconds + " s\nstdout:\n"
                        + out.text() + "\nstderr:\n" + err.text());
            }
            out.thread().join();
            err.thread().join();
            return new Result(p.exitValue(), out.text(), err.text());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + pb.command() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    record Drain(Thread thread, ByteArrayOutputStream bytes) {
        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    static Drain drain(InputStream in) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Thread t = Thread.ofVirtual().start(() -> {
            byte[] chunk = new byte[8192];
            try (in) {
                for (int n; (n = in.read(chunk)) > 0; ) {
                    synchronized (bytes) {
                        bytes.write(chunk, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process closed its end
            }
        });
        return new Drain(t, bytes);
    }

    private static List<String> concat(List<String> a, String[] b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(Arrays.asList(b));
        return all;
    }
}
