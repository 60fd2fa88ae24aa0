package org.ffmusb.usbredir.transport;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes and usbredir packets moved each way by a transport, for status lines and benchmarks. Packets
 * are counted on the wire by following the main headers (reference §2), so a packet the receiving
 * parser rejects still counts. Updated by the transport's I/O thread, readable from any thread; a
 * connection's counters also add to those of the client or server that made it.
 */
public final class TransportCounters {
    private final TransportCounters parent;
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong packetsReceived = new AtomicLong();
    private final AtomicLong packetsSent = new AtomicLong();

    /** Counters of their own. */
    public TransportCounters() {
        this(null);
    }

    /** Counters that also add everything to {@code parent} (a connection's to its server's). */
    TransportCounters(TransportCounters parent) {
        this.parent = parent;
    }

    public long bytesReceived() {
        return bytesReceived.get();
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    /** Whole packets received (a packet counts once its last byte arrived). */
    public long packetsReceived() {
        return packetsReceived.get();
    }

    /** Whole packets sent (a packet counts once its last byte was written). */
    public long packetsSent() {
        return packetsSent.get();
    }

    void received(long bytes, long packets) {
        bytesReceived.addAndGet(bytes);
        if (packets != 0) {
            packetsReceived.addAndGet(packets);
        }
        if (parent != null) {
            parent.received(bytes, packets);
        }
    }

    void sent(long bytes, long packets) {
        bytesSent.addAndGet(bytes);
        if (packets != 0) {
            packetsSent.addAndGet(packets);
        }
        if (parent != null) {
            parent.sent(bytes, packets);
        }
    }

    /** {@code in 1234 B / 5 packets, out 80 B / 1 packet}. */
    @Override
    public String toString() {
        return "in " + bytesReceived() + " B / " + packetsReceived() + " packets, out " + bytesSent() + " B / "
                + packetsSent() + " packets";
    }
}
