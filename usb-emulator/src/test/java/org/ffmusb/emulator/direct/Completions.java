package org.ffmusb.emulator.direct;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ffmusb.emulator.direct.DirectTransfer.Status;

/**
 * Test side of the asynchronous API: submit and wait, counting callbacks per transfer so that a
 * second callback for one submission fails the test.
 */
final class Completions {
    private final ConcurrentHashMap<DirectTransfer, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DirectTransfer, CountDownLatch> waiting = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DirectTransfer, String> threads = new ConcurrentHashMap<>();

    /** The callback to submit with: counts, notes the thread, releases the waiter. */
    final DirectTransfer.Callback callback = t -> {
        calls.computeIfAbsent(t, k -> new AtomicInteger()).incrementAndGet();
        threads.put(t, Thread.currentThread().getName());
        CountDownLatch l = waiting.get(t);
        if (l != null) {
            l.countDown();
        }
    };

    /** Submits and asserts it was accepted. */
    void submit(DirectTransfer t) {
        waiting.put(t, new CountDownLatch(1));
        calls.put(t, new AtomicInteger());
        assertTrue(t.submit(callback), () -> t + " refused with " + t.status());
    }

    /** Waits for the callback of the last submission of {@code t}; fails after 10 s. */
    Status await(DirectTransfer t) {
        try {
            if (!waiting.get(t).await(10, TimeUnit.SECONDS)) {
                fail(t + " never completed");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return t.status();
    }

    /** Submits, waits, returns the status. */
    Status run(DirectTransfer t) {
        submit(t);
        return await(t);
    }

    boolean isDone(DirectTransfer t) {
        return waiting.get(t).getCount() == 0;
    }

    /** Callbacks seen for the last submission of {@code t}. */
    int callbacks(DirectTransfer t) {
        return calls.get(t).get();
    }

    String thread(DirectTransfer t) {
        return threads.get(t);
    }

    static MemorySegment bytes(Arena arena, int n, int seed) {
        MemorySegment s = arena.allocate(Math.max(n, 1)).asSlice(0, n);
        for (int i = 0; i < n; i++) {
            s.set(ValueLayout.JAVA_BYTE, i, (byte) (i * 31 + seed));
        }
        return s;
    }
}
