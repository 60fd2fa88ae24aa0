package org.ffmusb.benchmarks.host;

import java.util.concurrent.locks.LockSupport;

/**
 * Counts what arrives on one thread (transfer completions or stream packets, on the guest's I/O thread)
 * and lets the benchmark thread wait for the next {@code n}. Each wait takes the next arrivals after those
 * already counted, so arrivals while the benchmark thread is between two waits are not left out (they
 * come in bursts); {@link #restartCount} at the start of an iteration drops those that came before it.
 */
final class Arrivals {
    private volatile long arrived;
    private volatile long target = Long.MAX_VALUE;
    private volatile Thread waiter;
    private volatile String failure;
    /** Arrivals the benchmark thread has accounted for; that thread's only. */
    private long counted;

    /** On the arriving thread. */
    void arrived() {
        long n = arrived + 1;
        arrived = n;
        if (n >= target) {
            LockSupport.unpark(waiter);
        }
    }

    /** On the arriving thread: the waiting benchmark thread throws {@code why}. */
    void fail(String why) {
        failure = why;
        LockSupport.unpark(waiter);
    }

    boolean failed() {
        return failure != null;
    }

    void restartCount() {
        counted = arrived;
    }

    void awaitNext(long n) {
        waiter = Thread.currentThread();
        long goal = counted + n;
        counted = goal;
        target = goal;
        while (arrived < goal) {
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            LockSupport.parkNanos(this, 100_000_000L);
        }
    }
}
