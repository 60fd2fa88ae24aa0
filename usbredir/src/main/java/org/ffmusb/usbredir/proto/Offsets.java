package org.ffmusb.usbredir.proto;

import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/** Field offsets within type headers, all derived from {@link UsbRedirProto}'s layouts. */
final class Offsets {
    private Offsets() {}

    static final long HDR_TYPE = offset(usb_redir_header, "type");
    static final long HDR_LENGTH = offset(usb_redir_header, "length");
    static final long HDR_ID = offset(usb_redir_header, "id");
    static final int HDR_SIZE_64 = (int) usb_redir_header.byteSize();
    static final int HDR_SIZE_32 = (int) usb_redir_header_32bit_id.byteSize();

    static final long HELLO_VERSION = offset(usb_redir_hello_header, "version");
    static final int HELLO_SIZE = (int) usb_redir_hello_header.byteSize();

    static final long CONNECT_SPEED = offset(usb_redir_device_connect_header, "speed");
    static final long CONNECT_CLASS = offset(usb_redir_device_connect_header, "device_class");
    static final long CONNECT_SUBCLASS = offset(usb_redir_device_connect_header, "device_subclass");
    static final long CONNECT_PROTOCOL = offset(usb_redir_device_connect_header, "device_protocol");
    static final long CONNECT_VENDOR = offset(usb_redir_device_connect_header, "vendor_id");
    static final long CONNECT_PRODUCT = offset(usb_redir_device_connect_header, "product_id");
    static final long CONNECT_BCD = offset(usb_redir_device_connect_header, "device_version_bcd");

    static final long INTF_COUNT = offset(usb_redir_interface_info_header, "interface_count");
    static final long INTF_INTERFACE = offset(usb_redir_interface_info_header, "interface");
    static final long INTF_CLASS = offset(usb_redir_interface_info_header, "interface_class");
    static final long INTF_SUBCLASS = offset(usb_redir_interface_info_header, "interface_subclass");
    static final long INTF_PROTOCOL = offset(usb_redir_interface_info_header, "interface_protocol");

    static final long EP_TYPE = offset(usb_redir_ep_info_header, "type");
    static final long EP_INTERVAL = offset(usb_redir_ep_info_header, "interval");
    static final long EP_INTERFACE = offset(usb_redir_ep_info_header, "interface");
    static final long EP_MAX_PACKET_SIZE = offset(usb_redir_ep_info_header, "max_packet_size");
    static final long EP_MAX_STREAMS = offset(usb_redir_ep_info_header, "max_streams");

    static final long SET_CONFIG_CONFIGURATION = offset(usb_redir_set_configuration_header, "configuration");
    static final long CONFIG_STATUS_STATUS = offset(usb_redir_configuration_status_header, "status");
    static final long CONFIG_STATUS_CONFIGURATION = offset(usb_redir_configuration_status_header, "configuration");
    static final long SET_ALT_INTERFACE = offset(usb_redir_set_alt_setting_header, "interface");
    static final long SET_ALT_ALT = offset(usb_redir_set_alt_setting_header, "alt");
    static final long GET_ALT_INTERFACE = offset(usb_redir_get_alt_setting_header, "interface");
    static final long ALT_STATUS_STATUS = offset(usb_redir_alt_setting_status_header, "status");
    static final long ALT_STATUS_INTERFACE = offset(usb_redir_alt_setting_status_header, "interface");
    static final long ALT_STATUS_ALT = offset(usb_redir_alt_setting_status_header, "alt");

    static final long START_ISO_ENDPOINT = offset(usb_redir_start_iso_stream_header, "endpoint");
    static final long START_ISO_PKTS_PER_URB = offset(usb_redir_start_iso_stream_header, "pkts_per_urb");
    static final long START_ISO_NO_URBS = offset(usb_redir_start_iso_stream_header, "no_urbs");
    static final long STOP_ISO_ENDPOINT = offset(usb_redir_stop_iso_stream_header, "endpoint");
    static final long ISO_STATUS_STATUS = offset(usb_redir_iso_stream_status_header, "status");
    static final long ISO_STATUS_ENDPOINT = offset(usb_redir_iso_stream_status_header, "endpoint");

    static final long START_INT_ENDPOINT = offset(usb_redir_start_interrupt_receiving_header, "endpoint");
    static final long STOP_INT_ENDPOINT = offset(usb_redir_stop_interrupt_receiving_header, "endpoint");
    static final long INT_STATUS_STATUS = offset(usb_redir_interrupt_receiving_status_header, "status");
    static final long INT_STATUS_ENDPOINT = offset(usb_redir_interrupt_receiving_status_header, "endpoint");

    static final long ALLOC_STREAMS_ENDPOINTS = offset(usb_redir_alloc_bulk_streams_header, "endpoints");
    static final long ALLOC_STREAMS_NO_STREAMS = offset(usb_redir_alloc_bulk_streams_header, "no_streams");
    static final long FREE_STREAMS_ENDPOINTS = offset(usb_redir_free_bulk_streams_header, "endpoints");
    static final long STREAMS_STATUS_ENDPOINTS = offset(usb_redir_bulk_streams_status_header, "endpoints");
    static final long STREAMS_STATUS_NO_STREAMS = offset(usb_redir_bulk_streams_status_header, "no_streams");
    static final long STREAMS_STATUS_STATUS = offset(usb_redir_bulk_streams_status_header, "status");

    static final long START_BULK_STREAM_ID = offset(usb_redir_start_bulk_receiving_header, "stream_id");
    static final long START_BULK_BYTES = offset(usb_redir_start_bulk_receiving_header, "bytes_per_transfer");
    static final long START_BULK_ENDPOINT = offset(usb_redir_start_bulk_receiving_header, "endpoint");
    static final long START_BULK_NO_TRANSFERS = offset(usb_redir_start_bulk_receiving_header, "no_transfers");
    static final long STOP_BULK_STREAM_ID = offset(usb_redir_stop_bulk_receiving_header, "stream_id");
    static final long STOP_BULK_ENDPOINT = offset(usb_redir_stop_bulk_receiving_header, "endpoint");
    static final long BULK_STATUS_STREAM_ID = offset(usb_redir_bulk_receiving_status_header, "stream_id");
    static final long BULK_STATUS_ENDPOINT = offset(usb_redir_bulk_receiving_status_header, "endpoint");
    static final long BULK_STATUS_STATUS = offset(usb_redir_bulk_receiving_status_header, "status");

    static final long CONTROL_ENDPOINT = offset(usb_redir_control_packet_header, "endpoint");
    static final long CONTROL_REQUEST = offset(usb_redir_control_packet_header, "request");
    static final long CONTROL_REQUESTTYPE = offset(usb_redir_control_packet_header, "requesttype");
    static final long CONTROL_STATUS = offset(usb_redir_control_packet_header, "status");
    static final long CONTROL_VALUE = offset(usb_redir_control_packet_header, "value");
    static final long CONTROL_INDEX = offset(usb_redir_control_packet_header, "index");
    static final long CONTROL_LENGTH = offset(usb_redir_control_packet_header, "length");

    static final long BULK_ENDPOINT = offset(usb_redir_bulk_packet_header, "endpoint");
    static final long BULK_STATUS = offset(usb_redir_bulk_packet_header, "status");
    static final long BULK_LENGTH = offset(usb_redir_bulk_packet_header, "length");
    static final long BULK_STREAM_ID = offset(usb_redir_bulk_packet_header, "stream_id");
    static final long BULK_LENGTH_HIGH = offset(usb_redir_bulk_packet_header, "length_high");

    static final long ISO_ENDPOINT = offset(usb_redir_iso_packet_header, "endpoint");
    static final long ISO_STATUS = offset(usb_redir_iso_packet_header, "status");
    static final long ISO_LENGTH = offset(usb_redir_iso_packet_header, "length");

    static final long INTERRUPT_ENDPOINT = offset(usb_redir_interrupt_packet_header, "endpoint");
    static final long INTERRUPT_STATUS = offset(usb_redir_interrupt_packet_header, "status");
    static final long INTERRUPT_LENGTH = offset(usb_redir_interrupt_packet_header, "length");

    static final long BUFFERED_STREAM_ID = offset(usb_redir_buffered_bulk_packet_header, "stream_id");
    static final long BUFFERED_LENGTH = offset(usb_redir_buffered_bulk_packet_header, "length");
    static final long BUFFERED_ENDPOINT = offset(usb_redir_buffered_bulk_packet_header, "endpoint");
    static final long BUFFERED_STATUS = offset(usb_redir_buffered_bulk_packet_header, "status");
}
