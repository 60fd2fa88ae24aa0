package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * The packet verification of reference §7.2 and §4.1 (C {@code usbredirparser_verify_type_header}),
 * applied to encoded bytes in both directions: to a received packet before it is handed out, and to
 * an encoded packet before it is queued for sending.
 */
final class Verifier {
    private Verifier() {}

    /** A rejection: which rule and a sentence for people. */
    record Failure(ProtocolError.Kind kind, String message) {}

    /**
     * @param toHost       true if the packet travels to the usb-host (C {@code command_for_host})
     * @param capsToCheck  the side whose caps gate the packet: ours when receiving, the peer's when sending
     * @param negotiated   caps both sides have (selects the bulk length width)
     * @param th           offset of the type header in {@code s}
     * @return null if the packet is valid
     */
    static Failure verify(PacketType type, MemorySegment s, long th, long dataOff, long dataLen,
                          boolean toHost, Caps capsToCheck, Caps negotiated) {
        Cap required = type.requiredCap();
        if (required != null && !capsToCheck.has(required)) {
            return new Failure(ProtocolError.Kind.MISSING_CAPABILITY,
                    type.cName() + " without cap " + required.cName());
        }
        long length;
        int ep;
        switch (type) {
            case INTERFACE_INFO -> {
                long count = u32(s, th + INTF_COUNT);
                return count > InterfaceInfo.MAX_INTERFACES ? new Failure(ProtocolError.Kind.TOO_MANY_INTERFACES,
                        "interface_count " + count + " > 32") : null;
            }
            case START_INTERRUPT_RECEIVING -> {
                return requireInput(type, u8(s, th + START_INT_ENDPOINT));
            }
            case STOP_INTERRUPT_RECEIVING -> {
                return requireInput(type, u8(s, th + STOP_INT_ENDPOINT));
            }
            case INTERRUPT_RECEIVING_STATUS -> {
                return requireInput(type, u8(s, th + INT_STATUS_ENDPOINT));
            }
            case FILTER_FILTER -> {
                if (dataLen < 1) {
                    return new Failure(ProtocolError.Kind.FILTER_NOT_TERMINATED, "filter_filter without data");
                }
                return s.get(U8, dataOff + dataLen - 1) != 0 ? new Failure(ProtocolError.Kind.FILTER_NOT_TERMINATED,
                        "filter_filter data is not NUL-terminated") : null;
            }
            case START_BULK_RECEIVING -> {
                long bytes = u32(s, th + START_BULK_BYTES);
                if (bytes > MAX_BULK_TRANSFER_SIZE) {
                    return new Failure(ProtocolError.Kind.TRANSFER_TOO_LARGE,
                            "start_bulk_receiving bytes_per_transfer " + bytes + " > " + MAX_BULK_TRANSFER_SIZE);
                }
                return requireInput(type, u8(s, th + START_BULK_ENDPOINT));
            }
            case STOP_BULK_RECEIVING -> {
                return requireInput(type, u8(s, th + STOP_BULK_ENDPOINT));
            }
            case BULK_RECEIVING_STATUS -> {
                return requireInput(type, u8(s, th + BULK_STATUS_ENDPOINT));
            }
            case CONTROL_PACKET -> {
                length = u16(s, th + CONTROL_LENGTH);
                ep = u8(s, th + CONTROL_ENDPOINT);
            }
            case BULK_PACKET -> {
                length = bulkLength(s, th, negotiated);
                if (length > MAX_BULK_TRANSFER_SIZE) {
                    return new Failure(ProtocolError.Kind.TRANSFER_TOO_LARGE,
                            "bulk_packet length " + length + " > " + MAX_BULK_TRANSFER_SIZE);
                }
                ep = u8(s, th + BULK_ENDPOINT);
            }
            case ISO_PACKET -> {
                length = u16(s, th + ISO_LENGTH);
                ep = u8(s, th + ISO_ENDPOINT);
            }
            case INTERRUPT_PACKET -> {
                length = u16(s, th + INTERRUPT_LENGTH);
                ep = u8(s, th + INTERRUPT_ENDPOINT);
            }
            case BUFFERED_BULK_PACKET -> {
                length = u32(s, th + BUFFERED_LENGTH);
                if (length > MAX_BULK_TRANSFER_SIZE) {
                    return new Failure(ProtocolError.Kind.TRANSFER_TOO_LARGE,
                            "buffered_bulk_packet length " + length + " > " + MAX_BULK_TRANSFER_SIZE);
                }
                ep = u8(s, th + BUFFERED_ENDPOINT);
            }
            default -> {
                return null;
            }
        }
        return verifyDataDirection(type, ep, length, dataLen, toHost);
    }

    /** §4.1: data flows guest→host on OUT endpoints and host→guest on IN endpoints, nowhere else. */
    private static Failure verifyDataDirection(PacketType type, int ep, long length, long dataLen, boolean toHost) {
        boolean in = (ep & 0x80) != 0;
        boolean dataExpected = in != toHost;
        if (dataExpected) {
            return dataLen != length ? new Failure(ProtocolError.Kind.DATA_LENGTH_MISMATCH, String.format(
                    "%s data length %d != header length %d (ep %02X)", type.cName(), dataLen, length, ep)) : null;
        }
        if (dataLen != 0) {
            return new Failure(ProtocolError.Kind.UNEXPECTED_DATA,
                    String.format("%s carries %d bytes of data against its direction (ep %02X)", type.cName(), dataLen, ep));
        }
        boolean wrongDirection = switch (type) {
            case ISO_PACKET, BUFFERED_BULK_PACKET -> true;
            case INTERRUPT_PACKET -> toHost;
            default -> false;
        };
        return wrongDirection ? new Failure(ProtocolError.Kind.WRONG_DIRECTION,
                String.format("%s sent in the wrong direction (ep %02X)", type.cName(), ep)) : null;
    }

    private static Failure requireInput(PacketType type, int endpoint) {
        return (endpoint & 0x80) == 0 ? new Failure(ProtocolError.Kind.ENDPOINT_NOT_INPUT,
                String.format("%s on non-input endpoint %02x", type.cName(), endpoint)) : null;
    }

    /** The effective bulk length: length_high counts only with cap 32bits_bulk_length. */
    static long bulkLength(MemorySegment s, long th, Caps negotiated) {
        long low = u16(s, th + BULK_LENGTH);
        return negotiated.has(Cap.BULK_LENGTH_32BITS) ? (long) u16(s, th + BULK_LENGTH_HIGH) << 16 | low : low;
    }
}
