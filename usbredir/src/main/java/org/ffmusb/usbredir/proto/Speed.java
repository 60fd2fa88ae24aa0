package org.ffmusb.usbredir.proto;

/** Device speeds of device_connect (reference §6, u8). */
public final class Speed {
    private Speed() {}

    public static final int LOW = 0;
    public static final int FULL = 1;
    public static final int HIGH = 2;
    public static final int SUPER = 3;
    /** Also what usbredirhost sends for SuperSpeedPlus; QEMU treats it as full speed. */
    public static final int UNKNOWN = 255;

    public static String name(int speed) {
        return switch (speed) {
            case LOW -> "low";
            case FULL -> "full";
            case HIGH -> "high";
            case SUPER -> "super";
            case UNKNOWN -> "unknown";
            default -> "speed_" + speed;
        };
    }
}
