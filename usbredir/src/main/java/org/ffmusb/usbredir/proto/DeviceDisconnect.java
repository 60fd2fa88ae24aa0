package org.ffmusb.usbredir.proto;

/** The device went away (host → guest; §3 type 2). */
public record DeviceDisconnect(long id) implements HostPacket {
    /** With id 0, as the C library sends it. */
    public DeviceDisconnect() {
        this(0);
    }

    @Override
    public PacketType type() {
        return PacketType.DEVICE_DISCONNECT;
    }
}
