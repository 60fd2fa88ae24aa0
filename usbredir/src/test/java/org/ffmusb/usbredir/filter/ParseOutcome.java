package org.ffmusb.usbredir.filter;

import java.util.List;

/**
 * What parsing a filter string led to, in a shape both implementations can produce, so that one
 * {@code assertEquals} compares accept/reject, the parsed rules and their serialization at once.
 *
 * @param accepted   whether the string parsed
 * @param rules      the rules (empty when rejected)
 * @param serialized the rules written back with the same separator sets (null when rejected)
 */
record ParseOutcome(boolean accepted, List<FilterRule> rules, String serialized) {
    static final ParseOutcome REJECTED = new ParseOutcome(false, List.of(), null);

    /**
     * Ours. Only {@link FilterSyntaxException} counts as a rejection; anything else thrown escapes and
     * fails the test.
     */
    static ParseOutcome ours(String filter, String tokenSeparators, String ruleSeparators) {
        try {
            List<FilterRule> rules = UsbRedirFilter.parse(filter, tokenSeparators, ruleSeparators);
            return new ParseOutcome(true, rules, UsbRedirFilter.toString(rules, tokenSeparators, ruleSeparators));
        } catch (FilterSyntaxException e) {
            return REJECTED;
        }
    }

    /** C's, from a harness reply; every C rejection must be -EINVAL. */
    static ParseOutcome of(CFilterLibrary.Parsed c) {
        if (!c.accepted()) {
            if (c.rc() != CFilterLibrary.EINVAL) {
                throw new AssertionError("C string_to_rules returned " + c.rc() + ", expected 0 or -EINVAL");
            }
            return REJECTED;
        }
        return new ParseOutcome(true, c.rules(), c.serialized());
    }
}
