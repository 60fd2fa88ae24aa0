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
 * struct libusb_config_descriptor {
 *     uint8_t bLength;
 *     uint8_t bDescriptorType;
 *     uint16_t wTotalLength;
 *     uint8_t bNumInterfaces;
 *     uint8_t bConfigurationValue;
 *     uint8_t iConfiguration;
 *     uint8_t bmAttributes;
 *     uint8_t MaxPower;
 *     const struct libusb_interface * interface;
 *     const unsigned char * extra;
 *     int extra_length;
 * }
 * }
 */
public class libusb_config_descriptor {

    libusb_config_descriptor() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_CHAR.withName("bLength"),
        C_CHAR.withName("bDescriptorType"),
        C_SHORT.withName("wTotalLength"),
        C_CHAR.withName("bNumInterfaces"),
        C_CHAR.withName("bConfigurationValue"),
        C_CHAR.withName("iConfiguration"),
        C_CHAR.withName("bmAttributes"),
        C_CHAR.withName("MaxPower"),
        MemoryLayout.paddingLayout(7),
        C_POINTER.withName("interface"),
        C_POINTER.withName("extra"),
        C_INT.withName("extra_length"),
        MemoryLayout.paddingLayout(4)
    ).withName("libusb_config_descriptor");

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

    private static final OfShort wTotalLength$LAYOUT = (OfShort) $LAYOUT.select(groupElement("wTotalLength"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint16_t wTotalLength
     * }
     */
    public static final OfShort wTotalLength$layout() {
        return wTotalLength$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long wTotalLength$OFFSET = $LAYOUT.byteOffset(groupElement("wTotalLength"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint16_t wTotalLength
     * }
     */
    public static final long wTotalLength$offset() {
        return wTotalLength$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint16_t wTotalLength
     * }
     */
    public static short wTotalLength(MemorySegment struct) {
        return struct.get(wTotalLength$LAYOUT, wTotalLength$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint16_t wTotalLength
     * }
     */
    public static void wTotalLength(MemorySegment struct, short fieldValue) {
        struct.set(wTotalLength$LAYOUT, wTotalLength$OFFSET, fieldValue);
    }

    private static final OfByte bNumInterfaces$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bNumInterfaces"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bNumInterfaces
     * }
     */
    public static final OfByte bNumInterfaces$layout() {
        return bNumInterfaces$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bNumInterfaces$OFFSET = $LAYOUT.byteOffset(groupElement("bNumInterfaces"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bNumInterfaces
     * }
     */
    public static final long bNumInterfaces$offset() {
        return bNumInterfaces$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bNumInterfaces
     * }
     */
    public static byte bNumInterfaces(MemorySegment struct) {
        return struct.get(bNumInterfaces$LAYOUT, bNumInterfaces$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bNumInterfaces
     * }
     */
    public static void bNumInterfaces(MemorySegment struct, byte fieldValue) {
        struct.set(bNumInterfaces$LAYOUT, bNumInterfaces$OFFSET, fieldValue);
    }

    private static final OfByte bConfigurationValue$LAYOUT = (OfByte) $LAYOUT.select(groupElement("bConfigurationValue"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t bConfigurationValue
     * }
     */
    public static final OfByte bConfigurationValue$layout() {
        return bConfigurationValue$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long bConfigurationValue$OFFSET = $LAYOUT.byteOffset(groupElement("bConfigurationValue"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t bConfigurationValue
     * }
     */
    public static final long bConfigurationValue$offset() {
        return bConfigurationValue$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t bConfigurationValue
     * }
     */
    public static byte bConfigurationValue(MemorySegment struct) {
        return struct.get(bConfigurationValue$LAYOUT, bConfigurationValue$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t bConfigurationValue
     * }
     */
    public static void bConfigurationValue(MemorySegment struct, byte fieldValue) {
        struct.set(bConfigurationValue$LAYOUT, bConfigurationValue$OFFSET, fieldValue);
    }

    private static final OfByte iConfiguration$LAYOUT = (OfByte) $LAYOUT.select(groupElement("iConfiguration"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t iConfiguration
     * }
     */
    public static final OfByte iConfiguration$layout() {
        return iConfiguration$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long iConfiguration$OFFSET = $LAYOUT.byteOffset(groupElement("iConfiguration"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t iConfiguration
     * }
     */
    public static final long iConfiguration$offset() {
        return iConfiguration$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t iConfiguration
     * }
     */
    public static byte iConfiguration(MemorySegment struct) {
        return struct.get(iConfiguration$LAYOUT, iConfiguration$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t iConfiguration
     * }
     */
    public static void iConfiguration(MemorySegment struct, byte fieldValue) {
        struct.set(iConfiguration$LAYOUT, iConfiguration$OFFSET, fieldValue);
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

    private static final OfByte MaxPower$LAYOUT = (OfByte) $LAYOUT.select(groupElement("MaxPower"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t MaxPower
     * }
     */
    public static final OfByte MaxPower$layout() {
        return MaxPower$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long MaxPower$OFFSET = $LAYOUT.byteOffset(groupElement("MaxPower"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t MaxPower
     * }
     */
    public static final long MaxPower$offset() {
        return MaxPower$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t MaxPower
     * }
     */
    public static byte MaxPower(MemorySegment struct) {
        return struct.get(MaxPower$LAYOUT, MaxPower$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t MaxPower
     * }
     */
    public static void MaxPower(MemorySegment struct, byte fieldValue) {
        struct.set(MaxPower$LAYOUT, MaxPower$OFFSET, fieldValue);
    }

    private static final AddressLayout interface_$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("interface"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const struct libusb_interface * interface_
     * }
     */
    public static final AddressLayout interface_$layout() {
        return interface_$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long interface_$OFFSET = $LAYOUT.byteOffset(groupElement("interface"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const struct libusb_interface * interface_
     * }
     */
    public static final long interface_$offset() {
        return interface_$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const struct libusb_interface * interface_
     * }
     */
    public static MemorySegment interface_(MemorySegment struct) {
        return struct.get(interface_$LAYOUT, interface_$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const struct libusb_interface * interface_
     * }
     */
    public static void interface_(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(interface_$LAYOUT, interface_$OFFSET, fieldValue);
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
