package org.ffmusb.usbredir.filter;

import java.util.OptionalLong;

/**
 * C {@code strtol(s, &end, 0)} in the "C" locale, where the whole string must be consumed — how
 * usbredirfilter reads each token (reference §8.1): leading isspace() whitespace, an optional sign,
 * then {@code 0x}/{@code 0X} hex, a leading {@code 0} octal, or decimal; only ASCII digits count.
 */
final class CNumber {
    private CNumber() {}

    /**
     * The value of {@code s}, or empty when C would leave characters unconsumed (or consume none).
     * Values beyond a 64-bit long are returned as Long.MIN/MAX (C clamps with ERANGE); callers
     * range-check anyway.
     */
    static OptionalLong strtol(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isCSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0 && s.charAt(i + 2) < 128) {
            radix = 16;
            i += 2;
        } else if (i < n && s.charAt(i) == '0') {
            radix = 8;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < n && s.charAt(i) < 128 && Character.digit(s.charAt(i), radix) >= 0) {
            int d = Character.digit(s.charAt(i), radix);
            if (value > (Long.MAX_VALUE - d) / radix) {
                overflow = true;
            } else {
                value = value * radix + d;
            }
            i++;
        }
        if (i == digitsStart || i != n) {
            return OptionalLong.empty();
        }
        if (overflow) {
            return OptionalLong.of(negative ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
        return OptionalLong.of(negative ? -value : value);
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
