package org.ffmusb.usbredir.proto;

/** Start an isochronous stream (guest → host; §4 start_iso_stream, §9.4). */
public record StartIsoStream(long id, int endpoint, int pktsPerUrb, int noUrbs) implements GuestPacket {
    public StartIsoStream {
        Fields.u8("endpoint", endpoint);
        Fields.u8("pktsPerUrb", pktsPerUrb);
        Fields.u8("noUrbs", noUrbs);
    }

    @Override
    public PacketType type() {
        return PacketType.START_ISO_STREAM;
    }
}
