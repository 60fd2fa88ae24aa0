package org.ffmusb.usbredir.proto;

/** Stop an isochronous stream (guest → host; §4 stop_iso_stream). */
public record StopIsoStream(long id, int endpoint) implements GuestPacket {
    public StopIsoStream {
        Fields.u8("endpoint", endpoint);
    }

    @Override
    public PacketType type() {
        return PacketType.STOP_ISO_STREAM;
    }
}
