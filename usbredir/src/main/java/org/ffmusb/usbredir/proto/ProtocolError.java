package org.ffmusb.usbredir.proto;

/**
 * A received packet that was rejected, reported in place of the packet (reference §7). The parser has
 * already skipped it exactly as C usbredirparser does — the bytes of {@code length} after a bad main
 * header, or the whole packet when its contents fail verification — and decoding continues with the
 * next packet.
 *
 * @param kind    what was wrong
 * @param type    the type number of the main header (u32)
 * @param id      the id of the main header
 * @param length  the length of the main header (u32)
 * @param offset  stream offset of the packet's first byte (bytes received before it)
 * @param message a sentence for people, naming the offending values
 */
public record ProtocolError(Kind kind, long type, long id, long length, long offset, String message)
        implements ReceivedByHost, ReceivedByGuest {

    /** The rule of reference §7 that rejected the packet. */
    public enum Kind {
        /** Unknown type number, or a type the receiving role never receives (§3); its length is skipped. */
        INVALID_TYPE,
        /** header.length above 134 218 752 bytes (§7.1); its length is skipped. */
        PACKET_TOO_LARGE,
        /** header.length differs from the type-header size for a type without data (§3); skipped. */
        INVALID_LENGTH,
        /** interface_info with interface_count above 32 (§7.2). */
        TOO_MANY_INTERFACES,
        /** An endpoint that must be IN (bit 0x80) is not (§7.2). */
        ENDPOINT_NOT_INPUT,
        /** A packet whose capability the receiver lacks (filter, disconnect ack, bulk receiving; §3). */
        MISSING_CAPABILITY,
        /** filter_filter without data or without its terminating NUL (§7.2). */
        FILTER_NOT_TERMINATED,
        /** filter_filter whose rules do not parse (§7.2; C logs and ignores it). */
        FILTER_SYNTAX,
        /** A bulk length or bytes_per_transfer above 128 MiB (§7.2). */
        TRANSFER_TOO_LARGE,
        /** Data length differs from the length field in the data direction (§4.1). */
        DATA_LENGTH_MISMATCH,
        /** Data outside the data direction (§4.1). */
        UNEXPECTED_DATA,
        /** An iso, interrupt or buffered bulk packet travelling against its direction (§4.1). */
        WRONG_DIRECTION,
        /** A second hello (§5; C logs and ignores it). */
        DUPLICATE_HELLO
    }

    @Override
    public String toString() {
        return "ProtocolError[" + kind + " at offset " + offset + ": " + message + "]";
    }
}
