package org.ffmusb.usbredir.filter;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Properties of the filter (reference §8): serialization round-trips for any rules and separators, and
 * agreement with the real C usbredirfilter on random strings and random devices. One harness process
 * answers every try of every property.
 */
class FilterProperties {
    private static CFilterLibrary c;

    @BeforeContainer
    static void startC() {
        c = CFilterLibrary.start();
    }

    @AfterContainer
    static void stopC() {
        c.close();
    }

    @Property
    void parseOfToStringGivesTheRulesBack(@ForAll("ruleLists") List<FilterRule> rules,
                                          @ForAll("disjointSeparators") Tuple2<String, String> separators)
            throws Exception {
        String text = UsbRedirFilter.toString(rules, separators.get1(), separators.get2());
        assertEquals(rules, UsbRedirFilter.parse(text, separators.get1(), separators.get2()), text);
    }

    @Property(tries = 3000)
    void randomStringsParseAsInC(@ForAll("filterStrings") String filter) {
        assertParsesAsInC(filter, ",", "|", 5);
    }

    @Property(tries = 3000)
    void randomStringsWithRandomSeparatorsParseAsInC(
            @ForAll("stringsWithSeparators") Tuple3<String, String, String> input) {
        // Sets holding x, 0 or -, or sharing characters, make most rules unparseable: expect fewer.
        assertParsesAsInC(input.get1(), input.get2(), input.get3(), 2);
    }

    /** Ours equals C; at least {@code minPercentWithRules} of the tries must yield rules. */
    private static void assertParsesAsInC(String filter, String tokenSeparators, String ruleSeparators,
                                          double minPercentWithRules) {
        // Ours first: any exception but FilterSyntaxException escapes ParseOutcome.ours and fails the try.
        ParseOutcome ours = ParseOutcome.ours(filter, tokenSeparators, ruleSeparators);
        if (c.call(CFilterLibrary.wide(filter, tokenSeparators, ruleSeparators)).equals("1")) {
            assertFalse(ours.accepted(), "numbers beyond a C int are rejected");
            Statistics.label("outcome").collect("beyond C int");
            return;
        }
        ParseOutcome expected = ParseOutcome.of(CFilterLibrary.parsedReply(
                c.call(CFilterLibrary.parse(filter, tokenSeparators, ruleSeparators))));
        assertEquals(expected, ours);
        String outcome = !expected.accepted() ? "rejected" : expected.rules().isEmpty() ? "no rules" : "rules";
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("rules").percentage(p -> p > minPercentWithRules);
            coverage.check("rejected").percentage(p -> p > 10);
        });
    }

    @Property(tries = 3000)
    void checkAgreesWithC(@ForAll("checkRules") List<FilterRule> rules, @ForAll("devices") FilterDevice device,
                          @ForAll @IntRange(min = 0, max = 3) int flags) {
        FilterVerdict ours = UsbRedirFilter.check(rules, device, CheckFlag.fromC(flags));
        assertEquals(Integer.parseInt(c.call(CFilterLibrary.check(rules, device, flags))), ours.cValue(),
                () -> "ours: " + ours);
        Statistics.collect(ours.getClass().getSimpleName());
        Statistics.coverage(coverage -> {
            coverage.check("Allowed").percentage(p -> p > 10);
            coverage.check("Denied").percentage(p -> p > 5);
            coverage.check("NoMatch").percentage(p -> p > 5);
        });
    }

    // -------------------------------------------------------------------------------- generators

    private static Arbitrary<Integer> usbClass() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(0x00, 0x03, 0x08, 0x09, 0xef, 0xff)),
                Tuple.of(1, Arbitraries.integers().between(0, 255)));
    }

    private static Arbitrary<Integer> u16() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(0x0000, 0x046d, 0x0100, 0xffff)),
                Tuple.of(1, Arbitraries.integers().between(0, 0xffff)));
    }

    private static Arbitrary<Integer> orAny(Arbitrary<Integer> values) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(FilterRule.ANY)), Tuple.of(1, values));
    }

    @Provide
    Arbitrary<List<FilterRule>> ruleLists() {
        Arbitrary<FilterRule> rule = Combinators.combine(orAny(usbClass()), orAny(u16()), orAny(u16()), orAny(u16()),
                Arbitraries.of(true, false)).as(FilterRule::new);
        return rule.list().ofMaxSize(6);
    }

    /** Rule lists, often ending in a catch-all as real filters do (so that denials are common). */
    @Provide
    Arbitrary<List<FilterRule>> checkRules() {
        Arbitrary<FilterRule> catchAll = Arbitraries.of(true, false).map(allow -> new FilterRule(-1, -1, -1, -1, allow));
        return Combinators.combine(ruleLists(), catchAll, Arbitraries.of(true, false)).as((rules, last, append) -> {
            if (!append) {
                return rules;
            }
            var withLast = new java.util.ArrayList<>(rules);
            withLast.add(last);
            return List.copyOf(withLast);
        });
    }

    @Provide
    Arbitrary<FilterDevice> devices() {
        Arbitrary<Integer> small = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(0, 1)), Tuple.of(1, Arbitraries.integers().between(0, 255)));
        Arbitrary<ClassCode> classCode = Combinators.combine(usbClass(), small, small).as(ClassCode::new);
        Arbitrary<List<ClassCode>> interfaces = Arbitraries.oneOf(
                classCode.list().ofMaxSize(4),
                classCode.list().ofMaxSize(FilterDevice.MAX_INTERFACES),
                Arbitraries.just(new ClassCode(3, 0, 0)).list().ofMinSize(1).ofMaxSize(4));
        return Combinators.combine(classCode, u16(), u16(), u16(), interfaces).as(FilterDevice::new);
    }

    /** Two non-empty separator sets without a common character, neither able to occur in a number. */
    @Provide
    Arbitrary<Tuple2<String, String>> disjointSeparators() {
        String safe = ",|:;/ \t#@!_\u00a7";
        return Arbitraries.strings().withChars(safe).ofMinLength(1).ofMaxLength(3).flatMap(token -> {
            String rest = safe.chars().filter(ch -> token.indexOf(ch) < 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            return Arbitraries.strings().withChars(rest).ofMinLength(1).ofMaxLength(3).map(rule -> Tuple.of(token, rule));
        });
    }

    /**
     * A filter string with its separator sets: fields joined by characters of the (random, possibly
     * overlapping, empty or NUL-led) sets, or sometimes plain alphabet soup. The string is generated with
     * placeholders for separators, which a seeded choice then fills from the sets (cheaper than flatMap).
     */
    @Provide
    Arbitrary<Tuple3<String, String, String>> stringsWithSeparators() {
        Arbitrary<String> tokenRun = Arbitraries.of("" + TOKEN_GAP, "" + TOKEN_GAP + TOKEN_GAP);
        Arbitrary<String> ruleRun = Arbitraries.of("" + RULE_GAP, "" + RULE_GAP + RULE_GAP);
        Arbitrary<String> rule = Combinators.combine(fields(), tokenRun.list().ofSize(5)).as((fields, runs) -> {
            var sb = new StringBuilder(fields.getFirst());
            for (int i = 1; i < fields.size(); i++) {
                sb.append(runs.get(i - 1)).append(fields.get(i));
            }
            return sb.toString();
        });
        Arbitrary<String> skeleton = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(rule.list().ofMinSize(1).ofMaxSize(3), ruleRun, ruleRun)
                        .as((list, between, ends) -> ends + String.join(between, list) + ends)),
                Tuple.of(1, alphabetStrings()));
        return Combinators.combine(skeleton, anySeparators(), anySeparators(), Arbitraries.longs())
                .as((text, t, r, seed) -> Tuple.of(fill(text, t, r, new Random(seed)), t, r));
    }

    private static final char TOKEN_GAP = '\u0001';
    private static final char RULE_GAP = '\u0002';

    private static String fill(String skeleton, String tokenSeparators, String ruleSeparators, Random random) {
        String t = usable(tokenSeparators, ',');
        String r = usable(ruleSeparators, '|');
        var sb = new StringBuilder(skeleton);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == TOKEN_GAP) {
                sb.setCharAt(i, t.charAt(random.nextInt(t.length())));
            } else if (sb.charAt(i) == RULE_GAP) {
                sb.setCharAt(i, r.charAt(random.nextInt(r.length())));
            }
        }
        return sb.toString();
    }

    /** The separator characters a string can be built with (C ends the set at NUL; empty sets get a stand-in). */
    private static String usable(String separators, char fallback) {
        String c = FilterParser.cString(separators);
        return c.isEmpty() ? String.valueOf(fallback) : c;
    }

    /** Any separator sets, empty ones, NULs and number characters included. */
    @Provide
    Arbitrary<String> anySeparators() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withChars(",|: \t;x0-").ofMinLength(1).ofMaxLength(2)),
                Tuple.of(1, Arbitraries.strings().withChars(",|\0").ofMaxLength(2)));
    }

    /** Strings mostly from the filter alphabet: digits, x, -, separators, spaces, letters. */
    @Provide
    StringArbitrary alphabetStrings() {
        return Arbitraries.strings().withChars("0123456789xX-+,|: \tabcdefg").withChars(FilterSamples.JUNK)
                .ofMaxLength(40);
    }

    /** Alphabet strings, and strings of five-ish number-like fields that are often valid rules. */
    @Provide
    Arbitrary<String> filterStrings() {
        Arbitrary<String> rule = fields().map(fields -> String.join(",", fields));
        Arbitrary<String> rules = Combinators.combine(rule.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("|", "||", ""))
                .as((list, extra) -> extra + String.join("|", list) + extra);
        return Arbitraries.frequencyOf(Tuple.of(3, rules), Tuple.of(1, alphabetStrings()));
    }

    /** Usually the five fields of a rule, sometimes one too few or too many. */
    private Arbitrary<List<String>> fields() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(5)), Tuple.of(1, Arbitraries.just(4)),
                Tuple.of(1, Arbitraries.just(6))).flatMap(n -> field().list().ofSize(n));
    }

    /** A number as people write them (decimal, hex, octal, padded, signed), near the range limits, or junk. */
    private Arbitrary<String> field() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(-1, 0, 1, 3, 8, 0xef, 255)),
                Tuple.of(2, Arbitraries.of(-2, 256, 0xffff, 0x10000)),
                Tuple.of(1, Arbitraries.integers().between(-3, 0x10001)));
        Arbitrary<String> field = Arbitraries.frequencyOf(
                Tuple.of(16, value.map(String::valueOf)),
                Tuple.of(8, value.map(v -> v < 0 ? "-0x" + Integer.toHexString(-v) : "0x" + Integer.toHexString(v))),
                Tuple.of(4, value.map(v -> v < 0 ? "-0" + Integer.toOctalString(-v) : "0" + Integer.toOctalString(v))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(" ", "\t", "+", "0", "x", "- "), value)
                        .as((prefix, v) -> prefix + v)),
                Tuple.of(1, alphabetStrings().ofMaxLength(4)));
        return field;
    }
}
