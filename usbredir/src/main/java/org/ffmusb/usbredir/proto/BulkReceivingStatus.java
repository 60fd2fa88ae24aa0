package org.ffmusb.usbredir.proto;

/** Buffered bulk receiving state (host → guest; §4; needs cap bulk_receiving). */
public record BulkReceivingStatus(long id, long streamId, int endpoint, int status) implements HostPacket {
    public BulkReceivingStatus {
        Fields.u32("streamId", streamId);
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
    }

    @Override
    public PacketType type() {
        return PacketType.BULK_RECEIVING_STATUS;
    }
}
