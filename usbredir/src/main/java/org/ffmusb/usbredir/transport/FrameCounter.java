package org.ffmusb.usbredir.transport;

import java.nio.ByteBuffer;
import org.ffmusb.usbredir.proto.Cap;

/**
 * Counts the usbredir packets in one direction of a byte stream by following main headers only
 * (reference §2): type and length, then {@code length} bytes of type header and data. The header is
 * 12 bytes, or 16 once both hellos have advertised cap 64bits_ids; each side's first packet is its
 * hello, always with a 12-byte header. That holds for peers obeying §2's rule "send nothing but hello
 * before the peer's hello" (C usbredirhost, QEMU and our parsers do), because the other direction's
 * hello has then always passed through the transport before the second packet of this one.
 *
 * <p>Bounded state, no allocation; each counter is touched by one thread at a time (the inbound one by
 * the I/O thread, the outbound one by whichever thread holds the transport's write lock), except that
 * each reads the other's {@code hello64BitIds}, which is therefore volatile.
 */
final class FrameCounter {
    private static final int SMALL_HEADER = 12;
    private static final int LARGE_HEADER = 16;
    /** The caps word follows the 64-byte version string in a hello (§4). */
    private static final int HELLO_CAPS_OFFSET = 64;

    private FrameCounter other;
    private final byte[] header = new byte[LARGE_HEADER];
    private int headerFill;
    private boolean inBody;
    private long bodyLeft;
    private long bodyPosition;
    private long packets;
    private boolean readingHello;
    private int helloCaps;
    private int helloCapsBytes;
    private volatile boolean hello64BitIds;

    /** Links the two directions of one connection: each needs the other's hello. */
    static void pair(FrameCounter a, FrameCounter b) {
        a.other = b;
        b.other = a;
    }

    /** Follows bytes {@code [from, from + length)} of {@code bytes}; returns the packets they completed. */
    long scan(ByteBuffer bytes, int from, int length) {
        long completed = 0;
        int i = from;
        int end = from + length;
        while (i < end) {
            if (!inBody) {
                int size = headerSize();
                int n = Math.min(size - headerFill, end - i);
                bytes.get(i, header, headerFill, n);
                headerFill += n;
                i += n;
                if (headerFill == size) {
                    long type = u32(0);
                    bodyLeft = u32(4);
                    bodyPosition = 0;
                    inBody = true;
                    readingHello = packets == 0 && type == 0;
                    helloCaps = 0;
                    helloCapsBytes = 0;
                }
            } else {
                int n = (int) Math.min(bodyLeft, end - i);
                if (readingHello) {
                    captureCaps(bytes, i, n);
                }
                bodyPosition += n;
                bodyLeft -= n;
                i += n;
            }
            if (inBody && bodyLeft == 0) {
                if (readingHello) {
                    hello64BitIds = helloCapsBytes == 4 && (helloCaps & (1 << Cap.IDS_64BITS.bit())) != 0;
                    readingHello = false;
                }
                packets++;
                completed++;
                inBody = false;
                headerFill = 0;
            }
        }
        return completed;
    }

    private int headerSize() {
        return packets > 0 && hello64BitIds && other != null && other.hello64BitIds ? LARGE_HEADER : SMALL_HEADER;
    }

    /** Collects the hello's first caps word, little-endian, from whichever chunk holds its bytes. */
    private void captureCaps(ByteBuffer bytes, int at, int n) {
        for (int k = 0; k < n && helloCapsBytes < 4; k++) {
            long offset = bodyPosition + k;
            if (offset >= HELLO_CAPS_OFFSET + helloCapsBytes && offset < HELLO_CAPS_OFFSET + 4) {
                helloCaps |= (bytes.get(at + k) & 0xff) << (8 * helloCapsBytes);
                helloCapsBytes++;
            }
        }
    }

    private long u32(int offset) {
        return (header[offset] & 0xffL) | (header[offset + 1] & 0xffL) << 8 | (header[offset + 2] & 0xffL) << 16
                | (header[offset + 3] & 0xffL) << 24;
    }
}
