package org.ffmusb.usbredir.proto;

/** Select a configuration (guest → host; §4 set_configuration). */
public record SetConfiguration(long id, int configuration) implements GuestPacket {
    public SetConfiguration {
        Fields.u8("configuration", configuration);
    }

    @Override
    public PacketType type() {
        return PacketType.SET_CONFIGURATION;
    }
}
