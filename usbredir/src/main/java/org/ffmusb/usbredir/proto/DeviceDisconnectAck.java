package org.ffmusb.usbredir.proto;

/** Acknowledges a device_disconnect (guest → host; §3 type 24; needs cap device_disconnect_ack). */
public record DeviceDisconnectAck(long id) implements GuestPacket {
    /** With id 0, as the C library sends it. */
    public DeviceDisconnectAck() {
        this(0);
    }

    @Override
    public PacketType type() {
        return PacketType.DEVICE_DISCONNECT_ACK;
    }
}
