package org.ffmusb.usbredir.proto;

/** Stop buffered bulk receiving (guest → host; §4; needs cap bulk_receiving). */
public record StopBulkReceiving(long id, long streamId, int endpoint) implements GuestPacket {
    public StopBulkReceiving {
        Fields.u32("streamId", streamId);
        Fields.u8("endpoint", endpoint);
    }

    @Override
    public PacketType type() {
        return PacketType.STOP_BULK_RECEIVING;
    }
}
