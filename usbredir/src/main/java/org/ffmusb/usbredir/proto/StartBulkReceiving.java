package org.ffmusb.usbredir.proto;

/**
 * Start buffered bulk receiving on an IN endpoint (guest → host; §4; needs cap bulk_receiving;
 * bytes_per_transfer ≤ 128 MiB).
 */
public record StartBulkReceiving(long id, long streamId, long bytesPerTransfer, int endpoint, int noTransfers)
        implements GuestPacket {
    public StartBulkReceiving {
        Fields.u32("streamId", streamId);
        Fields.u32("bytesPerTransfer", bytesPerTransfer);
        Fields.u8("endpoint", endpoint);
        Fields.u8("noTransfers", noTransfers);
    }

    @Override
    public PacketType type() {
        return PacketType.START_BULK_RECEIVING;
    }
}
