package org.ffmusb.usbredir.filter;

import java.util.Locale;

/**
 * A USB class code triple (base class, subclass, protocol) as found in a device descriptor or an
 * interface descriptor — the unit the filter check of reference §8.2 looks at.
 *
 * <p>Only the base class is ever matched against a {@link FilterRule}; subclass and protocol matter
 * solely for recognising a {@linkplain #isNonBootHid() non-boot HID interface}, which the check may
 * skip.
 *
 * @param baseClass {@code bDeviceClass} / {@code bInterfaceClass}, 0..255
 * @param subclass  {@code bDeviceSubClass} / {@code bInterfaceSubClass}, 0..255
 * @param protocol  {@code bDeviceProtocol} / {@code bInterfaceProtocol}, 0..255
 */
public record ClassCode(int baseClass, int subclass, int protocol) {
    /** Device class 0x00: "see the interfaces"; the check skips its device pass. */
    public static final int PER_INTERFACE = 0x00;
    /** Class 0x03, human interface device (keyboards, mice, but also buttons on headsets). */
    public static final int HID = 0x03;
    /** Device class 0xEF, miscellaneous (composite with IADs); the check skips its device pass. */
    public static final int MISCELLANEOUS = 0xEF;

    public ClassCode {
        checkByte("base class", baseClass);
        checkByte("subclass", subclass);
        checkByte("protocol", protocol);
    }

    /** A triple with subclass and protocol 0, e.g. {@code ClassCode.of(0x08)} for mass storage. */
    public static ClassCode of(int baseClass) {
        return new ClassCode(baseClass, 0, 0);
    }

    /**
     * Whether this is 0x03/0x00/0x00: HID without boot-protocol support, such as the volume buttons of
     * a USB headset. Boot keyboards (03/01/01) and boot mice (03/01/02) are not.
     */
    public boolean isNonBootHid() {
        return baseClass == HID && subclass == 0 && protocol == 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02x/%02x/%02x", baseClass, subclass, protocol);
    }

    private static void checkByte(String name, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("USB " + name + " must be 0..255: " + value);
        }
    }
}
