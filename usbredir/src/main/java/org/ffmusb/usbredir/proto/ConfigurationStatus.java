package org.ffmusb.usbredir.proto;

/** Reply to set/get_configuration (host → guest; §4 configuration_status). */
public record ConfigurationStatus(long id, int status, int configuration) implements HostPacket {
    public ConfigurationStatus {
        Fields.u8("status", status);
        Fields.u8("configuration", configuration);
    }

    @Override
    public PacketType type() {
        return PacketType.CONFIGURATION_STATUS;
    }
}
