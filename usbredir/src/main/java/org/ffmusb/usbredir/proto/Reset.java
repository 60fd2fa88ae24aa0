package org.ffmusb.usbredir.proto;

/** Reset the device (guest → host; §3 type 3). usbredirhost skips the first one after attach. */
public record Reset(long id) implements GuestPacket {
    /** With id 0, as the C library sends it. */
    public Reset() {
        this(0);
    }

    @Override
    public PacketType type() {
        return PacketType.RESET;
    }
}
