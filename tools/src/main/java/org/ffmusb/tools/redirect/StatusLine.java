package org.ffmusb.tools.redirect;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.ffmusb.usbredir.host.UsbRedirHost;
import org.ffmusb.usbredir.transport.TransportCounters;

/**
 * The live status line of {@code ffmusb redirect} on a terminal: state, bytes and packets each way,
 * dropped stream packets; redrawn twice a second on standard error by a daemon thread.
 */
final class StatusLine implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;

    private StatusLine(RedirectSession session, Supplier<TransportCounters> counters) {
        PrintStream err = System.err;
        thread = Thread.ofPlatform().name("ffmusb-status").daemon().unstarted(() -> {
            while (running) {
                err.print("\r\033[K" + line(session, counters.get()));
                err.flush();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            err.print("\r\033[K");
            err.flush();
        });
    }

    static StatusLine start(RedirectSession session, Supplier<TransportCounters> counters) {
        StatusLine s = new StatusLine(session, counters);
        s.thread.start();
        return s;
    }

    static String line(RedirectSession session, TransportCounters c) {
        UsbRedirHost host = session.host();
        long drops = host == null ? 0 : host.droppedStreamPackets();
        String state = switch (session.state()) {
            case WAITING_FOR_GUEST -> "waiting for a guest";
            case ATTACHED -> "redirected";
            case WAITING_FOR_DEVICE -> "waiting for the device";
            case STOPPED -> "stopped";
        };
        return String.format("%s | to guest %s in %d packets | from guest %s in %d packets | dropped %d", state,
                bytes(c.bytesSent()), c.packetsSent(), bytes(c.bytesReceived()), c.packetsReceived(), drops);
    }

    private static String bytes(long n) {
        if (n < 10_000) {
            return n + " B";
        }
        if (n < 10_000_000) {
            return n / 1000 + " kB";
        }
        return n / 1_000_000 + " MB";
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
