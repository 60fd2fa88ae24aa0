package org.ffmusb.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.EndpointType;

/**
 * A device model driven by a Java host as a host controller would drive it, without umockdev, files or
 * native code: the engine behind {@code org.ffmusb.emulator.direct.DirectDevice}.
 *
 * <h2>The dispatcher</h2>
 * Everything that calls into the model or back into the host is a piece of {@link Work} in one FIFO:
 * handing a transfer to the model, running the model's cancel hooks, calling the host's completion.
 * The queue is run by a holder of {@link #modelLock}, one piece at a time, so the model is never
 * entered twice at once nor re-entered from a completion (a completion that submits the next transfer
 * only queues it), and the host's completions of one device never run concurrently with each other
 * (nor, when the caller's thread runs the queue, with a model callback). Who runs it:
 * <ul>
 *   <li>{@link #onWorker} (the default): the device's worker thread only, as libusb's event thread
 *   does; submit and cancel just queue, and no completion ever runs inside them. Host operations run
 *   their model callbacks on the calling thread (holding the lock) and leave the queue to the worker,
 *   which calls the host back without the lock, so a host operation never waits for a completion
 *   handler (that may wait for the host's own lock).</li>
 *   <li>Otherwise (the caller's thread): whoever lets go of the lock as its outermost holder runs the
 *   queue first: the host thread that submits or cancels (when the lock is free), a thread in a host
 *   operation, or the worker. A drainer runs at most {@link #BUDGET} pieces and hands the rest to the
 *   worker, so a submit call returns even when completions keep resubmitting.</li>
 * </ul>
 * Either way a transfer a model completes from a thread of its own (a timer, a key press) is handed
 * to the worker: that thread is inside model code, which must not be re-entered.
 *
 * <h2>Locks</h2>
 * {@link #lock} (the device state) is never held while taking {@link #modelLock} or a transfer's lock,
 * and a transfer takes it only to be admitted (and when it stalls): the transfer path's other shared
 * structures, the queue and the list of transfers in flight, have monitors of their own, held for a
 * few instructions, so the host thread and the worker do not convoy on a parked lock. Host operations
 * other than submit and cancel wait for {@link #modelLock} (fair, so the worker cannot starve them).
 */
public final class DirectCore extends DeviceCore {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.emulator");
    /** Pieces of work one drainer runs before the worker takes over. */
    static final int BUDGET = 64;
    private static final AtomicLong IDS = new AtomicLong();
    private static volatile ScheduledThreadPoolExecutor timer;

    /** A piece of work for the dispatcher; each object is in the queue at most once at a time. */
    abstract static class Work {
        Work next;
        boolean queued;

        abstract void run();

        /** True for a call back into the host, which the worker makes without {@link #modelLock}. */
        boolean callsHost() {
            return false;
        }
    }

    /** How long the worker looks for more work before it parks: the next request of a host that keeps
     *  a device busy usually arrives within it, and then costs no wake-up. */
    private static final long SPIN_NANOS = 20_000;

    private final String name;
    private final boolean onWorker;
    private final Object queueLock = new Object();
    /** Written under {@link #queueLock}; read without it to see whether there is work. */
    private volatile Work head;
    private Work tail;
    /** Guards the list of transfers in flight: a monitor of its own, held for a few instructions, so that
     *  the host submitting and the dispatcher ending transfers do not contend on {@link #lock}. */
    private final Object pendingLock = new Object();
    /** Transfers in flight, newest last (guarded by {@link #pendingLock}). */
    private DirectLink firstPending;
    private DirectLink lastPending;
    /** Started when first needed, written under this object's monitor. */
    private volatile Thread worker;
    private volatile boolean workerParked;
    /** The worker is in a host completion, {@link #modelLock} let go (worker thread only). */
    private boolean callingHost;
    private volatile boolean stopped;
    private final List<Runnable> unplugListeners = new ArrayList<>();
    private boolean unplugNotified;

    private DirectCore(DeviceModel model, DescriptorSet descriptors, boolean onWorker) {
        super(model, descriptors, true);
        this.onWorker = onWorker;
        var d = descriptors.definition();
        this.name = String.format("usb-emulator-direct-%04x:%04x-%d", d.vendorId(), d.productId(),
                IDS.incrementAndGet());
    }

    /**
     * Plugs the model in: {@code plugged}, then the first configuration is selected as Linux's
     * enumeration selects it (usb_choose_configuration) and the model hears {@code configured}, as on
     * the umockdev path. Runs the model on the calling thread.
     */
    public static DirectCore attach(DeviceModel model, boolean completionsOnWorker) {
        DirectCore d = new DirectCore(model, DescriptorSet.of(model.definition()), completionsOnWorker);
        d.modelLock.lock();
        try {
            d.callModel(() -> model.plugged(d.context()));
            Configuration first = d.descriptors.definition().configurations().getFirst();
            d.lock.lock();
            try {
                d.selectConfiguration(first, true);
            } finally {
                d.lock.unlock();
            }
            d.callModel(() -> model.configured(first));
        } finally {
            d.exit(false);
        }
        return d;
    }

    public String name() {
        return name;
    }

    // ---- what the host reads

    public Configuration activeConfiguration() {
        lock.lock();
        try {
            return state.active();
        } finally {
            lock.unlock();
        }
    }

    /** The alternate setting selected on an interface of the active configuration, or -1 if there is none. */
    public int altSetting(int interfaceNumber) {
        lock.lock();
        try {
            AltSetting a = state.currentAlt(interfaceNumber);
            return a == null ? -1 : a.number();
        } finally {
            lock.unlock();
        }
    }

    /** The endpoint with this address in the current settings, or null. */
    public Endpoint endpoint(int address) {
        lock.lock();
        try {
            return state.currentEndpoint(address);
        } finally {
            lock.unlock();
        }
    }

    public boolean isHalted(int endpoint) {
        lock.lock();
        try {
            return isDataEndpoint(endpoint) && state.isHalted(endpoint);
        } finally {
            lock.unlock();
        }
    }

    public int streams(int endpoint) {
        lock.lock();
        try {
            return state.streams(endpoint);
        } finally {
            lock.unlock();
        }
    }

    // ---- host operations: wait for the model lock, act, run what they queued

    /** SET_CONFIGURATION: 0 unconfigures; a value the device does not have is refused (STALL). */
    public int setConfiguration(int value) {
        modelLock.lock();
        try {
            if (gone) {
                return HostTransfer.NO_DEVICE;
            }
            Configuration c = value == 0 ? null : descriptors.definition().configuration(value);
            if (value < 0 || value > 255 || (value != 0 && c == null)) {
                return HostTransfer.STALL;
            }
            StandardRequests.applyConfiguration(this, c);
            return HostTransfer.COMPLETED;
        } finally {
            exit(false);
        }
    }

    /** SET_INTERFACE: the transfers on the interface end CANCELLED; a missing setting is refused (STALL). */
    public int setAltSetting(int interfaceNumber, int altSetting) {
        modelLock.lock();
        try {
            if (gone) {
                return HostTransfer.NO_DEVICE;
            }
            return StandardRequests.applyAltSetting(this, interfaceNumber, altSetting)
                    ? HostTransfer.COMPLETED : HostTransfer.STALL;
        } finally {
            exit(false);
        }
    }

    /** CLEAR_FEATURE(ENDPOINT_HALT): an endpoint not in the current settings is refused (STALL). */
    public int clearHalt(int endpoint) {
        modelLock.lock();
        try {
            if (gone) {
                return HostTransfer.NO_DEVICE;
            }
            return StandardRequests.clearHalt(this, endpoint) ? HostTransfer.COMPLETED : HostTransfer.STALL;
        } finally {
            exit(false);
        }
    }

    /** A port reset: every transfer in flight ends CANCELLED; configuration and settings come back. */
    public int reset() {
        modelLock.lock();
        try {
            if (gone) {
                return HostTransfer.NO_DEVICE;
            }
            List<TransferCore> inFlight = new ArrayList<>();
            lock.lock();
            try {
                collectPending(ANY_ENDPOINT, inFlight);
            } finally {
                lock.unlock();
            }
            for (TransferCore t : inFlight) {
                t.cancel(-errno_h.ENOENT);
            }
            Configuration active;
            int[] alts;
            lock.lock();
            try {
                active = state.active();
                alts = resetStateLocked();
            } finally {
                lock.unlock();
            }
            announceReset(active, alts);
            return HostTransfer.COMPLETED;
        } finally {
            exit(false);
        }
    }

    /**
     * ALLOC_STREAMS (alloc) or FREE_STREAMS: the endpoints' transfers end CANCELLED first, as usbfs
     * kills the interface's URBs; ERROR for what Linux answers with EINVAL.
     */
    public int changeStreams(boolean alloc, int count, int[] endpoints) {
        modelLock.lock();
        try {
            if (gone) {
                return HostTransfer.NO_DEVICE;
            }
            if (endpoints.length < 1 || endpoints.length > 30 || (alloc && (count < 2 || count > 65536))) {
                return HostTransfer.ERROR;
            }
            int capacity;
            List<TransferCore> inFlight = new ArrayList<>();
            lock.lock();
            try {
                if (BulkStreams.interfaceOf(this, endpoints, ifnum -> 0) < 0) {
                    return HostTransfer.ERROR;
                }
                capacity = BulkStreams.capacity(this, endpoints);
                for (int ep : endpoints) {
                    collectPending(ep, inFlight);
                }
            } finally {
                lock.unlock();
            }
            for (TransferCore t : inFlight) {
                t.cancel(-errno_h.ENOENT);
            }
            int r;
            lock.lock();
            try {
                r = alloc ? BulkStreams.allocate(this, endpoints, count, capacity) : BulkStreams.free(this, endpoints);
            } finally {
                lock.unlock();
            }
            return r < 0 ? HostTransfer.ERROR : HostTransfer.COMPLETED;
        } finally {
            exit(false);
        }
    }

    /**
     * Unplugs: every transfer in flight ends NO_DEVICE (usbfs ESHUTDOWN), the model's cancel hooks
     * and the host's completions run, then the model's {@code unplugged}, all before this returns
     * (unless called from a completion: then right after it). Idempotent.
     */
    public void unplug() {
        java.util.concurrent.CountDownLatch drained = null;
        modelLock.lock();
        try {
            List<TransferCore> inFlight = new ArrayList<>();
            lock.lock();
            try {
                if (gone) {
                    return;
                }
                gone = true;
                collectPending(ANY_ENDPOINT, inFlight);
            } finally {
                lock.unlock();
            }
            for (TransferCore t : inFlight) {
                t.cancel(-errno_h.ESHUTDOWN);
            }
            post(new Work() {
                @Override
                void run() {
                    callModel(model::unplugged);
                    notifyUnplugged();
                }
            });
            if (onWorker && !isWorker() && modelLock.getHoldCount() == 1) {
                java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
                post(new Work() {
                    @Override
                    void run() {
                        done.countDown();
                    }
                });
                drained = done;
            }
            stopped = true;
        } finally {
            exit(true);
        }
        if (drained != null) {
            awaitUninterruptibly(drained); // the worker runs what the unplug queued
        }
        Thread w = worker;
        if (w != null) {
            LockSupport.unpark(w); // to end it
        }
    }

    /** Runs {@code listener} once the device is unplugged (at once if it is already): see {@link #unplug}. */
    public void onUnplugged(Runnable listener) {
        synchronized (unplugListeners) {
            if (!unplugNotified) {
                unplugListeners.add(listener);
                return;
            }
        }
        runGuarded(listener, "unplug listener of " + name);
    }

    private void notifyUnplugged() {
        List<Runnable> listeners;
        synchronized (unplugListeners) {
            unplugNotified = true;
            listeners = List.copyOf(unplugListeners);
            unplugListeners.clear();
        }
        for (Runnable l : listeners) {
            runGuarded(l, "unplug listener of " + name);
        }
    }

    // ---- transfers

    /**
     * Takes a submission in, as usbfs's SUBMITURB checks it against the device: NO_DEVICE once
     * unplugged; ERROR for an endpoint not in the current settings (ENOENT), of another type (EINVAL; a
     * bulk request on an interrupt endpoint becomes an interrupt transfer), or a stream the endpoint
     * does not have. Then the transfer is in flight: listed, and timed if asked.
     */
    int admit(DirectLink l, EndpointType type, int endpoint, int streamId, int timeoutMillis) {
        TransferCore t = l.core;
        lock.lock();
        try {
            if (gone) {
                return HostTransfer.NO_DEVICE;
            }
            int ifnum = -1;
            if (type != EndpointType.CONTROL) {
                Endpoint e = state.currentEndpoint(endpoint);
                if (e == null) {
                    return HostTransfer.ERROR;
                }
                EndpointType effective = type == EndpointType.BULK && e.type() == EndpointType.INTERRUPT
                        ? EndpointType.INTERRUPT : type;
                if (effective != e.type()) {
                    return HostTransfer.ERROR;
                }
                if (streamId != 0 && (effective != EndpointType.BULK || streamId < 0 || streamId > state.streams(endpoint))) {
                    return HostTransfer.ERROR;
                }
                if (effective != type) {
                    t.retype(effective);
                }
                ifnum = state.interfaceOfEndpoint(endpoint);
            }
            l.interfaceNumber = ifnum;
            synchronized (pendingLock) {
                if (timeoutMillis > 0) {
                    long arm = t.armCount();
                    l.timeout = timer().schedule(() -> cancelIfArm(t, arm), timeoutMillis, TimeUnit.MILLISECONDS);
                }
                link(l);
            }
            return HostTransfer.SUBMITTED;
        } finally {
            lock.unlock();
        }
    }

    /** The dispatcher's piece of work for a submission: to the standard requests or to the model. */
    void dispatch(DirectLink l) {
        TransferCore t = l.core;
        if (!t.isPending()) {
            return; // cancelled before it reached the model
        }
        if (t instanceof ControlCore c) {
            StandardRequests.dispatch(this, c);
        } else {
            submitToModel(t);
        }
    }

    /** Host-side cancel: runs what it queues right here if the dispatcher is free (and not on the worker). */
    boolean cancel(TransferCore t) {
        boolean mine = !onWorker && !modelLock.isHeldByCurrentThread() && modelLock.tryLock();
        try {
            return t.cancel(-errno_h.ENOENT);
        } finally {
            if (mine) {
                exit(false);
            }
        }
    }

    private void cancelIfArm(TransferCore t, long arm) {
        boolean mine = !onWorker && modelLock.tryLock();
        try {
            t.cancelIfArm(arm, -errno_h.ETIMEDOUT);
        } finally {
            if (mine) {
                exit(false);
            }
        }
    }

    @Override
    void forget(TransferCore t) {
        if (t.backing() instanceof DirectLink l) {
            synchronized (pendingLock) {
                unlink(l);
                if (l.timeout != null) {
                    l.timeout.cancel(false);
                    l.timeout = null;
                }
            }
        }
    }

    /** The transfers left on the endpoints of a changed interface (all data endpoints for a new
     *  configuration) end CANCELLED, as usbfs kills them before SETINTERFACE or SETCONFIGURATION. */
    @Override
    void settingsChanged(int interfaceNumber) {
        List<TransferCore> stale = new ArrayList<>();
        synchronized (pendingLock) {
            for (DirectLink l = firstPending; l != null; l = l.next) {
                boolean data = isDataEndpoint(l.core.endpoint());
                if (data && (interfaceNumber == ALL_INTERFACES || l.interfaceNumber == interfaceNumber)) {
                    stale.add(l.core);
                }
            }
        }
        for (TransferCore t : stale) {
            t.cancel(-errno_h.ENOENT);
        }
    }

    @Override
    void collectPending(int endpoint, List<TransferCore> out) {
        synchronized (pendingLock) {
            for (DirectLink l = firstPending; l != null; l = l.next) {
                if (endpoint == ANY_ENDPOINT || l.core.endpoint() == endpoint) {
                    out.add(l.core);
                }
            }
        }
    }

    /** Inside the dispatcher (a model callback, a hook, a completion, a host operation). */
    @Override
    boolean mayTouchBuffers() {
        return modelLock.isHeldByCurrentThread();
    }

    private void link(DirectLink l) {
        l.previous = lastPending;
        l.next = null;
        if (lastPending == null) {
            firstPending = l;
        } else {
            lastPending.next = l;
        }
        lastPending = l;
        l.linked = true;
    }

    private void unlink(DirectLink l) {
        if (!l.linked) {
            return;
        }
        if (l.previous == null) {
            firstPending = l.next;
        } else {
            l.previous.next = l.next;
        }
        if (l.next == null) {
            lastPending = l.previous;
        } else {
            l.next.previous = l.previous;
        }
        l.previous = null;
        l.next = null;
        l.linked = false;
    }

    // ---- the dispatcher

    void post(Work w) {
        synchronized (queueLock) {
            if (w.queued) {
                LOG.log(System.Logger.Level.ERROR, "work queued twice on " + name + "; ignored");
                return;
            }
            w.queued = true;
            w.next = null;
            if (tail == null) {
                head = w;
            } else {
                tail.next = w;
            }
            tail = w;
        }
    }

    private Work poll() {
        synchronized (queueLock) {
            Work w = head;
            if (w != null) {
                head = w.next;
                if (head == null) {
                    tail = null;
                }
                w.next = null;
                w.queued = false;
            }
            return w;
        }
    }

    private boolean queueEmpty() {
        return head == null;
    }

    private boolean isWorker() {
        return Thread.currentThread() == worker;
    }

    /** After posting from the host side: runs the queue on this thread if no one else does (or has the worker run it). */
    void runHere() {
        if (modelLock.isHeldByCurrentThread()) {
            return; // the drain this thread is in, or its exit, runs it
        }
        if (onWorker) {
            wakeWorker();
        } else if (modelLock.tryLock()) {
            exit(false);
        }
    }

    /** After posting from any thread: if this thread is not the dispatcher, the worker runs it. */
    void kick() {
        if (!modelLock.isHeldByCurrentThread()) {
            wakeWorker();
        }
    }

    /**
     * Lets go of the model lock. The outermost holder first runs the queue: everything ({@code all}),
     * or {@link #BUDGET} pieces and then hands the rest to the worker. A piece queued while it let go
     * is run by whoever holds the lock next, or by this thread taking it again.
     */
    void exit(boolean all) {
        if (modelLock.getHoldCount() > 1 || isWorker() && callingHost) {
            modelLock.unlock(); // the outer holder, or the worker's drain around this completion, runs the queue
            return;
        }
        if (onWorker && !isWorker()) {
            modelLock.unlock();
            if (!queueEmpty()) {
                wakeWorker();
            }
            return;
        }
        while (true) {
            boolean ranDry;
            try {
                ranDry = drain(all ? Integer.MAX_VALUE : BUDGET);
            } finally {
                modelLock.unlock();
            }
            if (queueEmpty()) {
                return;
            }
            if (!ranDry) {
                wakeWorker();
                return;
            }
            if (!modelLock.tryLock()) {
                return; // the holder runs it when it lets go
            }
        }
    }

    /** Runs up to {@code budget} pieces; true if the queue ran dry. */
    private boolean drain(int budget) {
        for (int i = 0; i < budget; i++) {
            Work w = poll();
            if (w == null) {
                return true;
            }
            try {
                if (onWorker && w.callsHost()) {
                    runUnlocked(w);
                } else {
                    w.run();
                }
            } catch (Throwable e) {
                LOG.log(System.Logger.Level.ERROR, "a completion or model callback of " + name + " failed", e);
            }
        }
        return false;
    }

    /**
     * A host completion on the worker, {@link #modelLock} let go meanwhile: a host calls device operations
     * (a reset, SET_INTERFACE) holding a lock of its own that its completion handlers take, and those
     * operations wait for {@link #modelLock}. Only the worker runs completions, so they stay in order
     * and never overlap each other.
     */
    private void runUnlocked(Work w) {
        modelLock.unlock();
        callingHost = true;
        try {
            w.run();
        } finally {
            callingHost = false;
            modelLock.lock();
        }
    }

    /** Starts the worker if there is none (it ends once the device is unplugged and idle) and wakes it if it sleeps. */
    private void wakeWorker() {
        Thread w = worker;
        if (w == null) {
            synchronized (this) {
                w = worker;
                if (w == null) {
                    w = Thread.ofPlatform().daemon().name(name).unstarted(this::work);
                    worker = w;
                    w.start();
                    return;
                }
            }
        }
        if (workerParked) {
            LockSupport.unpark(w);
        }
    }

    /** The worker: runs the queue; when it is empty, looks again for {@link #SPIN_NANOS}, then parks. */
    private void work() {
        while (true) {
            if (queueEmpty() && !spinForWork()) {
                synchronized (this) {
                    if (stopped && queueEmpty()) {
                        worker = null;
                        return;
                    }
                }
                workerParked = true;
                if (queueEmpty() && !stopped) {
                    LockSupport.park(this);
                }
                workerParked = false;
                continue;
            }
            modelLock.lock();
            exit(false);
        }
    }

    /**
     * Looks for work a little longer before parking. It yields rather than spins: when the host thread
     * and the worker share a core (a busy machine), a busy spin would keep the host from submitting the
     * very work the worker waits for, and each transfer would then cost the spin plus a wake-up.
     */
    private boolean spinForWork() {
        long until = System.nanoTime() + SPIN_NANOS;
        while (System.nanoTime() < until) {
            if (!queueEmpty()) {
                return true;
            }
            Thread.yield();
        }
        return false;
    }

    private static void awaitUninterruptibly(java.util.concurrent.CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = timer;
        if (t == null) {
            synchronized (DirectCore.class) {
                t = timer;
                if (t == null) {
                    t = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread th = new Thread(r, "usb-emulator-direct-timer");
                        th.setDaemon(true);
                        return th;
                    });
                    t.setRemoveOnCancelPolicy(true);
                    timer = t;
                }
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return name;
    }
}
