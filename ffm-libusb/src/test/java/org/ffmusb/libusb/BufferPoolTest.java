package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BufferPoolTest {
    @Test
    void capacitiesArePowersOfTwoFrom64Bytes() {
        assertEquals(64, BufferPool.capacityFor(0));
        assertEquals(64, BufferPool.capacityFor(1));
        assertEquals(64, BufferPool.capacityFor(64));
        assertEquals(128, BufferPool.capacityFor(65));
        assertEquals(16384, BufferPool.capacityFor(16384));
        assertEquals(4 << 20, BufferPool.capacityFor((4 << 20) - 1));
        assertThrows(IllegalArgumentException.class, () -> BufferPool.capacityFor(-1));
        assertThrows(IllegalArgumentException.class, () -> BufferPool.capacityFor((1L << 30) + 1));
    }

    @Test
    void releasedBuffersAreReusedAndCounted() {
        try (Arena arena = Arena.ofShared()) {
            var pool = new BufferPool(arena);
            MemorySegment a = pool.acquire(16384);
            assertTrue(a.isNative());
            assertEquals(0, a.address() % 64, "64-byte aligned");
            assertEquals(16384, a.byteSize());
            MemorySegment b = pool.acquire(10000);
            assertNotSame(a, b);
            pool.release(a);
            assertSame(a, pool.acquire(16000), "same size class: reused");
            assertEquals(new BufferPool.Stats(32768, 32768, 2, 3, 1), pool.stats());
            pool.release(a);
            pool.release(b);
            assertEquals(0, pool.stats().inUseBytes());
            for (int i = 0; i < 100_000; i++) {
                pool.release(pool.acquire(16384));
            }
            assertEquals(2, pool.stats().buffers(), "steady state creates no buffer");
        }
    }

    @Test
    void aDoubleReleaseOrAForeignSegmentIsRefused() {
        try (Arena arena = Arena.ofShared()) {
            var pool = new BufferPool(arena);
            MemorySegment a = pool.acquire(100);
            pool.release(a);
            var e = assertThrows(IllegalArgumentException.class, () -> pool.release(a));
            assertTrue(e.getMessage().contains("released twice"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> pool.release(arena.allocate(128)));
        }
    }
}
