package org.ffmusb.emulator.models.loopback;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The data the source endpoints send and the iso sink checks. Bulk source: byte {@code n} of the
 * stream is {@code n & 0xff}. Isochronous packets: a little-endian 32-bit sequence number, then bytes
 * {@code (sequence + i) & 0xff} for each following position {@code i} (counting from 4); packets of
 * fewer than 4 bytes carry the first bytes of the sequence number.
 *
 * <p>Filling and checking copy from (compare with) a table of two periods of the pattern, so they run
 * at memory speed: the source is the one copy a transfer of the loopback device costs.
 */
public final class CountingPattern {
    private CountingPattern() {}

    private static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Bytes 0..255 twice: any 256-byte run of the pattern is a slice of it. */
    private static final MemorySegment TABLE;

    static {
        byte[] t = new byte[512];
        for (int i = 0; i < t.length; i++) {
            t[i] = (byte) i;
        }
        TABLE = MemorySegment.ofArray(t);
    }

    /** Fills {@code length} bytes at {@code offset} with the stream bytes starting at stream position {@code position}. */
    public static void fillStream(MemorySegment buffer, long offset, int length, long position) {
        int done = 0;
        while (done < length) {
            int n = Math.min(256, length - done);
            MemorySegment.copy(TABLE, (position + done) & 0xff, buffer, offset + done, n);
            done += n;
        }
    }

    /** Writes iso packet {@code sequence} of {@code length} bytes at {@code offset}. */
    public static void fillPacket(MemorySegment buffer, long offset, int length, int sequence) {
        for (int i = 0; i < Math.min(length, 4); i++) {
            buffer.set(ValueLayout.JAVA_BYTE, offset + i, (byte) (sequence >> (8 * i)));
        }
        if (length > 4) {
            fillStream(buffer, offset + 4, length - 4, Integer.toUnsignedLong(sequence) + 4);
        }
    }

    /** The sequence number of the iso packet at {@code offset}, or -1 if it does not follow the pattern. */
    public static long checkPacket(MemorySegment buffer, long offset, int length) {
        if (length < 4) {
            return -1;
        }
        int sequence = buffer.get(LE_INT, offset);
        long position = Integer.toUnsignedLong(sequence) + 4;
        for (int done = 4; done < length; ) {
            int n = Math.min(256, length - done);
            long start = (position + done - 4) & 0xff;
            if (MemorySegment.mismatch(buffer, offset + done, offset + done + n, TABLE, start, start + n) != -1) {
                return -1;
            }
            done += n;
        }
        return Integer.toUnsignedLong(sequence);
    }
}
