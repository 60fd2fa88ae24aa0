package org.ffmusb.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@code ffmusb monitor} as a user runs it; the events themselves are tested under the testbed. */
class MonitorCommandTest {
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Ffmusb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void monitorStartsListensAndStopsAtTheTimeout() {
        long start = System.nanoTime();
        Run r = run("monitor", "--timeout", "0.2", "--devices-only");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("watching USB devices (udev events, devices only)"), r.err());
        assertTrue(millis >= 200 && millis < 5_000, millis + " ms");
        assertEquals(0, Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("udev-monitor")).count(), "the monitor's threads are gone");
    }

    @Test
    void unknownSourcesAreUsageErrors() {
        Run r = run("monitor", "--source", "nowhere");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("udev") && r.err().contains("kernel"), r.err());
    }

    @Test
    void helpListsTheMonitor() {
        Run r = run("--help");
        assertTrue(r.out().contains("monitor"), r.out());
        Run help = run("monitor", "--help");
        assertTrue(help.out().contains("--json") && help.out().contains("Ctrl-C"), help.out());
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", UdevEventFormat.quote("a\"b\\c\n\u0001"));
        assertEquals("null", UdevEventFormat.quote(null));
    }
}
