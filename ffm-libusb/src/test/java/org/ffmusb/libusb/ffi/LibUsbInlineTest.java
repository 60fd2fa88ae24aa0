package org.ffmusb.libusb.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.*;
import static org.ffmusb.libusb.ffi.libusb_h.*;

/** The re-implemented static inline helpers, on transfers allocated by the real libusb_alloc_transfer. */
class LibUsbInlineTest {
    @Test
    void fillControlSetupWritesLittleEndianWireOrder() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(8 + 18);
            libusb_inline.libusb_fill_control_setup(buffer, (byte) 0x80, (byte) 6, (short) 0x0100, (short) 0x0409,
                    (short) 18);
            assertArrayEquals(new byte[] {(byte) 0x80, 6, 0x00, 0x01, 0x09, 0x04, 18, 0}, buffer.asSlice(0, 8).toArray(JAVA_BYTE));
            MemorySegment t = libusb_alloc_transfer(0).reinterpret(libusb_inline.transferSize(0));
            try {
                libusb_inline.libusb_fill_control_transfer(t, MemorySegment.NULL, buffer, MemorySegment.NULL,
                        MemorySegment.ofAddress(7), 500);
                assertEquals(26, libusb_transfer.length(t), "setup + wLength");
                assertEquals(LIBUSB_TRANSFER_TYPE_CONTROL(), libusb_transfer.type(t));
                assertEquals(0, libusb_transfer.endpoint(t));
                assertEquals(500, libusb_transfer.timeout(t));
                assertEquals(7, libusb_transfer.user_data(t).address());
                assertEquals(buffer.address() + 8, libusb_inline.libusb_control_transfer_get_data(t).address());
                assertEquals(buffer.address(), libusb_inline.libusb_control_transfer_get_setup(t).address());
            } finally {
                libusb_free_transfer(t);
            }
        }
    }

    @Test
    void fillBulkStreamAndInterruptTransfers() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(512);
            MemorySegment t = libusb_alloc_transfer(0).reinterpret(libusb_inline.transferSize(0));
            try {
                libusb_inline.libusb_fill_bulk_transfer(t, MemorySegment.NULL, (byte) 0x81, buffer, 512,
                        MemorySegment.NULL, MemorySegment.NULL, 0);
                assertEquals(LIBUSB_TRANSFER_TYPE_BULK(), libusb_transfer.type(t));
                assertEquals((byte) 0x81, libusb_transfer.endpoint(t));
                assertEquals(512, libusb_transfer.length(t));
                assertEquals(buffer.address(), libusb_transfer.buffer(t).address());
                libusb_inline.libusb_fill_bulk_stream_transfer(t, MemorySegment.NULL, (byte) 0x82, 5, buffer, 100,
                        MemorySegment.NULL, MemorySegment.NULL, 0);
                assertEquals(LIBUSB_TRANSFER_TYPE_BULK_STREAM(), libusb_transfer.type(t));
                assertEquals(5, libusb_transfer_get_stream_id(t), "stream id through the real libusb");
                libusb_inline.libusb_fill_interrupt_transfer(t, MemorySegment.NULL, (byte) 0x83, buffer, 8,
                        MemorySegment.NULL, MemorySegment.NULL, 10);
                assertEquals(LIBUSB_TRANSFER_TYPE_INTERRUPT(), libusb_transfer.type(t));
                assertEquals(10, libusb_transfer.timeout(t));
            } finally {
                libusb_free_transfer(t);
            }
        }
    }

    @Test
    void isoPacketLengthsAndBuffersAsInC() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(4 * 192);
            MemorySegment t = libusb_alloc_transfer(4).reinterpret(libusb_inline.transferSize(4));
            try {
                libusb_inline.libusb_fill_iso_transfer(t, MemorySegment.NULL, (byte) 0x83, buffer, 4 * 192, 4,
                        MemorySegment.NULL, MemorySegment.NULL, 0);
                assertEquals(4, libusb_transfer.num_iso_packets(t));
                libusb_inline.libusb_set_iso_packet_lengths(t, 192);
                for (int i = 0; i < 4; i++) {
                    assertEquals(192, libusb_iso_packet_descriptor.length(libusb_inline.iso_packet_desc(t, i)));
                }
                libusb_iso_packet_descriptor.length(libusb_inline.iso_packet_desc(t, 1), 100);
                assertEquals(buffer.address() + 192 + 100, libusb_inline.libusb_get_iso_packet_buffer(t, 2).address());
                assertEquals(buffer.address() + 2 * 192, libusb_inline.libusb_get_iso_packet_buffer_simple(t, 2).address());
                assertEquals(MemorySegment.NULL, libusb_inline.libusb_get_iso_packet_buffer(t, 4));
                assertEquals(MemorySegment.NULL, libusb_inline.libusb_get_iso_packet_buffer_simple(t, -1));
                assertEquals(60 + 4 * 12, libusb_inline.transferSize(4));
            } finally {
                libusb_free_transfer(t);
            }
        }
    }

    @Test
    void cpuToLe16IsIdentityOnLittleEndianHosts() {
        assertEquals((short) 0x1234, libusb_inline.libusb_cpu_to_le16((short) 0x1234));
    }

    @Test
    void theVariadicSetOptionLinksPerArgumentShape() {
        var invoker = libusb_h.libusb_set_option.makeInvoker(C_INT);
        assertEquals(3, invoker.descriptor().argumentLayouts().size());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(C_POINTER);
            assertEquals(0, libusb_init(out));
            MemorySegment ctx = out.get(C_POINTER, 0);
            assertEquals(0, invoker.apply(ctx, LIBUSB_OPTION_LOG_LEVEL(), LIBUSB_LOG_LEVEL_WARNING()));
            assertEquals(LIBUSB_ERROR_INVALID_PARAM(), invoker.apply(ctx, 99, 0), "unknown option refused by libusb");
            libusb_exit(ctx);
        }
    }
}
