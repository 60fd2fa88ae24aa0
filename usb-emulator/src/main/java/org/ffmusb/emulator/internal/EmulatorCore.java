package org.ffmusb.emulator.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * are emulated devices themselves, see {@link RootHub}), address
 * allocation, the usbfs memory budget and the timer of synchronous transfers. One per process.
 */
public final class EmulatorCore implements AutoCloseable {
    /** Linux's default usbfs_memory_mb: URB buffers in flight beyond this get ENOMEM. */
    static final long MEMORY_LIMIT = 16L << 20;
    private static final AtomicLong IDS = new AtomicLong();
    private static EmulatorCore current;
    private static volatile Thread ioThread;

    final Testbed testbed;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicLong memory = new AtomicLong();
    private final List<EmulatedDevice> plugged = new ArrayList<>();
    private final RootHub[] rootHubs = new RootHub[3];
    private final List<EmulatedDevice> rootHubDevices = new ArrayList<>();
    private final boolean[][] portUsed = new boolean[3][16];
    private final int[] lastDevnum = {0, 1, 1};
    private boolean closed;

    private EmulatorCore(Testbed testbed) {
        this.testbed = testbed;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "usb-emulator-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
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
                RootHub hub = new RootHub(bus == 2);
                core.rootHubs[bus] = hub;
                core.rootHubDevices.add(core.attach(hub, DescriptorSet.of(hub.definition()), bus, 0, 1));
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

    /** Plugs a device in: the next free port of its bus, the next free address. */
    public synchronized EmulatedDevice plug(DeviceModel model) {
        if (closed) {
            throw new IllegalStateException("emulator closed");
        }
        DescriptorSet ds = DescriptorSet.of(model.definition());
        int bus = ds.definition().speed().isSuperSpeed() ? 2 : 1;
        int port = 1;
        while (port <= RootHub.PORTS && portUsed[bus][port]) {
            port++;
        }
        if (port > RootHub.PORTS) {
            throw new EmulatorException("all " + RootHub.PORTS + " ports of bus " + bus
                    + " are in use; unplug a device first");
        }
        EmulatedDevice dev = attach(model, ds, bus, port, nextDevnum(bus));
        portUsed[bus][port] = true;
        plugged.add(dev);
        rootHubs[bus].connect(port, ds.definition().speed(), dev.devnum);
        return dev;
    }

    /** Gives a device its node, ioctl handler and sysfs records. */
    private EmulatedDevice attach(DeviceModel model, DescriptorSet ds, int bus, int port, int devnum) {
        PtyReadiness readiness = PtyReadiness.open();
        EmulatedDevice dev = new EmulatedDevice(IDS.incrementAndGet(), this, model, ds, bus, port, devnum, readiness);
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

    public void unplug(EmulatedDevice dev) {
        dev.unplug();
        boolean wasPlugged;
        synchronized (this) {
            wasPlugged = plugged.remove(dev);
            if (wasPlugged) {
                portUsed[dev.bus][dev.port] = false;
            }
        }
        if (wasPlugged) {
            rootHubs[dev.bus].disconnect(dev.port);
        }
        if (!dev.hasSessions()) {
            forget(dev);
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
        testbed.close();
        synchronized (EmulatorCore.class) {
            current = null;
        }
    }
}
