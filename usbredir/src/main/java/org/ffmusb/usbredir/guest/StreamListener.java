package org.ffmusb.usbredir.guest;

import java.lang.foreign.MemorySegment;

/**
 * Receives the packets of a stream the host runs for the guest: iso IN, interrupt receiving or bulk
 * receiving (buffered_bulk_packet). Runs on the transport's I/O thread, like request completions (see
 * {@link UsbRedirGuest}): it must return quickly and never block.
 */
public interface StreamListener {
    /**
     * One packet. Its payload is {@code length} bytes of {@code buffer} from {@code offset} — the
     * receive buffer itself, without a copy — and is only valid during this call: copy what you keep.
     *
     * @param id     the host's running packet counter for this endpoint (reference §10b)
     * @param status a {@link org.ffmusb.usbredir.proto.Status} code; errors come with no data
     */
    void packet(int endpoint, long id, int status, MemorySegment buffer, long offset, long length);

    /**
     * The host stopped the stream on its own: {@code stall} (restart it), or {@code ioerror} when the
     * device went away or the connection was lost.
     */
    default void stopped(int endpoint, int status) {}
}
