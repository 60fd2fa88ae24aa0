package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

/**
 * The wire layouts of usbredirproto.h, one {@link StructLayout} per C struct, named and shaped like
 * jextract's output (C names, packed, little-endian: reference §1). Every offset the codec uses is
 * derived from these definitions, and {@code UsbRedirProtoLayoutTest} compares them with the C
 * header through a gcc probe.
 *
 * <p>The reduced variants that the negotiated capabilities select (reference §3, §5) are prefixes of
 * the full structs: {@link #usb_redir_device_connect_header_no_device_version},
 * {@link #usb_redir_ep_info_header_no_max_streams}, {@link #usb_redir_ep_info_header_no_max_pktsz},
 * {@link #usb_redir_bulk_packet_header_16bit_length} and {@link #usb_redir_header_32bit_id}.
 */
final class UsbRedirProto {
    private UsbRedirProto() {}

    static final ValueLayout.OfByte U8 = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** {@code USBREDIR_VERSION}: protocol document 0.7. */
    static final int USBREDIR_VERSION = 0x000701;
    /** {@code USB_REDIR_CAPS_SIZE}: caps words a receiver keeps. */
    static final int USB_REDIR_CAPS_SIZE = 1;
    /** C {@code MAX_BULK_TRANSFER_SIZE}: 128 MiB. */
    static final long MAX_BULK_TRANSFER_SIZE = 128L * 1024 * 1024;
    /** C {@code MAX_PACKET_SIZE}: header.length limit, 1 KiB of headers + 128 MiB. */
    static final long MAX_PACKET_SIZE = 1024 + MAX_BULK_TRANSFER_SIZE;

    static final StructLayout usb_redir_header = struct("usb_redir_header",
            U32.withName("type"), U32.withName("length"), U64.withName("id"));
    static final StructLayout usb_redir_header_32bit_id = struct("usb_redir_header_32bit_id",
            U32.withName("type"), U32.withName("length"), U32.withName("id"));

    static final StructLayout usb_redir_hello_header = struct("usb_redir_hello_header",
            MemoryLayout.sequenceLayout(64, U8).withName("version"));
    static final StructLayout usb_redir_device_connect_header = struct("usb_redir_device_connect_header",
            U8.withName("speed"), U8.withName("device_class"), U8.withName("device_subclass"),
            U8.withName("device_protocol"), U16.withName("vendor_id"), U16.withName("product_id"),
            U16.withName("device_version_bcd"));
    static final StructLayout usb_redir_device_connect_header_no_device_version =
            prefix(usb_redir_device_connect_header, "device_version_bcd");
    static final StructLayout usb_redir_interface_info_header = struct("usb_redir_interface_info_header",
            U32.withName("interface_count"), u8x32("interface"), u8x32("interface_class"),
            u8x32("interface_subclass"), u8x32("interface_protocol"));
    static final StructLayout usb_redir_ep_info_header = struct("usb_redir_ep_info_header",
            u8x32("type"), u8x32("interval"), u8x32("interface"),
            MemoryLayout.sequenceLayout(32, U16).withName("max_packet_size"),
            MemoryLayout.sequenceLayout(32, U32).withName("max_streams"));
    static final StructLayout usb_redir_ep_info_header_no_max_streams =
            prefix(usb_redir_ep_info_header, "max_streams");
    static final StructLayout usb_redir_ep_info_header_no_max_pktsz =
            prefix(usb_redir_ep_info_header, "max_packet_size");
    static final StructLayout usb_redir_set_configuration_header = struct("usb_redir_set_configuration_header",
            U8.withName("configuration"));
    static final StructLayout usb_redir_configuration_status_header = struct("usb_redir_configuration_status_header",
            U8.withName("status"), U8.withName("configuration"));
    static final StructLayout usb_redir_set_alt_setting_header = struct("usb_redir_set_alt_setting_header",
            U8.withName("interface"), U8.withName("alt"));
    static final StructLayout usb_redir_get_alt_setting_header = struct("usb_redir_get_alt_setting_header",
            U8.withName("interface"));
    static final StructLayout usb_redir_alt_setting_status_header = struct("usb_redir_alt_setting_status_header",
            U8.withName("status"), U8.withName("interface"), U8.withName("alt"));
    static final StructLayout usb_redir_start_iso_stream_header = struct("usb_redir_start_iso_stream_header",
            U8.withName("endpoint"), U8.withName("pkts_per_urb"), U8.withName("no_urbs"));
    static final StructLayout usb_redir_stop_iso_stream_header = struct("usb_redir_stop_iso_stream_header",
            U8.withName("endpoint"));
    static final StructLayout usb_redir_iso_stream_status_header = struct("usb_redir_iso_stream_status_header",
            U8.withName("status"), U8.withName("endpoint"));
    static final StructLayout usb_redir_start_interrupt_receiving_header =
            struct("usb_redir_start_interrupt_receiving_header", U8.withName("endpoint"));
    static final StructLayout usb_redir_stop_interrupt_receiving_header =
            struct("usb_redir_stop_interrupt_receiving_header", U8.withName("endpoint"));
    static final StructLayout usb_redir_interrupt_receiving_status_header =
            struct("usb_redir_interrupt_receiving_status_header", U8.withName("status"), U8.withName("endpoint"));
    static final StructLayout usb_redir_alloc_bulk_streams_header = struct("usb_redir_alloc_bulk_streams_header",
            U32.withName("endpoints"), U32.withName("no_streams"));
    static final StructLayout usb_redir_free_bulk_streams_header = struct("usb_redir_free_bulk_streams_header",
            U32.withName("endpoints"));
    static final StructLayout usb_redir_bulk_streams_status_header = struct("usb_redir_bulk_streams_status_header",
            U32.withName("endpoints"), U32.withName("no_streams"), U8.withName("status"));
    static final StructLayout usb_redir_start_bulk_receiving_header = struct("usb_redir_start_bulk_receiving_header",
            U32.withName("stream_id"), U32.withName("bytes_per_transfer"), U8.withName("endpoint"),
            U8.withName("no_transfers"));
    static final StructLayout usb_redir_stop_bulk_receiving_header = struct("usb_redir_stop_bulk_receiving_header",
            U32.withName("stream_id"), U8.withName("endpoint"));
    static final StructLayout usb_redir_bulk_receiving_status_header = struct("usb_redir_bulk_receiving_status_header",
            U32.withName("stream_id"), U8.withName("endpoint"), U8.withName("status"));
    static final StructLayout usb_redir_control_packet_header = struct("usb_redir_control_packet_header",
            U8.withName("endpoint"), U8.withName("request"), U8.withName("requesttype"), U8.withName("status"),
            U16.withName("value"), U16.withName("index"), U16.withName("length"));
    static final StructLayout usb_redir_bulk_packet_header = struct("usb_redir_bulk_packet_header",
            U8.withName("endpoint"), U8.withName("status"), U16.withName("length"), U32.withName("stream_id"),
            U16.withName("length_high"));
    static final StructLayout usb_redir_bulk_packet_header_16bit_length =
            prefix(usb_redir_bulk_packet_header, "length_high");
    static final StructLayout usb_redir_iso_packet_header = struct("usb_redir_iso_packet_header",
            U8.withName("endpoint"), U8.withName("status"), U16.withName("length"));
    static final StructLayout usb_redir_interrupt_packet_header = struct("usb_redir_interrupt_packet_header",
            U8.withName("endpoint"), U8.withName("status"), U16.withName("length"));
    static final StructLayout usb_redir_buffered_bulk_packet_header = struct("usb_redir_buffered_bulk_packet_header",
            U32.withName("stream_id"), U32.withName("length"), U8.withName("endpoint"), U8.withName("status"));
    /** Type header of the packet types that have none (size 0). */
    static final StructLayout EMPTY = MemoryLayout.structLayout().withName("none");

    /** Byte offset of a named field: the only way the codec computes offsets. */
    static long offset(StructLayout layout, String field) {
        return layout.byteOffset(groupElement(field));
    }

    private static StructLayout struct(String name, MemoryLayout... fields) {
        return MemoryLayout.structLayout(fields).withName(name);
    }

    private static MemoryLayout u8x32(String name) {
        return MemoryLayout.sequenceLayout(32, U8).withName(name);
    }

    /** The leading fields of {@code full} up to (not including) {@code firstOmitted}. */
    private static StructLayout prefix(StructLayout full, String firstOmitted) {
        var members = full.memberLayouts();
        int end = 0;
        while (!members.get(end).name().orElseThrow().equals(firstOmitted)) {
            end++;
        }
        String name = full.name().orElseThrow() + "_without_" + firstOmitted;
        return MemoryLayout.structLayout(members.subList(0, end).toArray(MemoryLayout[]::new)).withName(name);
    }

    static int u8(MemorySegment s, long offset) {
        return s.get(U8, offset) & 0xFF;
    }

    static int u16(MemorySegment s, long offset) {
        return s.get(U16, offset) & 0xFFFF;
    }

    static long u32(MemorySegment s, long offset) {
        return s.get(U32, offset) & 0xFFFF_FFFFL;
    }

    static void putU8(MemorySegment s, long offset, int value) {
        s.set(U8, offset, (byte) value);
    }

    static void putU16(MemorySegment s, long offset, int value) {
        s.set(U16, offset, (short) value);
    }

    static void putU32(MemorySegment s, long offset, long value) {
        s.set(U32, offset, (int) value);
    }
}
