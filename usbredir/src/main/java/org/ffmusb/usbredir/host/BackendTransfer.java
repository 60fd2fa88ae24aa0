package org.ffmusb.usbredir.host;

import java.lang.foreign.MemorySegment;

/**
 * One reusable asynchronous transfer of a {@link HostBackend}: configured, submitted, completed
 * through its {@link Completion}, submitted again. The host keeps these in pools so the data path
 * allocates nothing.
 *
 * <p>A transfer is configured and read only while it is not in flight. Its buffer belongs to the
 * backend and is never freed while the device may still write it; for a control transfer the first
 * 8 bytes are the setup packet.
 */
public interface BackendTransfer {

    /** Called once per submission when the transfer ended, on the backend's completion thread. */
    @FunctionalInterface
    interface Completion {
        void completed(BackendTransfer transfer);
    }

    /** Sets the endpoint of the next submission (only while idle). */
    void setEndpoint(int endpoint);

    /** The transfer's memory (at least the capacity last ensured). */
    MemorySegment buffer();

    /** Makes {@link #buffer()} at least {@code bytes} long (may replace it; only while idle). */
    void ensureCapacity(long bytes);

    /**
     * Submits {@code length} bytes of the buffer (control: setup + data stage; iso: the packet lengths
     * set with {@link #setIsoPacketLength}); {@code completion} runs when it ends, on the backend's
     * thread and never inside this call (a backend that finishes at once defers the completion).
     * Returns {@link BackendResult#OK}, or the reason it was not submitted (then the
     * completion does not run).
     */
    BackendResult submit(int length, int timeoutMs, int streamId, Completion completion);

    /** Asks the backend to cancel; the completion follows. False if it was not in flight. */
    boolean cancel();

    /** How the last submission ended. */
    BackendResult result();

    /** Bytes transferred by the last submission (control: of the data stage). */
    int actualLength();

    /** Isochronous: number of packets (fixed at creation). */
    int isoPacketCount();

    void setIsoPacketLength(int packet, int length);

    int isoPacketLength(int packet);

    int isoPacketActualLength(int packet);

    BackendResult isoPacketResult(int packet);

    /** Offset of packet {@code packet} in the buffer: the sum of the lengths before it. */
    long isoPacketOffset(int packet);

    /** Frees the transfer, after its completion if it is in flight. */
    void close();
}
