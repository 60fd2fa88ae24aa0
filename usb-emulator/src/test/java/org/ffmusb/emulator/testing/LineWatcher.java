package org.ffmusb.emulator.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A program that runs alongside a test and talks in lines: the test waits for a line ("READY"), acts
 * (plugs a device), waits for the next. Output and error are merged; a virtual thread reads them.
 */
public final class LineWatcher implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private LineWatcher(Process process) {
        this.process = process;
        this.reader = Thread.ofVirtual().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    public static LineWatcher start(ProcessBuilder pb) {
        try {
            Process p = pb.redirectErrorStream(true).start();
            p.getOutputStream().close();
            return new LineWatcher(p);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + pb.command() + ": " + e.getMessage(), e);
        }
    }

    /** Waits (at most 15 s) until the program prints exactly {@code wanted}. */
    public void await(String wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                synchronized (seen) {
                    seen.add(line);
                }
                if (line.equals(wanted)) {
                    return;
                }
            }
        }
        fail("no '" + wanted + "' within 15 s; the program printed:\n" + output());
    }

    /** Waits for the program to end (at most {@code seconds}) and returns everything it printed. */
    public List<String> finish(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the program did not finish within " + seconds + " s; it printed:\n" + output());
        }
        reader.join();
        synchronized (seen) {
            lines.drainTo(seen);
            return List.copyOf(seen);
        }
    }

    public int exitCode() {
        return process.exitValue();
    }

    public String output() {
        synchronized (seen) {
            return String.join("\n", seen);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
