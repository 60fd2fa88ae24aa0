package org.ffmusb.emulator.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ffmusb.emulator.EmulatorException;
import org.ffmusb.emulator.ffi.gobject_h;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceModel;

/**
 * The native side of a {@link org.ffmusb.emulator.UsbEmulator}: the testbed, the buses (bus 1 behind a
 * USB 2 root hub for low/full/high speed, bus 2 behind a USB 3 one, like an xHCI controller; both hubs
 * are emulated devices themselves, see {@link Hub}), the tree of external hubs and the devices on their
 * ports, address allocation, the usbfs memory budget and the timer of synchronous transfers. One per
 * process.
 */
public final class EmulatorCore implements AutoCloseable {
    /** How often files closed with interfaces claimed are looked for (umockdev reports no close). */
    static final long CLOSE_POLL_MILLIS = 100;
    /** Linux's default usbfs_memory_mb: URB buffers in flight beyond this get ENOMEM. */
    static final long MEMORY_LIMIT = 16L << 20;
    private static final AtomicLong IDS = new AtomicLong();
    private static EmulatorCore current;
    private static volatile Thread ioThread;

    final Testbed testbed;
    /** Every uevent of the testbed goes out through it, in order. */
    final UeventSender uevents;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicLong memory = new AtomicLong();
    private final List<EmulatedDevice> plugged = new ArrayList<>();
    private final List<EmulatedDevice> rootHubDevices = new ArrayList<>();
    /** Every hub present (root hubs first, then external ones as they were plugged): the device on each port. */
    private final Map<EmulatedDevice, EmulatedDevice[]> hubs = new LinkedHashMap<>();
    private final Map<EmulatedDevice, EmulatedDevice> parents = new HashMap<>();
    private final int[] lastDevnum = {0, 1, 1};
    private boolean closed;

    private EmulatorCore(Testbed testbed) {
        this.testbed = testbed;
        this.uevents = new UeventSender(testbed.root());
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "usb-emulator-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.scheduleWithFixedDelay(this::releaseClaimsOfClosedClients, CLOSE_POLL_MILLIS, CLOSE_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Creates the process's testbed with its host controller and two root hubs; fails if one is open already. */
    public static synchronized EmulatorCore open() {
        if (current != null) {
            throw new EmulatorException("a UsbEmulator is already open in this process (the testbed redirects "
                    + "the whole process); close it first or share it");
        }
        Testbed tb = Testbed.create();
        EmulatorCore core = new EmulatorCore(tb);
        try {
            tb.add(SysfsRecord.controller());
            for (int bus = 1; bus <= 2; bus++) {
                Hub hub = Hub.root(bus == 2);
                EmulatedDevice dev = core.attach(hub, DescriptorSet.of(hub.definition()), PortPath.root(bus), 1);
                core.rootHubDevices.add(dev);
                core.hubs.put(dev, new EmulatedDevice[hub.portCount() + 1]);
            }
        } catch (RuntimeException e) {
            core.close();
            throw e;
        }
        current = core;
        return current;
    }

    public Path root() {
        return testbed.root();
    }

    /**
     * Plugs a device in: into the first free port of {@code hub}, or with {@code hub} null, of the root
     * hub of its bus, else of the external hubs on that bus in the order they were plugged; the next free
     * address of the bus.
     */
    public synchronized EmulatedDevice plug(DeviceModel model, EmulatedDevice hub) {
        if (closed) {
            throw new IllegalStateException("emulator closed");
        }
        DescriptorSet ds = DescriptorSet.of(model.definition());
        boolean superSpeed = ds.definition().speed().isSuperSpeed();
        int bus = superSpeed ? 2 : 1;
        List<EmulatedDevice> candidates = new ArrayList<>();
        if (hub != null) {
            if (!(hub.model instanceof Hub)) {
                throw new IllegalArgumentException(hub + " is no hub: nothing can be plugged into it");
            }
            if (!hubs.containsKey(hub)) {
                throw new IllegalStateException(hub + " is unplugged");
            }
            if (superSpeed && !((Hub) hub.model).isRoot()) {
                throw new EmulatorException("a SuperSpeed device needs a SuperSpeed port, and the emulated hubs are "
                        + "USB 2.0 hubs: plug it into the root hub of bus 2 (UsbEmulator.plug)");
            }
            candidates.add(hub);
        } else {
            hubs.keySet().stream().filter(h -> h.bus == bus).forEach(candidates::add);
        }
        for (EmulatedDevice parent : candidates) {
            EmulatedDevice[] ports = hubs.get(parent);
            for (int port = 1; port < ports.length; port++) {
                if (ports[port] == null) {
                    return plugInto(model, ds, parent, ports, port);
                }
            }
        }
        int total = candidates.stream().mapToInt(h -> hubs.get(h).length - 1).sum();
        throw new EmulatorException(hub != null ? "all " + total + " ports of " + hub + " are in use; unplug a device first"
                : "all " + total + " ports of bus " + bus + " are in use (its root hub's and its hubs'); "
                + (superSpeed ? "unplug a device first" : "plug a hub (UsbEmulator.plugHub) or unplug a device"));
    }

    /** Plugs an emulated USB 2.0 hub with {@code ports} ports, as {@link #plug} places a device. */
    public EmulatedDevice plugHub(int ports, EmulatedDevice hub) {
        return plug(Hub.external(ports), hub);
    }

    private EmulatedDevice plugInto(DeviceModel model, DescriptorSet ds, EmulatedDevice parent, EmulatedDevice[] ports,
            int port) {
        PortPath at = parent.at.child(port);
        if (model instanceof Hub && at.ports().length >= PortPath.MAX_PORTS) {
            throw new EmulatorException("USB allows no more than five hubs in a chain below the root hub: " + parent
                    + " is the fifth");
        }
        EmulatedDevice dev = attach(model, ds, at, nextDevnum(at.bus()));
        ports[port] = dev;
        parents.put(dev, parent);
        plugged.add(dev);
        if (model instanceof Hub h) {
            hubs.put(dev, new EmulatedDevice[h.portCount() + 1]);
        }
        ((Hub) parent.model).connect(port, ds.definition().speed(), dev.devnum);
        return dev;
    }

    /** Gives a device its node, ioctl handler and sysfs records. */
    private EmulatedDevice attach(DeviceModel model, DescriptorSet ds, PortPath at, int devnum) {
        PtyReadiness readiness = PtyReadiness.open();
        EmulatedDevice dev = new EmulatedDevice(IDS.incrementAndGet(), this, model, ds, at, devnum, readiness);
        dev.ioctlBase = IoctlServer.newHandler(dev.id);
        IoctlServer.DEVICES.put(dev.id, dev);
        try {
            dev.plug();
        } catch (IOException | RuntimeException e) {
            IoctlServer.DEVICES.remove(dev.id);
            gobject_h.g_object_unref(dev.ioctlBase);
            readiness.close();
            throw new EmulatorException("cannot plug " + dev + " into the testbed: " + e.getMessage(), e);
        }
        return dev;
    }

    /** Addresses go round-robin through 2..127 as Linux assigns them, skipping ones in use. */
    private int nextDevnum(int bus) {
        for (int i = 0; i < 126; i++) {
            int candidate = lastDevnum[bus] % 127 + 1;
            lastDevnum[bus] = candidate;
            if (candidate >= 2 && plugged.stream().noneMatch(d -> d.bus == bus && d.devnum == candidate)) {
                return candidate;
            }
        }
        throw new EmulatorException("no free device address on bus " + bus);
    }

    /**
     * Unplugs a device; a hub's devices first, port by port, as Linux's usb_disconnect disconnects the
     * children of a hub before the hub.
     */
    public void unplug(EmulatedDevice dev) {
        EmulatedDevice[] children;
        synchronized (this) {
            children = dev.isRootHub() ? null : hubs.remove(dev); // nothing is plugged into it any more
        }
        if (children != null) {
            for (EmulatedDevice child : children) {
                if (child != null) {
                    unplug(child);
                }
            }
        }
        dev.unplug();
        boolean wasPlugged;
        EmulatedDevice parent;
        synchronized (this) {
            wasPlugged = plugged.remove(dev);
            parent = parents.remove(dev);
            EmulatedDevice[] siblings = parent == null ? null : hubs.get(parent);
            if (siblings != null && siblings[dev.port] == dev) {
                siblings[dev.port] = null;
            }
        }
        if (wasPlugged && parent != null) {
            ((Hub) parent.model).disconnect(dev.port);
        }
        if (!dev.hasSessions()) {
            forget(dev);
        }
    }

    /** See {@link EmulatedDevice#releaseClaimsOfClosedClients}; timer thread. */
    private void releaseClaimsOfClosedClients() {
        List<EmulatedDevice> all;
        synchronized (this) {
            all = new ArrayList<>(hubs.keySet());
            all.addAll(plugged);
        }
        for (EmulatedDevice dev : all) {
            try {
                dev.releaseClaimsOfClosedClients();
            } catch (RuntimeException e) {
                System.getLogger("org.ffmusb.emulator").log(System.Logger.Level.ERROR,
                        "cannot release the interfaces of a closed file of " + dev, e);
            }
        }
    }

    public synchronized List<EmulatedDevice> devices() {
        return List.copyOf(plugged);
    }

    /** An unplugged device no process has open any more: drop the ioctl handler. */
    void forget(EmulatedDevice dev) {
        if (IoctlServer.DEVICES.remove(dev.id) != null) {
            gobject_h.g_object_unref(dev.ioctlBase);
        }
    }

    boolean onIoThread() {
        return Thread.currentThread() == ioThread;
    }

    /** Called at every upcall: umockdev's worker thread is the I/O thread; give it a name. */
    static void noteIoThread() {
        Thread t = Thread.currentThread();
        if (t != ioThread) {
            ioThread = t;
            t.setName(IoctlServer.IO_THREAD_NAME);
        }
    }

    boolean reserveMemory(long bytes) {
        while (true) {
            long used = memory.get();
            if (used + bytes > MEMORY_LIMIT) {
                return false;
            }
            if (memory.compareAndSet(used, used + bytes)) {
                return true;
            }
        }
    }

    void releaseMemory(long bytes) {
        memory.addAndGet(-bytes);
    }

    ScheduledFuture<?> schedule(Runnable task, long millis) {
        return timer.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Unplugs every device and removes the testbed. Processes still running in the testbed lose their
     * devices (they see them unplugged) and then the testbed itself.
     */
    @Override
    public void close() {
        List<EmulatedDevice> devices;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            devices = List.copyOf(plugged);
        }
        devices.forEach(this::unplug);
        List<EmulatedDevice> hubs = List.copyOf(rootHubDevices);
        hubs.reversed().forEach(EmulatedDevice::unplug);
        devices = new ArrayList<>(devices);
        devices.addAll(hubs);
        // Devices some process still has open: their handlers go too. Such a process keeps umockdev's
        // reference to the handler, and its further ioctls are answered ENODEV (no device registered).
        devices.forEach(this::forget);
        timer.shutdownNow();
        uevents.close();
        testbed.close();
        synchronized (EmulatorCore.class) {
            current = null;
        }
    }
}
