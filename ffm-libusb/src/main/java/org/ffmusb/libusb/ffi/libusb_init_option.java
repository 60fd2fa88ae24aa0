// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.27 (the struct is newer than 1.0.26);
// written by hand. See ffm-libusb/jextract/README.md, patch 3.

package org.ffmusb.libusb.ffi;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.OfInt;
import static org.ffmusb.libusb.ffi.libusb_h$shared.*;

/**
 * {@snippet lang=c :
 * struct libusb_init_option {
 *     enum libusb_option option;
 *     union {
 *         int ival;
 *         libusb_log_cb log_cbval;
 *     } value;
 * }
 * }
 * Only for {@code libusb_init_context} (1.0.27+). The layout probe checks it whenever the installed
 * header is new enough to declare it.
 */
public class libusb_init_option {

    libusb_init_option() {
        // Should not be called directly
    }

    /**
     * {@snippet lang=c :
     * union { int ival; libusb_log_cb log_cbval; }
     * }
     */
    public static class value {

        value() {
            // Should not be called directly
        }

        private static final GroupLayout $LAYOUT = MemoryLayout.unionLayout(
            C_INT.withName("ival"),
            C_POINTER.withName("log_cbval")
        ).withName("$anon$value");

        /** The layout of this union */
        public static final GroupLayout layout() {
            return $LAYOUT;
        }

        private static final OfInt ival$LAYOUT = (OfInt) $LAYOUT.select(groupElement("ival"));
        private static final AddressLayout log_cbval$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("log_cbval"));

        /** Getter for field: {@code int ival} */
        public static int ival(MemorySegment union) {
            return union.get(ival$LAYOUT, 0L);
        }

        /** Setter for field: {@code int ival} */
        public static void ival(MemorySegment union, int fieldValue) {
            union.set(ival$LAYOUT, 0L, fieldValue);
        }

        /** Getter for field: {@code libusb_log_cb log_cbval} */
        public static MemorySegment log_cbval(MemorySegment union) {
            return union.get(log_cbval$LAYOUT, 0L);
        }

        /** Setter for field: {@code libusb_log_cb log_cbval} */
        public static void log_cbval(MemorySegment union, MemorySegment fieldValue) {
            union.set(log_cbval$LAYOUT, 0L, fieldValue);
        }
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_INT.withName("option"),
        MemoryLayout.paddingLayout(4),
        value.layout().withName("value")
    ).withName("libusb_init_option");

    /** The layout of this struct */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfInt option$LAYOUT = (OfInt) $LAYOUT.select(groupElement("option"));
    private static final long option$OFFSET = $LAYOUT.byteOffset(groupElement("option"));
    private static final long value$OFFSET = $LAYOUT.byteOffset(groupElement("value"));

    /** Offset for field: {@code enum libusb_option option} */
    public static final long option$offset() {
        return option$OFFSET;
    }

    /** Offset for field: {@code union value} */
    public static final long value$offset() {
        return value$OFFSET;
    }

    /** Getter for field: {@code enum libusb_option option} */
    public static int option(MemorySegment struct) {
        return struct.get(option$LAYOUT, option$OFFSET);
    }

    /** Setter for field: {@code enum libusb_option option} */
    public static void option(MemorySegment struct, int fieldValue) {
        struct.set(option$LAYOUT, option$OFFSET, fieldValue);
    }

    /** Getter for field: {@code union value} (a slice; use the accessors of {@link value}) */
    public static MemorySegment value(MemorySegment struct) {
        return struct.asSlice(value$OFFSET, value.layout().byteSize());
    }

    /** Element {@code index} of an array of options. */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /** The size (in bytes) of this struct */
    public static long sizeof() {
        return layout().byteSize();
    }

    /** Allocate an array of {@code elementCount} options using {@code allocator}. */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }
}
