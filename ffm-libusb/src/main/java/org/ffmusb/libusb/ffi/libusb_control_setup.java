// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.26; written by hand because jextract
// cannot be installed on our machines. Regenerate with ffm-libusb/jextract/regenerate.sh, then re-apply the
// patches listed in ffm-libusb/jextract/README.md.

package org.ffmusb.libusb.ffi;

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
 * struct libusb_control_setup {
 *     uint8_t bmRequestType;
 *     uint8_t bRequest;
 *     uint16_t wValue;
 *     uint16_t wIndex;
 *     uint16_t wLength;
 * }
 * }
 */
public class libusb_control_setup {

    libusb_control_setup() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_CHAR.withName("bmRequestType"),
        C_CHAR.withName("bRequest"),
        C_SHORT.withByteAlignment(1).withName("wValue"),
        C_SHORT.withByteAlignment(1).withName("wIndex"),
        C_SHORT.withByteAlignment(1).withName("wLength")
    ).withName("libusb_control_setup");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfByte bmRequestType$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bmRequestType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bmRequestType
     * }
     */
    public static final OfByte bmRequestType$layout() {
        return bmRequestType$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bmRequestType$OFFSET = $LAYOUT.byteOffset(groupElement("bmRequestType"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bmRequestType
     * }
     */
    public static final long bmRequestType$offset() {
        return bmRequestType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bmRequestType
     * }
     */
    public static byte bmRequestType(MemorySegment struct) {
        return struct.get(bmRequestType$LAYOUT, bmRequestType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bmRequestType
     * }
     */
    public static void bmRequestType(MemorySegment struct, byte fieldValue) {
        struct.set(bmRequestType$LAYOUT, bmRequestType$OFFSET, fieldValue);
    }

    private static final OfByte bRequest$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bRequest"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bRequest
     * }
     */
    public static final OfByte bRequest$layout() {
        return bRequest$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bRequest$OFFSET = $LAYOUT.byteOffset(groupElement("bRequest"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bRequest
     * }
     */
    public static final long bRequest$offset() {
        return bRequest$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bRequest
     * }
     */
    public static byte bRequest(MemorySegment struct) {
        return struct.get(bRequest$LAYOUT, bRequest$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bRequest
     * }
     */
    public static void bRequest(MemorySegment struct, byte fieldValue) {
        struct.set(bRequest$LAYOUT, bRequest$OFFSET, fieldValue);
    }

    private static final OfShort wValue$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wValue"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t wValue
     * }
     */
    public static final OfShort wValue$layout() {
        return wValue$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long wValue$OFFSET = $LAYOUT.byteOffset(groupElement("wValue"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t wValue
     * }
     */
    public static final long wValue$offset() {
        return wValue$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t wValue
     * }
     */
    public static short wValue(MemorySegment struct) {
        return struct.get(wValue$LAYOUT, wValue$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t wValue
     * }
     */
    public static void wValue(MemorySegment struct, short fieldValue) {
        struct.set(wValue$LAYOUT, wValue$OFFSET, fieldValue);
    }

    private static final OfShort wIndex$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wIndex"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t wIndex
     * }
     */
    public static final OfShort wIndex$layout() {
        return wIndex$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long wIndex$OFFSET = $LAYOUT.byteOffset(groupElement("wIndex"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t wIndex
     * }
     */
    public static final long wIndex$offset() {
        return wIndex$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t wIndex
     * }
     */
    public static short wIndex(MemorySegment struct) {
        return struct.get(wIndex$LAYOUT, wIndex$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t wIndex
     * }
     */
    public static void wIndex(MemorySegment struct, short fieldValue) {
        struct.set(wIndex$LAYOUT, wIndex$OFFSET, fieldValue);
    }

    private static final OfShort wLength$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wLength"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t wLength
     * }
     */
    public static final OfShort wLength$layout() {
        return wLength$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long wLength$OFFSET = $LAYOUT.byteOffset(groupElement("wLength"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t wLength
     * }
     */
    public static final long wLength$offset() {
        return wLength$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t wLength
     * }
     */
    public static short wLength(MemorySegment struct) {
        return struct.get(wLength$LAYOUT, wLength$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t wLength
     * }
     */
    public static void wLength(MemorySegment struct, short fieldValue) {
        struct.set(wLength$LAYOUT, wLength$OFFSET, fieldValue);
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
