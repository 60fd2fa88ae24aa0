package org.ffmusb.usbredir.proto;

/** Cancel the in-flight data packet whose id is {@link #id()} (guest → host; §3 type 21). */
public record CancelDataPacket(long id) implements GuestPacket {
    @Override
    public PacketType type() {
        return PacketType.CANCEL_DATA_PACKET;
    }
}
