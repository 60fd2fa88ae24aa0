package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * One side of a usbredir connection — the usb-host engine or the usb-guest engine — as a transport
 * sees it. The engine owns its parser and decides what to send; a transport (TCP, a SPICE channel, an
 * in-process pipe) only moves bytes, so the same engine runs over any of them.
 *
 * <h2>Threads</h2>
 * A transport calls these methods from its own I/O thread, one call at a time. The engine may queue
 * output from other threads too (a host queues transfer completions on the libusb event thread), and
 * then runs the {@link #setOutputListener output listener} on that thread. The listener never blocks:
 * it wakes the transport, or writes the output in place through {@link #tryWriteTo} with a
 * non-blocking channel when neither the transport's I/O thread nor another thread is inside the engine
 * (the socket transports do, as C usbredirect writes from its event thread). It must not wait for the
 * engine's lock: the thread that queued the output may hold a lock of its own (a device's, while it
 * runs completions) that the thread inside the engine waits for (a reset). Engines run the listener
 * after releasing their lock. Every method is safe against those concurrent sends: engines guard their
 * parser with a lock that is never held while blocking, which is why {@link #writeTo} takes a channel
 * that does not block.
 */
public interface UsbRedirPeer {

    /**
     * Free space for the transport to read received bytes into (from the buffer's position), without
     * a copy; then report the count with {@link #received(int)}.
     */
    ByteBuffer receiveBuffer(int minBytes);

    /** Processes {@code bytes} just read into {@link #receiveBuffer(int)}. */
    void received(int bytes);

    /**
     * False while the engine wants the transport to stop reading (its output queue is past its bound,
     * so a peer that sends requests but does not read the replies cannot make it grow further). The
     * transport checks it after each {@link #received} and {@link #writeTo} and resumes reading when it
     * turns true again.
     */
    default boolean acceptsInput() {
        return true;
    }

    /** True if output is waiting. */
    boolean hasOutput();

    /**
     * Writes waiting output to a non-blocking channel until it takes no more; returns the bytes
     * written. The transport calls it again when the channel becomes writable.
     */
    long writeTo(WritableByteChannel nonBlockingChannel) throws IOException;

    /**
     * {@link #writeTo} for the output listener's thread: gives up at once, returning -1, when another
     * thread is inside the engine instead of waiting for it (see above), else writes as {@link #writeTo}
     * does. The default always gives up, so the transport's I/O thread writes everything.
     */
    default long tryWriteTo(WritableByteChannel nonBlockingChannel) throws IOException {
        return -1;
    }

    /** The callback run, on whatever thread queued it, each time output becomes waiting; see above. */
    void setOutputListener(Runnable listener);

    /**
     * The connection ended: the peer closed it ({@code cause} null) or it failed. The engine releases
     * what the connection held (a host gives its device back to its kernel driver). Called once.
     */
    void disconnected(IOException cause);
}
