package org.ffmusb.usbredir.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of filter strings, rules and devices for the C interop tests. Values come from
 * small pools (boundaries, the classes the check treats specially, a few ids) so that generated rules
 * actually match generated devices and generated strings are often valid.
 */
final class FilterSamples {
    private FilterSamples() {}

    /** The characters filter strings are made of, plus some that are not. */
    static final String ALPHABET = "0123456789abcdefxX-+,|: \t|,,||--xx00";
    static final String JUNK = "#;/.gGzZ\n\r\u000b\f\u00a0\u00b2\u00ff\u0000_=\"'";
    private static final int[] CLASSES = {0x00, 0x01, 0x03, 0x08, 0x09, 0x0e, 0xe0, 0xef, 0xfe, 0xff};
    private static final int[] IDS = {0x0000, 0x0001, 0x046d, 0x1234, 0xbeef, 0xffff};
    private static final int[] SEPARATOR_CHOICES = {',', '|', ':', ';', ' ', '\t', '/', 'x', '0', '\u00a7'};

    static int pick(Random random, int[] pool) {
        return pool[random.nextInt(pool.length)];
    }

    /** A USB class, biased toward the ones the check treats specially (00, 03, ef). */
    static int usbClass(Random random) {
        return random.nextInt(4) == 0 ? random.nextInt(256) : pick(random, CLASSES);
    }

    static int id(Random random) {
        return random.nextInt(5) == 0 ? random.nextInt(0x10000) : pick(random, IDS);
    }

    static int bcd(Random random) {
        return random.nextInt(5) == 0 ? random.nextInt(0x10000) : pick(random, new int[] {0x0100, 0x0200, 0x0256});
    }

    static FilterRule rule(Random random) {
        return new FilterRule(
                random.nextInt(3) == 0 ? FilterRule.ANY : usbClass(random),
                random.nextInt(2) == 0 ? FilterRule.ANY : id(random),
                random.nextInt(2) == 0 ? FilterRule.ANY : id(random),
                random.nextInt(3) != 0 ? FilterRule.ANY : bcd(random),
                random.nextBoolean());
    }

    static List<FilterRule> rules(Random random) {
        int n = random.nextInt(6);
        var rules = new ArrayList<FilterRule>();
        for (int i = 0; i < n; i++) {
            rules.add(rule(random));
        }
        if (random.nextBoolean()) {
            rules.add(new FilterRule(-1, -1, -1, -1, random.nextBoolean()));
        }
        return rules;
    }

    static ClassCode classCode(Random random) {
        // Subclass and protocol 0 often, so that 03/00/00 (non-boot HID) comes up.
        int sub = random.nextInt(3) == 0 ? random.nextInt(256) : random.nextInt(2);
        int protocol = random.nextInt(3) == 0 ? random.nextInt(256) : random.nextInt(3);
        return new ClassCode(usbClass(random), random.nextBoolean() ? 0 : sub, random.nextBoolean() ? 0 : protocol);
    }

    static FilterDevice device(Random random) {
        int n = switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> FilterDevice.MAX_INTERFACES - random.nextInt(3);
            default -> 1 + random.nextInt(4);
        };
        boolean allHid = random.nextInt(5) == 0;
        var interfaces = new ArrayList<ClassCode>();
        for (int i = 0; i < n; i++) {
            interfaces.add(allHid && random.nextInt(6) != 0 ? new ClassCode(3, 0, 0) : classCode(random));
        }
        return new FilterDevice(classCode(random), id(random), id(random), bcd(random), interfaces);
    }

    /** A separator set: usually one char, sometimes several, rarely empty or starting with NUL. */
    static String separators(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "\0,";
            case 2, 3 -> "" + (char) pick(random, SEPARATOR_CHOICES) + (char) pick(random, SEPARATOR_CHOICES);
            default -> "" + (char) pick(random, SEPARATOR_CHOICES);
        };
    }

    /** A number as a person or a program might write it: decimal, hex, octal, signed, padded. */
    static String number(Random random, int value) {
        if (random.nextInt(100) == 0) {
            // Beyond a C int, where ours deliberately differs; the interop tests leave these out.
            return Long.toString(random.nextBoolean() ? 0x1_0000_0000L + value : (1L << 31) + 1 + value);
        }
        String digits = switch (random.nextInt(5)) {
            case 0 -> value < 0 ? "-0x" + Integer.toHexString(-value) : "0x" + Integer.toHexString(value);
            case 1 -> value < 0 ? "-0" + Integer.toOctalString(-value) : "0" + Integer.toOctalString(value);
            case 2 -> value < 0 ? "" + value : "+" + value;
            default -> Integer.toString(value);
        };
        return random.nextInt(8) == 0 ? " \t".charAt(random.nextInt(2)) + digits : digits;
    }

    /**
     * A filter string: often well-formed rules written with random number styles and the given
     * separators (runs of them, at the ends too), then perhaps mutated; sometimes random characters.
     */
    static String filterString(Random random, String tokenSeparators, String ruleSeparators) {
        if (random.nextInt(4) == 0) {
            return randomChars(random, random.nextInt(40));
        }
        String t = tokenSeparators.isEmpty() || tokenSeparators.charAt(0) == 0 ? "," : tokenSeparators;
        String r = ruleSeparators.isEmpty() || ruleSeparators.charAt(0) == 0 ? "|" : ruleSeparators;
        var sb = new StringBuilder();
        int rules = random.nextInt(4);
        for (int i = 0; i < rules; i++) {
            sb.append(run(random, r, i == 0 ? 2 : 1));
            FilterRule rule = rule(random);
            int fields = random.nextInt(10) == 0 ? 4 + random.nextInt(3) : 5;
            int[] values = {rule.deviceClass(), rule.vendorId(), rule.productId(), rule.deviceVersionBcd(),
                    rule.allow() ? random.nextInt(3) : 0};
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    sb.append(run(random, t, 1));
                }
                int value = f < 5 ? values[f] : random.nextInt(2);
                if (random.nextInt(20) == 0) {
                    value += random.nextBoolean() ? 1 : -1; // step past a range boundary now and then
                }
                sb.append(number(random, value));
            }
        }
        sb.append(run(random, r, 0));
        int mutations = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
        for (int m = 0; m < mutations && !sb.isEmpty(); m++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, randomChar(random));
                default -> sb.setCharAt(at, randomChar(random));
            }
        }
        return sb.toString();
    }

    private static String run(Random random, String separators, int min) {
        var sb = new StringBuilder();
        int n = min + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < n; i++) {
            sb.append(separators.charAt(random.nextInt(separators.length())));
        }
        return sb.toString();
    }

    static String randomChars(Random random, int length) {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(randomChar(random));
        }
        return sb.toString();
    }

    static char randomChar(Random random) {
        return random.nextInt(8) == 0 ? JUNK.charAt(random.nextInt(JUNK.length()))
                : ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
}
