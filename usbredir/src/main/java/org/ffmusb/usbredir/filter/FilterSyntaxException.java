package org.ffmusb.usbredir.filter;

/**
 * A filter string that C {@code usbredirfilter_string_to_rules} rejects with {@code -EINVAL}
 * (reference §8.1): wrong field count, a token that is not a whole number, a value out of range, or
 * empty separator sets — or that holds a number beyond a C {@code int}, which C would truncate. The
 * message names the rule and the field, e.g. {@code filter rule 2 "3,x,-1,-1,1": vendor "x" is not a
 * number (decimal, 0x hex or 0 octal)}.
 */
public final class FilterSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int ruleIndex;

    /**
     * @param message   for a person: which rule, which field, what is wrong
     * @param ruleIndex see {@link #ruleIndex()}
     */
    public FilterSyntaxException(String message, int ruleIndex) {
        super(message);
        this.ruleIndex = ruleIndex;
    }

    /** Index of the offending rule (0-based, counting non-empty rules), or -1 when not rule-specific. */
    public int ruleIndex() {
        return ruleIndex;
    }
}
