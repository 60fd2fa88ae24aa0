package org.ffmusb.usbredir.proto;

/**
 * Endpoint types of ep_info (reference §6, u8; 0–3 equal the USB bmAttributes transfer-type bits), and
 * the endpoint index mapping used by ep_info arrays and bulk-stream bitmasks.
 */
public final class EndpointType {
    private EndpointType() {}

    public static final int CONTROL = 0;
    public static final int ISO = 1;
    public static final int BULK = 2;
    public static final int INTERRUPT = 3;
    public static final int INVALID = 255;

    public static String name(int type) {
        return switch (type) {
            case CONTROL -> "control";
            case ISO -> "iso";
            case BULK -> "bulk";
            case INTERRUPT -> "interrupt";
            case INVALID -> "invalid";
            default -> "type_" + type;
        };
    }

    /** The ep_info array index of an endpoint address: 0–15 OUT, 16–31 IN. */
    public static int index(int endpointAddress) {
        return ((endpointAddress & 0x80) >> 3) | (endpointAddress & 0x0F);
    }

    /** The endpoint address of an ep_info array index. */
    public static int address(int index) {
        return ((index & 0x10) << 3) | (index & 0x0F);
    }
}
