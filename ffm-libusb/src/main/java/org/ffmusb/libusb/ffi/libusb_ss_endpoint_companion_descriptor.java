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
 * struct libusb_ss_endpoint_companion_descriptor {
 *     uint8_t bLength;
 *     uint8_t bDescriptorType;
 *     uint8_t bMaxBurst;
 *     uint8_t bmAttributes;
 *     uint16_t wBytesPerInterval;
 * }
 * }
 */
public class libusb_ss_endpoint_companion_descriptor {

    libusb_ss_endpoint_companion_descriptor() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_CHAR.withName("bLength"),
        C_CHAR.withName("bDescriptorType"),
        C_CHAR.withName("bMaxBurst"),
        C_CHAR.withName("bmAttributes"),
        C_SHORT.withName("wBytesPerInterval")
    ).withName("libusb_ss_endpoint_companion_descriptor");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfByte bLength$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bLength"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bLength
     * }
     */
    public static final OfByte bLength$layout() {
        return bLength$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bLength$OFFSET = $LAYOUT.byteOffset(groupElement("bLength"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bLength
     * }
     */
    public static final long bLength$offset() {
        return bLength$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bLength
     * }
     */
    public static byte bLength(MemorySegment struct) {
        return struct.get(bLength$LAYOUT, bLength$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bLength
     * }
     */
    public static void bLength(MemorySegment struct, byte fieldValue) {
        struct.set(bLength$LAYOUT, bLength$OFFSET, fieldValue);
    }

    private static final OfByte bDescriptorType$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bDescriptorType"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bDescriptorType
     * }
     */
    public static final OfByte bDescriptorType$layout() {
        return bDescriptorType$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bDescriptorType$OFFSET = $LAYOUT.byteOffset(groupElement("bDescriptorType"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bDescriptorType
     * }
     */
    public static final long bDescriptorType$offset() {
        return bDescriptorType$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bDescriptorType
     * }
     */
    public static byte bDescriptorType(MemorySegment struct) {
        return struct.get(bDescriptorType$LAYOUT, bDescriptorType$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bDescriptorType
     * }
     */
    public static void bDescriptorType(MemorySegment struct, byte fieldValue) {
        struct.set(bDescriptorType$LAYOUT, bDescriptorType$OFFSET, fieldValue);
    }

    private static final OfByte bMaxBurst$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bMaxBurst"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bMaxBurst
     * }
     */
    public static final OfByte bMaxBurst$layout() {
        return bMaxBurst$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bMaxBurst$OFFSET = $LAYOUT.byteOffset(groupElement("bMaxBurst"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bMaxBurst
     * }
     */
    public static final long bMaxBurst$offset() {
        return bMaxBurst$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bMaxBurst
     * }
     */
    public static byte bMaxBurst(MemorySegment struct) {
        return struct.get(bMaxBurst$LAYOUT, bMaxBurst$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bMaxBurst
     * }
     */
    public static void bMaxBurst(MemorySegment struct, byte fieldValue) {
        struct.set(bMaxBurst$LAYOUT, bMaxBurst$OFFSET, fieldValue);
    }

    private static final OfByte bmAttributes$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bmAttributes"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bmAttributes
     * }
     */
    public static final OfByte bmAttributes$layout() {
        return bmAttributes$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bmAttributes$OFFSET = $LAYOUT.byteOffset(groupElement("bmAttributes"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bmAttributes
     * }
     */
    public static final long bmAttributes$offset() {
        return bmAttributes$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bmAttributes
     * }
     */
    public static byte bmAttributes(MemorySegment struct) {
        return struct.get(bmAttributes$LAYOUT, bmAttributes$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bmAttributes
     * }
     */
    public static void bmAttributes(MemorySegment struct, byte fieldValue) {
        struct.set(bmAttributes$LAYOUT, bmAttributes$OFFSET, fieldValue);
    }

    private static final OfShort wBytesPerInterval$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wBytesPerInterval"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t wBytesPerInterval
     * }
     */
    public static final OfShort wBytesPerInterval$layout() {
        return wBytesPerInterval$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long wBytesPerInterval$OFFSET = $LAYOUT.byteOffset(groupElement("wBytesPerInterval"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t wBytesPerInterval
     * }
     */
    public static final long wBytesPerInterval$offset() {
        return wBytesPerInterval$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t wBytesPerInterval
     * }
     */
    public static short wBytesPerInterval(MemorySegment struct) {
        return struct.get(wBytesPerInterval$LAYOUT, wBytesPerInterval$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t wBytesPerInterval
     * }
     */
    public static void wBytesPerInterval(MemorySegment struct, short fieldValue) {
        struct.set(wBytesPerInterval$LAYOUT, wBytesPerInterval$OFFSET, fieldValue);
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
