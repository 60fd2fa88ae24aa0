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
 * struct libusb_endpoint_descriptor {
 *     uint8_t bLength;
 *     uint8_t bDescriptorType;
 *     uint8_t bEndpointAddress;
 *     uint8_t bmAttributes;
 *     uint16_t wMaxPacketSize;
 *     uint8_t bInterval;
 *     uint8_t bRefresh;
 *     uint8_t bSynchAddress;
 *     const unsigned char * extra;
 *     int extra_length;
 * }
 * }
 */
public class libusb_endpoint_descriptor {

    libusb_endpoint_descriptor() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_CHAR.withName("bLength"),
        C_CHAR.withName("bDescriptorType"),
        C_CHAR.withName("bEndpointAddress"),
        C_CHAR.withName("bmAttributes"),
        C_SHORT.withName("wMaxPacketSize"),
        C_CHAR.withName("bInterval"),
        C_CHAR.withName("bRefresh"),
        C_CHAR.withName("bSynchAddress"),
        MemoryLayout.paddingLayout(7),
        C_POINTER.withName("extra"),
        C_INT.withName("extra_length"),
        MemoryLayout.paddingLayout(4)
    ).withName("libusb_endpoint_descriptor");

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

    private static final OfByte bEndpointAddress$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bEndpointAddress"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bEndpointAddress
     * }
     */
    public static final OfByte bEndpointAddress$layout() {
        return bEndpointAddress$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bEndpointAddress$OFFSET = $LAYOUT.byteOffset(groupElement("bEndpointAddress"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bEndpointAddress
     * }
     */
    public static final long bEndpointAddress$offset() {
        return bEndpointAddress$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bEndpointAddress
     * }
     */
    public static byte bEndpointAddress(MemorySegment struct) {
        return struct.get(bEndpointAddress$LAYOUT, bEndpointAddress$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bEndpointAddress
     * }
     */
    public static void bEndpointAddress(MemorySegment struct, byte fieldValue) {
        struct.set(bEndpointAddress$LAYOUT, bEndpointAddress$OFFSET, fieldValue);
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

    private static final OfShort wMaxPacketSize$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wMaxPacketSize"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t wMaxPacketSize
     * }
     */
    public static final OfShort wMaxPacketSize$layout() {
        return wMaxPacketSize$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long wMaxPacketSize$OFFSET = $LAYOUT.byteOffset(groupElement("wMaxPacketSize"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t wMaxPacketSize
     * }
     */
    public static final long wMaxPacketSize$offset() {
        return wMaxPacketSize$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t wMaxPacketSize
     * }
     */
    public static short wMaxPacketSize(MemorySegment struct) {
        return struct.get(wMaxPacketSize$LAYOUT, wMaxPacketSize$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t wMaxPacketSize
     * }
     */
    public static void wMaxPacketSize(MemorySegment struct, short fieldValue) {
        struct.set(wMaxPacketSize$LAYOUT, wMaxPacketSize$OFFSET, fieldValue);
    }

    private static final OfByte bInterval$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bInterval"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bInterval
     * }
     */
    public static final OfByte bInterval$layout() {
        return bInterval$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bInterval$OFFSET = $LAYOUT.byteOffset(groupElement("bInterval"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bInterval
     * }
     */
    public static final long bInterval$offset() {
        return bInterval$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bInterval
     * }
     */
    public static byte bInterval(MemorySegment struct) {
        return struct.get(bInterval$LAYOUT, bInterval$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bInterval
     * }
     */
    public static void bInterval(MemorySegment struct, byte fieldValue) {
        struct.set(bInterval$LAYOUT, bInterval$OFFSET, fieldValue);
    }

    private static final OfByte bRefresh$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bRefresh"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bRefresh
     * }
     */
    public static final OfByte bRefresh$layout() {
        return bRefresh$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bRefresh$OFFSET = $LAYOUT.byteOffset(groupElement("bRefresh"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bRefresh
     * }
     */
    public static final long bRefresh$offset() {
        return bRefresh$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bRefresh
     * }
     */
    public static byte bRefresh(MemorySegment struct) {
        return struct.get(bRefresh$LAYOUT, bRefresh$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bRefresh
     * }
     */
    public static void bRefresh(MemorySegment struct, byte fieldValue) {
        struct.set(bRefresh$LAYOUT, bRefresh$OFFSET, fieldValue);
    }

    private static final OfByte bSynchAddress$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bSynchAddress"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bSynchAddress
     * }
     */
    public static final OfByte bSynchAddress$layout() {
        return bSynchAddress$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bSynchAddress$OFFSET = $LAYOUT.byteOffset(groupElement("bSynchAddress"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bSynchAddress
     * }
     */
    public static final long bSynchAddress$offset() {
        return bSynchAddress$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bSynchAddress
     * }
     */
    public static byte bSynchAddress(MemorySegment struct) {
        return struct.get(bSynchAddress$LAYOUT, bSynchAddress$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bSynchAddress
     * }
     */
    public static void bSynchAddress(MemorySegment struct, byte fieldValue) {
        struct.set(bSynchAddress$LAYOUT, bSynchAddress$OFFSET, fieldValue);
    }

    private static final AddressLayout extra$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("extra"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const unsigned char * extra
     * }
     */
    public static final AddressLayout extra$layout() {
        return extra$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long extra$OFFSET = $LAYOUT.byteOffset(groupElement("extra"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const unsigned char * extra
     * }
     */
    public static final long extra$offset() {
        return extra$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const unsigned char * extra
     * }
     */
    public static MemorySegment extra(MemorySegment struct) {
        return struct.get(extra$LAYOUT, extra$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const unsigned char * extra
     * }
     */
    public static void extra(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(extra$LAYOUT, extra$OFFSET, fieldValue);
    }

    private static final OfInt extra_length$LAYOUT = (OfInt) $LAYOUT.select(groupElement("extra_length"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int extra_length
     * }
     */
    public static final OfInt extra_length$layout() {
        return extra_length$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long extra_length$OFFSET = $LAYOUT.byteOffset(groupElement("extra_length"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int extra_length
     * }
     */
    public static final long extra_length$offset() {
        return extra_length$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int extra_length
     * }
     */
    public static int extra_length(MemorySegment struct) {
        return struct.get(extra_length$LAYOUT, extra_length$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int extra_length
     * }
     */
    public static void extra_length(MemorySegment struct, int fieldValue) {
        struct.set(extra_length$LAYOUT, extra_length$OFFSET, fieldValue);
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
