package org.ffmusb.usbredir.filter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/** Filter strings (reference §8.1): grammar, upstream error cases, serialization. */
class FilterParseTest {
    private static final FilterRule ANY_ALLOW = new FilterRule(-1, -1, -1, -1, true);
    private static final FilterRule ANY_DENY = new FilterRule(-1, -1, -1, -1, false);

    @Test
    void referenceRoundTripExamples() throws Exception {
        assertRoundTrip("3,0x1234,0xbeef,0x0256,1|-1,-1,-1,-1,0", "0x03,0x1234,0xbeef,0x0256,1|-1,-1,-1,-1,0");
        assertRoundTrip("3,-1,-1,-1,7", "0x03,-1,-1,-1,1");
        assertRoundTrip("010,-1,-1,-1,1", "0x08,-1,-1,-1,1");
        assertRoundTrip("0x03,-1,-1,-1,0|-1,-1,-1,-1,1", "0x03,-1,-1,-1,0|-1,-1,-1,-1,1");
        assertEquals(List.of(new FilterRule(3, 0x1234, 0xbeef, 0x0256, true), ANY_DENY),
                UsbRedirFilter.parse("3,0x1234,0xbeef,0x0256,1|-1,-1,-1,-1,0"));
    }

    private static void assertRoundTrip(String in, String out) throws FilterSyntaxException {
        assertEquals(out, UsbRedirFilter.toString(UsbRedirFilter.parse(in)), in);
    }

    @Test
    void separatorsAreSetsWithStrtokSemantics() throws Exception {
        assertEquals(2, UsbRedirFilter.parse("||1,2,3,4,5|||6,7,8,9,0||").size());
        assertEquals(List.of(), UsbRedirFilter.parse("|||"));
        assertEquals(List.of(), UsbRedirFilter.parse(""));
        assertEquals(List.of(new FilterRule(1, 2, 3, 4, true)), UsbRedirFilter.parse(",1,,2,,,3,4,5,"));
        assertEquals(List.of(new FilterRule(1, 2, 3, 4, true), new FilterRule(6, 7, 8, 9, false)),
                UsbRedirFilter.parse("1,2;3,4;5/6;7,8,9,0", ",;", "|/"));
        assertEquals(List.of(new FilterRule(1, 2, 3, 4, true)), UsbRedirFilter.parse("1 2\t3  4 5", " \t", "|"));
    }

    @Test
    void theStringEndsAtItsFirstNulAsInC() throws Exception {
        assertEquals(List.of(ANY_ALLOW), UsbRedirFilter.parse("-1,-1,-1,-1,1\u0000|garbage"));
        assertEquals(List.of(), UsbRedirFilter.parse("\u0000-1,-1,-1,-1,1"));
    }

    @Test
    void anEmptyFieldJustDisappearsSoTheRuleIsShort() {
        var e = assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse("3,,-1,-1,0"));
        assertEquals("filter rule 1 \"3,,-1,-1,0\" has 4 fields; a rule is class,vendor,product,version,allow",
                e.getMessage());
        assertEquals(0, e.ruleIndex());
    }

    @Test
    void emptySeparatorSetsAreRejected() {
        assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse("1,2,3,4,5", "", "|"));
        assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse("1,2,3,4,5", ",", ""));
        assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse("", "", ""));
        // C sees a separator set only up to its first NUL.
        var e = assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse("1,2,3,4,5", "\0,", "|"));
        assertEquals(-1, e.ruleIndex());
        assertThrows(IllegalArgumentException.class, () -> UsbRedirFilter.toString(List.of(ANY_ALLOW), "", "|"));
        assertThrows(IllegalArgumentException.class, () -> UsbRedirFilter.toString(List.of(ANY_ALLOW), ",", "\0"));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {
            // upstream tests/filter.c
            "0x100,-1,-1,-1,1", "-2,-1,-1,-1,1", "-1,0x10000,-1,-1,1", "-1,-2,-1,-1,1", "-1,-1,0x10000,-1,1",
            "-1,-1,-2,-1,1", "-1,-1,-1,0x10000,1", "-1,-1,-1,-2,1", "1,2,3,4,5,6", "1,2,3,4", "a", "#",
            "1, ,3,4,5", "a,-1,-1,-1,1", "#,-1,-1,-1,1", "1;2;3;4;5", "1,2,3,4,5;6,7,8,9,0",
            "1,2,3,4,5|1,2,3,x,5|1,2,3,4,5",
            // strtol corners
            "1 ,2,3,4,5", "08,1,1,1,1", "0x,1,1,1,1", "1.0,1,1,1,1", "- 1,1,1,1,1",
            "1\u0000,2,3,4,5",
    })
    void invalidStringsAreRejected(String filter) {
        assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse(filter));
    }

    @Test
    void errorMessagesNameTheRuleAndTheField() {
        assertMessage("1,2,3,4,5|3,x,-1,-1,1", 1,
                "filter rule 2 \"3,x,-1,-1,1\": vendor \"x\" is not a number (decimal, 0x hex or 0 octal)");
        assertMessage("0x100,-1,-1,-1,1", 0,
                "filter rule 1 \"0x100,-1,-1,-1,1\": class 256 is out of range (-1 for any, or 0..255)");
        assertMessage("-1,-1,-1,-2,1", 0,
                "filter rule 1 \"-1,-1,-1,-2,1\": version -2 is out of range (-1 for any, or 0..65535)");
        assertMessage("|||1,2,3,4,5,6", 0,
                "filter rule 1 \"1,2,3,4,5,6\" has 6 fields; a rule is class,vendor,product,version,allow");
        assertMessage("1,2,3,4,4294967296", 0,
                "filter rule 1 \"1,2,3,4,4294967296\": allow 4294967296 does not fit a C int (write 1 to allow, 0 to deny)");
        assertMessage("a", 0, "filter rule 1 \"a\" has 1 field; a rule is class,vendor,product,version,allow");
    }

    private static void assertMessage(String filter, int ruleIndex, String message) {
        var e = assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse(filter));
        assertEquals(message, e.getMessage());
        assertEquals(ruleIndex, e.ruleIndex());
    }

    @Test
    void numbersAreCStrtolWithAnyBase() throws Exception {
        assertEquals(List.of(new FilterRule(8, 0xff, 0xabcd, 0, true)),
                UsbRedirFilter.parse("010,0377,0XaBcD,-0,+1"));
        assertEquals(List.of(new FilterRule(1, 2, 3, 4, true)), UsbRedirFilter.parse(" 1,\t2,\n3,\r4,\u000b5"));
        assertEquals(List.of(ANY_ALLOW), UsbRedirFilter.parse("-0x1,-01,-1,-1,-1"), "any non-zero allow allows");
        assertEquals(List.of(new FilterRule(255, 65535, 65535, 65535, false)),
                UsbRedirFilter.parse("0xff,0xffff,0xffff,0xffff,0"));
    }

    @Test
    void qemuUsesColons() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parseQemu("0x03:-1:-1:-1:0|-1:-1:-1:-1:1");
        assertEquals(List.of(new FilterRule(3, -1, -1, -1, false), ANY_ALLOW), rules);
        assertEquals("0x03:-1:-1:-1:0|-1:-1:-1:-1:1", UsbRedirFilter.toString(rules, ":", "|"));
        assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parseQemu("0x03,-1,-1,-1,0"));
        assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse("0x03:-1:-1:-1:0"));
    }

    @Test
    void serializationFormat() {
        assertEquals("", UsbRedirFilter.toString(List.of()));
        assertEquals("0x00,0x0000,0x0000,0x0000,0", UsbRedirFilter.toString(List.of(new FilterRule(0, 0, 0, 0, false))));
        assertEquals("0xff,0xffff,0xabcd,0x0256,1|-1,-1,-1,-1,0",
                UsbRedirFilter.toString(List.of(new FilterRule(255, 65535, 0xabcd, 0x0256, true), ANY_DENY)));
        // The first character of each set separates; there is no trailing rule separator (C 0.11+).
        assertEquals("-1;-1;-1;-1;1/-1;-1;-1;-1;0", UsbRedirFilter.toString(List.of(ANY_ALLOW, ANY_DENY), ";,", "/|"));
    }

    @Test
    void rulesValidateTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new FilterRule(256, -1, -1, -1, true));
        assertThrows(IllegalArgumentException.class, () -> new FilterRule(-2, -1, -1, -1, true));
        assertThrows(IllegalArgumentException.class, () -> new FilterRule(-1, 65536, -1, -1, true));
        assertThrows(IllegalArgumentException.class, () -> new FilterRule(-1, -1, -2, -1, true));
        var e = assertThrows(IllegalArgumentException.class, () -> new FilterRule(-1, -1, -1, 0x10000, true));
        assertEquals("filter rule version 65536 is out of range (-1 for any, or 0..65535)", e.getMessage());
    }

    @Test
    void matchesTreatsMinusOneAsWildcard() {
        var rule = new FilterRule(3, 0x046d, -1, -1, false);
        assertTrue(rule.matches(3, 0x046d, 0xc52b, 0x1211));
        assertFalse(rule.matches(8, 0x046d, 0xc52b, 0x1211));
        assertFalse(rule.matches(3, 0x046e, 0xc52b, 0x1211));
        assertTrue(ANY_ALLOW.matches(0, 0, 0, 0));
    }
}
