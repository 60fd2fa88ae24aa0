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

    /**
     * One line per record, at usbredir's verbosity (usbredirect's {@code -v}): 0 nothing, 1 errors,
     * 2 warnings, 3 info, 4 debug, 5 debug with data.
     */
    static void install(int verbosity) {
        install();
        java.util.logging.Level level = switch (Math.max(0, Math.min(5, verbosity))) {
            case 0 -> java.util.logging.Level.OFF;
            case 1 -> java.util.logging.Level.SEVERE;
            case 2 -> java.util.logging.Level.WARNING;
            case 3 -> java.util.logging.Level.INFO;
            case 4 -> java.util.logging.Level.FINE;
            default -> java.util.logging.Level.FINEST;
        };
        var root = java.util.logging.Logger.getLogger("");
        root.setLevel(level);
        for (var handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }
}
