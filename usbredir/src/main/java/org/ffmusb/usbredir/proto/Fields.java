package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** Range checks for record components: a value that does not fit its wire field is rejected early. */
final class Fields {
    private Fields() {}

    static final long U32_MAX = 0xFFFF_FFFFL;
    /** The payload of a packet without data. */
    static final MemorySegment NO_DATA = MemorySegment.ofArray(new byte[0]);

    static int u8(String name, int value) {
        if ((value & ~0xFF) != 0) {
            throw new IllegalArgumentException(name + " must be a u8 (0..255): " + value);
        }
        return value;
    }

    static int u16(String name, int value) {
        if ((value & ~0xFFFF) != 0) {
            throw new IllegalArgumentException(name + " must be a u16 (0..65535): " + value);
        }
        return value;
    }

    static long u32(String name, long value) {
        if ((value & ~U32_MAX) != 0) {
            throw new IllegalArgumentException(name + " must be a u32 (0..4294967295): " + value);
        }
        return value;
    }

    /** An immutable copy of a fixed-size array of u8 (or u16) values. */
    static List<Integer> array(String name, List<Integer> values, int size, boolean u16) {
        if (values.size() != size) {
            throw new IllegalArgumentException(name + " must have " + size + " entries, not " + values.size());
        }
        for (int v : values) {
            if (u16) {
                u16(name, v);
            } else {
                u8(name, v);
            }
        }
        return List.copyOf(values);
    }

    static List<Long> u32Array(String name, List<Long> values, int size) {
        if (values.size() != size) {
            throw new IllegalArgumentException(name + " must have " + size + " entries, not " + values.size());
        }
        for (long v : values) {
            u32(name, v);
        }
        return List.copyOf(values);
    }

    static MemorySegment data(MemorySegment data) {
        return data == null ? NO_DATA : data;
    }

    /** Payload equality by content, for the data records' equals. */
    static boolean sameBytes(MemorySegment a, MemorySegment b) {
        return a.byteSize() == b.byteSize() && a.mismatch(b) == -1;
    }

    static int bytesHash(MemorySegment s) {
        int h = 1;
        for (long i = 0; i < s.byteSize(); i++) {
            h = 31 * h + s.get(java.lang.foreign.ValueLayout.JAVA_BYTE, i);
        }
        return h;
    }

    static String bytesToString(MemorySegment s) {
        return "[" + s.byteSize() + " bytes]";
    }
}
