package org.ffmusb.usbredir.host;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.ffmusb.usbredir.filter.FilterRule;
import org.ffmusb.usbredir.proto.AllocBulkStreams;
import org.ffmusb.usbredir.proto.AltSettingStatus;
import org.ffmusb.usbredir.proto.BulkStreamsStatus;
import org.ffmusb.usbredir.proto.Cap;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.ConfigurationStatus;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.DeviceDisconnect;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.FilterFilter;
import org.ffmusb.usbredir.proto.FreeBulkStreams;
import org.ffmusb.usbredir.proto.GetAltSetting;
import org.ffmusb.usbredir.proto.HostParser;
import org.ffmusb.usbredir.proto.InterfaceInfo;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.SetAltSetting;
import org.ffmusb.usbredir.proto.SetConfiguration;
import org.ffmusb.usbredir.proto.StartBulkReceiving;
import org.ffmusb.usbredir.proto.StartInterruptReceiving;
import org.ffmusb.usbredir.proto.StartIsoStream;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.proto.StopBulkReceiving;
import org.ffmusb.usbredir.proto.StopInterruptReceiving;
import org.ffmusb.usbredir.proto.StopIsoStream;
import org.ffmusb.usbredir.transport.LockedOutput;
import org.ffmusb.usbredir.transport.UsbRedirPeer;

/**
 * The usb-host role of usbredir (what C usbredirhost does; reference §9): redirects one device at a
 * time, from a {@link HostBackend}, to the guest at the other end of a transport. Transport-agnostic:
 * it is a {@link UsbRedirPeer}, so TCP, a SPICE channel or an in-process pipe can carry it.
 *
 * <h2>Threads</h2>
 * The transport's I/O thread feeds it guest bytes ({@link #received}); device operations the guest
 * asks for (reset, configuration, alt settings, clear halt) run synchronously there. Transfers complete
 * on the backend's thread (the libusb event thread), which queues the replies and stream data. One
 * lock guards the parser and all state; it is released while waiting for cancelled transfers and
 * never held while blocking on the network. {@link #attach} and {@link #detach} may be called from
 * any thread but the backend's completion thread.
 *
 * <h2>Memory</h2>
 * Stream data (iso, interrupt receiving, buffered bulk) is dropped, and counted, once more than 800
 * packets wait to be sent, and iso data between the thresholds of §9.4; control and bulk replies are
 * never dropped. Data requests in flight are bounded by {@link Options#maxBytesInFlight}; past it a
 * request gets ioerror. Past {@link Options#maxQueuedBytes} of output, {@link #acceptsInput()} asks the
 * transport to stop reading.
 */
public final class UsbRedirHost implements UsbRedirPeer, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.host");
    /** C MAX_INTERFACES. */
    static final int MAX_INTERFACES = 32;
    /** §9.4: stream packets are dropped past this many queued packets (0.1 s of USB 2 microframes). */
    static final int MAX_QUEUED_STREAM_PACKETS = 800;
    /** Devices usbredirhost never resets (reference §9.1). */
    private static final int[][] DO_NOT_RESET = {{0x1210, 0x001c}, {0x2798, 0x0001}};

    /**
     * Host settings.
     *
     * @param version          our hello's version string
     * @param caps             our caps (bulk_streams is dropped when the backend cannot allocate streams)
     * @param maxBytesInFlight buffer bytes of guest data requests (control, bulk, interrupt) in flight at once
     * @param maxQueuedBytes   output bytes past which we ask the transport to stop reading the guest
     */
    public record Options(String version, Caps caps, long maxBytesInFlight, long maxQueuedBytes) {
        public static final Options DEFAULT = new Options("ffmusb 0.1.0", Caps.ALL, 256L << 20, 64L << 20);

        public Options {
            Objects.requireNonNull(version);
            Objects.requireNonNull(caps);
        }

        public Options withVersion(String v) {
            return new Options(v, caps, maxBytesInFlight, maxQueuedBytes);
        }
    }

    final ReentrantLock lock = new ReentrantLock();
    private final Condition cancellationsDone = lock.newCondition();
    final HostParser parser;
    private final LockedOutput output;
    private final Options options;
    private final HostListener listener;
    private volatile Runnable outputListener = () -> { };

    HostBackend backend;
    DeviceDescription description;
    private DeviceDescription.Configuration config;
    private final int[] altSetting = new int[MAX_INTERFACES];
    final EndpointTable endpoints = new EndpointTable();
    final DataRequests requests = new DataRequests(this);
    final Streams streams = new Streams(this);
    private boolean doNotReset;
    private int restoreConfig = -1;
    private boolean claimed;
    /** True right after a reset we did: the guest's next reset is skipped (C host->reset). */
    boolean resetDone;
    boolean disconnected = true;
    private boolean connectPending;
    private boolean waitDisconnect;
    /** Stream transfers cancelled but not completed yet. */
    int cancelsPending;
    /** A {@link #clearDevice()} is under way (it may be waiting, the lock released). */
    private boolean clearing;
    private List<FilterRule> guestFilter = List.of();
    /** Events for the listener, fired once the lock is released. */
    private boolean pendingRejected;
    private boolean pendingLost;
    private boolean pendingFilter;

    public UsbRedirHost(Options options, HostListener listener) {
        this.options = options;
        this.listener = listener == null ? new HostListener() { } : listener;
        this.parser = new HostParser(options.version(), options.caps());
        this.output = new LockedOutput(lock, parser);
        requests.setMaxBytesInFlight(options.maxBytesInFlight());
    }

    /** Buffer bytes one stream may hold (all its transfers). */
    long maxStreamBytes() {
        return options.maxBytesInFlight();
    }

    /** The caps we advertise. */
    public Caps caps() {
        return parser.ourCaps();
    }

    /** The guest's filter, as last received (empty if none). */
    public List<FilterRule> guestFilter() {
        lock.lock();
        try {
            return guestFilter;
        } finally {
            lock.unlock();
        }
    }

    /** True while a device is attached and offered to the guest. */
    public boolean isAttached() {
        lock.lock();
        try {
            return backend != null;
        } finally {
            lock.unlock();
        }
    }

    /** Stream packets dropped because the guest was not reading fast enough (§9.4). */
    public long droppedStreamPackets() {
        return streams.dropped();
    }

    // ------------------------------------------------------------------ attach and detach (§9.1)

    /**
     * Redirects {@code device} (C usbredirhost_set_device): claims every interface with kernel drivers
     * detached, resets it unless it is on the do-not-reset list, and offers it to the guest (once the
     * guest's hello, and the ack of a previous disconnect, have arrived). A device already attached is
     * released first. The host owns the backend from here on and closes it when it lets it go.
     *
     * @return {@link Status#SUCCESS}, or the status of the claim or reset that failed (the device is
     *         then released and closed)
     */
    public int attach(HostBackend device) {
        lock.lock();
        try {
            clearDevice();
            backend = device;
            int status = claim(true);
            if (status != Status.SUCCESS) {
                clearDevice();
                return status;
            }
            for (int[] ids : DO_NOT_RESET) {
                doNotReset |= description.vendorId() == ids[0] && description.productId() == ids[1];
            }
            BackendResult r = resetDevice();
            if (r != BackendResult.OK) {
                return r.status();
            }
            sendDeviceConnect();
            return Status.SUCCESS;
        } finally {
            unlockAndNotify();
        }
    }

    /**
     * Stops redirecting: cancels every transfer and waits for them, gives the device back to its
     * kernel drivers (reset, then the original configuration or the drivers re-attached), closes it
     * and tells the guest (device_disconnect). Nothing happens without a device.
     */
    public void detach() {
        lock.lock();
        try {
            clearDevice();
        } finally {
            unlockAndNotify();
        }
    }

    @Override
    public void close() {
        detach();
    }

    // ------------------------------------------------------------------------ UsbRedirPeer

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
            PacketCursor c = parser.cursor();
            while (parser.advance()) {
                dispatch(c);
            }
        } finally {
            unlockAndNotify();
        }
    }

    @Override
    public boolean acceptsInput() {
        lock.lock();
        try {
            return parser.pendingBytes() <= options.maxQueuedBytes();
        } finally {
            lock.unlock();
        }
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
        this.outputListener = listener == null ? () -> { } : listener;
    }

    @Override
    public void disconnected(IOException cause) {
        if (cause != null) {
            LOG.log(System.Logger.Level.INFO, "guest connection failed: " + cause.getMessage());
        }
        detach();
    }

    /** Releases the lock, then wakes the transport and tells the listener what happened meanwhile. */
    void unlockAndNotify() {
        if (lock.getHoldCount() > 1) {
            lock.unlock(); // an outer caller on this thread notifies
            return;
        }
        boolean outputWaiting = parser.hasOutput();
        boolean rejected = pendingRejected;
        boolean lost = pendingLost;
        List<FilterRule> filter = pendingFilter ? guestFilter : null;
        pendingRejected = pendingLost = pendingFilter = false;
        lock.unlock();
        if (outputWaiting) {
            outputListener.run();
        }
        try {
            if (filter != null) {
                listener.guestFilter(filter);
            }
            if (rejected) {
                listener.deviceRejected();
            }
            if (lost) {
                listener.deviceLost();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "host listener failed", e);
        }
    }

    // ------------------------------------------------------------------------- dispatch

    private void dispatch(PacketCursor c) {
        if (c.isError()) {
            LOG.log(System.Logger.Level.WARNING, "guest packet rejected: " + c.error().message());
            return;
        }
        switch (c.type()) {
            case CONTROL_PACKET -> requests.control(c);
            case BULK_PACKET -> requests.bulk(c);
            case INTERRUPT_PACKET -> requests.interrupt(c);
            case ISO_PACKET -> streams.isoOut(c);
            default -> controlType(c);
        }
    }

    /** The control-type requests of reference §9.2 (records: they are rare). */
    private void controlType(PacketCursor c) {
        switch (c.toPacket()) {
            case org.ffmusb.usbredir.proto.Hello h -> {
                if (connectPending) {
                    sendDeviceConnect();
                }
            }
            case org.ffmusb.usbredir.proto.Reset r -> guestReset();
            case SetConfiguration s -> setConfiguration(s);
            case org.ffmusb.usbredir.proto.GetConfiguration g -> parser.send(new ConfigurationStatus(g.id(),
                    disconnected ? Status.IOERROR : Status.SUCCESS, config != null ? config.value() : 0));
            case SetAltSetting s -> setAltSetting(s);
            case GetAltSetting g -> getAltSetting(g);
            case StartIsoStream s -> streams.start(s.id(), s.endpoint(), EndpointType.ISO, s.pktsPerUrb(),
                    endpoints.maxPacketSize[EndpointType.index(s.endpoint())], s.noUrbs());
            case StopIsoStream s -> streams.stop(s.id(), s.endpoint());
            case StartInterruptReceiving s -> streams.start(s.id(), s.endpoint(), EndpointType.INTERRUPT, 1,
                    endpoints.maxPacketSize[EndpointType.index(s.endpoint())], Streams.INTERRUPT_TRANSFER_COUNT);
            case StopInterruptReceiving s -> streams.stop(s.id(), s.endpoint());
            case StartBulkReceiving s -> streams.start(s.id(), s.endpoint(), EndpointType.BULK, 1,
                    s.bytesPerTransfer(), s.noTransfers());
            case StopBulkReceiving s -> streams.stop(s.id(), s.endpoint());
            case AllocBulkStreams a -> allocBulkStreams(a);
            case FreeBulkStreams f -> freeBulkStreams(f);
            case org.ffmusb.usbredir.proto.CancelDataPacket x -> requests.cancel(x.id());
            case org.ffmusb.usbredir.proto.FilterReject r -> {
                if (!disconnected) {
                    LOG.log(System.Logger.Level.INFO, "the guest rejected the device");
                    pendingRejected = true;
                }
            }
            case FilterFilter f -> {
                guestFilter = f.rules();
                pendingFilter = true;
            }
            case org.ffmusb.usbredir.proto.DeviceDisconnectAck a -> {
                if (!waitDisconnect) {
                    LOG.log(System.Logger.Level.WARNING, "device_disconnect_ack without a device_disconnect");
                } else {
                    waitDisconnect = false;
                    if (connectPending) {
                        sendDeviceConnect();
                    }
                }
            }
            default -> LOG.log(System.Logger.Level.WARNING, "unexpected " + c.type().cName());
        }
    }

    private void guestReset() {
        if (disconnected || resetDone) {
            return;
        }
        // Cancel what is pending (streams are told to restart: stall) before resetting, or it would
        // complete with "no device".
        if (cancelPendingTransfers(true)) {
            waitForCancellations();
        }
        if (backend == null || clearing) {
            return; // let go meanwhile, by another thread
        }
        if (resetDevice() != BackendResult.OK) {
            pendingLost = true;
        }
    }

    private void setConfiguration(SetConfiguration s) {
        int status = Status.SUCCESS;
        if (disconnected) {
            status = Status.IOERROR;
        } else if (config == null || config.value() != s.configuration()) {
            resetDone = false;
            if (cancelPendingTransfers(false)) {
                waitForCancellations();
            }
            if (backend == null || clearing) {
                parser.send(new ConfigurationStatus(s.id(), Status.IOERROR, 0)); // let go meanwhile
                return;
            }
            release(false);
            BackendResult r = backend.setConfiguration(s.configuration());
            if (r != BackendResult.OK) {
                LOG.log(System.Logger.Level.WARNING, "could not set configuration " + s.configuration() + ": " + r);
                status = Status.IOERROR;
            }
            if (claim(false) != Status.SUCCESS) {
                clearDevice();
                pendingLost = true;
                status = Status.IOERROR;
            } else {
                sendInterfaceAndEpInfo();
            }
        }
        parser.send(new ConfigurationStatus(s.id(), status, config != null ? config.value() : 0));
    }

    private void setAltSetting(SetAltSetting s) {
        if (disconnected) {
            parser.send(new AltSettingStatus(s.id(), Status.IOERROR, s.interfaceNumber(), 0xFF));
            return;
        }
        int i = interfaceIndex(s.interfaceNumber());
        if (i < 0) {
            parser.send(new AltSettingStatus(s.id(), Status.INVAL, s.interfaceNumber(), 0xFF));
            return;
        }
        resetDone = false;
        cancelTransfersOfInterface(i);
        BackendResult r = backend.setAltSetting(s.interfaceNumber(), s.alt());
        int status = r.status();
        if (r == BackendResult.NO_DEVICE) {
            handleDisconnect();
        }
        if (r == BackendResult.OK) {
            endpoints.clearInterface(s.interfaceNumber());
            altSetting[i] = s.alt();
            parseInterface(i);
            sendInterfaceAndEpInfo();
        }
        parser.send(new AltSettingStatus(s.id(), status, s.interfaceNumber(), altSetting[i]));
    }

    private void getAltSetting(GetAltSetting g) {
        if (disconnected) {
            parser.send(new AltSettingStatus(g.id(), Status.IOERROR, g.interfaceNumber(), 0xFF));
            return;
        }
        int i = interfaceIndex(g.interfaceNumber());
        parser.send(i >= 0 ? new AltSettingStatus(g.id(), Status.SUCCESS, g.interfaceNumber(), altSetting[i])
                : new AltSettingStatus(g.id(), Status.INVAL, g.interfaceNumber(), 0xFF));
    }

    private void allocBulkStreams(AllocBulkStreams a) {
        int status = Status.SUCCESS;
        if (disconnected) {
            status = Status.IOERROR;
        } else {
            int r = backend.allocStreams((int) Math.min(a.noStreams(), Integer.MAX_VALUE), endpointsOf(a.endpoints()));
            if (r < 0) {
                BackendResult result = HostBackend.streamsError(r);
                status = result.status();
                if (result == BackendResult.NO_DEVICE) {
                    handleDisconnect();
                }
            } else if (r < a.noStreams()) {
                LOG.log(System.Logger.Level.WARNING, "asked for " + a.noStreams() + " bulk streams, got " + r);
                status = Status.IOERROR;
            }
        }
        parser.send(new BulkStreamsStatus(a.id(), a.endpoints(), a.noStreams(), status));
    }

    private void freeBulkStreams(FreeBulkStreams f) {
        int status = Status.SUCCESS;
        if (disconnected) {
            status = Status.IOERROR;
        } else {
            BackendResult r = backend.freeStreams(endpointsOf(f.endpoints()));
            status = r.status();
            if (r == BackendResult.NO_DEVICE) {
                handleDisconnect();
            }
        }
        parser.send(new BulkStreamsStatus(f.id(), f.endpoints(), 0, status));
    }

    /** The endpoint addresses of a §6 bitmask of ep indices. */
    private static List<Integer> endpointsOf(long mask) {
        List<Integer> eps = new ArrayList<>();
        for (int i = 0; i < EndpointTable.ENDPOINTS; i++) {
            if ((mask & (1L << i)) != 0) {
                eps.add(EndpointType.address(i));
            }
        }
        return eps;
    }

    // --------------------------------------------------------------- device state (§9.1, §9.5)

    /** C usbredirhost_claim: reads the descriptors, claims every interface, parses the endpoints. */
    private int claim(boolean initial) {
        description = backend.describe();
        config = description.active().orElse(null);
        if (config != null && config.interfaces().size() > MAX_INTERFACES) {
            LOG.log(System.Logger.Level.ERROR, backend.description() + " has " + config.interfaces().size()
                    + " interfaces; usbredir carries at most 32");
            return Status.IOERROR;
        }
        if (initial) {
            restoreConfig = config != null ? config.value() : -1;
            // An unconfigured device with one configuration was probably "safely removed": give it
            // that configuration back on release so it becomes usable again.
            if (restoreConfig == -1 && description.configurations() == 1) {
                restoreConfig = description.firstConfiguration();
            }
        }
        java.util.Arrays.fill(altSetting, 0);
        claimed = true;
        backend.setAutoDetachKernelDrivers(true);
        if (config != null) {
            for (DeviceDescription.Interface i : config.interfaces()) {
                BackendResult r = backend.claimInterface(i.number());
                if (r != BackendResult.OK) {
                    LOG.log(System.Logger.Level.ERROR, r == BackendResult.BUSY
                            ? backend.description() + " is in use by another application (interface " + i.number()
                            + "); close it, or unbind its kernel driver"
                            : "could not claim interface " + i.number() + " of " + backend.description() + ": " + r);
                    if (r == BackendResult.NO_DEVICE) {
                        handleDisconnect();
                    }
                    return r.status();
                }
            }
        }
        parseConfig();
        return Status.SUCCESS;
    }

    /** C usbredirhost_release: releases the interfaces; with {@code attachDrivers} gives the device back. */
    private void release(boolean attachDrivers) {
        if (!claimed) {
            return;
        }
        backend.setAutoDetachKernelDrivers(false);
        if (config != null) {
            for (DeviceDescription.Interface i : config.interfaces()) {
                BackendResult r = backend.releaseInterface(i.number());
                if (r != BackendResult.OK && r != BackendResult.NOT_FOUND && r != BackendResult.NO_DEVICE) {
                    LOG.log(System.Logger.Level.WARNING, "could not release interface " + i.number() + ": " + r);
                }
            }
        }
        if (!attachDrivers) {
            return;
        }
        claimed = false;
        // Reset before re-binding the kernel drivers, so they get the device in a clean state.
        if (!doNotReset) {
            BackendResult r = backend.reset();
            if (r != BackendResult.OK) {
                if (r != BackendResult.NO_DEVICE) {
                    LOG.log(System.Logger.Level.WARNING, "could not reset " + backend.description() + ": " + r);
                }
                return;
            }
        }
        int current = config != null ? config.value() : -1;
        if (current != restoreConfig) {
            BackendResult r = backend.setConfiguration(restoreConfig);
            if (r != BackendResult.OK) {
                LOG.log(System.Logger.Level.WARNING, "could not restore configuration " + restoreConfig + ": " + r);
            }
            return; // setting a configuration binds the drivers of the new one
        }
        if (config != null) {
            for (DeviceDescription.Interface i : config.interfaces()) {
                BackendResult r = backend.attachKernelDriver(i.number());
                if (r != BackendResult.OK && r != BackendResult.NOT_FOUND && r != BackendResult.NO_DEVICE
                        && r != BackendResult.NOT_SUPPORTED && r != BackendResult.BUSY) {
                    LOG.log(System.Logger.Level.WARNING, "could not re-attach the driver of interface " + i.number()
                            + ": " + r);
                }
            }
        }
    }

    /** Resets the device unless quirked; on failure lets it go (the guest sees a disconnect). */
    private BackendResult resetDevice() {
        if (doNotReset) {
            return BackendResult.OK;
        }
        BackendResult r = backend.reset();
        if (r != BackendResult.OK) {
            LOG.log(System.Logger.Level.WARNING, "could not reset " + backend.description() + ": " + r);
            clearDevice();
            return r;
        }
        resetDone = true;
        return BackendResult.OK;
    }

    /**
     * C usbredirhost_clear_device. Waiting for cancellations releases the lock, so another thread may
     * ask to clear meanwhile: it waits for the first clear to finish instead of clearing twice.
     */
    private void clearDevice() {
        while (clearing) {
            cancellationsDone.awaitUninterruptibly();
        }
        if (backend == null) {
            return;
        }
        clearing = true;
        try {
            clearClaimedDevice();
        } finally {
            clearing = false;
            cancellationsDone.signalAll();
        }
    }

    private void clearClaimedDevice() {
        if (cancelPendingTransfers(false)) {
            waitForCancellations();
        }
        release(true);
        requests.closeAll();
        streams.closeAll();
        try {
            backend.close();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "closing " + backend.description() + " failed", e);
        }
        backend = null;
        config = null;
        description = null;
        connectPending = false;
        doNotReset = false;
        endpoints.clear();
        handleDisconnect();
    }

    /** The device is gone (or let go): one device_disconnect, then ioerror replies (§9.5). */
    void handleDisconnect() {
        if (disconnected) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "device disconnected");
        parser.send(new DeviceDisconnect());
        waitDisconnect = parser.peerCaps() != null && parser.peerCaps().has(Cap.DEVICE_DISCONNECT_ACK);
        disconnected = true;
        if (backend != null) {
            pendingLost = true;
        }
    }

    /** interface_info, ep_info, device_connect — deferred until the guest's hello and disconnect ack. */
    private void sendDeviceConnect() {
        if (!disconnected) {
            LOG.log(System.Logger.Level.ERROR, "internal error: device_connect while connected");
            return;
        }
        if (!parser.hasPeerHello() || waitDisconnect) {
            connectPending = true;
            return;
        }
        DeviceDescription d = description;
        sendInterfaceAndEpInfo();
        parser.send(new DeviceConnect(0, d.speed(), d.deviceClass(), d.deviceSubclass(), d.deviceProtocol(),
                d.vendorId(), d.productId(), d.deviceVersionBcd()));
        connectPending = false;
        disconnected = false;
    }

    private void sendInterfaceAndEpInfo() {
        List<Integer> numbers = new ArrayList<>(java.util.Collections.nCopies(MAX_INTERFACES, 0));
        List<Integer> classes = new ArrayList<>(numbers);
        List<Integer> subclasses = new ArrayList<>(numbers);
        List<Integer> protocols = new ArrayList<>(numbers);
        int count = config == null ? 0 : config.interfaces().size();
        for (int i = 0; i < count; i++) {
            DeviceDescription.Interface iface = config.interfaces().get(i);
            DeviceDescription.AltSetting alt = currentAlt(i);
            numbers.set(i, iface.number());
            classes.set(i, alt.interfaceClass());
            subclasses.set(i, alt.interfaceSubclass());
            protocols.set(i, alt.interfaceProtocol());
        }
        parser.send(new InterfaceInfo(0, count, numbers, classes, subclasses, protocols));
        parser.send(endpoints.toEpInfo());
    }

    private DeviceDescription.AltSetting currentAlt(int index) {
        DeviceDescription.Interface iface = config.interfaces().get(index);
        return iface.altSetting(altSetting[index]).orElse(iface.altSettings().getFirst());
    }

    private void parseConfig() {
        endpoints.clear();
        if (config != null) {
            for (int i = 0; i < config.interfaces().size(); i++) {
                parseInterface(i);
            }
        }
    }

    private void parseInterface(int index) {
        endpoints.parse(config.interfaces().get(index).number(), currentAlt(index), description.speed());
    }

    private int interfaceIndex(int number) {
        if (config != null) {
            for (int i = 0; i < config.interfaces().size(); i++) {
                if (config.interfaces().get(i).number() == number) {
                    return i;
                }
            }
        }
        LOG.log(System.Logger.Level.WARNING, "no interface " + number);
        return -1;
    }

    // --------------------------------------------------------------------- cancellation

    /**
     * Cancels every stream and data transfer (C usbredirhost_cancel_pending_urbs); with
     * {@code notifyGuest} each running stream is reported stalled (id 0) so the guest restarts it.
     * Data transfers still get their reply, with status cancelled. True if completions are awaited.
     */
    private boolean cancelPendingTransfers(boolean notifyGuest) {
        streams.cancelAll(notifyGuest);
        return requests.cancelAll() || cancelsPending > 0;
    }

    private void cancelTransfersOfInterface(int index) {
        for (DeviceDescription.Endpoint e : currentAlt(index).endpoints()) {
            streams.cancel(e.address());
            requests.cancelEndpoint(e.address());
        }
    }

    /** Waits, the lock released meanwhile, until every cancelled transfer has completed. */
    private void waitForCancellations() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cancelsPending > 0 || requests.inFlight() > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.log(System.Logger.Level.ERROR, "transfers still pending 10 s after cancelling them; going on");
                return;
            }
            try {
                cancellationsDone.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A cancelled or in-flight transfer completed: wake {@link #waitForCancellations}. */
    void transferEnded() {
        cancellationsDone.signalAll();
    }
}
