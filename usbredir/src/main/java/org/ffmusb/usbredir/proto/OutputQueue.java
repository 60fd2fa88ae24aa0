package org.ffmusb.usbredir.proto;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Encoded packets waiting to be sent (C's write_buf list, reference §7.4), as one off-heap byte queue
 * plus the end position of each packet, so {@link #packets()} counts packets like C
 * {@code usbredirparser_has_data_to_write}. Packets are encoded in place: {@link #reserve} hands out
 * space at the tail, {@link #commit} makes it part of the queue. Unbounded, like C: limiting it is the
 * caller's job (usbredirhost drops stream data past a threshold, §9.4).
 *
 * <p>Positions are absolute stream positions (bytes ever queued); {@code base} maps them to offsets
 * in the segment, so compaction never rewrites the packet ends.
 */
final class OutputQueue {
    private static final int INITIAL_CAPACITY = 64 * 1024;

    private MemorySegment segment;
    private ByteBuffer view;
    private long base;
    private long sent;
    private long queued;
    private long[] ends = new long[64];
    private int endsHead;
    private int endsCount;

    OutputQueue() {
        allocate(INITIAL_CAPACITY);
    }

    MemorySegment segment() {
        return segment;
    }

    /** Reserves {@code size} bytes at the tail and returns their offset in {@link #segment()}. */
    long reserve(long size) {
        long pending = queued - sent;
        if (pending == 0) {
            base = queued;
        }
        long tail = queued - base;
        if (tail + size > segment.byteSize()) {
            long head = sent - base;
            // Compact only when it frees at least as much as it moves (amortised O(1) per byte).
            if (pending + size <= segment.byteSize() && head >= pending) {
                MemorySegment.copy(segment, head, segment, 0, pending);
            } else {
                MemorySegment old = segment;
                allocate(Math.max(2 * segment.byteSize(), pending + size));
                MemorySegment.copy(old, head, segment, 0, pending);
            }
            base = sent;
        }
        return queued - base;
    }

    /** Makes {@code size} reserved bytes one queued packet. */
    void commit(long size) {
        queued += size;
        if (endsCount == ends.length) {
            long[] grown = new long[ends.length * 2];
            for (int i = 0; i < endsCount; i++) {
                grown[i] = ends[(endsHead + i) % ends.length];
            }
            ends = grown;
            endsHead = 0;
        }
        ends[(endsHead + endsCount) % ends.length] = queued;
        endsCount++;
    }

    /** Offset in {@link #segment()} just past the last queued byte. */
    long tailOffset() {
        return queued - base;
    }

    /** Removes the packet committed last (used to encode a packet only to look at its bytes). */
    void dropLast() {
        if (endsCount == 0) {
            throw new IllegalStateException("no packet queued");
        }
        endsCount--;
        queued = endsCount > 0 ? ends[(endsHead + endsCount - 1) % ends.length] : sent;
    }

    /** Packets not yet fully sent, the partly sent one included. */
    int packets() {
        return endsCount;
    }

    long bytes() {
        return queued - sent;
    }

    /** A view of the pending bytes (position to limit); valid until the next queue operation. */
    ByteBuffer pending() {
        return view.limit((int) (queued - base)).position((int) (sent - base));
    }

    void consume(long n) {
        if (n < 0 || n > queued - sent) {
            throw new IllegalArgumentException("consumed " + n + " bytes but " + (queued - sent) + " are pending");
        }
        sent += n;
        while (endsCount > 0 && ends[endsHead] <= sent) {
            endsHead = (endsHead + 1) % ends.length;
            endsCount--;
        }
    }

    /** Writes pending bytes to {@code channel} until it takes no more or the queue is empty. */
    long writeTo(WritableByteChannel channel) throws IOException {
        long total = 0;
        while (sent < queued) {
            int n = channel.write(pending());
            if (n <= 0) {
                break;
            }
            consume(n);
            total += n;
        }
        return total;
    }

    /** The pending bytes of each queued packet, the partly sent first one from its unsent part. */
    List<MemorySegment> pendingPackets() {
        var list = new ArrayList<MemorySegment>(endsCount);
        long from = sent;
        for (int i = 0; i < endsCount; i++) {
            long to = ends[(endsHead + i) % ends.length];
            list.add(segment.asSlice(from - base, to - from));
            from = to;
        }
        return list;
    }

    private void allocate(long capacity) {
        if (capacity > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("send queue would exceed 2 GiB; the peer is not reading");
        }
        segment = Arena.ofAuto().allocate(capacity, 8);
        view = segment.asByteBuffer();
    }
}
