package org.ffmusb.usbredir.proto;

/** Stop receiving from an interrupt IN endpoint (guest → host; §4; endpoint must be IN). */
public record StopInterruptReceiving(long id, int endpoint) implements GuestPacket {
    public StopInterruptReceiving {
        Fields.u8("endpoint", endpoint);
    }

    @Override
    public PacketType type() {
        return PacketType.STOP_INTERRUPT_RECEIVING;
    }
}
