package org.ffmusb.testrigs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Linux guest (reference/test-rigs.md R6): the installed Debian kernel with a busybox initramfs
 * built at test time, booted by {@code qemu-system-x86_64} under TCG with an xHCI controller and one
 * {@code usb-redir} device per chardev the test gives. The guest's USB stack (usb-storage, usbhid)
 * enumerates what arrives; its init reports on the serial console (see the {@code guest/init}
 * resource): {@code GUEST-DISK-SHA256 ...}, {@code GUEST-KEY ...} and so on. A missing tool fails the
 * test with the package to install; nothing is skipped.
 */
public final class LinuxGuest implements AutoCloseable {
    private static final List<String> TOOLS = List.of("qemu-system-x86_64", "busybox", "cpio", "modprobe");
    private static final Map<String, String> PACKAGES = Map.of("qemu-system-x86_64", "qemu-system-x86",
            "busybox", "busybox-static", "cpio", "cpio", "modprobe", "kmod");

    private final Process qemu;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Integer> cursors = new HashMap<>();

    private LinuxGuest(Process qemu) {
        this.qemu = qemu;
        Thread.ofPlatform().daemon().name("linux-guest-console").start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(qemu.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line.strip());
                        lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // QEMU ended
            }
        });
    }

    /**
     * Builds the initramfs in {@code dir} and boots the guest.
     *
     * @param chardevs  one QEMU {@code -chardev} value per usb-redir device, without its id (e.g.
     *                  {@code socket,host=127.0.0.1,port=4000,reconnect=1})
     * @param cmdline   extra kernel command line words (e.g. {@code ffmusb.replug})
     */
    public static LinuxGuest boot(Path dir, List<String> chardevs, String cmdline) throws IOException {
        for (String tool : TOOLS) {
            require(tool);
        }
        String kernel = kernel();
        Path script = extract(dir, "build-initramfs.sh");
        extract(dir, "init");
        Path initrd = dir.resolve("initramfs.cpio.gz");
        ProcessBuilder build = new ProcessBuilder("sh", script.toString(), initrd.toString()).redirectErrorStream(true);
        build.environment().put("K", kernel.substring("vmlinuz-".length())); // the modules of that very kernel
        Process b = build.start();
        String output = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!b.waitFor(120, TimeUnit.SECONDS) || b.exitValue() != 0) {
                throw new AssertionError("build-initramfs.sh failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-nodefaults", "-no-reboot", "-display",
                "none", "-machine", "q35", "-accel", "tcg", "-cpu", "max", "-m", "256", "-smp", "1",
                "-kernel", "/boot/" + kernel, "-initrd", initrd.toString(),
                "-append", ("console=ttyS0 quiet panic=-1 " + cmdline).strip(), "-serial", "stdio",
                "-device", "qemu-xhci,id=xhci"));
        for (int i = 0; i < chardevs.size(); i++) {
            command.addAll(List.of("-chardev", chardevs.get(i).replaceFirst("^([a-z]+),", "$1,id=ur" + i + ","),
                    "-device", "usb-redir,chardev=ur" + i + ",id=urd" + i + ",bus=xhci.0"));
        }
        ProcessBuilder qemu = new ProcessBuilder(command).redirectErrorStream(true);
        qemu.environment().remove("LD_PRELOAD"); // QEMU must not join a umockdev testbed of the test JVM
        return new LinuxGuest(qemu.start());
    }

    /**
     * The rest of the next line starting with {@code prefix} (each prefix has its own reading position,
     * so lines of other prefixes arriving meanwhile are kept), within {@code seconds}. A line starting
     * with {@code GUEST-NO-} fails at once.
     */
    public String await(String prefix, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            int i = cursors.getOrDefault(prefix, 0);
            while (true) {
                for (; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("GUEST-NO-")) {
                        throw new AssertionError(line + "\n" + transcript());
                    }
                    if (line.startsWith(prefix)) {
                        cursors.put(prefix, i + 1);
                        return line.substring(prefix.length());
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0 || !qemu.isAlive() && i >= lines.size()) {
                    throw new AssertionError("no '" + prefix + "' from the guest within " + seconds + " s:\n"
                            + transcript());
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Everything the guest printed so far. */
    public String transcript() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        qemu.destroy();
        if (!qemu.waitFor(10, TimeUnit.SECONDS)) {
            qemu.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String kernel() throws IOException {
        try (var boot = Files.list(Path.of("/boot"))) {
            return boot.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("vmlinuz-"))
                    .filter(n -> Files.isDirectory(Path.of("/lib/modules", n.substring("vmlinuz-".length()))))
                    .sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no /boot/vmlinuz-* with its /lib/modules: apt-get install "
                            + "linux-image-amd64 (./test installs what the tests need)"));
        }
    }

    private static Path extract(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = LinuxGuest.class.getResourceAsStream("guest/" + name)) {
            if (in == null) {
                throw new IOException("resource guest/" + name + " is missing from test-rigs");
            }
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static void require(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin:/sbin:/usr/sbin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        for (String dir : List.of("/sbin", "/usr/sbin", "/bin", "/usr/bin")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new AssertionError(command + " is not installed: apt-get install " + PACKAGES.get(command)
                + " (./test installs what the tests need)");
    }
}
