package org.ffmusb.usbredir.proto;

/** Interrupt receiving state (host → guest; §4; endpoint must be IN). */
public record InterruptReceivingStatus(long id, int status, int endpoint) implements HostPacket {
    public InterruptReceivingStatus {
        Fields.u8("status", status);
        Fields.u8("endpoint", endpoint);
    }

    @Override
    public PacketType type() {
        return PacketType.INTERRUPT_RECEIVING_STATUS;
    }
}
