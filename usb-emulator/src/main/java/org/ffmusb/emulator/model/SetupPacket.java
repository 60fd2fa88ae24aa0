package org.ffmusb.emulator.model;

/**
 * The 8-byte SETUP packet of a control transfer (USB 2.0 §9.3), with the standard request codes of
 * §9.4 and the descriptor types of §9.4.3.
 *
 * @param requestType bmRequestType
 * @param request bRequest
 * @param value wValue
 * @param index wIndex
 * @param length wLength
 */
public record SetupPacket(int requestType, int request, int value, int index, int length) {
    public static final int GET_STATUS = 0;
    public static final int CLEAR_FEATURE = 1;
    public static final int SET_FEATURE = 3;
    public static final int SET_ADDRESS = 5;
    public static final int GET_DESCRIPTOR = 6;
    public static final int SET_DESCRIPTOR = 7;
    public static final int GET_CONFIGURATION = 8;
    public static final int SET_CONFIGURATION = 9;
    public static final int GET_INTERFACE = 10;
    public static final int SET_INTERFACE = 11;
    public static final int SYNCH_FRAME = 12;

    public static final int DT_DEVICE = 1;
    public static final int DT_CONFIG = 2;
    public static final int DT_STRING = 3;
    public static final int DT_DEVICE_QUALIFIER = 6;
    public static final int DT_OTHER_SPEED_CONFIG = 7;
    public static final int DT_DEBUG = 10;
    public static final int DT_BOS = 15;

    public static final int FEATURE_ENDPOINT_HALT = 0;
    public static final int FEATURE_DEVICE_REMOTE_WAKEUP = 1;

    /** bits 6..5 of bmRequestType. */
    public enum Type { STANDARD, CLASS, VENDOR, RESERVED }

    /** bits 4..0 of bmRequestType. */
    public enum Recipient { DEVICE, INTERFACE, ENDPOINT, OTHER, RESERVED }

    public SetupPacket {
        requestType &= 0xff;
        request &= 0xff;
        value &= 0xffff;
        index &= 0xffff;
        length &= 0xffff;
    }

    /** Reads a setup packet from its 8 little-endian wire bytes. */
    public static SetupPacket of(java.lang.foreign.MemorySegment bytes) {
        var le = java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
        return new SetupPacket(bytes.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0),
                bytes.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 1), bytes.get(le, 2), bytes.get(le, 4),
                bytes.get(le, 6));
    }

    /** True when the data stage goes device-to-host. */
    public boolean isIn() {
        return (requestType & 0x80) != 0;
    }

    public Type type() {
        return Type.values()[(requestType >> 5) & 3];
    }

    public Recipient recipient() {
        int r = requestType & 0x1f;
        return r < 4 ? Recipient.values()[r] : Recipient.RESERVED;
    }

    /** For GET_DESCRIPTOR: the descriptor type in the high byte of wValue. */
    public int descriptorType() {
        return value >> 8;
    }

    /** For GET_DESCRIPTOR: the descriptor index in the low byte of wValue. */
    public int descriptorIndex() {
        return value & 0xff;
    }

    @Override
    public String toString() {
        return String.format("SetupPacket[%02x %02x %04x %04x %04x]", requestType, request, value, index, length);
    }
}
