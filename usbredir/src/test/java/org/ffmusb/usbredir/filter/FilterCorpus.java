package org.ffmusb.usbredir.filter;

import java.util.List;

/**
 * Hand-written filter strings for the C interop test: the examples of reference §8.1, the error cases
 * of upstream tests/filter.c, strtok and strtol corners, and separator sets of every kind.
 */
final class FilterCorpus {
    private FilterCorpus() {}

    /** One usbredirfilter_string_to_rules call. */
    record ParseCase(String filter, String tokenSeparators, String ruleSeparators) {
        String wideCommand() {
            return CFilterLibrary.wide(filter, tokenSeparators, ruleSeparators);
        }

        @Override
        public String toString() {
            return quote(filter) + " with " + quote(tokenSeparators) + " / "
                    + quote(ruleSeparators);
        }
    }

    /** Hand-written strings for the standard separators: §8.1 examples, upstream test cases, strtol corners. */
    static final List<String> STANDARD = List.of(
            "", "|", "|||", ",", ",,,,", " ", "\t", "||a|||b||",
            "3,0x1234,0xbeef,0x0256,1|-1,-1,-1,-1,0", "3,-1,-1,-1,7", "010,-1,-1,-1,1",
            "0x03,-1,-1,-1,0|-1,-1,-1,-1,1", "-1,0x046d,-1,-1,1|-1,-1,-1,-1,0",
            "0x08,-1,-1,-1,1|-1,-1,-1,-1,0", "-1,0x27c6,0x5503,-1,1",
            // upstream tests/filter.c error cases
            "0x100,-1,-1,-1,1", "-2,-1,-1,-1,1", "-1,0x10000,-1,-1,1", "-1,-2,-1,-1,1",
            "-1,-1,0x10000,-1,1", "-1,-1,-2,-1,1", "-1,-1,-1,0x10000,1", "-1,-1,-1,-2,1",
            "1,2,3,4,5,6", "1,2,3,4", "a", "#", "1, ,3,4,5", "a,-1,-1,-1,1", "#,-1,-1,-1,1",
            "1;2;3;4;5", "1,2,3,4,5;1,2,3,4,5", "1,2,3,4,5|1,2,3,x,5|1,2,3,4,5",
            // strtok: runs and ends of separators
            "1,2,3,4,5|", "|1,2,3,4,5", "1,2,3,4,5,", ",1,2,3,4,5", "1,,2,,,3,4,5", "3,,-1,-1,0",
            "||1,2,3,4,5||||6,7,8,9,0||", "1,2,3,4,5| |6,7,8,9,0", "1,2,3,4,5|,|6,7,8,9,0",
            // strtol: bases, signs, whitespace, junk
            "0x03,0X04,0xAbCd,0xFFFF,1", "+1,+2,+3,+4,+5", " 1,\t2,\n3,\r4,\f5", "\u000b1,2,3,4,5",
            "1 ,2,3,4,5", "1\t,2,3,4,5", "08,1,1,1,1", "09,1,1,1,1", "0x,1,1,1,1", "0X,1,1,1,1", "0xg,1,1,1,1",
            "-0,-0,-0,-0,-0", "-01,-1,-1,-1,1", "-0x1,-0x1,-0x1,-0x1,-0x1", "0377,0177777,0,00,000",
            "0400,1,1,1,1", "00,00,00,00,00", "0x0,0x0,0x0,0x0,0x0", "- 1,1,1,1,1", "+-1,1,1,1,1",
            "--1,1,1,1,1", "1e3,1,1,1,1", "1.0,1,1,1,1", "0b1,1,1,1,1", "0x1p3,1,1,1,1", "0x0x1,1,1,1,1",
            "\u00a01,1,1,1,1", "\u00b2,1,1,1,1", "1\u00ff,1,1,1,1", "1\u0000,2,3,4,5", "1,2,3,4,5\u0000|garbage",
            "\u0000", "1\n,2,3,4,5", "1,2,3,4,5\n",
            // allow values and extremes
            "1,2,3,4,0", "1,2,3,4,-1", "1,2,3,4,2147483647", "1,2,3,4,-2147483648", "1,2,3,4,0x7fffffff",
            "1,2,3,4,-0x80000000", "1,2,3,4,017777777777", "255,65535,65535,65535,1", "0xff,0xffff,0xffff,0xffff,0",
            "256,1,1,1,1", "1,65536,1,1,1", "-1,-1,-1,-1,-1", "-1,-1,-1,-1,0|-1,-1,-1,-1,1");

    /** Hand-written strings with their separator sets: QEMU's, multi-char sets, overlaps, empties. */
    static final List<ParseCase> WITH_SEPARATORS = List.of(
            new ParseCase("0x03:-1:-1:-1:0|-1:-1:-1:-1:1", ":", "|"),
            new ParseCase("0x03,-1,-1,-1,0|-1,-1,-1,-1,1", ":", "|"),
            new ParseCase("0x03:-1:-1:-1:0", ",", "|"),
            new ParseCase("1,2;3,4;5/6;7,8,9,0|1,1,1,1,1", ",;", "|/"),
            new ParseCase("1 2\t3 4 5", " \t", "|"),
            new ParseCase("1 2 3 4 5\n6 7 8 9 0\n", " ", "\n"),
            new ParseCase("1,2,3,4,5", ",", ",|"),
            new ParseCase("1,2,3,4,5", ",|", "|,"),
            new ParseCase("1,2,3,4,5", "", "|"),
            new ParseCase("1,2,3,4,5", ",", ""),
            new ParseCase("", "", ""),
            new ParseCase("1,2,3,4,5", "\0", "|"),
            new ParseCase("1,2,3,4,5", ",", "\0|"),
            new ParseCase("1,2,3,4,5", ",\0;", "|"),
            new ParseCase("1020304051", "0", "|"),
            new ParseCase("0x1x2x3x4x1", "x", "|"),
            new ParseCase("1\u00a72\u00a73\u00a74\u00a75", "\u00a7", "|"),
            new ParseCase("3,4,5,6,7|8", "|", ","));

    /** A Java-style quoted form, control and non-ASCII chars escaped, for failure messages. */
    static String quote(String s) {
        var sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            sb.append(ch >= 0x20 && ch < 0x7f ? String.valueOf(ch) : String.format("\\u%04x", (int) ch));
        }
        return sb.append('"').toString();
    }
}
