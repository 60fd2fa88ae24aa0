package org.ffmusb.usbredir.proto;

/** Reply to set/get_alt_setting (host → guest; §4 alt_setting_status; alt 0xff when unknown). */
public record AltSettingStatus(long id, int status, int interfaceNumber, int alt) implements HostPacket {
    public AltSettingStatus {
        Fields.u8("status", status);
        Fields.u8("interfaceNumber", interfaceNumber);
        Fields.u8("alt", alt);
    }

    @Override
    public PacketType type() {
        return PacketType.ALT_SETTING_STATUS;
    }
}
