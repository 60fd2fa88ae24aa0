package org.ffmusb.usbredir.proto;

/** Reply to alloc/free_bulk_streams (host → guest; §4; no_streams 0 for free). */
public record BulkStreamsStatus(long id, long endpoints, long noStreams, int status) implements HostPacket {
    public BulkStreamsStatus {
        Fields.u32("endpoints", endpoints);
        Fields.u32("noStreams", noStreams);
        Fields.u8("status", status);
    }

    @Override
    public PacketType type() {
        return PacketType.BULK_STREAMS_STATUS;
    }
}
