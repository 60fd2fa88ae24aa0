package org.ffmusb.usbredir.proto;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Line-by-line comparison of C and Java harness output, failing at the first difference with context. */
final class InteropAssertions {
    private InteropAssertions() {}

    static void assertSameLines(List<String> c, List<String> java, String context) {
        int n = Math.min(c.size(), java.size());
        for (int i = 0; i < n; i++) {
            if (!c.get(i).equals(java.get(i))) {
                fail(context + ": line " + i + " differs\n  C:    " + abbreviate(c.get(i)) + "\n  Java: "
                        + abbreviate(java.get(i)) + (i > 0 ? "\n  after: " + abbreviate(c.get(i - 1)) : ""));
            }
        }
        if (c.size() != java.size()) {
            fail(context + ": C printed " + c.size() + " lines, Java " + java.size() + "; first extra: "
                    + abbreviate((c.size() > n ? c : java).get(n)));
        }
    }

    /** Compares every session of two runs of the same script. */
    static void assertSameSessions(JavaHarness.Outputs outputs, java.util.function.IntFunction<String> context) {
        for (int i = 0; i < outputs.sessions(); i++) {
            assertSameLines(outputs.cSession(i), outputs.javaSession(i), context.apply(i));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "...(" + s.length() + " chars)";
    }
}
