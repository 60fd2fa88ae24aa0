package org.ffmusb.emulator.models.loopback;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The data the source endpoints send and the iso sink checks. Bulk source: byte {@code n} of the
 * stream is {@code n & 0xff}. Isochronous packets: a little-endian 32-bit sequence number, then bytes
 * {@code (sequence + i) & 0xff} for each following position {@code i} (counting from 4); packets of
 * fewer than 4 bytes carry the first bytes of the sequence number.
 */
public final class CountingPattern {
    private CountingPattern() {}

    private static final ValueLayout.OfInt LE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Fills {@code length} bytes at {@code offset} with the stream bytes starting at stream position {@code position}. */
    public static void fillStream(MemorySegment buffer, long offset, int length, long position) {
        for (int i = 0; i < length; i++) {
            buffer.set(ValueLayout.JAVA_BYTE, offset + i, (byte) (position + i));
        }
    }

    /** Writes iso packet {@code sequence} of {@code length} bytes at {@code offset}. */
    public static void fillPacket(MemorySegment buffer, long offset, int length, int sequence) {
        byte[] seq = {(byte) sequence, (byte) (sequence >> 8), (byte) (sequence >> 16), (byte) (sequence >> 24)};
        for (int i = 0; i < length; i++) {
            buffer.set(ValueLayout.JAVA_BYTE, offset + i, i < 4 ? seq[i] : (byte) (sequence + i));
        }
    }

    /** The sequence number of the iso packet at {@code offset}, or -1 if it does not follow the pattern. */
    public static long checkPacket(MemorySegment buffer, long offset, int length) {
        if (length < 4) {
            return -1;
        }
        int sequence = buffer.get(LE_INT, offset);
        for (int i = 4; i < length; i++) {
            if (buffer.get(ValueLayout.JAVA_BYTE, offset + i) != (byte) (sequence + i)) {
                return -1;
            }
        }
        return Integer.toUnsignedLong(sequence);
    }
}
