package org.ffmusb.usbredir.proto;

/** The guest's filter rejected the device (guest → host; §3 type 22; needs cap filter). */
public record FilterReject(long id) implements GuestPacket {
    /** With id 0, as the C library sends it. */
    public FilterReject() {
        this(0);
    }

    @Override
    public PacketType type() {
        return PacketType.FILTER_REJECT;
    }
}
