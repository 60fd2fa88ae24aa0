package org.ffmusb.usbredir.filter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * usbredir device filters (reference §8): filter strings parsed and written exactly as C
 * usbredirfilter 0.13 does, the redirect check of {@code usbredirfilter_check}, and the readable form
 * of {@code usbredirfilter_print}.
 *
 * <p>Grammar (§8.1): rules separated by any character of the rule-separator set, each rule five tokens
 * separated by any character of the token-separator set, with strtok semantics: runs of separators
 * collapse and empty rules vanish, so {@code "||a,b,c,d,e||"} is one rule and {@code ""} none. Each
 * token is a C {@code strtol(token, &end, 0)} number that must be consumed whole: optional leading
 * whitespace and sign, {@code 0x} hex, leading {@code 0} <em>octal</em> ({@code 010} is 8), else decimal.
 * The fields are class, vendor, product, bcdDevice (each -1 for any) and allow (non-zero allows).
 * Strings are compared char by char; a C caller's bytes correspond to ISO-8859-1 chars, and like C a
 * string (separator sets included) ends at its first NUL.
 *
 * <p>One deliberate difference from C: a number outside the range of a C {@code int} is rejected, where
 * C silently truncates it ({@code 4294967296} becomes class 0, {@code 4294967295} and an overflowing
 * {@code 99999999999999999999} become the wildcard -1, and an allow of {@code 4294967296} denies).
 *
 * <pre>{@code
 * List<FilterRule> rules = UsbRedirFilter.parse("0x03,-1,-1,-1,0|-1,-1,-1,-1,1"); // spice-gtk default
 * FilterVerdict verdict = UsbRedirFilter.check(rules, device);
 * if (!verdict.isAllowed()) log.info("not redirecting " + device + ": " + verdict);
 * }</pre>
 */
public final class UsbRedirFilter {
    private UsbRedirFilter() {}

    /** Token separators of the protocol's filter_filter packet, spice-gtk and remote-viewer. */
    public static final String TOKEN_SEPARATORS = ",";
    /** Rule separators everywhere. */
    public static final String RULE_SEPARATORS = "|";
    /** Token separators of QEMU's {@code -device usb-redir,filter=} property. */
    public static final String QEMU_TOKEN_SEPARATORS = ":";

    /** Parses the standard form ({@code ,} and {@code |}), e.g. {@code "0x03,-1,-1,-1,0|-1,-1,-1,-1,1"}. */
    public static List<FilterRule> parse(String filter) throws FilterSyntaxException {
        return parse(filter, TOKEN_SEPARATORS, RULE_SEPARATORS);
    }

    /** Parses QEMU's form ({@code :} and {@code |}), e.g. {@code "0x03:-1:-1:-1:0|-1:-1:-1:-1:1"}. */
    public static List<FilterRule> parseQemu(String filter) throws FilterSyntaxException {
        return parse(filter, QEMU_TOKEN_SEPARATORS, RULE_SEPARATORS);
    }

    /**
     * Parses a filter string with the given separator sets, as C
     * {@code usbredirfilter_string_to_rules(filter, tokenSeparators, ruleSeparators, ...)}.
     *
     * @return the rules in order, unmodifiable (empty for a string of separators only)
     * @throws FilterSyntaxException where C returns {@code -EINVAL}, and for numbers beyond a C int
     */
    public static List<FilterRule> parse(String filter, String tokenSeparators, String ruleSeparators)
            throws FilterSyntaxException {
        return FilterParser.parse(filter, tokenSeparators, ruleSeparators);
    }

    /** Writes rules in the standard form, as C {@code usbredirfilter_rules_to_string(rules, n, ",", "|")}. */
    public static String toString(List<FilterRule> rules) {
        return toString(rules, TOKEN_SEPARATORS, RULE_SEPARATORS);
    }

    /**
     * Writes rules as C {@code usbredirfilter_rules_to_string} (0.11+): class {@code 0x%02x}, ids and
     * version {@code 0x%04x}, wildcards {@code -1}, allow {@code 1}/{@code 0}, fields and rules joined by
     * the first character of each separator set, no trailing rule separator; {@code ""} for no rules.
     *
     * @throws IllegalArgumentException for an empty separator set (C returns NULL)
     */
    public static String toString(List<FilterRule> rules, String tokenSeparators, String ruleSeparators) {
        String tokenSeps = FilterParser.cString(tokenSeparators);
        String ruleSeps = FilterParser.cString(ruleSeparators);
        if (tokenSeps.isEmpty() || ruleSeps.isEmpty()) {
            throw new IllegalArgumentException("filter separator sets must not be empty");
        }
        char t = tokenSeps.charAt(0);
        char r = ruleSeps.charAt(0);
        var sb = new StringBuilder(28 * rules.size());
        for (FilterRule rule : rules) {
            if (!sb.isEmpty()) {
                sb.append(r);
            }
            hex(sb, rule.deviceClass(), 2).append(t);
            hex(sb, rule.vendorId(), 4).append(t);
            hex(sb, rule.productId(), 4).append(t);
            hex(sb, rule.deviceVersionBcd(), 4).append(t);
            sb.append(rule.allow() ? '1' : '0');
        }
        return sb.toString();
    }

    private static StringBuilder hex(StringBuilder sb, int value, int digits) {
        if (value == FilterRule.ANY) {
            return sb.append("-1");
        }
        String h = Integer.toHexString(value);
        return sb.append("0x").repeat('0', digits - h.length()).append(h);
    }

    /**
     * {@link #check(List, FilterDevice, Set)} with the flags given one by one; QEMU and spice-gtk give
     * none: {@code check(rules, device)}.
     */
    public static FilterVerdict check(List<FilterRule> rules, FilterDevice device, CheckFlag... flags) {
        EnumSet<CheckFlag> set = EnumSet.noneOf(CheckFlag.class);
        set.addAll(Arrays.asList(flags));
        return check(rules, device, set);
    }

    /**
     * Decides whether {@code device} may be redirected, as C {@code usbredirfilter_check} (§8.2):
     * <ol>
     * <li>The device pass, unless the device class is 0x00 or 0xEF: the first rule matching the device
     *     class, vendor, product and bcdDevice decides; a deny ends the check with
     *     {@link FilterVerdict.Denied}, no match with {@link FilterVerdict.NoMatch} (or counts as allow
     *     with {@link CheckFlag#DEFAULT_ALLOW}).</li>
     * <li>One pass per interface, the same with the interface class in place of the device class.
     *     Unless {@link CheckFlag#DONT_SKIP_NON_BOOT_HID} is given, a device with more than one
     *     interface has its non-boot HID interfaces (03/00/00) skipped.</li>
     * <li>If every interface was skipped, the whole check runs again without skipping.</li>
     * </ol>
     * Subclass and protocol never take part in matching. Note that a device of class 0x00 or 0xEF
     * without interfaces runs no pass at all and is allowed by any rule list, even an empty one.
     */
    public static FilterVerdict check(List<FilterRule> rules, FilterDevice device, Set<CheckFlag> flags) {
        return FilterCheck.check(List.copyOf(rules), device, flags.contains(CheckFlag.DEFAULT_ALLOW),
                !flags.contains(CheckFlag.DONT_SKIP_NON_BOOT_HID));
    }

    /**
     * The rules in the informational format of C {@code usbredirfilter_print}: one
     * {@link FilterRule#describe()} line per rule, each ending in {@code \n}, e.g.
     * <pre>
     * Class  03 ID  ANY: ANY Version   ANY Block
     * Class ANY ID  ANY: ANY Version   ANY Allow
     * </pre>
     */
    public static String describe(List<FilterRule> rules) {
        var sb = new StringBuilder(48 * rules.size());
        for (FilterRule rule : rules) {
            sb.append(rule.describe()).append('\n');
        }
        return sb.toString();
    }
}
