package org.ffmusb.usbredir.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The same strings, rules and devices through the real C usbredirfilter 0.13 and through ours, with
 * identical results asserted: accept/reject, parsed rules, serialized string, check result, verify,
 * print. Each test sends all its cases through one harness process. Numbers beyond a C int, the one
 * deliberate difference, are excluded here (C says which inputs hold one) and pinned down in
 * {@link #numbersBeyondCIntAreTruncatedByCButRejectedByOurs()}.
 */
class FilterInteropTest {
    private static final long SEED = 0x5EED_F117E7L;

    @Test
    void parseAndSerializeAgreeWithC() {
        var cases = new ArrayList<FilterCorpus.ParseCase>();
        FilterCorpus.STANDARD.forEach(s -> cases.add(new FilterCorpus.ParseCase(s, ",", "|")));
        cases.addAll(FilterCorpus.WITH_SEPARATORS);
        var random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            String t = random.nextInt(3) == 0 ? FilterSamples.separators(random) : ",";
            String r = random.nextInt(3) == 0 ? FilterSamples.separators(random) : "|";
            cases.add(new FilterCorpus.ParseCase(FilterSamples.filterString(random, t, r), t, r));
        }
        var commands = new ArrayList<String>();
        for (FilterCorpus.ParseCase c : cases) {
            commands.add(c.wideCommand());
            commands.add(CFilterLibrary.parse(c.filter(), c.tokenSeparators(), c.ruleSeparators()));
        }
        List<String> replies = CFilterLibrary.batch(commands);
        int compared = 0;
        int withRules = 0;
        for (int i = 0; i < cases.size(); i++) {
            FilterCorpus.ParseCase c = cases.get(i);
            if (replies.get(2 * i).equals("1")) {
                continue; // beyond a C int: see numbersBeyondCIntAreTruncatedByCButRejectedByOurs
            }
            ParseOutcome expected = ParseOutcome.of(CFilterLibrary.parsedReply(replies.get(2 * i + 1)));
            assertEquals(expected, ParseOutcome.ours(c.filter(), c.tokenSeparators(), c.ruleSeparators()),
                    c::toString);
            compared++;
            withRules += expected.rules().isEmpty() ? 0 : 1;
        }
        // Guard against a generator that drifted into all-invalid (or all-excluded) input.
        assertTrue(compared > cases.size() * 9 / 10, compared + " of " + cases.size() + " compared");
        assertTrue(withRules > compared / 10 && withRules < compared * 3 / 4,
                withRules + " of " + compared + " parsed to rules");
    }

    @Test
    void noCorpusStringIsBeyondCIntSoAllAreCompared() {
        var commands = new ArrayList<String>();
        FilterCorpus.STANDARD.forEach(s -> commands.add(CFilterLibrary.wide(s, ",", "|")));
        FilterCorpus.WITH_SEPARATORS.forEach(c -> commands.add(c.wideCommand()));
        assertTrue(CFilterLibrary.batch(commands).stream().allMatch("0"::equals));
    }

    @Test
    void numbersBeyondCIntAreTruncatedByCButRejectedByOurs() {
        // Each: the string, then the rule C 0.13 makes of it on x86-64 (long -> int keeps the low 32 bits;
        // strtol clamps to LONG_MAX / LONG_MIN first). Ours rejects every one of them.
        String[][] cases = {
                {"4294967296,-1,-1,-1,1", "0 -1 -1 -1 1"},          // 2^32 -> class 0
                {"4294967295,-1,-1,-1,1", "-1 -1 -1 -1 1"},         // 2^32-1 -> wildcard
                {"99999999999999999999,-1,-1,-1,1", "-1 -1 -1 -1 1"}, // LONG_MAX -> wildcard
                {"-99999999999999999999,-1,-1,-1,1", "0 -1 -1 -1 1"}, // LONG_MIN -> class 0
                {"0x1000000ff,1,1,1,1", "255 1 1 1 1"},
                {"-1,0x100001234,-1,-1,1", "-1 4660 -1 -1 1"},
                {"1,2,3,4,4294967296", "1 2 3 4 0"},                // allow 2^32 -> deny
                {"1,2,3,4,-2147483649", "1 2 3 4 2147483647"},      // still allows, by accident
                {"1,2,3,4,2147483648", "1 2 3 4 -2147483648"},
        };
        var commands = new ArrayList<String>();
        for (String[] c : cases) {
            commands.add(CFilterLibrary.wide(c[0], ",", "|"));
            commands.add(CFilterLibrary.parse(c[0], ",", "|"));
        }
        List<String> replies = CFilterLibrary.batch(commands);
        for (int i = 0; i < cases.length; i++) {
            String[] c = cases[i];
            assertEquals("1", replies.get(2 * i), c[0] + " is in the excluded class");
            assertEquals("ok 1 " + c[1], replies.get(2 * i + 1).replaceFirst(" x[0-9a-f]*$", ""), "C parse of " + c[0]);
            var e = assertThrows(FilterSyntaxException.class, () -> UsbRedirFilter.parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains("does not fit a C int") || e.getMessage().contains("out of range"),
                    e.getMessage());
        }
    }

    /** One usbredirfilter_check call: rules, device and C flag bits. */
    private record CheckCase(List<FilterRule> rules, FilterDevice device, int flags) {}

    @Test
    void checkAgreesWithC() {
        var rng = new Random(SEED + 1);
        List<List<FilterRule>> ruleSets = new ArrayList<>();
        for (String s : List.of("0x03,-1,-1,-1,0|-1,-1,-1,-1,1", "-1,-1,-1,-1,1", "-1,-1,-1,-1,0", "",
                "0x03,-1,-1,-1,0", "-1,0x046d,-1,-1,1|-1,-1,-1,-1,0", "0x08,-1,-1,-1,1|-1,-1,-1,-1,0",
                "-1,0x27c6,0x5503,-1,1", "-1,-1,-1,0x0100,0|-1,-1,-1,-1,1", "0x00,-1,-1,-1,0|-1,-1,-1,-1,1",
                "0xef,-1,-1,-1,0|-1,-1,-1,-1,1", "0x01,-1,-1,-1,1|0x03,-1,-1,-1,1",
                "0x03,0x046d,0xc52b,-1,1|0x03,-1,-1,-1,0|-1,-1,-1,-1,1")) {
            ruleSets.add(parse(s));
        }
        var cases = new ArrayList<CheckCase>();
        for (List<FilterRule> rules : ruleSets) {
            for (FilterDevice device : KnownDevices.ALL) {
                for (int flags = 0; flags < 4; flags++) {
                    cases.add(new CheckCase(rules, device, flags));
                }
            }
        }
        for (int i = 0; i < 20_000; i++) {
            List<FilterRule> rules = rng.nextInt(4) == 0 ? ruleSets.get(rng.nextInt(ruleSets.size()))
                    : FilterSamples.rules(rng);
            FilterDevice device = rng.nextInt(4) == 0 ? KnownDevices.ALL.get(rng.nextInt(KnownDevices.ALL.size()))
                    : FilterSamples.device(rng);
            cases.add(new CheckCase(rules, device, rng.nextInt(4)));
        }

        List<String> replies = CFilterLibrary.batch(
                cases.stream().map(c -> CFilterLibrary.check(c.rules(), c.device(), c.flags())).toList());
        int[] seen = new int[3];
        for (int i = 0; i < cases.size(); i++) {
            CheckCase c = cases.get(i);
            FilterVerdict ours = UsbRedirFilter.check(c.rules(), c.device(), CheckFlag.fromC(c.flags()));
            assertEquals(Integer.parseInt(replies.get(i)), ours.cValue(),
                    () -> "check of " + c.device() + " flags " + c.flags() + " against "
                            + UsbRedirFilter.toString(c.rules()) + ": ours " + ours);
            seen[-ours.cValue()]++;
        }
        // Every outcome must actually occur often, or the comparison proves little.
        for (int outcome = 0; outcome < 3; outcome++) {
            assertTrue(seen[outcome] > cases.size() / 20, "result -" + outcome + " seen " + seen[outcome] + " times");
        }
    }

    @Test
    void ruleRangesAgreeWithCVerify() {
        int[] values = {Integer.MIN_VALUE, -65536, -3, -2, -1, 0, 1, 254, 255, 256, 65534, 65535, 65536,
                Integer.MAX_VALUE};
        var rules = new ArrayList<int[]>();
        for (int field = 0; field < 5; field++) {
            for (int v : values) {
                int[] r = {-1, -1, -1, -1, 1};
                r[field] = v;
                rules.add(r);
            }
        }
        List<String> replies = CFilterLibrary.batch(rules.stream().map(r -> CFilterLibrary.verify(List.of(r))).toList());
        for (int i = 0; i < rules.size(); i++) {
            int[] r = rules.get(i);
            boolean cAccepts = switch (replies.get(i)) {
                case "0" -> true;
                case "-22" -> false;
                default -> throw new AssertionError("verify returned " + replies.get(i));
            };
            boolean oursAccepts;
            try {
                new FilterRule(r[0], r[1], r[2], r[3], r[4] != 0);
                oursAccepts = true;
            } catch (IllegalArgumentException e) {
                oursAccepts = false;
            }
            assertEquals(cAccepts, oursAccepts, () -> "rule " + Arrays.toString(r));
        }
    }

    /** One usbredirfilter_rules_to_string call. */
    private record ToStringCase(List<FilterRule> rules, String tokenSeparators, String ruleSeparators) {
        String ours() {
            return UsbRedirFilter.toString(rules, tokenSeparators, ruleSeparators);
        }
    }

    @Test
    void toStringAgreesWithC() {
        var rng = new Random(SEED + 2);
        var cases = new ArrayList<ToStringCase>();
        cases.add(new ToStringCase(List.of(), ",", "|"));
        for (int i = 0; i < 2_000; i++) {
            cases.add(new ToStringCase(FilterSamples.rules(rng), FilterSamples.separators(rng),
                    FilterSamples.separators(rng)));
        }
        List<String> replies = CFilterLibrary.batch(cases.stream()
                .map(c -> CFilterLibrary.toString(c.rules(), c.tokenSeparators(), c.ruleSeparators())).toList());
        int nulls = 0;
        for (int i = 0; i < cases.size(); i++) {
            ToStringCase c = cases.get(i);
            String expected = CFilterLibrary.toStringReply(replies.get(i));
            if (expected == null) {
                nulls++; // C returns NULL for an empty separator set; ours refuses the arguments
                assertThrows(IllegalArgumentException.class, c::ours, c::toString);
            } else {
                assertEquals(expected, c.ours(), c::toString);
            }
        }
        assertTrue(nulls > 0 && nulls < cases.size() / 2, nulls + " NULL results");
    }

    @Test
    void describeEqualsCPrint() {
        var rng = new Random(SEED + 3);
        var ruleSets = new ArrayList<List<FilterRule>>();
        ruleSets.add(List.of());
        ruleSets.add(List.of(new FilterRule(0xff, 0xffff, 0xffff, 0xffff, true), new FilterRule(0, 0, 0, 0, false),
                new FilterRule(3, 0x1234, 0xbeef, 0x0256, true), new FilterRule(-1, -1, -1, 0x9999, false),
                new FilterRule(0x10, -1, 0x0001, 0xabcd, true)));
        for (int i = 0; i < 500; i++) {
            ruleSets.add(FilterSamples.rules(rng));
        }
        List<String> replies = CFilterLibrary.batch(ruleSets.stream().map(CFilterLibrary::print).toList());
        for (int i = 0; i < ruleSets.size(); i++) {
            assertEquals(CFilterLibrary.stringReply(replies.get(i)), UsbRedirFilter.describe(ruleSets.get(i)));
        }
    }

    static List<FilterRule> parse(String s) {
        try {
            return UsbRedirFilter.parse(s);
        } catch (FilterSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
