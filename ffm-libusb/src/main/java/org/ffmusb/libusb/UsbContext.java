package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.ffmusb.libusb.ffi.libusb_h;
import org.ffmusb.libusb.ffi.libusb_init_option;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.ffmusb.libusb.ffi.libusb_h.*;

/**
 * A libusb context: the root of every device, handle, transfer and hotplug listener, and the owner of
 * one named platform <b>event thread</b> ({@code libusb-events-N}) that runs from {@link #open} to
 * {@link #close}.
 *
 * <h2>Threads</h2>
 * Every transfer callback, every {@code CompletableFuture} completion of a transfer (and the dependent
 * actions that run synchronously with it) and every hotplug listener of this context runs on the event
 * thread ({@link #eventThread()}), and only there: the synchronous transfers of {@link UsbDeviceHandle} are
 * asynchronous ones the caller waits for, so no other thread ever handles libusb events. Code running on
 * the event thread must not block: it may read results, submit or cancel transfers, acquire and release
 * buffers and close handles (in a transfer callback the close completes after the callback), and a hotplug
 * listener may open devices; it must not call the synchronous methods ({@code controlTransfer},
 * {@code bulkTransfer}, {@code interruptTransfer}, string and BOS descriptors, configuration changes), nor
 * open a device inside a transfer callback (libusb would deadlock), which throw
 * {@link IllegalStateException} there, nor {@link #close()} this context. libusb's log messages arrive on
 * whatever thread libusb logs from.
 *
 * <h2>Lifetime</h2>
 * {@link #close()} closes everything the context owns, in order: hotplug listeners, handles (each
 * cancels its transfers and waits for their callbacks), transfers, the event thread, the devices, then
 * {@code libusb_exit} and the buffer memory. All other methods are thread-safe.
 */
public final class UsbContext implements AutoCloseable {
    private static final System.Logger NATIVE_LOG = System.getLogger("org.ffmusb.libusb.native");
    private static final AtomicInteger IDS = new AtomicInteger();

    /**
     * How to create a context.
     *
     * @param logLevel libusb's log level (its messages go to {@code logListener}, or to the
     *     {@code System.Logger} "org.ffmusb.libusb.native")
     * @param noDeviceDiscovery skip enumeration (for {@link #wrapSysDevice} with a file descriptor received
     *     from a broker); on libusb 1.0.26 this is process-wide and stays set for later contexts
     * @param logListener receives libusb's log messages instead of the System.Logger, or {@code null};
     *     runs on any thread and must not block
     */
    public record Options(LogLevel logLevel, boolean noDeviceDiscovery, BiConsumer<LogLevel, String> logListener) {
        /** Warnings logged, devices discovered. */
        public static final Options DEFAULT = new Options(LogLevel.WARNING, false, null);

        public Options withLogLevel(LogLevel level) {
            return new Options(level, noDeviceDiscovery, logListener);
        }

        public Options withNoDeviceDiscovery(boolean value) {
            return new Options(logLevel, value, logListener);
        }

        public Options withLogListener(BiConsumer<LogLevel, String> listener) {
            return new Options(logLevel, noDeviceDiscovery, listener);
        }
    }

    private static final class SetOption {
        static final libusb_h.libusb_set_option NO_ARG = libusb_h.libusb_set_option.makeInvoker();
        static final libusb_h.libusb_set_option INT_ARG = libusb_h.libusb_set_option.makeInvoker(C_INT);
    }

    private final MemorySegment context;
    private final Arena arena;
    private final EventLoop eventLoop;
    private final BufferPool pool;
    private final Options options;
    private final Map<Long, UsbDevice> devices = new HashMap<>();
    private final Set<UsbDeviceHandle> handles = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Transfer> transfers = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<HotplugRegistration> registrations = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean closed;

    private UsbContext(MemorySegment context, Arena arena, Options options) {
        this.context = context;
        this.arena = arena;
        this.options = options;
        this.pool = new BufferPool(arena);
        this.eventLoop = new EventLoop(context, arena, "libusb-events-" + IDS.incrementAndGet());
    }

    /** A context with {@link Options#DEFAULT}. */
    public static UsbContext open() {
        return open(Options.DEFAULT);
    }

    /**
     * Creates a context ({@code libusb_init_context} on libusb 1.0.27+, else {@code libusb_init}) and
     * starts its event thread.
     *
     * @throws IllegalStateException if libusb is not installed or native access is denied (the message
     *     says what to install or which flag to add)
     * @throws UsbException if libusb fails to initialise
     */
    public static UsbContext open(Options options) {
        NativeLibrary.ensureLoaded();
        Arena arena = Arena.ofShared();
        try {
            MemorySegment out = arena.allocate(ADDRESS);
            int r;
            if (libusb_init_context$isAvailable()) {
                MemorySegment opts = libusb_init_option.allocateArray(2, arena);
                libusb_init_option.option(libusb_init_option.asSlice(opts, 0), LIBUSB_OPTION_LOG_LEVEL());
                libusb_init_option.value.ival(libusb_init_option.value(libusb_init_option.asSlice(opts, 0)),
                        options.logLevel().code());
                libusb_init_option.option(libusb_init_option.asSlice(opts, 1), LIBUSB_OPTION_NO_DEVICE_DISCOVERY());
                r = libusb_init_context(out, opts, options.noDeviceDiscovery() ? 2 : 1);
            } else {
                if (options.noDeviceDiscovery()) {
                    UsbException.check(SetOption.NO_ARG.apply(MemorySegment.NULL, LIBUSB_OPTION_NO_DEVICE_DISCOVERY()),
                            "libusb_set_option(NULL, LIBUSB_OPTION_NO_DEVICE_DISCOVERY)");
                }
                r = libusb_init(out);
            }
            UsbException.check(r, "libusb_init");
            MemorySegment ctx = out.get(ADDRESS, 0);
            UsbContext usb = new UsbContext(ctx, arena, options);
            Upcalls.CONTEXTS.put(ctx.address(), usb);
            libusb_set_log_cb(ctx, Upcalls.LOG_CALLBACK, LIBUSB_LOG_CB_CONTEXT());
            usb.setLogLevel(options.logLevel());
            usb.eventLoop.start();
            return usb;
        } catch (RuntimeException | Error e) {
            arena.close();
            throw e;
        }
    }

    /** Sets libusb's log level for this context ({@code LIBUSB_OPTION_LOG_LEVEL}). */
    public void setLogLevel(LogLevel level) {
        UsbException.check(SetOption.INT_ARG.apply(context, LIBUSB_OPTION_LOG_LEVEL(), level.code()),
                "libusb_set_option(LIBUSB_OPTION_LOG_LEVEL)");
    }

    /** The event thread, on which callbacks and hotplug listeners run. */
    public Thread eventThread() {
        return eventLoop.thread();
    }

    /** Whether the calling thread is this context's event thread. */
    public boolean isEventThread() {
        return eventLoop.isEventThread();
    }

    /** The pool that supplies transfer buffers. */
    public BufferPool bufferPool() {
        return pool;
    }

    /**
     * The devices libusb sees now ({@code libusb_get_device_list}). Devices seen before keep their
     * {@link UsbDevice} object; devices no longer present are released.
     */
    public List<UsbDevice> devices() {
        checkOpen();
        try (Arena local = Arena.ofConfined()) {
            MemorySegment out = local.allocate(ADDRESS);
            long n = libusb_get_device_list(context, out);
            UsbException.check((int) Math.min(0, n), "libusb_get_device_list");
            MemorySegment list = out.get(ADDRESS, 0).reinterpret(ADDRESS.byteSize() * (n + 1));
            try {
                List<UsbDevice> result = new ArrayList<>((int) n);
                Set<Long> present = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    MemorySegment device = list.getAtIndex(ADDRESS, i);
                    UsbDevice d = deviceFor(device);
                    present.add(device.address());
                    // Only valid between get_device_list and free_device_list (libusb_get_parent docs).
                    MemorySegment parent = libusb_get_parent(device);
                    d.parent(parent.equals(MemorySegment.NULL) ? null : deviceFor(parent));
                    result.add(d);
                }
                List<UsbDevice> gone = new ArrayList<>();
                synchronized (this) {
                    devices.entrySet().removeIf(e -> {
                        if (!present.contains(e.getKey())) {
                            gone.add(e.getValue());
                            return true;
                        }
                        return false;
                    });
                }
                gone.forEach(UsbDevice::release);
                return List.copyOf(result);
            } finally {
                libusb_free_device_list(list, 1);
            }
        }
    }

    /**
     * Opens the first device with this vendor and product ID ({@code libusb_open_device_with_vid_pid}).
     *
     * @return empty if no such device is present
     * @throws UsbException if the device is present but cannot be opened (the message says why, e.g. the
     *     udev rule to add)
     */
    public Optional<UsbDeviceHandle> openDevice(int vendorId, int productId) {
        checkOpen();
        checkNotInTransferCallback("opening a device");
        MemorySegment handle = libusb_open_device_with_vid_pid(context, (short) vendorId, (short) productId);
        if (!handle.equals(MemorySegment.NULL)) {
            return Optional.of(adopt(deviceFor(libusb_get_device(handle)), handle));
        }
        // NULL hides the reason: open the device ourselves to report it.
        for (UsbDevice d : devices()) {
            if (d.descriptor().vendorId() == vendorId && d.descriptor().productId() == productId) {
                return Optional.of(d.open());
            }
        }
        return Optional.empty();
    }

    /**
     * Wraps a file descriptor already open on a {@code /dev/bus/usb/BBB/DDD} node
     * ({@code libusb_wrap_sys_device}); the descriptor must stay open until the handle is closed.
     */
    public UsbDeviceHandle wrapSysDevice(long fd) {
        checkOpen();
        checkNotInTransferCallback("wrapping a device");
        try (Arena local = Arena.ofConfined()) {
            MemorySegment out = local.allocate(ADDRESS);
            int r = libusb_wrap_sys_device(context, fd, out);
            if (r == LIBUSB_ERROR_IO()) {
                // libusb's only clue: CONNECTINFO or reading the descriptors from the descriptor failed
                throw new UsbException(UsbError.IO, "libusb_wrap_sys_device(" + fd + ") failed with LIBUSB_ERROR_IO: "
                        + "file descriptor " + fd + " is not an open usbfs device node (/dev/bus/usb/BBB/DDD opened "
                        + "read-write); pass the descriptor your broker opened for the device");
            }
            UsbException.check(r, "libusb_wrap_sys_device(" + fd + ")");
            MemorySegment handle = out.get(ADDRESS, 0);
            return adopt(deviceFor(libusb_get_device(handle)), handle);
        }
    }

    /** Hotplug of every device, with the devices already present reported as arrived first. */
    public HotplugRegistration addHotplugListener(HotplugListener listener) {
        return addHotplugListener(HotplugListener.ANY, HotplugListener.ANY, HotplugListener.ANY, true, listener);
    }

    /**
     * Registers a hotplug listener ({@code libusb_hotplug_register_callback}) for devices matching
     * vendor, product and device class ({@link HotplugListener#ANY} matches all). The listener runs on the
     * event thread, including for the devices already present when {@code enumerate} is set (those are
     * delivered before any later event, shortly after this method returns).
     *
     * @throws UsbException NOT_SUPPORTED if this platform has no hotplug
     */
    public HotplugRegistration addHotplugListener(int vendorId, int productId, int deviceClass, boolean enumerate,
            HotplugListener listener) {
        checkOpen();
        var registration = new HotplugRegistration(this, listener);
        int slot = Upcalls.HOTPLUG.add(registration);
        registration.slot(slot);
        try (Arena local = Arena.ofConfined()) {
            MemorySegment out = local.allocate(JAVA_INT);
            int r = libusb_hotplug_register_callback(context,
                    LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED() | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT(),
                    enumerate ? LIBUSB_HOTPLUG_ENUMERATE() : 0, vendorId, productId, deviceClass,
                    Upcalls.HOTPLUG_CALLBACK, MemorySegment.ofAddress(slot), out);
            if (r < 0) {
                Upcalls.HOTPLUG.remove(slot);
                throw UsbException.of(r, "libusb_hotplug_register_callback");
            }
            registration.handle(out.get(JAVA_INT, 0));
        }
        synchronized (this) {
            registrations.add(registration);
        }
        return registration;
    }

    void deregister(HotplugRegistration registration) {
        synchronized (this) {
            if (!registrations.remove(registration)) {
                return;
            }
        }
        libusb_hotplug_deregister_callback(context, registration.handle());
        Upcalls.HOTPLUG.remove(registration.slot());
    }

    /** From the hotplug upcall: find or make the device object, deliver on the event thread. */
    void hotplugEvent(HotplugRegistration registration, MemorySegment device, int event) {
        boolean arrived = event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED();
        UsbDevice d = deviceFor(device);
        if (!arrived && d.markDisconnected()) {
            // After every listener has seen this LEFT (they are called within the same event round).
            eventLoop.execute(() -> {
                synchronized (this) {
                    devices.remove(device.address(), d);
                }
                d.release();
            });
        }
        eventLoop.execute(() -> registration.deliver(arrived, d));
    }

    synchronized UsbDevice deviceFor(MemorySegment device) {
        UsbDevice d = devices.get(device.address());
        if (d == null || d.isReleased()) {
            d = new UsbDevice(this, device);
            devices.put(device.address(), d);
        }
        return d;
    }

    UsbDeviceHandle adopt(UsbDevice device, MemorySegment handle) {
        var h = new UsbDeviceHandle(this, device, handle);
        synchronized (this) {
            if (closed) {
                libusb_close(handle);
                throw new IllegalStateException("the context is closed");
            }
            handles.add(h);
        }
        return h;
    }

    synchronized void forget(UsbDeviceHandle handle) {
        handles.remove(handle);
    }

    synchronized void track(Transfer transfer) {
        if (closed) {
            throw new IllegalStateException("the context is closed");
        }
        transfers.add(transfer);
    }

    synchronized void forget(Transfer transfer) {
        transfers.remove(transfer);
    }

    void logged(LogLevel level, String message) {
        var listener = options.logListener();
        if (listener != null) {
            listener.accept(level, message);
            return;
        }
        NATIVE_LOG.log(switch (level) {
            case ERROR -> System.Logger.Level.ERROR;
            case WARNING -> System.Logger.Level.WARNING;
            case INFO -> System.Logger.Level.INFO;
            default -> System.Logger.Level.DEBUG;
        }, message);
    }

    EventLoop eventLoop() {
        return eventLoop;
    }

    MemorySegment pointer() {
        return context;
    }

    /** libusb_open and friends take the lock libusb holds while it runs transfer callbacks. */
    void checkNotInTransferCallback(String what) {
        if (eventLoop.inTransferCallback()) {
            throw new IllegalStateException(what + " is not possible in a transfer callback: libusb holds its list of "
                    + "open devices locked while it runs them, and would deadlock; open devices from a hotplug listener "
                    + "or from another thread");
        }
    }

    void checkNotEventThread(String what) {
        if (eventLoop.isEventThread()) {
            throw new IllegalStateException(what + " blocks and must not run on the event thread "
                    + eventLoop.thread().getName() + " (callbacks run there): submit an async transfer instead, "
                    + "or call it from another thread");
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the context is closed");
        }
    }

    /** Whether {@link #close()} has been called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Closes hotplug listeners, handles (waiting for their transfers' callbacks), transfers, stops the event
     * thread, releases devices, calls {@code libusb_exit} and frees the buffers. Idempotent.
     *
     * @throws IllegalStateException on the event thread, which this method must join
     */
    @Override
    public void close() {
        if (eventLoop.isEventThread()) {
            throw new IllegalStateException("close the context from another thread than its event thread "
                    + eventLoop.thread().getName() + ", which it must stop and join");
        }
        List<HotplugRegistration> regs;
        List<UsbDeviceHandle> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            regs = new ArrayList<>(registrations);
            open = new ArrayList<>(handles);
        }
        regs.forEach(HotplugRegistration::close);
        open.forEach(UsbDeviceHandle::close);
        List<Transfer> left;
        synchronized (this) {
            left = new ArrayList<>(transfers);
        }
        left.forEach(Transfer::close);
        eventLoop.stop();
        libusb_set_log_cb(context, MemorySegment.NULL, LIBUSB_LOG_CB_CONTEXT());
        List<UsbDevice> all;
        synchronized (this) {
            all = new ArrayList<>(devices.values());
            devices.clear();
        }
        all.forEach(UsbDevice::release);
        libusb_exit(context);
        Upcalls.CONTEXTS.remove(context.address());
        arena.close();
    }

    @Override
    public String toString() {
        return "UsbContext[" + eventLoop.thread().getName() + (isClosed() ? ", closed]" : "]");
    }
}
