package org.ffmusb.tools;

/**
 * Makes java.util.logging print one line per record ("WARNING: message") before anything logs, so that a
 * library notice such as a missing hardware database reads as one line on the terminal.
 */
final class OneLineLogs {
    private OneLineLogs() {}

    static void install() {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
    }
}
