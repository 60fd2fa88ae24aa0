package org.ffmusb.usbredir.filter;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link UsbRedirFilter#check} (reference §8.2): the device may be redirected, a rule
 * denied it, or some pass found no matching rule. {@link #cValue()} is what C
 * {@code usbredirfilter_check} returns for the same input. (C's fourth result, {@code -EINVAL} for
 * invalid rules, cannot occur: a {@link FilterRule} is valid by construction.)
 *
 * <p>The check runs passes in order — the device pass (unless the device class is 0x00 or 0xEF), then
 * one per interface — and the first pass that does not allow decides; {@link Pass} says which one.
 */
public sealed interface FilterVerdict {
    /** C's {@code -EPERM} (errno 1 on every platform usbredir supports). */
    int C_EPERM = -1;
    /** C's {@code -ENOENT} (errno 2 on every platform usbredir supports). */
    int C_ENOENT = -2;

    /** What C {@code usbredirfilter_check} returns: 0, {@link #C_EPERM} or {@link #C_ENOENT}. */
    int cValue();

    /** Whether redirection is allowed (C returned 0). */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Every pass that was run allowed the device (C 0). */
    record Allowed() implements FilterVerdict {
        static final Allowed INSTANCE = new Allowed();

        @Override
        public int cValue() {
            return 0;
        }

        @Override
        public String toString() {
            return "allowed";
        }
    }

    /**
     * The first rule matching in {@code pass} denies the device (C {@code -EPERM}).
     *
     * @param ruleIndex 0-based position of {@code rule} in the rule list
     */
    record Denied(int ruleIndex, FilterRule rule, Pass pass) implements FilterVerdict {
        @Override
        public int cValue() {
            return C_EPERM;
        }

        @Override
        public String toString() {
            return "denied by rule " + (ruleIndex + 1) + " (" + UsbRedirFilter.toString(List.of(rule))
                    + ") in the " + pass;
        }
    }

    /**
     * No rule matches in {@code pass} and {@link CheckFlag#DEFAULT_ALLOW} was not given (C
     * {@code -ENOENT}). spice-gtk's default filter ends with {@code -1,-1,-1,-1,1} to avoid this.
     */
    record NoMatch(Pass pass) implements FilterVerdict {
        @Override
        public int cValue() {
            return C_ENOENT;
        }

        @Override
        public String toString() {
            return "no rule matches the " + pass;
        }
    }

    /**
     * One pass of the check: the class it matched rules against, and which interface it came from.
     *
     * @param interfaceIndex 0-based index into {@link FilterDevice#interfaces()}, or -1 for the device pass
     * @param usbClass       the base class compared with each rule's class
     */
    record Pass(int interfaceIndex, int usbClass) {
        static Pass device(int usbClass) {
            return new Pass(-1, usbClass);
        }

        /** Whether this is the pass over the device descriptor's class. */
        public boolean isDevicePass() {
            return interfaceIndex < 0;
        }

        @Override
        public String toString() {
            return (isDevicePass() ? "device pass" : "pass of interface " + interfaceIndex)
                    + String.format(Locale.ROOT, " (class 0x%02x)", usbClass);
        }
    }
}
