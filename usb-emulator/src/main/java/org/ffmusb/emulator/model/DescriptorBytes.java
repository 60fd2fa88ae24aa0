package org.ffmusb.emulator.model;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Immutable raw descriptor bytes: class-specific descriptors that follow an interface or endpoint
 * descriptor (a HID descriptor, an interface association), or BOS device capabilities.
 */
public final class DescriptorBytes {
    private static final DescriptorBytes EMPTY = new DescriptorBytes(new byte[0]);

    private final byte[] bytes;

    private DescriptorBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static DescriptorBytes empty() {
        return EMPTY;
    }

    /** Copies {@code bytes}. */
    public static DescriptorBytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new DescriptorBytes(bytes.clone());
    }

    /** Bytes written as ints for readability, e.g. {@code of(0x09, 0x21, 0x11, 0x01, ...)}. */
    public static DescriptorBytes of(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < -128 || values[i] > 0xff) {
                throw new IllegalArgumentException("not a byte: " + values[i]);
            }
            b[i] = (byte) values[i];
        }
        return of(b);
    }

    public int length() {
        return bytes.length;
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** These bytes followed by {@code other}'s. */
    public DescriptorBytes concat(DescriptorBytes other) {
        byte[] joined = Arrays.copyOf(bytes, bytes.length + other.bytes.length);
        System.arraycopy(other.bytes, 0, joined, bytes.length, other.bytes.length);
        return of(joined);
    }

    void writeTo(java.io.ByteArrayOutputStream out) {
        out.writeBytes(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescriptorBytes d && Arrays.equals(d.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }
}
