package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;

/**
 * The usb-host side of a usbredir connection (the role of usbredirhost, usbredirect and a SPICE
 * client): receives {@link GuestPacket}s and sends {@link HostPacket}s. See {@link UsbRedirParser}.
 */
public final class HostParser extends UsbRedirParser<ReceivedByHost, HostPacket> {
    /** A host parser that queues its hello ({@code version}, {@code caps}) at once, as C usbredirparser_init. */
    public HostParser(String version, Caps caps) {
        super(Role.HOST, version, caps, true);
    }

    /**
     * A host parser that sends no hello (C {@code usbredirparser_fl_no_hello}): for dissecting a
     * guest's stream and for restoring a serialized state.
     */
    public HostParser(Caps caps) {
        super(Role.HOST, "", caps, false);
    }

    /** Restores a state serialized by {@link #serialize()} or by C usbredirparser_serialize (reference §11). */
    public static HostParser restore(byte[] state, Caps caps) throws ParserStateException {
        HostParser parser = new HostParser(caps);
        ParserState.restore(parser, state);
        return parser;
    }

    /** The state in C's migration blob format (reference §11); first {@link #poll()} until it returns null. */
    public byte[] serialize() {
        return ParserState.serialize(this);
    }

    /** Queues a buffered_bulk_packet (bulk receiving data; needs cap bulk_receiving). */
    public void sendBufferedBulkPacket(long id, long streamId, long length, int endpoint, int status,
                                       MemorySegment data, long dataOffset, long dataLength) {
        writer().bufferedBulk(id, streamId, length, endpoint, status, data, dataOffset, dataLength);
    }
}
