/* Prints the sizes, field offsets and constants of usbredirproto.h / usbredirparser.h that the Java
 * codec mirrors, one "name value" per line, for UsbRedirProtoLayoutTest. */
#include <stddef.h>
#include <stdio.h>
#include <usbredirparser.h>
#include <usbredirproto.h>

#define SIZE(s) printf("sizeof %s %zu\n", #s, sizeof(struct s))
#define FIELD(s, f) printf("offsetof %s.%s %zu\n", #s, #f, offsetof(struct s, f))
#define CONST(c) printf("const %s %ld\n", #c, (long)(c))

int main(void)
{
    SIZE(usb_redir_header);
    FIELD(usb_redir_header, type); FIELD(usb_redir_header, length); FIELD(usb_redir_header, id);
    SIZE(usb_redir_hello_header);
    FIELD(usb_redir_hello_header, version); FIELD(usb_redir_hello_header, capabilities);
    SIZE(usb_redir_device_connect_header);
    FIELD(usb_redir_device_connect_header, speed); FIELD(usb_redir_device_connect_header, device_class);
    FIELD(usb_redir_device_connect_header, device_subclass); FIELD(usb_redir_device_connect_header, device_protocol);
    FIELD(usb_redir_device_connect_header, vendor_id); FIELD(usb_redir_device_connect_header, product_id);
    FIELD(usb_redir_device_connect_header, device_version_bcd);
    SIZE(usb_redir_interface_info_header);
    FIELD(usb_redir_interface_info_header, interface_count); FIELD(usb_redir_interface_info_header, interface);
    FIELD(usb_redir_interface_info_header, interface_class); FIELD(usb_redir_interface_info_header, interface_subclass);
    FIELD(usb_redir_interface_info_header, interface_protocol);
    SIZE(usb_redir_ep_info_header);
    FIELD(usb_redir_ep_info_header, type); FIELD(usb_redir_ep_info_header, interval);
    FIELD(usb_redir_ep_info_header, interface); FIELD(usb_redir_ep_info_header, max_packet_size);
    FIELD(usb_redir_ep_info_header, max_streams);
    SIZE(usb_redir_set_configuration_header); FIELD(usb_redir_set_configuration_header, configuration);
    SIZE(usb_redir_configuration_status_header);
    FIELD(usb_redir_configuration_status_header, status); FIELD(usb_redir_configuration_status_header, configuration);
    SIZE(usb_redir_set_alt_setting_header);
    FIELD(usb_redir_set_alt_setting_header, interface); FIELD(usb_redir_set_alt_setting_header, alt);
    SIZE(usb_redir_get_alt_setting_header); FIELD(usb_redir_get_alt_setting_header, interface);
    SIZE(usb_redir_alt_setting_status_header);
    FIELD(usb_redir_alt_setting_status_header, status); FIELD(usb_redir_alt_setting_status_header, interface);
    FIELD(usb_redir_alt_setting_status_header, alt);
    SIZE(usb_redir_start_iso_stream_header);
    FIELD(usb_redir_start_iso_stream_header, endpoint); FIELD(usb_redir_start_iso_stream_header, pkts_per_urb);
    FIELD(usb_redir_start_iso_stream_header, no_urbs);
    SIZE(usb_redir_stop_iso_stream_header); FIELD(usb_redir_stop_iso_stream_header, endpoint);
    SIZE(usb_redir_iso_stream_status_header);
    FIELD(usb_redir_iso_stream_status_header, status); FIELD(usb_redir_iso_stream_status_header, endpoint);
    SIZE(usb_redir_start_interrupt_receiving_header); FIELD(usb_redir_start_interrupt_receiving_header, endpoint);
    SIZE(usb_redir_stop_interrupt_receiving_header); FIELD(usb_redir_stop_interrupt_receiving_header, endpoint);
    SIZE(usb_redir_interrupt_receiving_status_header);
    FIELD(usb_redir_interrupt_receiving_status_header, status);
    FIELD(usb_redir_interrupt_receiving_status_header, endpoint);
    SIZE(usb_redir_alloc_bulk_streams_header);
    FIELD(usb_redir_alloc_bulk_streams_header, endpoints); FIELD(usb_redir_alloc_bulk_streams_header, no_streams);
    SIZE(usb_redir_free_bulk_streams_header); FIELD(usb_redir_free_bulk_streams_header, endpoints);
    SIZE(usb_redir_bulk_streams_status_header);
    FIELD(usb_redir_bulk_streams_status_header, endpoints); FIELD(usb_redir_bulk_streams_status_header, no_streams);
    FIELD(usb_redir_bulk_streams_status_header, status);
    SIZE(usb_redir_start_bulk_receiving_header);
    FIELD(usb_redir_start_bulk_receiving_header, stream_id);
    FIELD(usb_redir_start_bulk_receiving_header, bytes_per_transfer);
    FIELD(usb_redir_start_bulk_receiving_header, endpoint); FIELD(usb_redir_start_bulk_receiving_header, no_transfers);
    SIZE(usb_redir_stop_bulk_receiving_header);
    FIELD(usb_redir_stop_bulk_receiving_header, stream_id); FIELD(usb_redir_stop_bulk_receiving_header, endpoint);
    SIZE(usb_redir_bulk_receiving_status_header);
    FIELD(usb_redir_bulk_receiving_status_header, stream_id); FIELD(usb_redir_bulk_receiving_status_header, endpoint);
    FIELD(usb_redir_bulk_receiving_status_header, status);
    SIZE(usb_redir_control_packet_header);
    FIELD(usb_redir_control_packet_header, endpoint); FIELD(usb_redir_control_packet_header, request);
    FIELD(usb_redir_control_packet_header, requesttype); FIELD(usb_redir_control_packet_header, status);
    FIELD(usb_redir_control_packet_header, value); FIELD(usb_redir_control_packet_header, index);
    FIELD(usb_redir_control_packet_header, length);
    SIZE(usb_redir_bulk_packet_header);
    FIELD(usb_redir_bulk_packet_header, endpoint); FIELD(usb_redir_bulk_packet_header, status);
    FIELD(usb_redir_bulk_packet_header, length); FIELD(usb_redir_bulk_packet_header, stream_id);
    FIELD(usb_redir_bulk_packet_header, length_high);
    SIZE(usb_redir_iso_packet_header);
    FIELD(usb_redir_iso_packet_header, endpoint); FIELD(usb_redir_iso_packet_header, status);
    FIELD(usb_redir_iso_packet_header, length);
    SIZE(usb_redir_interrupt_packet_header);
    FIELD(usb_redir_interrupt_packet_header, endpoint); FIELD(usb_redir_interrupt_packet_header, status);
    FIELD(usb_redir_interrupt_packet_header, length);
    SIZE(usb_redir_buffered_bulk_packet_header);
    FIELD(usb_redir_buffered_bulk_packet_header, stream_id); FIELD(usb_redir_buffered_bulk_packet_header, length);
    FIELD(usb_redir_buffered_bulk_packet_header, endpoint); FIELD(usb_redir_buffered_bulk_packet_header, status);

    CONST(USBREDIR_VERSION); CONST(USB_REDIR_CAPS_SIZE);
    CONST(usb_redir_success); CONST(usb_redir_cancelled); CONST(usb_redir_inval); CONST(usb_redir_ioerror);
    CONST(usb_redir_stall); CONST(usb_redir_timeout); CONST(usb_redir_babble);
    CONST(usb_redir_type_control); CONST(usb_redir_type_iso); CONST(usb_redir_type_bulk);
    CONST(usb_redir_type_interrupt); CONST(usb_redir_type_invalid);
    CONST(usb_redir_speed_low); CONST(usb_redir_speed_full); CONST(usb_redir_speed_high);
    CONST(usb_redir_speed_super); CONST(usb_redir_speed_unknown);
    CONST(usb_redir_hello); CONST(usb_redir_device_connect); CONST(usb_redir_device_disconnect);
    CONST(usb_redir_reset); CONST(usb_redir_interface_info); CONST(usb_redir_ep_info);
    CONST(usb_redir_set_configuration); CONST(usb_redir_get_configuration); CONST(usb_redir_configuration_status);
    CONST(usb_redir_set_alt_setting); CONST(usb_redir_get_alt_setting); CONST(usb_redir_alt_setting_status);
    CONST(usb_redir_start_iso_stream); CONST(usb_redir_stop_iso_stream); CONST(usb_redir_iso_stream_status);
    CONST(usb_redir_start_interrupt_receiving); CONST(usb_redir_stop_interrupt_receiving);
    CONST(usb_redir_interrupt_receiving_status); CONST(usb_redir_alloc_bulk_streams);
    CONST(usb_redir_free_bulk_streams); CONST(usb_redir_bulk_streams_status); CONST(usb_redir_cancel_data_packet);
    CONST(usb_redir_filter_reject); CONST(usb_redir_filter_filter); CONST(usb_redir_device_disconnect_ack);
    CONST(usb_redir_start_bulk_receiving); CONST(usb_redir_stop_bulk_receiving);
    CONST(usb_redir_bulk_receiving_status); CONST(usb_redir_control_packet); CONST(usb_redir_bulk_packet);
    CONST(usb_redir_iso_packet); CONST(usb_redir_interrupt_packet); CONST(usb_redir_buffered_bulk_packet);
    CONST(usb_redir_cap_bulk_streams); CONST(usb_redir_cap_connect_device_version); CONST(usb_redir_cap_filter);
    CONST(usb_redir_cap_device_disconnect_ack); CONST(usb_redir_cap_ep_info_max_packet_size);
    CONST(usb_redir_cap_64bits_ids); CONST(usb_redir_cap_32bits_bulk_length); CONST(usb_redir_cap_bulk_receiving);
    CONST(usbredirparser_fl_usb_host); CONST(usbredirparser_fl_no_hello);
    return 0;
}
