package org.ffmusb.usbredir.proto;

/** Ask for the active configuration (guest → host; §3 type 7). */
public record GetConfiguration(long id) implements GuestPacket {
    @Override
    public PacketType type() {
        return PacketType.GET_CONFIGURATION;
    }
}
