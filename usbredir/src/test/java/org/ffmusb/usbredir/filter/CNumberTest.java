package org.ffmusb.usbredir.filter;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.*;

/** C {@code strtol(token, &end, 0)} with the whole token consumed, as usbredirfilter reads numbers (§8.1). */
class CNumberTest {
    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '=', quoteCharacter = '\'', value = {
            "0 = 0", "7 = 7", "-1 = -1", "+5 = 5", "-0 = 0",
            "010 = 8", "0377 = 255", "00 = 0", "-010 = -8",             // leading 0 is octal
            "0x10 = 16", "0X1f = 31", "0xAbCd = 43981", "-0x1 = -1", "+0x10 = 16", "0x0 = 0",
            "' 1' = 1", "'\t\t-2' = -2", "'\n3' = 3", "'\r\f\u000b4' = 4",   // leading isspace() skipped
            "2147483648 = 2147483648", "9223372036854775807 = 9223372036854775807",
            "99999999999999999999 = 9223372036854775807",               // clamped like C (ERANGE)
            "-99999999999999999999 = -9223372036854775808",
    })
    void wholeNumbers(String token, long value) {
        assertEquals(OptionalLong.of(value), CNumber.strtol(token));
    }

    @ParameterizedTest(name = "\"{0}\" is not a whole number")
    @ValueSource(strings = {
            "", " ", "-", "+", "x", "0x", "0X", "0xg", "08", "09", "1 ", "1\t", "1a", "- 1", "+-1", "--1",
            "1e3", "1.0", "0b1", "0x0x1", "\u00a01", "\u00b2", "\u0661", "\uff11", "1\u0000", "0x1p3", "a",
    })
    void rejected(String token) {
        assertEquals(OptionalLong.empty(), CNumber.strtol(token));
    }
}
