package org.ffmusb.usbredir.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The C side of the interop tests: {@code src/test/c/usbredir_harness.c} built against the installed
 * libusbredirparser and run on a script (see the comment at the top of the C file for the commands
 * and the output format). Many cases go through one process; the output comes back split per
 * session.
 */
public final class CHarness {
    private CHarness() {}

    /** The harness binary, compiled on first use (a missing gcc or library fails the test). */
    public static Path binary() {
        return NativeBuild.compile("usbredir_harness.c", List.of("libusbredirparser-0.5"));
    }

    /** Runs a script; returns the output lines of each session (the "." separators removed). */
    public static List<List<String>> run(String script) {
        try {
            var result = NativeBuild.run(List.of(binary().toString(), "script"),
                    script.getBytes(StandardCharsets.ISO_8859_1)).requireSuccess("usbredir_harness script");
            return sessions(result.stdoutText());
        } catch (IOException e) {
            throw new AssertionError("cannot run usbredir_harness: " + e.getMessage(), e);
        }
    }

    /** Splits harness-format output (also the Java runner's) at the "." lines that end sessions. */
    public static List<List<String>> sessions(String output) {
        var sessions = new ArrayList<List<String>>();
        var current = new ArrayList<String>();
        for (String line : output.split("\n", -1)) {
            if (line.equals(".")) {
                sessions.add(current);
                current = new ArrayList<>();
            } else if (!line.isEmpty()) {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            throw new AssertionError("harness output ends inside a session: " + current);
        }
        return sessions;
    }

    /**
     * An event line with the error message blanked: C and Java word their messages differently, so
     * rejected packets are compared by position ({@code offset}) only.
     */
    public static String withoutErrorText(String line) {
        if (!line.startsWith("{\"error\":")) {
            return line;
        }
        int at = line.lastIndexOf(",\"offset\":");
        return "{\"error\":\"\"" + line.substring(at);
    }

    public static List<String> withoutErrorText(List<String> lines) {
        return lines.stream().map(CHarness::withoutErrorText).toList();
    }
}
