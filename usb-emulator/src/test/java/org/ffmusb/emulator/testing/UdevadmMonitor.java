package org.ffmusb.emulator.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ffmusb.emulator.UsbEmulator;

/**
 * {@code udevadm monitor --udev --property --subsystem-match=usb} in the testbed: the events systemd's own
 * tool receives, with their properties, parsed. (stdbuf: udevadm monitor buffers its output in a pipe.)
 */
public final class UdevadmMonitor implements AutoCloseable {
    /** One event as udevadm printed it; {@code devpath} with /sys in front, as a syspath. */
    public record Event(String action, String syspath, Map<String, String> properties) {
        @Override
        public String toString() {
            return action + " " + syspath;
        }
    }

    private final Process process;
    private final List<Event> events = new ArrayList<>();
    private final StringBuilder output = new StringBuilder();

    private UdevadmMonitor(Process process) {
        this.process = process;
        Thread.ofVirtual().start(this::read);
    }

    /** Starts udevadm monitor and waits until it listens (its socket appeared in the testbed). */
    public static UdevadmMonitor start(UsbEmulator emulator) throws InterruptedException {
        Programs.require("udevadm");
        int before = sockets(emulator.root());
        UdevadmMonitor m;
        try {
            m = new UdevadmMonitor(emulator.processBuilder("stdbuf", "-oL", "udevadm", "monitor", "--udev",
                    "--property", "--subsystem-match=usb").redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new AssertionError("cannot run udevadm monitor: " + e.getMessage(), e);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (sockets(emulator.root()) <= before) {
            if (System.nanoTime() > end || !m.process.isAlive()) {
                fail("udevadm monitor did not start listening; it printed:\n" + m.output());
            }
            Thread.sleep(10);
        }
        return m;
    }

    private static int sockets(Path root) {
        int n = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root, "event[0-9]*")) {
            for (Path ignored : dir) {
                n++;
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return n;
    }

    private void read() {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String action = null;
            String syspath = null;
            Map<String, String> properties = null;
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (this) {
                    output.append(line).append('\n');
                }
                if (line.startsWith("UDEV  [")) {
                    // UDEV  [12058.485124] add      /devices/... (usb)
                    String[] f = line.substring(line.indexOf(']') + 1).trim().split("\\s+");
                    action = f[0];
                    syspath = "/sys" + f[1];
                    properties = new LinkedHashMap<>();
                } else if (properties != null && line.contains("=")) {
                    properties.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                } else if (properties != null && line.isEmpty()) {
                    synchronized (this) {
                        events.add(new Event(action, syspath, properties));
                        notifyAll();
                    }
                    properties = null;
                }
            }
        } catch (IOException ignored) {
            // udevadm ended
        }
    }

    /** Every event so far. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Waits (at most 15 s) until {@code count} events match, then returns every event so far. */
    public synchronized List<Event> await(Predicate<Event> match, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (events.stream().filter(match).count() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                fail("expected " + count + " matching events within 15 s; udevadm monitor printed:\n" + output);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }

    /** Waits until {@code count} events in all arrived, plus 200 ms in which any extra one would show. */
    public List<Event> awaitExactly(int count) throws InterruptedException {
        await(e -> true, count);
        Thread.sleep(200);
        List<Event> all = events();
        if (all.size() != count) {
            fail("expected " + count + " events, got " + all.size() + ": " + all);
        }
        return all;
    }

    /** Forgets the events so far. */
    public synchronized void clear() {
        events.clear();
    }

    public synchronized String output() {
        return output.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
