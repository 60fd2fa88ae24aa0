package org.ffmusb.emulator.models.hid;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.model.Transfer;

/**
 * Input reports on their way to the host: a bounded queue of reports and the interrupt IN transfers
 * waiting for one (a device NAKs until it has something to say). With an idle rate other than 0 the
 * last report repeats at that rate while nothing new is queued (HID 1.11 §7.2.4). Thread-safe: reports
 * come from any thread, transfers from the model's callbacks; completion copies the report.
 */
final class ReportQueue {
    private final int limit;
    private final int reportSize;
    private final ArrayDeque<byte[]> reports = new ArrayDeque<>();
    private final ArrayDeque<Transfer> waiting = new ArrayDeque<>();
    private byte[] current;
    private ScheduledThreadPoolExecutor idleTimer;
    private ScheduledFuture<?> idleRepeat;

    ReportQueue(int limit, int reportSize) {
        this.limit = limit;
        this.reportSize = reportSize;
        this.current = new byte[reportSize];
    }

    /** Queues reports and hands them out; IllegalStateException (and nothing queued) past the limit. */
    void add(List<byte[]> batch) {
        synchronized (this) {
            if (reports.size() + batch.size() > limit) {
                throw new IllegalStateException("the report queue is full (" + limit + " reports); the host is not "
                        + "polling the device");
            }
            reports.addAll(batch);
        }
        deliver();
    }

    /** An interrupt IN transfer from the host: answered at once if a report is queued. */
    void poll(Transfer t) {
        synchronized (this) {
            waiting.add(t);
        }
        t.onCancel(() -> forget(t));
        deliver();
    }

    synchronized int size() {
        return reports.size();
    }

    /** The last report sent (all zeros before the first): what GET_REPORT(input) returns. */
    synchronized byte[] current() {
        return current.clone();
    }

    /** SET_IDLE: 0 stops repetition; otherwise the last report repeats every {@code rate} * 4 ms. */
    synchronized void idle(int rate) {
        if (idleRepeat != null) {
            idleRepeat.cancel(false);
            idleRepeat = null;
        }
        if (rate > 0) {
            if (idleTimer == null) {
                idleTimer = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread th = new Thread(r, "hid-keyboard-idle");
                    th.setDaemon(true);
                    return th;
                });
            }
            idleRepeat = idleTimer.scheduleAtFixedRate(this::repeat, rate * 4L, rate * 4L, TimeUnit.MILLISECONDS);
        }
    }

    /** A bus reset: no current report, no repetition; queued reports stay for the next host. */
    synchronized void reset() {
        current = new byte[reportSize];
        idle(0);
    }

    synchronized void close() {
        if (idleTimer != null) {
            idleTimer.shutdownNow();
            idleTimer = null;
        }
    }

    private synchronized void forget(Transfer t) {
        waiting.remove(t);
    }

    private void repeat() {
        synchronized (this) {
            if (!reports.isEmpty()) {
                return;
            }
            reports.add(current.clone());
        }
        deliver();
    }

    private void deliver() {
        while (true) {
            Transfer t;
            byte[] r;
            synchronized (this) {
                while (!waiting.isEmpty() && !waiting.peek().isPending()) {
                    waiting.poll();
                }
                if (waiting.isEmpty() || reports.isEmpty()) {
                    return;
                }
                t = waiting.poll();
                r = reports.poll();
                current = r;
            }
            if (!t.complete(MemorySegment.ofArray(r))) {
                synchronized (this) {
                    reports.addFirst(r); // cancelled meanwhile: the report waits for the next transfer
                }
            }
        }
    }
}
