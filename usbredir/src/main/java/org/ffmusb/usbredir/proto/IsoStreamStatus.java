package org.ffmusb.usbredir.proto;

/** Iso stream state; stall means "stopped, restart it" (host → guest; §4, §9.4). */
public record IsoStreamStatus(long id, int status, int endpoint) implements HostPacket {
    public IsoStreamStatus {
        Fields.u8("status", status);
        Fields.u8("endpoint", endpoint);
    }

    @Override
    public PacketType type() {
        return PacketType.ISO_STREAM_STATUS;
    }
}
