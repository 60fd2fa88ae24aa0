package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.IdentityHashMap;

/**
 * Off-heap transfer buffers of one {@link UsbContext}, reused instead of allocated per transfer.
 *
 * <p>Buffers come in power-of-two capacities from 64 bytes up, carved from the context's one shared arena
 * (reference §6.2: never open and close a shared arena per transfer), 64-byte aligned. A released buffer is
 * kept for the next {@link #acquire} of its size class; the memory returns to the system when the context
 * closes. {@link Transfer} releases its pooled buffer only after its callback has run, so a buffer is
 * never reused while the kernel may still write it. The contents of an acquired buffer are unspecified.
 *
 * <p>Thread-safe: acquire and release from any thread, including the event thread. Steady-state
 * acquire/release allocates nothing on the Java heap.
 */
public final class BufferPool {
    private static final int MIN_SHIFT = 6;
    private static final int CLASSES = 31 - MIN_SHIFT + 1;

    /**
     * Counters of the pool.
     *
     * @param reservedBytes native memory the pool holds (in use or free)
     * @param inUseBytes capacity of the buffers acquired and not yet released
     * @param buffers buffers created so far (each one allocation from the arena)
     * @param acquires calls to acquire
     * @param releases calls to release
     */
    public record Stats(long reservedBytes, long inUseBytes, long buffers, long acquires, long releases) {}

    private final Arena arena;
    private final MemorySegment[][] free = new MemorySegment[CLASSES][];
    private final int[] freeCount = new int[CLASSES];
    private final IdentityHashMap<MemorySegment, Boolean> inUse = new IdentityHashMap<>();
    private long reservedBytes;
    private long inUseBytes;
    private long buffers;
    private long acquires;
    private long releases;

    BufferPool(Arena arena) {
        this.arena = arena;
        for (int i = 0; i < CLASSES; i++) {
            free[i] = new MemorySegment[8];
        }
    }

    /** The capacity {@link #acquire} returns for a request of {@code size} bytes. */
    public static long capacityFor(long size) {
        if (size < 0 || size > (1L << 30)) {
            throw new IllegalArgumentException("buffer size " + size + " is outside 0..1 GiB");
        }
        return Math.max(1L << MIN_SHIFT, Long.highestOneBit(Math.max(1, size - 1)) << 1);
    }

    /**
     * A buffer of at least {@code size} bytes ({@link #capacityFor} exactly). Release it with
     * {@link #release} once nothing (in particular no in-flight transfer) uses it.
     */
    public MemorySegment acquire(long size) {
        long capacity = capacityFor(size);
        int sizeClass = Long.numberOfTrailingZeros(capacity) - MIN_SHIFT;
        synchronized (this) {
            acquires++;
            MemorySegment segment;
            if (freeCount[sizeClass] > 0) {
                segment = free[sizeClass][--freeCount[sizeClass]];
                free[sizeClass][freeCount[sizeClass]] = null;
            } else {
                segment = arena.allocate(capacity, 64);
                reservedBytes += capacity;
                buffers++;
            }
            inUse.put(segment, Boolean.TRUE);
            inUseBytes += capacity;
            return segment;
        }
    }

    /**
     * Returns a buffer from {@link #acquire} to the pool.
     *
     * @throws IllegalArgumentException if the segment is not an acquired buffer of this pool (for example
     *     released twice, which would let two transfers share memory)
     */
    public void release(MemorySegment segment) {
        synchronized (this) {
            if (inUse.remove(segment) == null) {
                throw new IllegalArgumentException("not a buffer acquired from this pool, or released twice: " + segment);
            }
            int sizeClass = Long.numberOfTrailingZeros(segment.byteSize()) - MIN_SHIFT;
            if (freeCount[sizeClass] == free[sizeClass].length) {
                free[sizeClass] = java.util.Arrays.copyOf(free[sizeClass], free[sizeClass].length * 2);
            }
            free[sizeClass][freeCount[sizeClass]++] = segment;
            inUseBytes -= segment.byteSize();
            releases++;
        }
    }

    /** A snapshot of the counters. */
    public synchronized Stats stats() {
        return new Stats(reservedBytes, inUseBytes, buffers, acquires, releases);
    }
}
