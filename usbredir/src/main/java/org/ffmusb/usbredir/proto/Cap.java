package org.ffmusb.usbredir.proto;

/**
 * The eight usbredir capabilities (reference §5). A capability is in effect only when both sides
 * advertise it; {@link Caps#negotiate} computes that.
 */
public enum Cap {
    /** USB 3 bulk streams; ep_info gains max_streams (288-byte ep_info). Requires {@link #EP_INFO_MAX_PACKET_SIZE}. */
    BULK_STREAMS("bulk_streams"),
    /** device_connect gains device_version_bcd (10 bytes instead of 8). */
    CONNECT_DEVICE_VERSION("connect_device_version"),
    /** filter_reject and filter_filter packets. */
    FILTER("filter"),
    /** The guest acknowledges device_disconnect; the host waits for the ack before the next connect. */
    DEVICE_DISCONNECT_ACK("device_disconnect_ack"),
    /** ep_info gains max_packet_size (160-byte ep_info). */
    EP_INFO_MAX_PACKET_SIZE("ep_info_max_packet_size"),
    /** 16-byte main header with a 64-bit id. */
    IDS_64BITS("64bits_ids"),
    /** bulk_packet gains length_high (10-byte header, lengths above 65535). */
    BULK_LENGTH_32BITS("32bits_bulk_length"),
    /** start/stop_bulk_receiving, bulk_receiving_status and buffered_bulk_packet. */
    BULK_RECEIVING("bulk_receiving");

    private final String cName;

    Cap(String cName) {
        this.cName = cName;
    }

    /** The bit number in the caps word (the C enum value). */
    public int bit() {
        return ordinal();
    }

    /** The C name without the {@code usb_redir_cap_} prefix, e.g. {@code 64bits_ids}. */
    public String cName() {
        return cName;
    }
}
