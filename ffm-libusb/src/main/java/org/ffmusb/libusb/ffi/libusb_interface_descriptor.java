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
 * struct libusb_interface_descriptor {
 *     uint8_t bLength;
 *     uint8_t bDescriptorType;
 *     uint8_t bInterfaceNumber;
 *     uint8_t bAlternateSetting;
 *     uint8_t bNumEndpoints;
 *     uint8_t bInterfaceClass;
 *     uint8_t bInterfaceSubClass;
 *     uint8_t bInterfaceProtocol;
 *     uint8_t iInterface;
 *     const struct libusb_endpoint_descriptor * endpoint;
 *     const unsigned char * extra;
 *     int extra_length;
 * }
 * }
 */
public class libusb_interface_descriptor {

    libusb_interface_descriptor() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_CHAR.withName("bLength"),
        C_CHAR.withName("bDescriptorType"),
        C_CHAR.withName("bInterfaceNumber"),
        C_CHAR.withName("bAlternateSetting"),
        C_CHAR.withName("bNumEndpoints"),
        C_CHAR.withName("bInterfaceClass"),
        C_CHAR.withName("bInterfaceSubClass"),
        C_CHAR.withName("bInterfaceProtocol"),
        C_CHAR.withName("iInterface"),
        MemoryLayout.paddingLayout(7),
        C_POINTER.withName("endpoint"),
        C_POINTER.withName("extra"),
        C_INT.withName("extra_length"),
        MemoryLayout.paddingLayout(4)
    ).withName("libusb_interface_descriptor");

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

    private static final OfByte bInterfaceNumber$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bInterfaceNumber"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceNumber
     * }
     */
    public static final OfByte bInterfaceNumber$layout() {
        return bInterfaceNumber$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bInterfaceNumber$OFFSET = $LAYOUT.byteOffset(groupElement("bInterfaceNumber"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceNumber
     * }
     */
    public static final long bInterfaceNumber$offset() {
        return bInterfaceNumber$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceNumber
     * }
     */
    public static byte bInterfaceNumber(MemorySegment struct) {
        return struct.get(bInterfaceNumber$LAYOUT, bInterfaceNumber$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceNumber
     * }
     */
    public static void bInterfaceNumber(MemorySegment struct, byte fieldValue) {
        struct.set(bInterfaceNumber$LAYOUT, bInterfaceNumber$OFFSET, fieldValue);
    }

    private static final OfByte bAlternateSetting$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bAlternateSetting"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bAlternateSetting
     * }
     */
    public static final OfByte bAlternateSetting$layout() {
        return bAlternateSetting$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bAlternateSetting$OFFSET = $LAYOUT.byteOffset(groupElement("bAlternateSetting"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bAlternateSetting
     * }
     */
    public static final long bAlternateSetting$offset() {
        return bAlternateSetting$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bAlternateSetting
     * }
     */
    public static byte bAlternateSetting(MemorySegment struct) {
        return struct.get(bAlternateSetting$LAYOUT, bAlternateSetting$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bAlternateSetting
     * }
     */
    public static void bAlternateSetting(MemorySegment struct, byte fieldValue) {
        struct.set(bAlternateSetting$LAYOUT, bAlternateSetting$OFFSET, fieldValue);
    }

    private static final OfByte bNumEndpoints$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bNumEndpoints"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bNumEndpoints
     * }
     */
    public static final OfByte bNumEndpoints$layout() {
        return bNumEndpoints$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bNumEndpoints$OFFSET = $LAYOUT.byteOffset(groupElement("bNumEndpoints"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bNumEndpoints
     * }
     */
    public static final long bNumEndpoints$offset() {
        return bNumEndpoints$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bNumEndpoints
     * }
     */
    public static byte bNumEndpoints(MemorySegment struct) {
        return struct.get(bNumEndpoints$LAYOUT, bNumEndpoints$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bNumEndpoints
     * }
     */
    public static void bNumEndpoints(MemorySegment struct, byte fieldValue) {
        struct.set(bNumEndpoints$LAYOUT, bNumEndpoints$OFFSET, fieldValue);
    }

    private static final OfByte bInterfaceClass$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bInterfaceClass"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceClass
     * }
     */
    public static final OfByte bInterfaceClass$layout() {
        return bInterfaceClass$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bInterfaceClass$OFFSET = $LAYOUT.byteOffset(groupElement("bInterfaceClass"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceClass
     * }
     */
    public static final long bInterfaceClass$offset() {
        return bInterfaceClass$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceClass
     * }
     */
    public static byte bInterfaceClass(MemorySegment struct) {
        return struct.get(bInterfaceClass$LAYOUT, bInterfaceClass$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceClass
     * }
     */
    public static void bInterfaceClass(MemorySegment struct, byte fieldValue) {
        struct.set(bInterfaceClass$LAYOUT, bInterfaceClass$OFFSET, fieldValue);
    }

    private static final OfByte bInterfaceSubClass$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bInterfaceSubClass"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceSubClass
     * }
     */
    public static final OfByte bInterfaceSubClass$layout() {
        return bInterfaceSubClass$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bInterfaceSubClass$OFFSET = $LAYOUT.byteOffset(groupElement("bInterfaceSubClass"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceSubClass
     * }
     */
    public static final long bInterfaceSubClass$offset() {
        return bInterfaceSubClass$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceSubClass
     * }
     */
    public static byte bInterfaceSubClass(MemorySegment struct) {
        return struct.get(bInterfaceSubClass$LAYOUT, bInterfaceSubClass$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceSubClass
     * }
     */
    public static void bInterfaceSubClass(MemorySegment struct, byte fieldValue) {
        struct.set(bInterfaceSubClass$LAYOUT, bInterfaceSubClass$OFFSET, fieldValue);
    }

    private static final OfByte bInterfaceProtocol$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bInterfaceProtocol"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceProtocol
     * }
     */
    public static final OfByte bInterfaceProtocol$layout() {
        return bInterfaceProtocol$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bInterfaceProtocol$OFFSET = $LAYOUT.byteOffset(groupElement("bInterfaceProtocol"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceProtocol
     * }
     */
    public static final long bInterfaceProtocol$offset() {
        return bInterfaceProtocol$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceProtocol
     * }
     */
    public static byte bInterfaceProtocol(MemorySegment struct) {
        return struct.get(bInterfaceProtocol$LAYOUT, bInterfaceProtocol$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bInterfaceProtocol
     * }
     */
    public static void bInterfaceProtocol(MemorySegment struct, byte fieldValue) {
        struct.set(bInterfaceProtocol$LAYOUT, bInterfaceProtocol$OFFSET, fieldValue);
    }

    private static final OfByte iInterface$LAYOUT = (OfByte) $LAYOUT.select(groupElement("iInterface"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t iInterface
     * }
     */
    public static final OfByte iInterface$layout() {
        return iInterface$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long iInterface$OFFSET = $LAYOUT.byteOffset(groupElement("iInterface"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t iInterface
     * }
     */
    public static final long iInterface$offset() {
        return iInterface$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t iInterface
     * }
     */
    public static byte iInterface(MemorySegment struct) {
        return struct.get(iInterface$LAYOUT, iInterface$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t iInterface
     * }
     */
    public static void iInterface(MemorySegment struct, byte fieldValue) {
        struct.set(iInterface$LAYOUT, iInterface$OFFSET, fieldValue);
    }

    private static final AddressLayout endpoint$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("endpoint"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const struct libusb_endpoint_descriptor * endpoint
     * }
     */
    public static final AddressLayout endpoint$layout() {
        return endpoint$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long endpoint$OFFSET = $LAYOUT.byteOffset(groupElement("endpoint"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const struct libusb_endpoint_descriptor * endpoint
     * }
     */
    public static final long endpoint$offset() {
        return endpoint$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const struct libusb_endpoint_descriptor * endpoint
     * }
     */
    public static MemorySegment endpoint(MemorySegment struct) {
        return struct.get(endpoint$LAYOUT, endpoint$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const struct libusb_endpoint_descriptor * endpoint
     * }
     */
    public static void endpoint(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(endpoint$LAYOUT, endpoint$OFFSET, fieldValue);
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
