package org.ffmusb.usbredir.host;

import java.lang.foreign.MemorySegment;
import org.ffmusb.usbredir.proto.BulkReceivingStatus;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.InterruptReceivingStatus;
import org.ffmusb.usbredir.proto.IsoStreamStatus;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.Status;

/**
 * The streams of reference §9.4: iso IN/OUT, interrupt receiving and bulk receiving, with
 * usbredirhost's transfer counts, running ids, stall recovery, iso OUT buffering and the drop rules
 * that keep a slow guest from growing the send queue. Runs with the host lock held.
 */
final class Streams {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.host");
    static final int MAX_TRANSFER_COUNT = 16;
    static final int MAX_PACKETS_PER_TRANSFER = 32;
    static final int INTERRUPT_TRANSFER_COUNT = 5;
    private static final int ISO_TIMEOUT_MS = 1000;
    /** packetIndex of a transfer in flight. */
    private static final int SUBMITTED = -1;

    private final UsbRedirHost host;
    private long dropped;
    private long isoHigher;
    private long isoLower;
    private boolean isoDropping;

    Streams(UsbRedirHost host) {
        this.host = host;
    }

    long dropped() {
        host.lock.lock();
        try {
            return dropped;
        } finally {
            host.lock.unlock();
        }
    }

    /** One running stream. */
    final class Stream {
        final int endpoint;
        final int type;
        final int packetsPerTransfer;
        final long packetSize;
        final StreamTransfer[] transfers;
        int outIndex;
        int dropPackets;
        boolean started;

        Stream(int endpoint, int type, int packetsPerTransfer, long packetSize, int count) {
            this.endpoint = endpoint;
            this.type = type;
            this.packetsPerTransfer = packetsPerTransfer;
            this.packetSize = packetSize;
            this.transfers = new StreamTransfer[count];
        }

        boolean isIn() {
            return (endpoint & 0x80) != 0;
        }
    }

    /** One transfer of a stream and its place in the id sequence. */
    final class StreamTransfer implements BackendTransfer.Completion {
        final Stream stream;
        final BackendTransfer transfer;
        long id;
        /** Iso OUT: packets buffered so far; {@link #SUBMITTED} while in flight. */
        int packetIndex;
        boolean cancelled;

        StreamTransfer(Stream stream, BackendTransfer transfer) {
            this.stream = stream;
            this.transfer = transfer;
        }

        /** On the backend's completion thread. */
        @Override
        public void completed(BackendTransfer t) {
            host.lock.lock();
            try {
                if (cancelled) {
                    host.cancelsPending--;
                    transfer.close();
                    host.transferEnded();
                    return;
                }
                packetIndex = 0;
                if (stream.type == EndpointType.ISO) {
                    isoCompleted(this);
                } else {
                    bufferedCompleted(this);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, String.format("stream on ep %02X failed", stream.endpoint), e);
            } finally {
                host.unlockAndNotify();
            }
        }
    }

    // ------------------------------------------------------------------------ start and stop

    /** start_iso_stream / start_interrupt_receiving / start_bulk_receiving. */
    void start(long id, int endpoint, int type, int packetsPerTransfer, long packetSize, int count) {
        alloc(id, endpoint, type, packetsPerTransfer, packetSize, count, true);
    }

    /** stop_*: cancel and answer success (nothing at all while disconnected, as C). */
    void stop(long id, int endpoint) {
        if (host.disconnected) {
            return;
        }
        cancel(endpoint);
        sendStatus(id, endpoint, Status.SUCCESS);
    }

    private void alloc(long id, int endpoint, int type, int packetsPerTransfer, long packetSize, int count,
                       boolean sendSuccess) {
        int i = EndpointType.index(endpoint);
        EndpointTable eps = host.endpoints;
        if (host.disconnected) {
            sendStatus(id, endpoint, Status.STALL);
            return;
        }
        if (eps.type[i] != type) {
            LOG.log(System.Logger.Level.WARNING, String.format("stream of type %d on a type %d endpoint %02X", type,
                    eps.type[i], endpoint));
            sendStatus(id, endpoint, Status.STALL);
            return;
        }
        boolean out = (endpoint & 0x80) == 0;
        if (packetsPerTransfer < 1 || packetsPerTransfer > MAX_PACKETS_PER_TRANSFER || count < 1
                || count > MAX_TRANSFER_COUNT || eps.maxPacketSize[i] == 0 || packetSize % eps.maxPacketSize[i] != 0
                // An iso OUT stream submits half its transfers; with one that is none, and C then writes
                // past its iso descriptors (CVE-2026-92382). Refuse it.
                || (type == EndpointType.ISO && out && count < 2)
                || packetSize * packetsPerTransfer * count > host.maxStreamBytes()) {
            LOG.log(System.Logger.Level.WARNING, String.format(
                    "stream on ep %02X refused: %d packets of %d bytes per transfer, %d transfers", endpoint,
                    packetsPerTransfer, packetSize, count));
            sendStatus(id, endpoint, Status.STALL);
            return;
        }
        if (eps.stream[i] != null) {
            sendStatus(id, endpoint, Status.INVAL);
            return;
        }
        Stream s = new Stream(endpoint, type, packetsPerTransfer, packetSize, count);
        int bufferSize = (int) (packetSize * packetsPerTransfer);
        for (int t = 0; t < count; t++) {
            BackendTransfer bt = host.backend.newTransfer(type, endpoint, type == EndpointType.ISO ? packetsPerTransfer
                    : 0, bufferSize);
            if (type == EndpointType.ISO) {
                for (int p = 0; p < packetsPerTransfer; p++) {
                    bt.setIsoPacketLength(p, (int) packetSize);
                }
            }
            s.transfers[t] = new StreamTransfer(s, bt);
        }
        if (type == EndpointType.ISO) {
            long reference = (long) packetsPerTransfer * count * eps.maxPacketSize[i];
            isoLower = reference / 2;
            isoHigher = reference * 3;
        }
        eps.stream[i] = s;
        int status = Status.SUCCESS;
        if (!out) {
            status = startStream(s);
        }
        if (sendSuccess && status == Status.SUCCESS) {
            sendStatus(id, endpoint, Status.SUCCESS);
        }
    }

    /** Submits an IN stream's transfers, or the filled half of an iso OUT stream's. */
    private int startStream(Stream s) {
        int count = s.isIn() ? s.transfers.length : s.transfers.length / 2;
        for (int t = 0; t < count; t++) {
            StreamTransfer st = s.transfers[t];
            if (s.isIn()) {
                st.id = (long) t * s.packetsPerTransfer;
            }
            int status = submit(st);
            if (status != Status.SUCCESS) {
                return status;
            }
        }
        s.started = true;
        return Status.SUCCESS;
    }

    private int submit(StreamTransfer st) {
        Stream s = st.stream;
        host.resetDone = false;
        int length;
        if (s.type == EndpointType.ISO) {
            length = 0;
            for (int p = 0; p < s.packetsPerTransfer; p++) {
                length += st.transfer.isoPacketLength(p);
            }
        } else {
            length = (int) s.packetSize;
        }
        st.packetIndex = SUBMITTED;
        BackendResult r = st.transfer.submit(length, s.type == EndpointType.ISO ? ISO_TIMEOUT_MS : 0, 0, st);
        if (r == BackendResult.OK) {
            return Status.SUCCESS;
        }
        st.packetIndex = 0;
        if (r == BackendResult.NO_DEVICE) {
            host.handleDisconnect();
        } else {
            LOG.log(System.Logger.Level.WARNING, String.format("could not submit a transfer on ep %02X: %s;"
                    + " stopping the stream", s.endpoint, r));
            cancel(s.endpoint);
            sendStatus(st.id, s.endpoint, Status.STALL);
        }
        return Status.STALL;
    }

    /** Stops a stream (C usbredirhost_cancel_stream_unlocked); its in-flight transfers end cancelled. */
    void cancel(int endpoint) {
        int i = EndpointType.index(endpoint);
        Stream s = host.endpoints.stream[i];
        if (s == null) {
            return;
        }
        host.endpoints.stream[i] = null;
        for (StreamTransfer st : s.transfers) {
            if (st.packetIndex == SUBMITTED) {
                st.cancelled = true;
                host.cancelsPending++;
                st.transfer.cancel();
            } else {
                st.transfer.close();
            }
        }
    }

    /** Cancels every stream; with {@code notifyGuest} each is reported stalled with id 0 first. */
    void cancelAll(boolean notifyGuest) {
        for (int i = 0; i < EndpointTable.ENDPOINTS; i++) {
            Stream s = host.endpoints.stream[i];
            if (s != null) {
                if (notifyGuest) {
                    sendStatus(0, s.endpoint, Status.STALL);
                }
                cancel(s.endpoint);
            }
        }
    }

    /** The device is going away: nothing left to cancel after {@link #cancelAll}; kept for symmetry. */
    void closeAll() {
        cancelAll(false);
    }

    /** Stall on a stream: clear the halt and start it again unannounced, or report it stopped (§9.4). */
    private void clearStall(long id, Stream s) {
        LOG.log(System.Logger.Level.WARNING, String.format("stream on ep %02X stalled; clearing the halt", s.endpoint));
        cancel(s.endpoint);
        BackendResult r = host.backend.clearHalt(s.endpoint);
        if (r != BackendResult.OK) {
            sendStatus(id, s.endpoint, Status.STALL);
            return;
        }
        alloc(id, s.endpoint, s.type, s.packetsPerTransfer, s.packetSize, s.transfers.length, false);
    }

    // ---------------------------------------------------------------------------- completions

    /** 0: fine; 1: this packet (or transfer) failed, go on; 2: the stream is over (C handle_iso_status). */
    private int isoStatus(long id, Stream s, BackendResult r) {
        return switch (r) {
            case OK -> 0;
            case CANCELLED -> 2;
            case STALL -> {
                clearStall(id, s);
                yield 2;
            }
            case NO_DEVICE -> {
                host.handleDisconnect();
                yield 2;
            }
            default -> {
                LOG.log(System.Logger.Level.WARNING, String.format("iso stream error on ep %02X: %s", s.endpoint, r));
                yield 1;
            }
        };
    }

    private void isoCompleted(StreamTransfer st) {
        Stream s = st.stream;
        BackendTransfer t = st.transfer;
        BackendResult r = t.result();
        switch (isoStatus(st.id, s, r)) {
            case 1 -> {
                if (s.isIn()) {
                    // a failed transfer is one empty packet with its status; the ids go on
                    sendData(st.id, s, r.status(), null, 0, 0);
                    st.id += s.packetsPerTransfer;
                    resubmitIn(st);
                } else {
                    sendStatus(st.id, s.endpoint, r.status());
                }
                return;
            }
            case 2 -> {
                return;
            }
            default -> { }
        }
        for (int p = 0; p < s.packetsPerTransfer; p++) {
            BackendResult pr = t.isoPacketResult(p);
            int length = t.isoPacketActualLength(p);
            switch (isoStatus(st.id, s, pr)) {
                case 1 -> {
                    if (s.isIn()) {
                        length = 0;
                    } else {
                        sendStatus(st.id, s.endpoint, pr.status()); // one iso status per transfer
                        return;
                    }
                }
                case 2 -> {
                    return;
                }
                default -> { }
            }
            if (s.isIn()) {
                sendData(st.id, s, pr.status(), t.buffer(), t.isoPacketOffset(p), length);
                st.id++;
            }
        }
        if (s.isIn()) {
            resubmitIn(st);
        } else {
            for (StreamTransfer other : s.transfers) {
                if (other.packetIndex == SUBMITTED) {
                    return;
                }
            }
            // underflow: buffer half the stream again before submitting
            for (StreamTransfer other : s.transfers) {
                other.packetIndex = 0;
            }
            s.outIndex = 0;
            s.started = false;
            s.dropPackets = 0;
        }
    }

    private void resubmitIn(StreamTransfer st) {
        st.id += (long) (st.stream.transfers.length - 1) * st.stream.packetsPerTransfer;
        submit(st);
    }

    /** Interrupt receiving and bulk receiving. */
    private void bufferedCompleted(StreamTransfer st) {
        Stream s = st.stream;
        BackendResult r = st.transfer.result();
        int length = st.transfer.actualLength();
        switch (r) {
            case OK -> { }
            case STALL -> {
                clearStall(st.id, s);
                return;
            }
            case NO_DEVICE -> {
                host.handleDisconnect();
                return;
            }
            default -> {
                LOG.log(System.Logger.Level.WARNING, String.format("receiving on ep %02X failed: %s", s.endpoint, r));
                length = 0;
            }
        }
        sendData(st.id, s, r.status(), st.transfer.buffer(), 0, length);
        st.id += s.transfers.length;
        submit(st);
    }

    // --------------------------------------------------------------------------- iso OUT data

    /** An iso packet from the guest: buffered into the stream's transfers (C usbredirhost_iso_packet). */
    void isoOut(PacketCursor c) {
        long id = c.id();
        int ep = c.endpoint();
        int i = EndpointType.index(ep);
        EndpointTable eps = host.endpoints;
        Stream s = eps.stream[i];
        int status = Status.SUCCESS;
        if (host.disconnected) {
            status = Status.IOERROR;
        } else if (eps.type[i] != EndpointType.ISO || s == null || c.dataLength() > eps.maxPacketSize[i]) {
            LOG.log(System.Logger.Level.WARNING, String.format(
                    "iso packet of %d bytes on ep %02X refused (not iso, not started, or above wMaxPacketSize)",
                    c.dataLength(), ep));
            status = Status.INVAL;
        } else if (s.dropPackets > 0) {
            s.dropPackets--;
        } else {
            bufferIsoOut(s, id, c);
        }
        if (status != Status.SUCCESS) {
            sendStatus(id, ep, status);
        }
    }

    private void bufferIsoOut(Stream s, long id, PacketCursor c) {
        int t = s.outIndex;
        StreamTransfer st = s.transfers[t];
        int p = st.packetIndex;
        if (p == SUBMITTED) {
            // overflow: the interruption is there anyway, so drop back to the target fill level
            s.dropPackets = s.packetsPerTransfer * s.transfers.length / 2;
            return;
        }
        if (p == 0) {
            st.id = id; // the id of a transfer's first packet reports its errors
        }
        int length = (int) c.dataLength();
        st.transfer.setIsoPacketLength(p, length);
        c.copyData(st.transfer.buffer(), st.transfer.isoPacketOffset(p));
        p++;
        st.packetIndex = p;
        if (p == s.packetsPerTransfer) {
            t = (t + 1) % s.transfers.length;
            s.outIndex = t;
            p = 0;
        }
        if (s.started) {
            if (st.packetIndex == s.packetsPerTransfer) {
                submit(st);
            }
        } else if (t * s.packetsPerTransfer + p == s.packetsPerTransfer * s.transfers.length / 2) {
            startStream(s);
        }
    }

    // ---------------------------------------------------------------------------- output

    /** Stream data, dropped (and counted) when the guest is not keeping up (§9.4). */
    private void sendData(long id, Stream s, int status, MemorySegment buffer, long offset, int length) {
        int i = EndpointType.index(s.endpoint);
        if (host.parser.pendingPackets() > UsbRedirHost.MAX_QUEUED_STREAM_PACKETS) {
            if (host.endpoints.warnOnDrop[i]) {
                LOG.log(System.Logger.Level.WARNING, String.format(
                        "stream on ep %02X: the connection is too slow, dropping packets", s.endpoint));
                host.endpoints.warnOnDrop[i] = false;
            }
            dropped++;
            return;
        }
        switch (s.type) {
            case EndpointType.ISO -> {
                if (canWriteIso()) {
                    host.parser.sendIsoPacket(id, s.endpoint, status, length, buffer, offset, length);
                } else {
                    dropped++;
                }
            }
            case EndpointType.BULK -> host.parser.sendBufferedBulkPacket(id, 0, length, s.endpoint, status, buffer,
                    offset, length);
            default -> host.parser.sendInterruptPacket(id, s.endpoint, status, length, buffer, offset, length);
        }
    }

    /** The iso hysteresis of §9.4 on the bytes waiting to be sent. */
    private boolean canWriteIso() {
        long size = host.parser.pendingBytes();
        if (size >= isoHigher) {
            isoDropping = true;
        } else if (size < isoLower) {
            isoDropping = false;
        }
        return !isoDropping;
    }

    /**
     * A stream status, of the kind the endpoint's own type calls for (as C usbredirhost_send_stream_status
     * does, whatever stream was asked for); one C would refuse to send (an OUT endpoint, a cap the guest
     * lacks) is dropped with a log line, as C drops it.
     */
    private void sendStatus(long id, int endpoint, int status) {
        try {
            switch (host.endpoints.type[EndpointType.index(endpoint)]) {
                case EndpointType.ISO -> host.parser.send(new IsoStreamStatus(id, status, endpoint));
                case EndpointType.BULK -> host.parser.send(new BulkReceivingStatus(id, 0, endpoint, status));
                case EndpointType.INTERRUPT -> host.parser.send(new InterruptReceivingStatus(id, status, endpoint));
                default -> { }
            }
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "stream status not sent: " + e.getMessage());
        }
    }
}
