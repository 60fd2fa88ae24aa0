package org.ffmusb.usbredir.proto;

/** Allocate bulk streams on the endpoints of a bitmask of ep indices (guest → host; §4, §6). */
public record AllocBulkStreams(long id, long endpoints, long noStreams) implements GuestPacket {
    public AllocBulkStreams {
        Fields.u32("endpoints", endpoints);
        Fields.u32("noStreams", noStreams);
    }

    @Override
    public PacketType type() {
        return PacketType.ALLOC_BULK_STREAMS;
    }
}
