package org.ffmusb.usbredir.filter;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Options of the filter check (reference §8.2), with the bit values of C's
 * {@code usbredirfilter_fl_*} enum. QEMU and spice-gtk pass none.
 */
public enum CheckFlag {
    /**
     * {@code usbredirfilter_fl_default_allow} (0x01): a pass that no rule matches counts as allowed
     * instead of ending the check with {@link FilterVerdict.NoMatch}.
     */
    DEFAULT_ALLOW(0x01),
    /**
     * {@code usbredirfilter_fl_dont_skip_non_boot_hid} (0x02): check non-boot HID interfaces of
     * multi-interface devices too, instead of skipping them.
     */
    DONT_SKIP_NON_BOOT_HID(0x02);

    private final int cValue;

    CheckFlag(int cValue) {
        this.cValue = cValue;
    }

    /** The C bit value. */
    public int cValue() {
        return cValue;
    }

    /** The C {@code flags} argument for a set of flags. */
    public static int toC(Set<CheckFlag> flags) {
        int bits = 0;
        for (CheckFlag flag : flags) {
            bits |= flag.cValue;
        }
        return bits;
    }

    /**
     * The flags of a C {@code flags} argument.
     *
     * @throws IllegalArgumentException for bits C does not define (C would ignore them; here they are
     *                                  most likely a mistake)
     */
    public static Set<CheckFlag> fromC(int bits) {
        EnumSet<CheckFlag> flags = EnumSet.noneOf(CheckFlag.class);
        int rest = bits;
        for (CheckFlag flag : values()) {
            if ((bits & flag.cValue) != 0) {
                flags.add(flag);
                rest &= ~flag.cValue;
            }
        }
        if (rest != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "unknown usbredirfilter flag bits 0x%x (known: 0x01 default allow, 0x02 don't skip non-boot HID)",
                    rest));
        }
        return flags;
    }
}
