package org.ffmusb.usbredir.proto;

/** Ask for an interface's alternate setting (guest → host; §4 get_alt_setting). */
public record GetAltSetting(long id, int interfaceNumber) implements GuestPacket {
    public GetAltSetting {
        Fields.u8("interfaceNumber", interfaceNumber);
    }

    @Override
    public PacketType type() {
        return PacketType.GET_ALT_SETTING;
    }
}
