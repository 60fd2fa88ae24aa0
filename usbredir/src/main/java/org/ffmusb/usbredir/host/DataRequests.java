package org.ffmusb.usbredir.host;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.Status;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * The guest's control, bulk and interrupt OUT requests (reference §9.3): each becomes one backend
 * transfer from a pool ({@link Slot}s are reused, so the data path allocates nothing), its payload
 * copied once from the receive buffer into the transfer buffer, and its reply — same id and fields,
 * the status mapped, IN data copied once into the send queue — queued on completion. Everything here
 * runs with the host lock held: requests on the reader thread, completions on the backend's thread.
 */
final class DataRequests {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.host");
    /** C CTRL_TIMEOUT: USB's 5 s limit; bulk and interrupt transfers have none. */
    private static final int CONTROL_TIMEOUT_MS = 5000;
    private static final int SETUP_SIZE = 8;
    private static final java.nio.ByteOrder LE = java.nio.ByteOrder.LITTLE_ENDIAN;

    private final UsbRedirHost host;
    private final ArrayDeque<Slot> freeControl = new ArrayDeque<>();
    private final ArrayDeque<Slot> freeBulk = new ArrayDeque<>();
    private final ArrayDeque<Slot> freeInterrupt = new ArrayDeque<>();
    private final ArrayList<Slot> inFlight = new ArrayList<>();
    private long bytesInFlight;
    private long maxBytesInFlight = 256L << 20;

    DataRequests(UsbRedirHost host) {
        this.host = host;
    }

    void setMaxBytesInFlight(long bytes) {
        maxBytesInFlight = bytes;
    }

    int inFlight() {
        return inFlight.size();
    }

    /** One request in flight: its transfer and the header fields its reply echoes. */
    final class Slot implements BackendTransfer.Completion {
        final int kind;
        final HostBackend owner;
        final BackendTransfer transfer;
        long id;
        int endpoint;
        int request;
        int requestType;
        int value;
        int index;
        long length;
        long streamId;
        long reserved;
        boolean cancelled;
        int position;

        Slot(int kind, HostBackend owner, BackendTransfer transfer) {
            this.kind = kind;
            this.owner = owner;
            this.transfer = transfer;
        }

        /** On the backend's completion thread. */
        @Override
        public void completed(BackendTransfer t) {
            host.lock.lock();
            try {
                BackendResult r = t.result();
                if (r == BackendResult.NO_DEVICE) {
                    host.handleDisconnect();
                }
                try {
                    if (!cancelled) {
                        reply(this, r.status(), t.actualLength());
                    }
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "could not queue the reply of request " + id, e);
                }
                finish(this);
            } finally {
                host.unlockAndNotify();
            }
        }
    }

    // ------------------------------------------------------------------------------ requests

    void control(PacketCursor c) {
        long id = c.id();
        int ep = c.endpoint();
        int length = (int) c.length();
        if (host.disconnected) {
            host.parser.sendControlPacket(id, ep, c.request(), c.requestType(), Status.IOERROR, c.value(), c.index(),
                    0, null, 0, 0);
            return;
        }
        if (host.endpoints.type[EndpointType.index(ep)] != EndpointType.CONTROL) {
            LOG.log(System.Logger.Level.WARNING, String.format("control packet on non-control ep %02X", ep));
            host.parser.sendControlPacket(id, ep, c.request(), c.requestType(), Status.INVAL, c.value(), c.index(),
                    0, null, 0, 0);
            return;
        }
        host.resetDone = false;
        // CLEAR_FEATURE(ENDPOINT_HALT) goes through clear halt, so the host stack resets its toggle too.
        if (c.requestType() == 0x02 && c.request() == 0x01 && c.value() == 0 && c.dataLength() == 0) {
            BackendResult r = host.backend.clearHalt(c.index() & 0xFF);
            if (r == BackendResult.NO_DEVICE) {
                host.handleDisconnect();
            }
            host.parser.sendControlPacket(id, ep, c.request(), c.requestType(), r.status(), c.value(), c.index(), 0,
                    null, 0, 0);
            return;
        }
        long size = SETUP_SIZE + length;
        if (!reserve(size)) {
            host.parser.sendControlPacket(id, ep, c.request(), c.requestType(), Status.IOERROR, c.value(), c.index(),
                    0, null, 0, 0);
            return;
        }
        Slot s = take(EndpointType.CONTROL, 0, size);
        s.reserved = size;
        fill(s, id, ep, c.request(), c.requestType(), c.value(), c.index(), length, 0);
        MemorySegment b = s.transfer.buffer();
        b.set(JAVA_BYTE, 0, (byte) c.requestType());
        b.set(JAVA_BYTE, 1, (byte) c.request());
        b.set(JAVA_SHORT_UNALIGNED.withOrder(LE), 2, (short) c.value());
        b.set(JAVA_SHORT_UNALIGNED.withOrder(LE), 4, (short) c.index());
        b.set(JAVA_SHORT_UNALIGNED.withOrder(LE), 6, (short) length);
        if ((ep & 0x80) == 0) {
            c.copyData(b, SETUP_SIZE);
        }
        submit(s, (int) size, CONTROL_TIMEOUT_MS, 0);
    }

    void bulk(PacketCursor c) {
        long id = c.id();
        int ep = c.endpoint();
        long length = c.length();
        long streamId = c.streamId();
        if (host.disconnected) {
            host.parser.sendBulkPacket(id, ep, Status.IOERROR, 0, streamId, null, 0, 0);
            return;
        }
        if (host.endpoints.type[EndpointType.index(ep)] != EndpointType.BULK
                || (streamId != 0 && !host.backend.supportsBulkStreams())) {
            LOG.log(System.Logger.Level.WARNING, String.format("bulk packet on non-bulk ep %02X", ep));
            host.parser.sendBulkPacket(id, ep, Status.INVAL, 0, streamId, null, 0, 0);
            return;
        }
        if (!reserve(length)) {
            host.parser.sendBulkPacket(id, ep, Status.IOERROR, 0, streamId, null, 0, 0);
            return;
        }
        Slot s = take(EndpointType.BULK, ep, length);
        s.reserved = length;
        fill(s, id, ep, 0, 0, 0, 0, length, streamId);
        if ((ep & 0x80) == 0) {
            c.copyData(s.transfer.buffer(), 0);
        }
        host.resetDone = false;
        submit(s, (int) length, 0, (int) streamId);
    }

    /** Interrupt OUT (an interrupt packet to the host on an IN endpoint never passes the parser). */
    void interrupt(PacketCursor c) {
        long id = c.id();
        int ep = c.endpoint();
        int i = EndpointType.index(ep);
        if (host.disconnected) {
            host.parser.sendInterruptPacket(id, ep, Status.IOERROR, 0, null, 0, 0);
            return;
        }
        if (host.endpoints.type[i] != EndpointType.INTERRUPT || c.dataLength() > host.endpoints.maxPacketSize[i]) {
            LOG.log(System.Logger.Level.WARNING, String.format(
                    "interrupt packet of %d bytes on ep %02X (not interrupt, or above wMaxPacketSize)", c.dataLength(), ep));
            host.parser.sendInterruptPacket(id, ep, Status.INVAL, 0, null, 0, 0);
            return;
        }
        long length = c.dataLength();
        if (!reserve(length)) {
            host.parser.sendInterruptPacket(id, ep, Status.IOERROR, 0, null, 0, 0);
            return;
        }
        Slot s = take(EndpointType.INTERRUPT, ep, length);
        s.reserved = length;
        fill(s, id, ep, 0, 0, 0, 0, length, 0);
        c.copyData(s.transfer.buffer(), 0);
        host.resetDone = false;
        submit(s, (int) length, 0, 0);
    }

    /** cancel_data_packet: reply "cancelled" at once; the completion then sends nothing (§9.2). */
    void cancel(long id) {
        for (Slot s : inFlight) {
            // the guest may reuse an id after cancelling it: skip slots already cancelled
            if (!s.cancelled && s.id == id) {
                s.cancelled = true;
                s.transfer.cancel();
                reply(s, Status.CANCELLED, 0);
                return;
            }
        }
    }

    /** Cancels every request in flight (their replies follow, status cancelled); true if any. */
    boolean cancelAll() {
        for (Slot s : inFlight) {
            s.transfer.cancel();
        }
        return !inFlight.isEmpty();
    }

    void cancelEndpoint(int endpoint) {
        for (Slot s : inFlight) {
            if (s.endpoint == endpoint) {
                s.transfer.cancel();
            }
        }
    }

    /** The device is going away: frees the pooled transfers (any still in flight are freed after completing). */
    void closeAll() {
        for (ArrayDeque<Slot> pool : java.util.List.of(freeControl, freeBulk, freeInterrupt)) {
            for (Slot s; (s = pool.poll()) != null; ) {
                s.transfer.close();
            }
        }
        for (Slot s : inFlight) {
            s.cancelled = true;
            s.transfer.close();
        }
    }

    // ----------------------------------------------------------------------------- internals

    private boolean reserve(long bytes) {
        if (bytesInFlight + bytes > maxBytesInFlight) {
            LOG.log(System.Logger.Level.WARNING, "the guest asks for more than " + (maxBytesInFlight >> 20)
                    + " MiB of transfers at once; answering ioerror");
            return false;
        }
        return true;
    }

    private Slot take(int kind, int endpoint, long capacity) {
        ArrayDeque<Slot> pool = pool(kind);
        Slot s = pool.poll();
        if (s == null) {
            s = new Slot(kind, host.backend, host.backend.newTransfer(kind, endpoint, 0, (int) Math.max(capacity, 64)));
        }
        s.transfer.setEndpoint(endpoint);
        s.transfer.ensureCapacity(capacity);
        return s;
    }

    private ArrayDeque<Slot> pool(int kind) {
        return switch (kind) {
            case EndpointType.CONTROL -> freeControl;
            case EndpointType.BULK -> freeBulk;
            default -> freeInterrupt;
        };
    }

    private static void fill(Slot s, long id, int ep, int request, int requestType, int value, int index, long length,
                             long streamId) {
        s.id = id;
        s.endpoint = ep;
        s.request = request;
        s.requestType = requestType;
        s.value = value;
        s.index = index;
        s.length = length;
        s.streamId = streamId;
        s.cancelled = false;
    }

    private void submit(Slot s, int length, int timeoutMs, int streamId) {
        s.position = inFlight.size();
        inFlight.add(s);
        bytesInFlight += s.reserved;
        BackendResult r = s.transfer.submit(length, timeoutMs, streamId, s);
        if (r != BackendResult.OK) {
            LOG.log(System.Logger.Level.WARNING, String.format("could not submit a transfer on ep %02X: %s",
                    s.endpoint, r));
            if (r == BackendResult.NO_DEVICE) {
                host.handleDisconnect();
            }
            reply(s, r.status(), 0);
            finish(s);
        }
    }

    /** The reply: the request's header with status and actual length, and the IN data. */
    private void reply(Slot s, int status, int actual) {
        boolean in = (s.endpoint & 0x80) != 0;
        MemorySegment b = s.transfer.buffer();
        switch (s.kind) {
            case EndpointType.CONTROL -> host.parser.sendControlPacket(s.id, s.endpoint, s.request, s.requestType,
                    status, s.value, s.index, actual, b, SETUP_SIZE, in ? actual : 0);
            case EndpointType.BULK -> host.parser.sendBulkPacket(s.id, s.endpoint, status, actual, s.streamId, b, 0,
                    in ? actual : 0);
            default -> host.parser.sendInterruptPacket(s.id, s.endpoint, status, actual, null, 0, 0);
        }
    }

    /** Out of flight: back to its pool, and wake a thread waiting for cancellations. */
    private void finish(Slot s) {
        int last = inFlight.size() - 1;
        Slot moved = inFlight.get(last);
        inFlight.set(s.position, moved);
        moved.position = s.position;
        inFlight.remove(last);
        bytesInFlight -= s.reserved;
        if (host.backend == s.owner) {
            pool(s.kind).add(s);
        } else {
            s.transfer.close();
        }
        host.transferEnded();
    }
}
