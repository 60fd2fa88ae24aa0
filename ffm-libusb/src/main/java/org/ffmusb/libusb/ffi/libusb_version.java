// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.26; written by hand because jextract
// cannot be installed on our machines. Regenerate with ffm-libusb/jextract/regenerate.sh, then re-apply the
// patches listed in ffm-libusb/jextract/README.md.

package org.ffmusb.libusb.ffi;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;
import static org.ffmusb.libusb.ffi.libusb_h$shared.*;

/**
 * {@snippet lang=c :
 * struct libusb_version {
 *     const uint16_t major;
 *     const uint16_t minor;
 *     const uint16_t micro;
 *     const uint16_t nano;
 *     const char * rc;
 *     const char * describe;
 * }
 * }
 */
public class libusb_version {

    libusb_version() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_SHORT.withName("major"),
        C_SHORT.withName("minor"),
        C_SHORT.withName("micro"),
        C_SHORT.withName("nano"),
        C_POINTER.withName("rc"),
        C_POINTER.withName("describe")
    ).withName("libusb_version");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfShort major$LAYOUT = (OfShort) $LAYOUT.select(groupElement("major"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const uint16_t major
     * }
     */
    public static final OfShort major$layout() {
        return major$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long major$OFFSET = $LAYOUT.byteOffset(groupElement("major"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const uint16_t major
     * }
     */
    public static final long major$offset() {
        return major$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const uint16_t major
     * }
     */
    public static short major(MemorySegment struct) {
        return struct.get(major$LAYOUT, major$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const uint16_t major
     * }
     */
    public static void major(MemorySegment struct, short fieldValue) {
        struct.set(major$LAYOUT, major$OFFSET, fieldValue);
    }

    private static final OfShort minor$LAYOUT = (OfShort) $LAYOUT.select(groupElement("minor"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const uint16_t minor
     * }
     */
    public static final OfShort minor$layout() {
        return minor$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long minor$OFFSET = $LAYOUT.byteOffset(groupElement("minor"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const uint16_t minor
     * }
     */
    public static final long minor$offset() {
        return minor$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const uint16_t minor
     * }
     */
    public static short minor(MemorySegment struct) {
        return struct.get(minor$LAYOUT, minor$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const uint16_t minor
     * }
     */
    public static void minor(MemorySegment struct, short fieldValue) {
        struct.set(minor$LAYOUT, minor$OFFSET, fieldValue);
    }

    private static final OfShort micro$LAYOUT = (OfShort) $LAYOUT.select(groupElement("micro"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const uint16_t micro
     * }
     */
    public static final OfShort micro$layout() {
        return micro$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long micro$OFFSET = $LAYOUT.byteOffset(groupElement("micro"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const uint16_t micro
     * }
     */
    public static final long micro$offset() {
        return micro$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const uint16_t micro
     * }
     */
    public static short micro(MemorySegment struct) {
        return struct.get(micro$LAYOUT, micro$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const uint16_t micro
     * }
     */
    public static void micro(MemorySegment struct, short fieldValue) {
        struct.set(micro$LAYOUT, micro$OFFSET, fieldValue);
    }

    private static final OfShort nano$LAYOUT = (OfShort) $LAYOUT.select(groupElement("nano"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const uint16_t nano
     * }
     */
    public static final OfShort nano$layout() {
        return nano$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long nano$OFFSET = $LAYOUT.byteOffset(groupElement("nano"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const uint16_t nano
     * }
     */
    public static final long nano$offset() {
        return nano$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const uint16_t nano
     * }
     */
    public static short nano(MemorySegment struct) {
        return struct.get(nano$LAYOUT, nano$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const uint16_t nano
     * }
     */
    public static void nano(MemorySegment struct, short fieldValue) {
        struct.set(nano$LAYOUT, nano$OFFSET, fieldValue);
    }

    private static final AddressLayout rc$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("rc"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const char * rc
     * }
     */
    public static final AddressLayout rc$layout() {
        return rc$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long rc$OFFSET = $LAYOUT.byteOffset(groupElement("rc"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const char * rc
     * }
     */
    public static final long rc$offset() {
        return rc$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const char * rc
     * }
     */
    public static MemorySegment rc(MemorySegment struct) {
        return struct.get(rc$LAYOUT, rc$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const char * rc
     * }
     */
    public static void rc(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rc$LAYOUT, rc$OFFSET, fieldValue);
    }

    private static final AddressLayout describe$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("describe"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const char * describe
     * }
     */
    public static final AddressLayout describe$layout() {
        return describe$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long describe$OFFSET = $LAYOUT.byteOffset(groupElement("describe"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const char * describe
     * }
     */
    public static final long describe$offset() {
        return describe$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const char * describe
     * }
     */
    public static MemorySegment describe(MemorySegment struct) {
        return struct.get(describe$LAYOUT, describe$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const char * describe
     * }
     */
    public static void describe(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(describe$LAYOUT, describe$OFFSET, fieldValue);
    }

    /**
     * Obtains a slice of {@code arrayParam} which selects the array element at {@code index}.
     * The returned segment has address {@code arrayParam.address() + index * layout().byteSize()}
     */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /**
     * The size (in bytes) of this struct
     */
    public static long sizeof() { return layout().byteSize(); }

    /**
     * Allocate a segment of size {@code layout().byteSize()} using {@code allocator}
     */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /**
     * Allocate an array of size {@code elementCount} using {@code allocator}.
     * The returned segment has size {@code elementCount * layout().byteSize()}.
     */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code elementCount * layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
