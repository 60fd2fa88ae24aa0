package org.ffmusb.usbredir.guest;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.ffmusb.usbredir.filter.FilterRule;
import org.ffmusb.usbredir.proto.AltSettingStatus;
import org.ffmusb.usbredir.proto.BulkReceivingStatus;
import org.ffmusb.usbredir.proto.BulkStreamsStatus;
import org.ffmusb.usbredir.proto.CancelDataPacket;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.ConfigurationStatus;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.DeviceDisconnect;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.EpInfo;
import org.ffmusb.usbredir.proto.FilterFilter;
import org.ffmusb.usbredir.proto.GuestPacket;
import org.ffmusb.usbredir.proto.GuestParser;
import org.ffmusb.usbredir.proto.Hello;
import org.ffmusb.usbredir.proto.InterfaceInfo;
import org.ffmusb.usbredir.proto.InterruptReceivingStatus;
import org.ffmusb.usbredir.proto.IsoStreamStatus;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.LockedOutput;
import org.ffmusb.usbredir.transport.UsbRedirPeer;

/**
 * The usb-guest role of usbredir — what QEMU's usb-redir device does (reference §10) — as a
 * {@link UsbRedirPeer} for any transport: it sends its hello (and a filter when given one), receives the
 * host's interface_info, ep_info and device_connect, reads the device's descriptors and strings with
 * GET_DESCRIPTOR, and then offers the device as a {@link RedirectedDevice} whose methods send requests
 * and return {@link RedirRequest}s. A device_disconnect is acknowledged by the parser itself; a host may
 * then offer the next device on the same connection.
 *
 * <h2>Threads</h2>
 * Requests may be issued from any thread; they never block (output waits in the parser for the
 * transport). Everything the host sends is handled on the transport's I/O thread, inside
 * {@link #received}: request completions, {@link StreamListener} calls, {@link GuestListener} calls and
 * {@link #device()} completion. That thread may issue further requests there, copy data and update
 * state, but must not block: never {@code join()} or {@code get()} another request (its reply can only
 * be handled by that very thread) and do heavy work elsewhere ({@code thenApplyAsync}). A request that
 * cannot be sent (no device) completes at once, on the calling thread, with status ioerror.
 *
 * <p>The parser is guarded by a lock held only for parser calls and table updates, never during
 * completions or listeners, nor while blocking. Payloads travel once: a bulk OUT buffer is copied into
 * the send queue, bulk IN data from the receive buffer into the request's buffer.
 *
 * <p>Memory: the guest always {@linkplain #acceptsInput() accepts input} — what it sends grows only with
 * the requests its application makes, so the application bounds it by bounding its requests in flight
 * (a bulk OUT request holds its data in the send queue until the transport has written it).
 */
public final class UsbRedirGuest implements UsbRedirPeer {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.guest");
    private static final Runnable NO_LISTENER = () -> {};

    /**
     * @param version   the version string of our hello (QEMU sends "qemu usb-redir guest VERSION")
     * @param caps      the caps we advertise; device_disconnect_ack is always added (reference §5)
     * @param filter    rules sent as filter_filter after the host's hello (nothing when empty or when
     *                  the host lacks cap filter)
     * @param enumerate read descriptors and strings before offering a device
     */
    public record Options(String version, Caps caps, List<FilterRule> filter, boolean enumerate) {
        public static final Options DEFAULT = new Options("ffmusb usbredir guest", Caps.ALL, List.of(), true);

        public Options {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(caps, "caps");
            filter = List.copyOf(filter);
        }

        public Options withVersion(String value) {
            return new Options(value, caps, filter, enumerate);
        }

        public Options withCaps(Caps value) {
            return new Options(version, value, filter, enumerate);
        }

        public Options withFilter(List<FilterRule> value) {
            return new Options(version, caps, value, enumerate);
        }

        public Options withEnumerate(boolean value) {
            return new Options(version, caps, filter, value);
        }
    }

    private final Options options;
    private final ReentrantLock lock = new ReentrantLock();
    private final GuestParser parser;
    private final LockedOutput output;
    private final PacketCursor cursor;
    private final PendingTable pending = new PendingTable();
    private final StreamSlot[] streams = new StreamSlot[EpInfo.ENDPOINTS];
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile Runnable outputListener = NO_LISTENER;
    private volatile GuestListener listener = new GuestListener() {};
    private volatile RedirectedDevice device;
    private volatile List<FilterRule> hostFilter = List.of();
    // Guarded by lock:
    private long lastId;
    private boolean connectionClosed;
    private CompletableFuture<RedirectedDevice> nextDevice = new CompletableFuture<>();
    // I/O thread only:
    private InterfaceInfo interfaceInfo;
    private EpInfo epInfo;

    /** One endpoint's stream: its listener and the start/stop requests awaiting their status. */
    private static final class StreamSlot {
        volatile StreamListener listener;
        final java.util.ArrayDeque<RedirRequest<StreamStatus>> waiting = new java.util.ArrayDeque<>();
    }

    public UsbRedirGuest(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.parser = new GuestParser(options.version(), options.caps());
        this.output = new LockedOutput(lock, parser);
        this.cursor = parser.cursor();
        for (int i = 0; i < streams.length; i++) {
            streams[i] = new StreamSlot();
        }
        if (!options.filter().isEmpty()) {
            parser.send(new FilterFilter(0, options.filter())); // held by the parser until the host's hello
        }
    }

    public UsbRedirGuest() {
        this(Options.DEFAULT);
    }

    public Options options() {
        return options;
    }

    /** Receives attach/detach and connection events; see the class documentation for the thread. */
    public void setListener(GuestListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The attached device once it is enumerated: completed while one is attached, else completing when
     * the next one is. Completes exceptionally when the connection ends before a device arrives.
     */
    public CompletableFuture<RedirectedDevice> device() {
        lock.lock();
        try {
            return nextDevice;
        } finally {
            lock.unlock();
        }
    }

    /** The attached device (possibly still enumerating), or null. */
    public RedirectedDevice currentDevice() {
        return device;
    }

    /** The host's hello version string, or null before it arrived. */
    public String peerVersion() {
        lock.lock();
        try {
            return parser.peerVersion();
        } finally {
            lock.unlock();
        }
    }

    /** The host's caps, or null before its hello. */
    public Caps peerCaps() {
        lock.lock();
        try {
            return parser.peerCaps();
        } finally {
            lock.unlock();
        }
    }

    /** The caps both sides advertise ({@link Caps#NONE} before the host's hello). */
    public Caps negotiatedCaps() {
        lock.lock();
        try {
            return parser.negotiatedCaps();
        } finally {
            lock.unlock();
        }
    }

    /** The rules of the host's filter_filter, if it sent one. */
    public List<FilterRule> hostFilter() {
        return hostFilter;
    }

    /** Completes when the transport reported the end of the connection: exceptionally if it failed. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    // ------------------------------------------------------------------------------ UsbRedirPeer

    @Override
    public ByteBuffer receiveBuffer(int minBytes) {
        lock.lock();
        try {
            return parser.receiveBuffer(minBytes);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void received(int bytes) {
        lock.lock();
        try {
            parser.received(bytes);
        } finally {
            lock.unlock();
        }
        PacketCursor c = cursor;
        while (true) {
            RedirRequest<?> request = null;
            StreamListener stream = null;
            lock.lock();
            try {
                if (!parser.advance()) {
                    break;
                }
                if (!c.isError()) {
                    switch (c.type()) {
                        case CONTROL_PACKET, BULK_PACKET -> request = pending.take(c.id());
                        case INTERRUPT_PACKET -> {
                            if ((c.endpoint() & 0x80) != 0) {
                                stream = streams[EndpointType.index(c.endpoint())].listener;
                            } else {
                                request = pending.take(c.id());
                            }
                        }
                        case ISO_PACKET, BUFFERED_BULK_PACKET -> stream = streams[EndpointType.index(c.endpoint())].listener;
                        default -> { }
                    }
                }
            } finally {
                lock.unlock();
            }
            // The cursor and the receive buffer stay valid without the lock: only this thread advances.
            if (c.isError()) {
                LOG.log(System.Logger.Level.WARNING, "usbredir host sent a packet we skip: " + c.error());
                continue;
            }
            switch (c.type()) {
                case CONTROL_PACKET, BULK_PACKET, INTERRUPT_PACKET, ISO_PACKET, BUFFERED_BULK_PACKET -> {
                    if (request != null) {
                        request.deliver(c);
                    } else if (stream != null) {
                        stream.packet(c.endpoint(), c.id(), c.status(), c.buffer(), c.dataOffset(), c.dataLength());
                    } else {
                        LOG.log(System.Logger.Level.DEBUG, () -> "no request or stream for " + c.type().cName()
                                + " id " + c.id() + " endpoint 0x" + Integer.toHexString(c.endpoint()));
                    }
                }
                default -> handle(c.toPacket());
            }
        }
        wakeIfOutput();
    }

    @Override
    public boolean hasOutput() {
        return output.hasOutput();
    }

    @Override
    public long writeTo(WritableByteChannel nonBlockingChannel) throws IOException {
        return output.writeTo(nonBlockingChannel);
    }

    @Override
    public long tryWriteTo(WritableByteChannel nonBlockingChannel) throws IOException {
        return output.tryWriteTo(nonBlockingChannel);
    }

    @Override
    public void setOutputListener(Runnable listener) {
        outputListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The connection ended: requests in flight complete with ioerror, streams report ioerror, the device
     * (if any) detaches, and {@link #device()} and {@link #closed()} complete.
     */
    @Override
    public void disconnected(IOException cause) {
        CompletableFuture<RedirectedDevice> waiting;
        lock.lock();
        try {
            connectionClosed = true;
            waiting = nextDevice;
        } finally {
            lock.unlock();
        }
        RedirectedDevice d = device;
        if (d != null) {
            detach(d);
        }
        waiting.completeExceptionally(cause != null ? cause
                : new IOException("the usbredir connection closed before a device was attached"));
        if (cause != null) {
            closed.completeExceptionally(cause);
        } else {
            closed.complete(null);
        }
        listener.connectionClosed(cause);
    }

    // ----------------------------------------------------------------------- packets from the host

    private void handle(Object packet) {
        switch (packet) {
            case Hello h -> LOG.log(System.Logger.Level.DEBUG, () -> "usbredir host hello: " + h.version() + ", caps "
                    + h.caps());
            case InterfaceInfo i -> {
                interfaceInfo = i;
                RedirectedDevice d = device;
                if (d != null) {
                    d.update(i, epInfo);
                }
            }
            case EpInfo e -> {
                epInfo = e;
                RedirectedDevice d = device;
                if (d != null) {
                    d.update(interfaceInfo, e);
                }
            }
            case DeviceConnect dc -> attach(dc);
            case DeviceDisconnect dd -> {
                RedirectedDevice d = device;
                if (d != null) {
                    detach(d);
                }
            }
            case ConfigurationStatus s -> replyById(s.id(), s);
            case AltSettingStatus s -> replyById(s.id(), s);
            case BulkStreamsStatus s -> replyById(s.id(), s);
            case IsoStreamStatus s -> streamStatus(s.endpoint(), s.status());
            case InterruptReceivingStatus s -> streamStatus(s.endpoint(), s.status());
            case BulkReceivingStatus s -> streamStatus(s.endpoint(), s.status());
            case FilterFilter f -> hostFilter = f.rules();
            default -> LOG.log(System.Logger.Level.DEBUG, () -> "ignored from the host: " + packet);
        }
    }

    private void replyById(long id, Object status) {
        RedirRequest<?> request;
        lock.lock();
        try {
            request = pending.take(id);
        } finally {
            lock.unlock();
        }
        if (request != null) {
            request.deliver(status);
        } else {
            LOG.log(System.Logger.Level.DEBUG, () -> "no request for " + status);
        }
    }

    /** A stream status: the reply to the oldest start/stop on that endpoint, or the host stopping it. */
    private void streamStatus(int endpoint, int status) {
        StreamSlot slot = streams[EndpointType.index(endpoint)];
        RedirRequest<StreamStatus> request;
        StreamListener stopped = null;
        lock.lock();
        try {
            request = slot.waiting.poll();
            if (request == null) {
                stopped = slot.listener;
            } else if (request.stopsStream && status == Status.SUCCESS) {
                slot.listener = null;
            }
        } finally {
            lock.unlock();
        }
        if (request != null) {
            request.deliver(new StreamStatus(status, endpoint));
        } else if (stopped != null && status != Status.SUCCESS) {
            stopped.stopped(endpoint, status);
        }
    }

    private void attach(DeviceConnect connect) {
        RedirectedDevice previous = device;
        if (previous != null) {
            detach(previous); // a host never connects twice without a disconnect; treat it as one
        }
        RedirectedDevice d = new RedirectedDevice(this, connect, interfaceInfo, epInfo);
        lock.lock();
        try {
            if (connectionClosed) {
                return;
            }
            device = d;
        } finally {
            lock.unlock();
        }
        listener.deviceConnected(d);
        if (!options.enumerate()) {
            publish(d);
            return;
        }
        DescriptorReader.read(d).thenAccept(descriptors -> {
            d.setDescriptors(descriptors);
            publish(d);
        });
    }

    private void publish(RedirectedDevice d) {
        CompletableFuture<RedirectedDevice> future;
        lock.lock();
        try {
            if (device != d || !d.isAttached()) {
                return;
            }
            future = nextDevice;
        } finally {
            lock.unlock();
        }
        future.complete(d);
        listener.deviceAttached(d);
    }

    /** The device went away: everything in flight completes with ioerror, streams stop. I/O thread. */
    private void detach(RedirectedDevice d) {
        List<RedirRequest<?>> failed;
        List<RedirRequest<StreamStatus>> streamRequests = new ArrayList<>();
        List<StreamListener> stoppedListeners = new ArrayList<>();
        List<Integer> stoppedEndpoints = new ArrayList<>();
        lock.lock();
        try {
            if (device != d) {
                return;
            }
            device = null;
            d.markDetached();
            failed = pending.takeAll();
            for (int i = 0; i < streams.length; i++) {
                StreamSlot slot = streams[i];
                streamRequests.addAll(slot.waiting);
                slot.waiting.clear();
                if (slot.listener != null) {
                    stoppedListeners.add(slot.listener);
                    stoppedEndpoints.add(EndpointType.address(i));
                    slot.listener = null;
                }
            }
            if (nextDevice.isDone()) {
                nextDevice = new CompletableFuture<>();
            }
        } finally {
            lock.unlock();
        }
        for (RedirRequest<?> r : failed) {
            r.fail(Status.IOERROR);
        }
        for (RedirRequest<StreamStatus> r : streamRequests) {
            r.fail(Status.IOERROR);
        }
        for (int i = 0; i < stoppedListeners.size(); i++) {
            stoppedListeners.get(i).stopped(stoppedEndpoints.get(i), Status.IOERROR);
        }
        d.detachedFuture().complete(null);
        listener.deviceDetached(d);
    }

    // --------------------------------------------------------------------------- sending requests

    /** Sends a request built by {@code encoder} with a fresh id, registered for its reply by id. */
    <T extends GuestResult> RedirRequest<T> send(RedirectedDevice d, RedirRequest<T> request, Encoder encoder) {
        boolean wake;
        lock.lock();
        try {
            if (device != d || !d.isAttached() || connectionClosed) {
                wake = false;
                request.id = -2;
            } else {
                long id = nextId();
                request.id = id;
                pending.put(id, request);
                boolean idle = !parser.hasOutput();
                try {
                    encoder.send(parser, id);
                } catch (RuntimeException e) {
                    pending.take(id);
                    throw e;
                }
                wake = idle;
            }
        } finally {
            lock.unlock();
        }
        return afterSend(request, wake);
    }

    /** The bulk data path: as {@link #send} without a lambda, so a transfer allocates only its request. */
    RedirRequest<TransferResult> bulk(RedirectedDevice d, int endpoint, long streamId, MemorySegment buffer) {
        RedirRequest<TransferResult> request = new RedirRequest<>(this, RedirRequest.Kind.BULK, endpoint, buffer, false);
        boolean wake;
        lock.lock();
        try {
            if (device != d || !d.isAttached() || connectionClosed) {
                wake = false;
                request.id = -2;
            } else {
                long id = nextId();
                request.id = id;
                pending.put(id, request);
                boolean idle = !parser.hasOutput();
                long length = buffer.byteSize();
                try {
                    if ((endpoint & 0x80) != 0) {
                        parser.sendBulkPacket(id, endpoint, Status.SUCCESS, length, streamId, null, 0, 0);
                    } else {
                        parser.sendBulkPacket(id, endpoint, Status.SUCCESS, length, streamId, buffer, 0, length);
                    }
                } catch (RuntimeException e) {
                    pending.take(id);
                    throw e;
                }
                wake = idle;
            }
        } finally {
            lock.unlock();
        }
        return afterSend(request, wake);
    }

    /** Sends a stream start/stop, matched to its status reply by endpoint (as QEMU does, §10). */
    RedirRequest<StreamStatus> stream(RedirectedDevice d, int endpoint, StreamListener startListener, GuestPacket packet,
                                      boolean stop) {
        RedirRequest<StreamStatus> request = new RedirRequest<>(this, RedirRequest.Kind.STREAM, endpoint, null, stop);
        StreamSlot slot = streams[EndpointType.index(endpoint)];
        boolean wake;
        lock.lock();
        try {
            if (device != d || !d.isAttached() || connectionClosed) {
                wake = false;
                request.id = -2;
            } else {
                boolean idle = !parser.hasOutput();
                parser.send(packet);
                if (startListener != null) {
                    slot.listener = startListener;
                }
                slot.waiting.add(request);
                wake = idle;
            }
        } finally {
            lock.unlock();
        }
        return afterSend(request, wake);
    }

    /** Sends a packet that has no reply (reset, filter_reject, iso OUT data); false without a device. */
    boolean sendOneWay(RedirectedDevice d, Encoder encoder) {
        boolean wake;
        lock.lock();
        try {
            if (device != d || !d.isAttached() || connectionClosed) {
                return false;
            }
            boolean idle = !parser.hasOutput();
            encoder.send(parser, 0);
            wake = idle;
        } finally {
            lock.unlock();
        }
        if (wake) {
            outputListener.run();
        }
        return true;
    }

    boolean cancel(RedirRequest<?> request) {
        if (request.kind != RedirRequest.Kind.CONTROL && request.kind != RedirRequest.Kind.BULK
                && request.kind != RedirRequest.Kind.INTERRUPT) {
            return false;
        }
        boolean wake;
        lock.lock();
        try {
            long id = request.id;
            if (id < 0 || request.isDone() || !pending.contains(id) || connectionClosed) {
                return false;
            }
            boolean idle = !parser.hasOutput();
            parser.send(new CancelDataPacket(id));
            wake = idle;
        } finally {
            lock.unlock();
        }
        if (wake) {
            outputListener.run();
        }
        return true;
    }

    private <T extends GuestResult> RedirRequest<T> afterSend(RedirRequest<T> request, boolean wake) {
        if (request.id == -2) {
            request.id = -1;
            request.fail(Status.IOERROR);
        } else if (wake) {
            outputListener.run();
        }
        return request;
    }

    /**
     * The next id: unique among requests in flight, never 0 (unsolicited packets) nor -1 (the table's
     * empty key), and within 32 bits unless both sides have cap 64bits_ids (§2 truncates it otherwise).
     */
    private long nextId() {
        long mask = parser.headerSize() == 16 ? -1L : 0xffff_ffffL;
        do {
            lastId = (lastId + 1) & mask;
        } while (lastId == 0 || lastId == -1 || pending.contains(lastId));
        return lastId;
    }

    private void wakeIfOutput() {
        boolean outputWaiting;
        lock.lock();
        try {
            outputWaiting = parser.hasOutput();
        } finally {
            lock.unlock();
        }
        if (outputWaiting) {
            outputListener.run();
        }
    }

    /** Encodes one packet into the parser under the lock, with the id chosen for it. */
    @FunctionalInterface
    interface Encoder {
        void send(GuestParser parser, long id);
    }
}
