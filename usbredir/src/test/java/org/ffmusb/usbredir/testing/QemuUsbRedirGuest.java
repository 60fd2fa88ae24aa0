package org.ffmusb.usbredir.testing;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QEMU 7.2 as the real usbredir guest peer (test-rigs.md R4): {@code qemu-system-x86_64} with an xHCI
 * controller and one {@code usb-redir} device on a unix-socket chardev it listens on, no guest OS,
 * plus a QMP socket to run monitor commands such as {@code info usb}. A missing QEMU fails the test
 * with the install hint; it never skips.
 */
public final class QemuUsbRedirGuest implements AutoCloseable {
    private final Path dir;
    private final Process process;
    private final Path log;
    private final SocketChannel qmp;
    private final StringBuilder qmpBuffer = new StringBuilder();

    /** Starts QEMU; {@code usbRedirProperties} are appended to {@code -device usb-redir,...} (e.g. a filter). */
    public QemuUsbRedirGuest(String usbRedirProperties) throws IOException {
        dir = Files.createTempDirectory("ffmusb-qemu");
        log = dir.resolve("qemu.log");
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-nodefaults", "-display", "none",
                "-machine", "q35", "-accel", "tcg", "-m", "128", "-device", "qemu-xhci,id=xhci",
                "-chardev", "socket,id=ur1,path=" + usbRedirSocket() + ",server=on,wait=off",
                "-device", "usb-redir,chardev=ur1,id=urd1,bus=xhci.0" + usbRedirProperties,
                "-qmp", "unix:" + dir.resolve("qmp.sock") + ",server=on,wait=off"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("cannot start qemu-system-x86_64 (" + e.getMessage()
                    + "); install it: run ./test as root, or apt-get install qemu-system-x86", e);
        }
        qmp = connect(dir.resolve("qmp.sock"));
        readQmpUntil("\"QMP\"");
        write(qmp, "{\"execute\":\"qmp_capabilities\"}\n".getBytes(StandardCharsets.UTF_8));
        readQmpUntil("\"return\"");
    }

    public Path usbRedirSocket() {
        return dir.resolve("usbredir.sock");
    }

    /** Connects to QEMU's usb-redir chardev (QEMU sends its hello at once). */
    public SocketChannel connectUsbRedir() throws IOException {
        return connect(usbRedirSocket());
    }

    /** Runs a human monitor command through QMP and returns its output. */
    public String monitor(String commandLine) throws IOException {
        String request = "{\"execute\":\"human-monitor-command\",\"arguments\":{\"command-line\":\"" + commandLine + "\"}}\n";
        write(qmp, request.getBytes(StandardCharsets.UTF_8));
        String reply = readQmpUntil("\"return\"");
        Matcher m = Pattern.compile("\"return\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(reply);
        if (!m.find()) {
            throw new AssertionError("unexpected QMP reply: " + reply);
        }
        return m.group(1).replace("\\r", "").replace("\\n", "\n").replace("\\\"", "\"");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** QEMU's own output (stderr and stdout). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Reads what arrives on {@code channel} within {@code timeout}; an empty array if nothing did, null on EOF. */
    public static byte[] read(SocketChannel channel, Duration timeout) throws IOException {
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            long deadline = System.nanoTime() + timeout.toNanos();
            var out = new java.io.ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || selector.select(left) == 0) {
                    return out.toByteArray();
                }
                selector.selectedKeys().clear();
                int n = channel.read(buf.clear());
                if (n < 0) {
                    return out.size() > 0 ? out.toByteArray() : null;
                }
                out.write(buf.array(), 0, n);
                if (out.size() > 0 && selector.selectNow() == 0) {
                    return out.toByteArray();
                }
            }
        }
    }

    /** Writes all of {@code bytes} (the channel may be non-blocking after {@link #read}). */
    public static void write(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            if (channel.write(buf) == 0) {
                Thread.onSpinWait();
            }
        }
    }

    private String readQmpUntil(String marker) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            int at = qmpBuffer.indexOf(marker);
            if (at >= 0) {
                int end = qmpBuffer.indexOf("\n", at);
                if (end >= 0) {
                    int start = qmpBuffer.lastIndexOf("\n", at) + 1;
                    String line = qmpBuffer.substring(start, end);
                    qmpBuffer.delete(0, end + 1);
                    return line;
                }
            }
            byte[] more = read(qmp, Duration.ofMillis(500));
            if (more == null) {
                throw new AssertionError("QEMU closed its QMP socket; log:\n" + log());
            }
            qmpBuffer.append(new String(more, StandardCharsets.UTF_8));
        }
        throw new AssertionError("no " + marker + " from QMP within 20 s; log:\n" + log());
    }

    private SocketChannel connect(Path socket) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new AssertionError("QEMU exited with " + process.exitValue() + ":\n" + log(), e);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("QEMU did not open " + socket + " within 20 s:\n" + log(), e);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException(ie);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        qmp.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
