package org.ffmusb.emulator.models.loopback;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The bus schedule of the isochronous endpoints: one packet per (micro)frame at a configured rate, so
 * an URB of N packets completes N packet times after the previous one on the same endpoint ended
 * (or after its submission, if the endpoint was idle). Rate 0 means as fast as the host asks.
 * Completions run on the daemon thread {@code loopback-iso-clock}.
 */
final class IsoClock implements AutoCloseable {
    private final long nanosPerPacket;
    private final ScheduledThreadPoolExecutor timer;
    private long busyUntilIn;
    private long busyUntilOut;

    IsoClock(int packetsPerSecond) {
        this.nanosPerPacket = packetsPerSecond <= 0 ? 0 : 1_000_000_000L / packetsPerSecond;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "loopback-iso-clock");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code completion} when {@code packets} more packets have gone over the bus on this endpoint. */
    void after(boolean in, int packets, Runnable completion) {
        if (nanosPerPacket == 0) {
            completion.run();
            return;
        }
        long now = System.nanoTime();
        long due;
        synchronized (this) {
            long start = Math.max(now, in ? busyUntilIn : busyUntilOut);
            due = start + packets * nanosPerPacket;
            if (in) {
                busyUntilIn = due;
            } else {
                busyUntilOut = due;
            }
        }
        timer.schedule(completion, due - now, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
