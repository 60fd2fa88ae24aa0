package org.ffmusb.usbredir.proto;

import java.lang.foreign.StructLayout;

import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * The 33 usbredir packet types (reference §3) with the facts the parser needs: who may send each,
 * whether data may follow the type header, and the type-header layout under the negotiated caps.
 */
public enum PacketType {
    HELLO(0, "hello", null, true),
    DEVICE_CONNECT(1, "device_connect", Role.HOST, false),
    DEVICE_DISCONNECT(2, "device_disconnect", Role.HOST, false),
    RESET(3, "reset", Role.GUEST, false),
    INTERFACE_INFO(4, "interface_info", Role.HOST, false),
    EP_INFO(5, "ep_info", Role.HOST, false),
    SET_CONFIGURATION(6, "set_configuration", Role.GUEST, false),
    GET_CONFIGURATION(7, "get_configuration", Role.GUEST, false),
    CONFIGURATION_STATUS(8, "configuration_status", Role.HOST, false),
    SET_ALT_SETTING(9, "set_alt_setting", Role.GUEST, false),
    GET_ALT_SETTING(10, "get_alt_setting", Role.GUEST, false),
    ALT_SETTING_STATUS(11, "alt_setting_status", Role.HOST, false),
    START_ISO_STREAM(12, "start_iso_stream", Role.GUEST, false),
    STOP_ISO_STREAM(13, "stop_iso_stream", Role.GUEST, false),
    ISO_STREAM_STATUS(14, "iso_stream_status", Role.HOST, false),
    START_INTERRUPT_RECEIVING(15, "start_interrupt_receiving", Role.GUEST, false),
    STOP_INTERRUPT_RECEIVING(16, "stop_interrupt_receiving", Role.GUEST, false),
    INTERRUPT_RECEIVING_STATUS(17, "interrupt_receiving_status", Role.HOST, false),
    ALLOC_BULK_STREAMS(18, "alloc_bulk_streams", Role.GUEST, false),
    FREE_BULK_STREAMS(19, "free_bulk_streams", Role.GUEST, false),
    BULK_STREAMS_STATUS(20, "bulk_streams_status", Role.HOST, false),
    CANCEL_DATA_PACKET(21, "cancel_data_packet", Role.GUEST, false),
    FILTER_REJECT(22, "filter_reject", Role.GUEST, false),
    FILTER_FILTER(23, "filter_filter", null, true),
    DEVICE_DISCONNECT_ACK(24, "device_disconnect_ack", Role.GUEST, false),
    START_BULK_RECEIVING(25, "start_bulk_receiving", Role.GUEST, false),
    STOP_BULK_RECEIVING(26, "stop_bulk_receiving", Role.GUEST, false),
    BULK_RECEIVING_STATUS(27, "bulk_receiving_status", Role.HOST, false),
    CONTROL_PACKET(100, "control_packet", null, true),
    BULK_PACKET(101, "bulk_packet", null, true),
    ISO_PACKET(102, "iso_packet", null, true),
    INTERRUPT_PACKET(103, "interrupt_packet", null, true),
    BUFFERED_BULK_PACKET(104, "buffered_bulk_packet", Role.HOST, true);

    private static final PacketType[] BY_CODE = new PacketType[105];

    static {
        for (PacketType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;
    private final String cName;
    private final Role sender;
    private final boolean mayHaveData;

    PacketType(int code, String cName, Role sender, boolean mayHaveData) {
        this.code = code;
        this.cName = cName;
        this.sender = sender;
        this.mayHaveData = mayHaveData;
    }

    /** The type number on the wire. */
    public int code() {
        return code;
    }

    /** The C enum name without the {@code usb_redir_} prefix, e.g. {@code control_packet}. */
    public String cName() {
        return cName;
    }

    /** True for types 100–104, which carry USB data and are answered asynchronously. */
    public boolean isDataPacket() {
        return code >= 100;
    }

    /** True if bytes may follow the type header (C {@code usbredirparser_expect_extra_data}). */
    public boolean mayHaveData() {
        return mayHaveData;
    }

    /** True if a side in {@code role} may send this type (the C parser's role check, §3). */
    public boolean sentBy(Role role) {
        return sender == null || sender == role;
    }

    /** The type for a wire code, or null for an unknown code. */
    public static PacketType ofCode(long code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
    }

    /** The type-header layout on the wire under the negotiated caps (reference §4). */
    public StructLayout typeHeader(Caps negotiated) {
        return switch (this) {
            case HELLO -> usb_redir_hello_header;
            case DEVICE_CONNECT -> negotiated.has(Cap.CONNECT_DEVICE_VERSION)
                    ? usb_redir_device_connect_header : usb_redir_device_connect_header_no_device_version;
            case INTERFACE_INFO -> usb_redir_interface_info_header;
            case EP_INFO -> negotiated.has(Cap.BULK_STREAMS) ? usb_redir_ep_info_header
                    : negotiated.has(Cap.EP_INFO_MAX_PACKET_SIZE) ? usb_redir_ep_info_header_no_max_streams
                    : usb_redir_ep_info_header_no_max_pktsz;
            case SET_CONFIGURATION -> usb_redir_set_configuration_header;
            case CONFIGURATION_STATUS -> usb_redir_configuration_status_header;
            case SET_ALT_SETTING -> usb_redir_set_alt_setting_header;
            case GET_ALT_SETTING -> usb_redir_get_alt_setting_header;
            case ALT_SETTING_STATUS -> usb_redir_alt_setting_status_header;
            case START_ISO_STREAM -> usb_redir_start_iso_stream_header;
            case STOP_ISO_STREAM -> usb_redir_stop_iso_stream_header;
            case ISO_STREAM_STATUS -> usb_redir_iso_stream_status_header;
            case START_INTERRUPT_RECEIVING -> usb_redir_start_interrupt_receiving_header;
            case STOP_INTERRUPT_RECEIVING -> usb_redir_stop_interrupt_receiving_header;
            case INTERRUPT_RECEIVING_STATUS -> usb_redir_interrupt_receiving_status_header;
            case ALLOC_BULK_STREAMS -> usb_redir_alloc_bulk_streams_header;
            case FREE_BULK_STREAMS -> usb_redir_free_bulk_streams_header;
            case BULK_STREAMS_STATUS -> usb_redir_bulk_streams_status_header;
            case START_BULK_RECEIVING -> usb_redir_start_bulk_receiving_header;
            case STOP_BULK_RECEIVING -> usb_redir_stop_bulk_receiving_header;
            case BULK_RECEIVING_STATUS -> usb_redir_bulk_receiving_status_header;
            case CONTROL_PACKET -> usb_redir_control_packet_header;
            case BULK_PACKET -> negotiated.has(Cap.BULK_LENGTH_32BITS)
                    ? usb_redir_bulk_packet_header : usb_redir_bulk_packet_header_16bit_length;
            case ISO_PACKET -> usb_redir_iso_packet_header;
            case INTERRUPT_PACKET -> usb_redir_interrupt_packet_header;
            case BUFFERED_BULK_PACKET -> usb_redir_buffered_bulk_packet_header;
            case DEVICE_DISCONNECT, RESET, GET_CONFIGURATION, CANCEL_DATA_PACKET, FILTER_REJECT,
                 FILTER_FILTER, DEVICE_DISCONNECT_ACK -> EMPTY;
        };
    }

    /** The capability the C parser enforces for this type (send: peer has it; receive: we have it), or null. */
    Cap requiredCap() {
        return switch (this) {
            case FILTER_REJECT, FILTER_FILTER -> Cap.FILTER;
            case DEVICE_DISCONNECT_ACK -> Cap.DEVICE_DISCONNECT_ACK;
            case START_BULK_RECEIVING, STOP_BULK_RECEIVING, BULK_RECEIVING_STATUS, BUFFERED_BULK_PACKET ->
                    Cap.BULK_RECEIVING;
            default -> null;
        };
    }
}
