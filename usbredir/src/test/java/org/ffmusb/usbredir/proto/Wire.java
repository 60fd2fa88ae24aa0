package org.ffmusb.usbredir.proto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Hand-made wire bytes for malformed-input tests: any type, length and id, whatever the body. Built
 * with ByteBuffer, not with the codec, so the codec cannot hide its own mistakes.
 */
final class Wire {
    private Wire() {}

    /** A main header of 12 or 16 bytes. */
    static byte[] header(int headerSize, long type, long length, long id) {
        ByteBuffer b = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt((int) type).putInt((int) length);
        if (headerSize == 16) {
            b.putLong(id);
        } else {
            b.putInt((int) id);
        }
        return b.array();
    }

    /** A packet whose length field is the body's size. */
    static byte[] packet(int headerSize, long type, long id, byte[]... body) {
        byte[] b = cat(body);
        return cat(header(headerSize, type, b.length, id), b);
    }

    /** A packet with any length field. */
    static byte[] packetWithLength(int headerSize, long type, long length, long id, byte[]... body) {
        return cat(header(headerSize, type, length, id), cat(body));
    }

    /** A hello (always 12-byte header) with version and caps words. */
    static byte[] hello(String version, int... capsWords) {
        ByteBuffer th = ByteBuffer.allocate(64);
        th.put(version.getBytes(StandardCharsets.ISO_8859_1), 0, Math.min(64, version.length()));
        return packet(12, 0, 0, th.array(), u32s(capsWords));
    }

    static byte[] u8s(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] u16s(int... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return b.array();
    }

    static byte[] u32s(int... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] zeros(int n) {
        return new byte[n];
    }

    static byte[] cat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
