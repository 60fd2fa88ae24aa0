package org.ffmusb.libusb;

import java.util.HexFormat;

/**
 * The byte arrays inside the descriptor records: copied in and out so a record stays immutable (a
 * {@link UsbDevice} hands the same records to every caller), compared and printed by content.
 */
final class Bytes {
    private Bytes() {}

    private static final byte[] EMPTY = new byte[0];

    /** A private copy of {@code bytes} ({@code null} becomes empty). */
    static byte[] copy(byte[] bytes) {
        return bytes == null || bytes.length == 0 ? EMPTY : bytes.clone();
    }

    /** Lower-case hex, as lsusb prints descriptor bytes. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
