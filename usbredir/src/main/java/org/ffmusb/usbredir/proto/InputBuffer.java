package org.ffmusb.usbredir.proto;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * The parser's receive buffer: off-heap, so a transport can read a socket straight into it and
 * decoded payloads are slices of it. Bytes {@code [start, end)} are received but not yet parsed.
 *
 * <p>Memory bound (reference §7, hostile lengths): the buffer only grows to hold bytes that have
 * actually arrived plus the free space a caller asks for, with at most {@link #MAX_HEADROOM} of extra
 * room; a header announcing 128 MiB allocates nothing until those bytes come. Segments come from
 * {@link Arena#ofAuto()}: a slice handed out earlier keeps its memory alive after the buffer grew, so
 * a stale slice can show newer bytes but never freed memory.
 */
final class InputBuffer {
    static final int INITIAL_CAPACITY = 64 * 1024;
    /** Most free space allocated beyond what is needed at that moment. */
    static final long MAX_HEADROOM = 4L * 1024 * 1024;
    /** An empty buffer larger than this is given back at the next refill. */
    private static final long IDLE_CAPACITY = 1024L * 1024;

    private MemorySegment segment;
    private ByteBuffer view;
    /** When non-null, the unparsed bytes live in this caller's segment (see {@link #borrow}). */
    private MemorySegment borrowed;
    private long start;
    private long end;

    InputBuffer() {
        allocate(INITIAL_CAPACITY);
    }

    /** The memory holding the unparsed bytes: our buffer, or a borrowed caller's segment. */
    MemorySegment segment() {
        return borrowed != null ? borrowed : segment;
    }

    long start() {
        return start;
    }

    long available() {
        return end - start;
    }

    long capacity() {
        return segment.byteSize();
    }

    /**
     * Parses {@code src} in place instead of copying it, when no unparsed bytes are held (otherwise it
     * is appended). The caller keeps {@code src} unchanged until {@link #returnBorrowed()}.
     */
    void borrow(MemorySegment src) {
        if (borrowed != null || end > start) {
            append(src);
            return;
        }
        borrowed = src;
        start = 0;
        end = src.byteSize();
    }

    /** Copies what is left of a borrowed segment (a partial packet) into our buffer and lets it go. */
    void returnBorrowed() {
        if (borrowed == null) {
            return;
        }
        MemorySegment src = borrowed;
        long from = start;
        long n = end - start;
        borrowed = null;
        start = end = 0;
        if (n > 0) {
            makeRoom(n);
            MemorySegment.copy(src, from, segment, end, n);
            end += n;
        }
    }

    void consume(long n) {
        start += n;
    }

    /** Appends bytes; invalidates earlier slices. */
    void append(MemorySegment src) {
        returnBorrowed();
        long n = src.byteSize();
        makeRoom(n);
        MemorySegment.copy(src, 0, segment, end, n);
        end += n;
    }

    /**
     * A writable view of at least {@code min} free bytes at the end, for a transport to read into;
     * report what it wrote with {@link #written}. Invalidates earlier slices.
     */
    ByteBuffer writable(int min) {
        returnBorrowed();
        makeRoom(min);
        return view.limit(view.capacity()).position((int) end);
    }

    void written(int n) {
        if (borrowed != null) {
            throw new IllegalStateException("received() without receiveBuffer()");
        }
        if (n < 0 || end + n > segment.byteSize()) {
            throw new IllegalArgumentException("received " + n + " bytes but only "
                    + (segment.byteSize() - end) + " were free");
        }
        end += n;
    }

    private void makeRoom(long incoming) {
        long unparsed = end - start;
        if (unparsed == 0) {
            start = end = 0;
            if (segment.byteSize() > IDLE_CAPACITY && incoming <= INITIAL_CAPACITY) {
                allocate(INITIAL_CAPACITY);
            }
        }
        if (end + incoming <= segment.byteSize()) {
            return;
        }
        long needed = unparsed + incoming;
        if (needed <= segment.byteSize()) {
            MemorySegment.copy(segment, start, segment, 0, unparsed);
        } else {
            long capacity = Math.max(needed, Math.min(2 * segment.byteSize(), needed + MAX_HEADROOM));
            if (capacity > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("receive buffer would exceed 2 GiB (" + needed + " bytes unparsed)");
            }
            MemorySegment old = segment;
            allocate(capacity);
            MemorySegment.copy(old, start, segment, 0, unparsed);
        }
        start = 0;
        end = unparsed;
    }

    private void allocate(long capacity) {
        segment = Arena.ofAuto().allocate(capacity, 8);
        view = segment.asByteBuffer();
    }
}
