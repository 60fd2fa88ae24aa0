package org.ffmusb.usbredir.proto;

/** Start receiving from an interrupt IN endpoint (guest → host; §4; endpoint must be IN). */
public record StartInterruptReceiving(long id, int endpoint) implements GuestPacket {
    public StartInterruptReceiving {
        Fields.u8("endpoint", endpoint);
    }

    @Override
    public PacketType type() {
        return PacketType.START_INTERRUPT_RECEIVING;
    }
}
