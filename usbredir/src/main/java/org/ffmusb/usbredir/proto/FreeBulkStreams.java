package org.ffmusb.usbredir.proto;

/** Free the bulk streams of a bitmask of ep indices (guest → host; §4, §6). */
public record FreeBulkStreams(long id, long endpoints) implements GuestPacket {
    public FreeBulkStreams {
        Fields.u32("endpoints", endpoints);
    }

    @Override
    public PacketType type() {
        return PacketType.FREE_BULK_STREAMS;
    }
}
