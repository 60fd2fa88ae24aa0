// Hand-written: the static inline functions of <libusb-1.0/libusb.h> 1.0.26, which jextract skips because
// they are not exported symbols. Same names, same arguments, same effect as the C bodies, as field writes
// through the struct accessors of this package (ffm-libusb/jextract/README.md, patch 4).

package org.ffmusb.libusb.ffi;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import static org.ffmusb.libusb.ffi.libusb_h.*;

/**
 * The {@code static inline} helpers of libusb.h. A {@code transfer} argument must be a segment that covers
 * the struct and its iso packet descriptors ({@link #transferSize(int)} bytes); a {@code buffer} argument
 * must cover the bytes the helper reads or writes.
 */
public final class libusb_inline {

    private libusb_inline() {}

    /** The wire order of the 16-bit fields of a setup packet. */
    private static final ValueLayout.OfShort LE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Bytes of a {@code libusb_transfer} with {@code isoPackets} packet descriptors. */
    public static long transferSize(int isoPackets) {
        return libusb_transfer.iso_packet_desc$offset() + libusb_iso_packet_descriptor.sizeof() * (long) isoPackets;
    }

    /** Not in C: {@code &transfer->iso_packet_desc[packet]}, bounds-checked by the segment. */
    public static MemorySegment iso_packet_desc(MemorySegment transfer, int packet) {
        return transfer.asSlice(libusb_transfer.iso_packet_desc$offset()
                + libusb_iso_packet_descriptor.sizeof() * packet, libusb_iso_packet_descriptor.sizeof());
    }

    /**
     * {@snippet lang=c :
     * static inline uint16_t libusb_cpu_to_le16(const uint16_t x)
     * }
     */
    public static short libusb_cpu_to_le16(short x) {
        return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? x : Short.reverseBytes(x);
    }

    /**
     * {@snippet lang=c :
     * static inline unsigned char *libusb_control_transfer_get_data(struct libusb_transfer *transfer)
     * }
     */
    public static MemorySegment libusb_control_transfer_get_data(MemorySegment transfer) {
        MemorySegment buffer = libusb_transfer.buffer(transfer);
        return MemorySegment.ofAddress(buffer.address() + LIBUSB_CONTROL_SETUP_SIZE());
    }

    /**
     * {@snippet lang=c :
     * static inline struct libusb_control_setup *libusb_control_transfer_get_setup(struct libusb_transfer *transfer)
     * }
     */
    public static MemorySegment libusb_control_transfer_get_setup(MemorySegment transfer) {
        return MemorySegment.ofAddress(libusb_transfer.buffer(transfer).address());
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_fill_control_setup(unsigned char *buffer, uint8_t bmRequestType, uint8_t bRequest,
     *     uint16_t wValue, uint16_t wIndex, uint16_t wLength)
     * }
     */
    public static void libusb_fill_control_setup(MemorySegment buffer, byte bmRequestType, byte bRequest,
            short wValue, short wIndex, short wLength) {
        libusb_control_setup.bmRequestType(buffer, bmRequestType);
        libusb_control_setup.bRequest(buffer, bRequest);
        buffer.set(LE16, libusb_control_setup.wValue$offset(), wValue);
        buffer.set(LE16, libusb_control_setup.wIndex$offset(), wIndex);
        buffer.set(LE16, libusb_control_setup.wLength$offset(), wLength);
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_fill_control_transfer(struct libusb_transfer *transfer,
     *     libusb_device_handle *dev_handle, unsigned char *buffer, libusb_transfer_cb_fn callback,
     *     void *user_data, unsigned int timeout)
     * }
     * As in C, the length is taken from the setup packet at the start of {@code buffer} unless
     * {@code buffer} is NULL; {@code buffer} must then cover those 8 bytes.
     */
    public static void libusb_fill_control_transfer(MemorySegment transfer, MemorySegment dev_handle,
            MemorySegment buffer, MemorySegment callback, MemorySegment user_data, int timeout) {
        libusb_transfer.dev_handle(transfer, dev_handle);
        libusb_transfer.endpoint(transfer, (byte) 0);
        libusb_transfer.type(transfer, (byte) LIBUSB_TRANSFER_TYPE_CONTROL());
        libusb_transfer.timeout(transfer, timeout);
        libusb_transfer.buffer(transfer, buffer);
        if (buffer.address() != 0) {
            int wLength = Short.toUnsignedInt(buffer.get(LE16, libusb_control_setup.wLength$offset()));
            libusb_transfer.length(transfer, (int) (LIBUSB_CONTROL_SETUP_SIZE() + wLength));
        }
        libusb_transfer.user_data(transfer, user_data);
        libusb_transfer.callback(transfer, callback);
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_fill_bulk_transfer(struct libusb_transfer *transfer,
     *     libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *buffer, int length,
     *     libusb_transfer_cb_fn callback, void *user_data, unsigned int timeout)
     * }
     */
    public static void libusb_fill_bulk_transfer(MemorySegment transfer, MemorySegment dev_handle, byte endpoint,
            MemorySegment buffer, int length, MemorySegment callback, MemorySegment user_data, int timeout) {
        libusb_transfer.dev_handle(transfer, dev_handle);
        libusb_transfer.endpoint(transfer, endpoint);
        libusb_transfer.type(transfer, (byte) LIBUSB_TRANSFER_TYPE_BULK());
        libusb_transfer.timeout(transfer, timeout);
        libusb_transfer.buffer(transfer, buffer);
        libusb_transfer.length(transfer, length);
        libusb_transfer.user_data(transfer, user_data);
        libusb_transfer.callback(transfer, callback);
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_fill_bulk_stream_transfer(struct libusb_transfer *transfer,
     *     libusb_device_handle *dev_handle, unsigned char endpoint, uint32_t stream_id, unsigned char *buffer,
     *     int length, libusb_transfer_cb_fn callback, void *user_data, unsigned int timeout)
     * }
     */
    public static void libusb_fill_bulk_stream_transfer(MemorySegment transfer, MemorySegment dev_handle,
            byte endpoint, int stream_id, MemorySegment buffer, int length, MemorySegment callback,
            MemorySegment user_data, int timeout) {
        libusb_fill_bulk_transfer(transfer, dev_handle, endpoint, buffer, length, callback, user_data, timeout);
        libusb_transfer.type(transfer, (byte) LIBUSB_TRANSFER_TYPE_BULK_STREAM());
        libusb_transfer_set_stream_id(transfer, stream_id);
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_fill_interrupt_transfer(struct libusb_transfer *transfer,
     *     libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *buffer, int length,
     *     libusb_transfer_cb_fn callback, void *user_data, unsigned int timeout)
     * }
     */
    public static void libusb_fill_interrupt_transfer(MemorySegment transfer, MemorySegment dev_handle,
            byte endpoint, MemorySegment buffer, int length, MemorySegment callback, MemorySegment user_data,
            int timeout) {
        libusb_transfer.dev_handle(transfer, dev_handle);
        libusb_transfer.endpoint(transfer, endpoint);
        libusb_transfer.type(transfer, (byte) LIBUSB_TRANSFER_TYPE_INTERRUPT());
        libusb_transfer.timeout(transfer, timeout);
        libusb_transfer.buffer(transfer, buffer);
        libusb_transfer.length(transfer, length);
        libusb_transfer.user_data(transfer, user_data);
        libusb_transfer.callback(transfer, callback);
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_fill_iso_transfer(struct libusb_transfer *transfer,
     *     libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *buffer, int length,
     *     int num_iso_packets, libusb_transfer_cb_fn callback, void *user_data, unsigned int timeout)
     * }
     */
    public static void libusb_fill_iso_transfer(MemorySegment transfer, MemorySegment dev_handle, byte endpoint,
            MemorySegment buffer, int length, int num_iso_packets, MemorySegment callback, MemorySegment user_data,
            int timeout) {
        libusb_transfer.dev_handle(transfer, dev_handle);
        libusb_transfer.endpoint(transfer, endpoint);
        libusb_transfer.type(transfer, (byte) LIBUSB_TRANSFER_TYPE_ISOCHRONOUS());
        libusb_transfer.timeout(transfer, timeout);
        libusb_transfer.buffer(transfer, buffer);
        libusb_transfer.length(transfer, length);
        libusb_transfer.num_iso_packets(transfer, num_iso_packets);
        libusb_transfer.user_data(transfer, user_data);
        libusb_transfer.callback(transfer, callback);
    }

    /**
     * {@snippet lang=c :
     * static inline void libusb_set_iso_packet_lengths(struct libusb_transfer *transfer, unsigned int length)
     * }
     */
    public static void libusb_set_iso_packet_lengths(MemorySegment transfer, int length) {
        int packets = libusb_transfer.num_iso_packets(transfer);
        for (int i = 0; i < packets; i++) {
            libusb_iso_packet_descriptor.length(iso_packet_desc(transfer, i), length);
        }
    }

    /**
     * {@snippet lang=c :
     * static inline unsigned char *libusb_get_iso_packet_buffer(struct libusb_transfer *transfer, unsigned int packet)
     * }
     * Returns {@link MemorySegment#NULL} where C returns NULL (packet out of range).
     */
    public static MemorySegment libusb_get_iso_packet_buffer(MemorySegment transfer, int packet) {
        if (packet < 0 || packet >= libusb_transfer.num_iso_packets(transfer)) {
            return MemorySegment.NULL;
        }
        long offset = 0;
        for (int i = 0; i < packet; i++) {
            offset += Integer.toUnsignedLong(libusb_iso_packet_descriptor.length(iso_packet_desc(transfer, i)));
        }
        return MemorySegment.ofAddress(libusb_transfer.buffer(transfer).address() + offset);
    }

    /**
     * {@snippet lang=c :
     * static inline unsigned char *libusb_get_iso_packet_buffer_simple(struct libusb_transfer *transfer, unsigned int packet)
     * }
     */
    public static MemorySegment libusb_get_iso_packet_buffer_simple(MemorySegment transfer, int packet) {
        if (packet < 0 || packet >= libusb_transfer.num_iso_packets(transfer)) {
            return MemorySegment.NULL;
        }
        long first = Integer.toUnsignedLong(libusb_iso_packet_descriptor.length(iso_packet_desc(transfer, 0)));
        return MemorySegment.ofAddress(libusb_transfer.buffer(transfer).address() + first * packet);
    }

    /**
     * {@snippet lang=c :
     * static inline int libusb_get_descriptor(libusb_device_handle *dev_handle, uint8_t desc_type,
     *     uint8_t desc_index, unsigned char *data, int length)
     * }
     */
    public static int libusb_get_descriptor(MemorySegment dev_handle, byte desc_type, byte desc_index,
            MemorySegment data, int length) {
        return libusb_control_transfer(dev_handle, (byte) LIBUSB_ENDPOINT_IN(), (byte) LIBUSB_REQUEST_GET_DESCRIPTOR(),
                (short) (((desc_type & 0xff) << 8) | (desc_index & 0xff)), (short) 0, data, (short) length, 1000);
    }

    /**
     * {@snippet lang=c :
     * static inline int libusb_get_string_descriptor(libusb_device_handle *dev_handle, uint8_t desc_index,
     *     uint16_t langid, unsigned char *data, int length)
     * }
     */
    public static int libusb_get_string_descriptor(MemorySegment dev_handle, byte desc_index, short langid,
            MemorySegment data, int length) {
        return libusb_control_transfer(dev_handle, (byte) LIBUSB_ENDPOINT_IN(), (byte) LIBUSB_REQUEST_GET_DESCRIPTOR(),
                (short) ((LIBUSB_DT_STRING() << 8) | (desc_index & 0xff)), langid, data, (short) length, 1000);
    }
}
