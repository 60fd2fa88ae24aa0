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
import java.lang.foreign.SequenceLayout;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;
import static org.ffmusb.libusb.ffi.libusb_h$shared.*;

/**
 * {@snippet lang=c :
 * struct libusb_transfer {
 *     libusb_device_handle * dev_handle;
 *     uint8_t flags;
 *     unsigned char endpoint;
 *     unsigned char type;
 *     unsigned int timeout;
 *     enum libusb_transfer_status status;
 *     int length;
 *     int actual_length;
 *     libusb_transfer_cb_fn callback;
 *     void * user_data;
 *     unsigned char * buffer;
 *     int num_iso_packets;
 *     struct libusb_iso_packet_descriptor iso_packet_desc[];
 * }
 * }
 */
public class libusb_transfer {

    libusb_transfer() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_POINTER.withName("dev_handle"),
        C_CHAR.withName("flags"),
        C_CHAR.withName("endpoint"),
        C_CHAR.withName("type"),
        MemoryLayout.paddingLayout(1),
        C_INT.withName("timeout"),
        C_INT.withName("status"),
        C_INT.withName("length"),
        C_INT.withName("actual_length"),
        MemoryLayout.paddingLayout(4),
        C_POINTER.withName("callback"),
        C_POINTER.withName("user_data"),
        C_POINTER.withName("buffer"),
        C_INT.withName("num_iso_packets"),
        MemoryLayout.sequenceLayout(0, libusb_iso_packet_descriptor.layout()).withName("iso_packet_desc"),
        MemoryLayout.paddingLayout(4)
    ).withName("libusb_transfer");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout dev_handle$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("dev_handle"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * libusb_device_handle * dev_handle
     * }
     */
    public static final AddressLayout dev_handle$layout() {
        return dev_handle$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long dev_handle$OFFSET = $LAYOUT.byteOffset(groupElement("dev_handle"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * libusb_device_handle * dev_handle
     * }
     */
    public static final long dev_handle$offset() {
        return dev_handle$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * libusb_device_handle * dev_handle
     * }
     */
    public static MemorySegment dev_handle(MemorySegment struct) {
        return struct.get(dev_handle$LAYOUT, dev_handle$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * libusb_device_handle * dev_handle
     * }
     */
    public static void dev_handle(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(dev_handle$LAYOUT, dev_handle$OFFSET, fieldValue);
    }

    private static final OfByte flags$LAYOUT = (OfByte) $LAYOUT.select(groupElement("flags"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint8_t flags
     * }
     */
    public static final OfByte flags$layout() {
        return flags$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long flags$OFFSET = $LAYOUT.byteOffset(groupElement("flags"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint8_t flags
     * }
     */
    public static final long flags$offset() {
        return flags$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint8_t flags
     * }
     */
    public static byte flags(MemorySegment struct) {
        return struct.get(flags$LAYOUT, flags$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint8_t flags
     * }
     */
    public static void flags(MemorySegment struct, byte fieldValue) {
        struct.set(flags$LAYOUT, flags$OFFSET, fieldValue);
    }

    private static final OfByte endpoint$LAYOUT = (OfByte) $LAYOUT.select(groupElement("endpoint"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * unsigned char endpoint
     * }
     */
    public static final OfByte endpoint$layout() {
        return endpoint$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long endpoint$OFFSET = $LAYOUT.byteOffset(groupElement("endpoint"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * unsigned char endpoint
     * }
     */
    public static final long endpoint$offset() {
        return endpoint$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * unsigned char endpoint
     * }
     */
    public static byte endpoint(MemorySegment struct) {
        return struct.get(endpoint$LAYOUT, endpoint$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * unsigned char endpoint
     * }
     */
    public static void endpoint(MemorySegment struct, byte fieldValue) {
        struct.set(endpoint$LAYOUT, endpoint$OFFSET, fieldValue);
    }

    private static final OfByte type$LAYOUT = (OfByte) $LAYOUT.select(groupElement("type"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * unsigned char type
     * }
     */
    public static final OfByte type$layout() {
        return type$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long type$OFFSET = $LAYOUT.byteOffset(groupElement("type"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * unsigned char type
     * }
     */
    public static final long type$offset() {
        return type$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * unsigned char type
     * }
     */
    public static byte type(MemorySegment struct) {
        return struct.get(type$LAYOUT, type$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * unsigned char type
     * }
     */
    public static void type(MemorySegment struct, byte fieldValue) {
        struct.set(type$LAYOUT, type$OFFSET, fieldValue);
    }

    private static final OfInt timeout$LAYOUT = (OfInt) $LAYOUT.select(groupElement("timeout"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * unsigned int timeout
     * }
     */
    public static final OfInt timeout$layout() {
        return timeout$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long timeout$OFFSET = $LAYOUT.byteOffset(groupElement("timeout"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * unsigned int timeout
     * }
     */
    public static final long timeout$offset() {
        return timeout$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * unsigned int timeout
     * }
     */
    public static int timeout(MemorySegment struct) {
        return struct.get(timeout$LAYOUT, timeout$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * unsigned int timeout
     * }
     */
    public static void timeout(MemorySegment struct, int fieldValue) {
        struct.set(timeout$LAYOUT, timeout$OFFSET, fieldValue);
    }

    private static final OfInt status$LAYOUT = (OfInt) $LAYOUT.select(groupElement("status"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * enum libusb_transfer_status status
     * }
     */
    public static final OfInt status$layout() {
        return status$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long status$OFFSET = $LAYOUT.byteOffset(groupElement("status"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * enum libusb_transfer_status status
     * }
     */
    public static final long status$offset() {
        return status$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * enum libusb_transfer_status status
     * }
     */
    public static int status(MemorySegment struct) {
        return struct.get(status$LAYOUT, status$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * enum libusb_transfer_status status
     * }
     */
    public static void status(MemorySegment struct, int fieldValue) {
        struct.set(status$LAYOUT, status$OFFSET, fieldValue);
    }

    private static final OfInt length$LAYOUT = (OfInt) $LAYOUT.select(groupElement("length"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int length
     * }
     */
    public static final OfInt length$layout() {
        return length$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long length$OFFSET = $LAYOUT.byteOffset(groupElement("length"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int length
     * }
     */
    public static final long length$offset() {
        return length$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int length
     * }
     */
    public static int length(MemorySegment struct) {
        return struct.get(length$LAYOUT, length$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int length
     * }
     */
    public static void length(MemorySegment struct, int fieldValue) {
        struct.set(length$LAYOUT, length$OFFSET, fieldValue);
    }

    private static final OfInt actual_length$LAYOUT = (OfInt) $LAYOUT.select(groupElement("actual_length"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int actual_length
     * }
     */
    public static final OfInt actual_length$layout() {
        return actual_length$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long actual_length$OFFSET = $LAYOUT.byteOffset(groupElement("actual_length"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int actual_length
     * }
     */
    public static final long actual_length$offset() {
        return actual_length$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int actual_length
     * }
     */
    public static int actual_length(MemorySegment struct) {
        return struct.get(actual_length$LAYOUT, actual_length$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int actual_length
     * }
     */
    public static void actual_length(MemorySegment struct, int fieldValue) {
        struct.set(actual_length$LAYOUT, actual_length$OFFSET, fieldValue);
    }

    private static final AddressLayout callback$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("callback"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * libusb_transfer_cb_fn callback
     * }
     */
    public static final AddressLayout callback$layout() {
        return callback$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long callback$OFFSET = $LAYOUT.byteOffset(groupElement("callback"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * libusb_transfer_cb_fn callback
     * }
     */
    public static final long callback$offset() {
        return callback$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * libusb_transfer_cb_fn callback
     * }
     */
    public static MemorySegment callback(MemorySegment struct) {
        return struct.get(callback$LAYOUT, callback$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * libusb_transfer_cb_fn callback
     * }
     */
    public static void callback(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(callback$LAYOUT, callback$OFFSET, fieldValue);
    }

    private static final AddressLayout user_data$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("user_data"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void * user_data
     * }
     */
    public static final AddressLayout user_data$layout() {
        return user_data$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long user_data$OFFSET = $LAYOUT.byteOffset(groupElement("user_data"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void * user_data
     * }
     */
    public static final long user_data$offset() {
        return user_data$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void * user_data
     * }
     */
    public static MemorySegment user_data(MemorySegment struct) {
        return struct.get(user_data$LAYOUT, user_data$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void * user_data
     * }
     */
    public static void user_data(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(user_data$LAYOUT, user_data$OFFSET, fieldValue);
    }

    private static final AddressLayout buffer$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("buffer"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * unsigned char * buffer
     * }
     */
    public static final AddressLayout buffer$layout() {
        return buffer$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long buffer$OFFSET = $LAYOUT.byteOffset(groupElement("buffer"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * unsigned char * buffer
     * }
     */
    public static final long buffer$offset() {
        return buffer$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * unsigned char * buffer
     * }
     */
    public static MemorySegment buffer(MemorySegment struct) {
        return struct.get(buffer$LAYOUT, buffer$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * unsigned char * buffer
     * }
     */
    public static void buffer(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(buffer$LAYOUT, buffer$OFFSET, fieldValue);
    }

    private static final OfInt num_iso_packets$LAYOUT = (OfInt) $LAYOUT.select(groupElement("num_iso_packets"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int num_iso_packets
     * }
     */
    public static final OfInt num_iso_packets$layout() {
        return num_iso_packets$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long num_iso_packets$OFFSET = $LAYOUT.byteOffset(groupElement("num_iso_packets"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int num_iso_packets
     * }
     */
    public static final long num_iso_packets$offset() {
        return num_iso_packets$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int num_iso_packets
     * }
     */
    public static int num_iso_packets(MemorySegment struct) {
        return struct.get(num_iso_packets$LAYOUT, num_iso_packets$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int num_iso_packets
     * }
     */
    public static void num_iso_packets(MemorySegment struct, int fieldValue) {
        struct.set(num_iso_packets$LAYOUT, num_iso_packets$OFFSET, fieldValue);
    }

    private static final SequenceLayout iso_packet_desc$LAYOUT = (SequenceLayout) $LAYOUT.select(groupElement("iso_packet_desc"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * struct libusb_iso_packet_descriptor iso_packet_desc[]
     * }
     */
    public static final SequenceLayout iso_packet_desc$layout() {
        return iso_packet_desc$LAYOUT;
    }

    private static final long iso_packet_desc$OFFSET = $LAYOUT.byteOffset(groupElement("iso_packet_desc"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * struct libusb_iso_packet_descriptor iso_packet_desc[]
     * }
     */
    public static final long iso_packet_desc$offset() {
        return iso_packet_desc$OFFSET;
    }

    /**
     * Getter for field: The array is flexible: the slice is empty, {@code reinterpret} it to the real length.
     * {@snippet lang=c :
     * struct libusb_iso_packet_descriptor iso_packet_desc[]
     * }
     */
    public static MemorySegment iso_packet_desc(MemorySegment struct) {
        return struct.asSlice(iso_packet_desc$OFFSET, iso_packet_desc$LAYOUT.byteSize());
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
