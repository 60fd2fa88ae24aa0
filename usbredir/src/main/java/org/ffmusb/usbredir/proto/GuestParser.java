package org.ffmusb.usbredir.proto;

/**
 * The usb-guest side of a usbredir connection (the role of QEMU's usb-redir device): receives
 * {@link HostPacket}s and sends {@link GuestPacket}s. Like C, it always advertises cap
 * device_disconnect_ack and answers every device_disconnect with a device_disconnect_ack by itself
 * when the host has that cap (reference §7.3). See {@link UsbRedirParser}.
 */
public final class GuestParser extends UsbRedirParser<ReceivedByGuest, GuestPacket> {
    /** A guest parser that queues its hello ({@code version}, {@code caps}) at once. */
    public GuestParser(String version, Caps caps) {
        super(Role.GUEST, version, caps, true);
    }

    /** A guest parser that sends no hello: for dissecting a host's stream and for restoring a state. */
    public GuestParser(Caps caps) {
        super(Role.GUEST, "", caps, false);
    }

    /** Restores a state serialized by {@link #serialize()} or by C usbredirparser_serialize (reference §11). */
    public static GuestParser restore(byte[] state, Caps caps) throws ParserStateException {
        GuestParser parser = new GuestParser(caps);
        ParserState.restore(parser, state);
        return parser;
    }

    /** The state in C's migration blob format (reference §11); first {@link #poll()} until it returns null. */
    public byte[] serialize() {
        return ParserState.serialize(this);
    }
}
