package org.ffmusb.usbredir.proto;

/** Select an alternate setting (guest → host; §4 set_alt_setting). */
public record SetAltSetting(long id, int interfaceNumber, int alt) implements GuestPacket {
    public SetAltSetting {
        Fields.u8("interfaceNumber", interfaceNumber);
        Fields.u8("alt", alt);
    }

    @Override
    public PacketType type() {
        return PacketType.SET_ALT_SETTING;
    }
}
