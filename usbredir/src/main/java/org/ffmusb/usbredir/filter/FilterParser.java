package org.ffmusb.usbredir.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** C {@code usbredirfilter_string_to_rules} (reference §8.1); see {@link UsbRedirFilter#parse}. */
final class FilterParser {
    private FilterParser() {}

    static List<FilterRule> parse(String filter, String tokenSeparators, String ruleSeparators)
            throws FilterSyntaxException {
        String tokenSeps = cString(tokenSeparators);
        String ruleSeps = cString(ruleSeparators);
        if (tokenSeps.isEmpty() || ruleSeps.isEmpty()) {
            throw new FilterSyntaxException("filter separator sets must not be empty (token separators \""
                    + tokenSeps + "\", rule separators \"" + ruleSeps + "\")", -1);
        }
        var rules = new ArrayList<FilterRule>();
        for (String rule : strtok(cString(filter), ruleSeps)) {
            rules.add(parseRule(rule, rules.size(), tokenSeps));
        }
        return List.copyOf(rules);
    }

    private static FilterRule parseRule(String rule, int index, String tokenSeps) throws FilterSyntaxException {
        List<String> tokens = strtok(rule, tokenSeps);
        if (tokens.size() != 5) {
            throw error(index, rule, " has " + tokens.size() + " field" + (tokens.size() == 1 ? "" : "s")
                    + "; a rule is class,vendor,product,version,allow");
        }
        int[] values = new int[5];
        for (int field = 0; field < 5; field++) {
            String token = tokens.get(field);
            OptionalLong value = CNumber.strtol(token);
            if (value.isEmpty()) {
                throw error(index, rule, ": " + FilterRule.FIELD_NAMES[field] + " \"" + token + "\" is not a number"
                        + " (decimal, 0x hex or 0 octal)");
            }
            long v = value.getAsLong();
            String problem = FilterRule.rangeProblem(field, v);
            if (problem != null) {
                throw error(index, rule, ": " + problem);
            }
            // Deliberate difference from C, which stores strtol's long in an int: 4294967297 would be
            // allow 1 there, and an overflowing 99999999999999999999 (LONG_MAX) the wildcard -1.
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw error(index, rule, ": " + FilterRule.FIELD_NAMES[field] + " " + token
                        + " does not fit a C int (write 1 to allow, 0 to deny)");
            }
            values[field] = (int) v;
        }
        return new FilterRule(values[0], values[1], values[2], values[3], values[4] != 0);
    }

    /** "filter rule 2 \"3,x,-1,-1,1\"" followed by {@code problem}. */
    private static FilterSyntaxException error(int index, String rule, String problem) {
        return new FilterSyntaxException("filter rule " + (index + 1) + " \"" + rule + "\"" + problem, index);
    }

    /** The part before the first NUL: what a C function receiving this string sees. */
    static String cString(String s) {
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    /** C strtok: the non-empty runs between characters of {@code separators}. */
    static List<String> strtok(String s, String separators) {
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
