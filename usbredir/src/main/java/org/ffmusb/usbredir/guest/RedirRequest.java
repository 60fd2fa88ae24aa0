package org.ffmusb.usbredir.guest;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.usbredir.proto.AltSettingStatus;
import org.ffmusb.usbredir.proto.BulkStreamsStatus;
import org.ffmusb.usbredir.proto.ConfigurationStatus;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.Status;

/**
 * A request sent to the usbredir host, completing with its {@link GuestResult} when the reply arrives.
 * It completes normally whatever the status (check {@link GuestResult#status()}); exceptionally only if
 * a dependent stage threw. See {@link UsbRedirGuest} for the thread that completes it and what may be
 * done there.
 *
 * @param <T> the result type
 */
public final class RedirRequest<T extends GuestResult> extends CompletableFuture<T> {
    enum Kind { CONTROL, BULK, INTERRUPT, CONFIGURATION, ALT_SETTING, BULK_STREAMS, STREAM }

    private final UsbRedirGuest guest;
    final Kind kind;
    /** The endpoint address; for alt setting requests the interface number. */
    final int endpoint;
    /** Bulk IN: where the data goes. */
    final MemorySegment buffer;
    /** Stream requests: whether this one stops the stream (its success unregisters the listener). */
    final boolean stopsStream;
    /** The id on the wire; -1 until sent, and for stream requests (matched by endpoint). */
    volatile long id = -1;

    RedirRequest(UsbRedirGuest guest, Kind kind, int endpoint, MemorySegment buffer, boolean stopsStream) {
        this.guest = guest;
        this.kind = kind;
        this.endpoint = endpoint;
        this.buffer = buffer;
        this.stopsStream = stopsStream;
    }

    /** The packet id the guest chose for this request (unique while in flight); -1 if none. */
    public long id() {
        return id;
    }

    /**
     * Asks the host to cancel this control, bulk or interrupt transfer (cancel_data_packet). The request
     * then completes with status cancelled, or with its real result when the transfer had already
     * finished. Returns false, sending nothing, when it is no longer in flight or is of another kind.
     */
    public boolean cancelTransfer() {
        return guest.cancel(this);
    }

    /** Completes a data request from its reply; runs on the I/O thread. */
    @SuppressWarnings("unchecked")
    void deliver(PacketCursor reply) {
        int status = reply.status();
        GuestResult result = switch (kind) {
            case CONTROL -> {
                long n = reply.dataLength();
                byte[] data = new byte[(int) n];
                MemorySegment.copy(reply.buffer(), ValueLayout.JAVA_BYTE, reply.dataOffset(), data, 0, data.length);
                yield new ControlResult(status, (endpoint & 0x80) != 0 ? data.length : (int) reply.length(), data);
            }
            case BULK -> {
                long length = reply.length();
                if ((endpoint & 0x80) != 0) {
                    length = reply.dataLength();
                    if (length <= buffer.byteSize()) {
                        reply.copyData(buffer, 0); // the one copy of the data path: receive buffer to the caller's
                    } else {
                        length = buffer.byteSize(); // more than asked for: keep what fits, report babble
                        MemorySegment.copy(reply.buffer(), reply.dataOffset(), buffer, 0, length);
                        status = status == Status.SUCCESS ? Status.BABBLE : status;
                    }
                }
                yield new TransferResult(status, length);
            }
            case INTERRUPT -> new TransferResult(status, reply.length());
            default -> throw new IllegalStateException(kind + " completed by a data packet");
        };
        complete((T) result);
    }

    /** Completes a control-type request from its status packet; runs on the I/O thread. */
    @SuppressWarnings("unchecked")
    void deliver(Object reply) {
        GuestResult result = switch (reply) {
            case ConfigurationStatus s -> new ConfigurationResult(s.status(), s.configuration());
            case AltSettingStatus s -> new AltSettingResult(s.status(), s.interfaceNumber(), s.alt());
            case BulkStreamsStatus s -> new BulkStreamsResult(s.status(), s.endpoints(), s.noStreams());
            case StreamStatus s -> s;
            default -> throw new IllegalArgumentException("not a status reply: " + reply);
        };
        complete((T) result);
    }

    /** Completes without a reply: the device or the connection is gone. */
    @SuppressWarnings("unchecked")
    void fail(int status) {
        GuestResult result = switch (kind) {
            case CONTROL -> new ControlResult(status, 0, new byte[0]);
            case BULK, INTERRUPT -> new TransferResult(status, 0);
            case CONFIGURATION -> new ConfigurationResult(status, 0);
            case ALT_SETTING -> new AltSettingResult(status, endpoint, 0xff);
            case BULK_STREAMS -> new BulkStreamsResult(status, 0, 0);
            case STREAM -> new StreamStatus(status, endpoint);
        };
        complete((T) result);
    }
}
