package org.ffmusb.usbredir.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * usbredir filter strings (reference §8.1), parsed and written exactly as C usbredirfilter does.
 *
 * <p>Grammar: rules separated by any character of the rule-separator set, each rule five tokens
 * separated by any character of the token-separator set (strtok semantics: runs of separators
 * collapse, empty rules vanish). Each token is a C {@code strtol(token, &end, 0)} number that must be
 * consumed whole: optional leading whitespace and sign, {@code 0x} hex, leading {@code 0} octal, else
 * decimal. Fields are class, vendor, product, bcdDevice (each -1 for any) and allow (non-zero allows).
 *
 * <p>One deliberate difference from C: a number outside the range of a C {@code int} is rejected,
 * where C silently truncates it (e.g. {@code 4294967296} would become class 0, and an overflowing
 * {@code strtol} would become the wildcard -1).
 */
public final class UsbRedirFilter {
    private UsbRedirFilter() {}

    /** Token separators of the protocol, spice-gtk and remote-viewer. */
    public static final String TOKEN_SEPARATORS = ",";
    /** Rule separators everywhere. */
    public static final String RULE_SEPARATORS = "|";
    /** Token separators of QEMU's {@code usb-redir,filter=} property. */
    public static final String QEMU_TOKEN_SEPARATORS = ":";

    /** Parses the standard form ({@code ,} and {@code |}). */
    public static List<FilterRule> parse(String filter) throws FilterSyntaxException {
        return parse(filter, TOKEN_SEPARATORS, RULE_SEPARATORS);
    }

    /** Parses QEMU's form ({@code :} and {@code |}). */
    public static List<FilterRule> parseQemu(String filter) throws FilterSyntaxException {
        return parse(filter, QEMU_TOKEN_SEPARATORS, RULE_SEPARATORS);
    }

    /**
     * Parses a filter string with the given separator sets. Like C, the string ends at its first NUL.
     *
     * @throws FilterSyntaxException where C returns -EINVAL
     */
    public static List<FilterRule> parse(String filter, String tokenSeparators, String ruleSeparators)
            throws FilterSyntaxException {
        if (tokenSeparators.isEmpty() || ruleSeparators.isEmpty()) {
            throw new FilterSyntaxException("filter separator sets must not be empty", -1);
        }
        int nul = filter.indexOf('\0');
        String text = nul >= 0 ? filter.substring(0, nul) : filter;
        var rules = new ArrayList<FilterRule>();
        for (String rule : tokens(text, ruleSeparators)) {
            List<String> fields = tokens(rule, tokenSeparators);
            int index = rules.size();
            if (fields.size() != 5) {
                throw new FilterSyntaxException("filter rule " + (index + 1) + " \"" + rule + "\" has "
                        + fields.size() + " fields; it needs class,vendor,product,version,allow", index);
            }
            long[] v = new long[5];
            for (int i = 0; i < 5; i++) {
                v[i] = CNumber.strtol(fields.get(i)).orElseThrow(() -> new FilterSyntaxException(
                        "filter rule " + (index + 1) + " \"" + rule + "\": not a number", index));
                if (v[i] < Integer.MIN_VALUE || v[i] > Integer.MAX_VALUE) {
                    throw new FilterSyntaxException("filter rule " + (index + 1) + " \"" + rule
                            + "\": " + fields.get(i) + " is out of range", index);
                }
            }
            try {
                rules.add(new FilterRule((int) v[0], (int) v[1], (int) v[2], (int) v[3], v[4] != 0));
            } catch (IllegalArgumentException e) {
                throw new FilterSyntaxException("filter rule " + (index + 1) + " \"" + rule + "\": "
                        + e.getMessage(), index);
            }
        }
        return List.copyOf(rules);
    }

    /** Writes rules in the standard form, as C {@code usbredirfilter_rules_to_string(rules, ",", "|")}. */
    public static String toString(List<FilterRule> rules) {
        return toString(rules, TOKEN_SEPARATORS, RULE_SEPARATORS);
    }

    /**
     * Writes rules as C {@code usbredirfilter_rules_to_string} (0.11+): class {@code 0x%02x}, ids and
     * version {@code 0x%04x}, wildcards {@code -1}, allow {@code 1}/{@code 0}, the first character of
     * each separator set, no trailing rule separator.
     */
    public static String toString(List<FilterRule> rules, String tokenSeparators, String ruleSeparators) {
        if (tokenSeparators.isEmpty() || ruleSeparators.isEmpty()) {
            throw new IllegalArgumentException("filter separator sets must not be empty");
        }
        char t = tokenSeparators.charAt(0);
        char r = ruleSeparators.charAt(0);
        var sb = new StringBuilder(28 * rules.size());
        for (FilterRule rule : rules) {
            if (!sb.isEmpty()) {
                sb.append(r);
            }
            hex(sb, rule.deviceClass(), "0x%02x").append(t);
            hex(sb, rule.vendorId(), "0x%04x").append(t);
            hex(sb, rule.productId(), "0x%04x").append(t);
            hex(sb, rule.deviceVersionBcd(), "0x%04x").append(t);
            sb.append(rule.allow() ? '1' : '0');
        }
        return sb.toString();
    }

    private static StringBuilder hex(StringBuilder sb, int value, String format) {
        return sb.append(value == FilterRule.ANY ? "-1" : String.format(format, value));
    }

    /** C strtok: the non-empty runs between characters of {@code separators}. */
    private static List<String> tokens(String s, String separators) {
        var out = new ArrayList<String>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && separators.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < s.length() && separators.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }
}
