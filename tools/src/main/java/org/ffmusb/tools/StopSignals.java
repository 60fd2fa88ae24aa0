package org.ffmusb.tools;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP as a request to stop, not a JVM exit: the command finishes its
 * work and returns its own exit status (0), as C usbredirect quits its main loop on these three. The
 * action runs on the JVM's signal dispatcher thread and must not block for long. {@link #close()}
 * puts the previous handlers back. Where a signal cannot be caught (the JVM runs with {@code -Xrs}),
 * the JVM's default remains and the command's shutdown hook does the stopping.
 */
final class StopSignals implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("INT", "TERM", "HUP");
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {}

    static StopSignals install(Runnable stop) {
        StopSignals s = new StopSignals();
        SignalHandler handler = signal -> stop.run();
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                s.previous.add(Signal.handle(signal, handler));
                s.signals.add(signal);
            } catch (IllegalArgumentException reservedOrUnknown) {
                // left to the JVM's default (and the shutdown hook)
            }
        }
        return s;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
