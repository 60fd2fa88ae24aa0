package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.umockdev_h;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Interface;

/**
 * One plugged-in device as usbfs serves it: its place on the bus, its sysfs records, and the open files
 * of client processes (sessions with their claims and URBs). What the device itself is (descriptors,
 * state, halts, model calls) is {@link DeviceCore}. The state is guarded by {@link #lock}, which is never
 * held while calling a model or umockdev. Model callbacks run on the I/O thread, except plugged and
 * unplugged (the plugging thread) and cancellation hooks (the cancelling thread).
 */
public final class EmulatedDevice extends DeviceCore {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.emulator");

    final long id;
    final EmulatorCore emulator;
    final int bus;
    /** The port on the parent hub; 0 for a root hub. */
    final int port;
    /** Where on the bus: the ports from the root hub down. */
    final PortPath at;
    final int devnum;
    final String syspath;
    final String devnode;
    final PtyReadiness readiness;
    /** The sysfs records, driver links and uevents of the device and its interfaces. */
    final DeviceSysfs sysfs;
    MemorySegment ioctlBase = MemorySegment.NULL;

    final Map<Long, ClientSession> sessions = new LinkedHashMap<>();
    final List<Urb> orphans = new ArrayList<>();

    EmulatedDevice(long id, EmulatorCore emulator, DeviceModel model, DescriptorSet descriptors, PortPath at,
            int devnum, PtyReadiness readiness) {
        super(model, descriptors, false);
        this.id = id;
        this.emulator = emulator;
        this.bus = at.bus();
        this.port = at.port();
        this.at = at;
        this.devnum = devnum;
        this.syspath = "/sys" + at.sysfsPath();
        this.devnode = "/dev/bus/usb/" + SysfsRecord.three(bus) + "/" + SysfsRecord.three(devnum);
        this.readiness = readiness;
        this.sysfs = new DeviceSysfs(this, emulator.testbed, emulator.uevents);
    }

    public int busNumber() {
        return bus;
    }

    public int deviceAddress() {
        return devnum;
    }

    public String syspath() {
        return syspath;
    }

    public String devnode() {
        return devnode;
    }

    /** Its sysfs records and the uevents that go with them. */
    public DeviceSysfs sysfs() {
        return sysfs;
    }

    /** The ports from the root hub down. */
    public int[] portNumbers() {
        return at.ports();
    }

    /** True for a hub, root or external. */
    public boolean isHub() {
        return model instanceof Hub;
    }

    /** True for the root hub of a bus (port 0, address 1). */
    @Override
    public boolean isRootHub() {
        return port == 0;
    }

    // ---- plug and unplug (caller's thread) ----

    /**
     * Creates the device node, attaches the ioctl handler, adds the sysfs records with Linux's uevents
     * ({@link DeviceSysfs}). umockdev itself records the node's major:minor (from the {@code dev}
     * attribute) for the preload library, which then reports a character device from stat().
     */
    void plug() throws java.io.IOException {
        Path root = emulator.testbed.root();
        Path node = root.resolve(devnode.substring(1));
        Files.createDirectories(node.getParent());
        Files.deleteIfExists(node);
        Files.createSymbolicLink(node, Path.of(readiness.slavePath()));
        callModel(() -> model.plugged(context()));
        emulator.testbed.attachIoctl(devnode, ioctlBase);
        Configuration first = descriptors.definition().configurations().getFirst();
        lock.lock();
        try {
            selectConfiguration(first, true);
        } finally {
            lock.unlock();
        }
        sysfs.plugged(first, model instanceof Hub hub ? hub.portCount() : 0);
        callModel(() -> model.configured(first));
    }

    /**
     * Unplugs: every URB in flight ends with ESHUTDOWN (libusb: LIBUSB_TRANSFER_NO_DEVICE), blocked
     * reapers get what is left or ENODEV, poll() turns to POLLERR|POLLHUP, the sysfs records go with
     * Linux's uevents (drivers unbound, then "remove"). Processes that keep the file open get ENODEV for
     * everything but reaping.
     */
    void unplug() {
        List<TransferCore> inFlight = new ArrayList<>();
        List<IoctlCall> reapers = new ArrayList<>();
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
        lock.lock();
        try {
            for (ClientSession s : sessions.values()) {
                IoctlCall parked = s.takeParked();
                if (parked != null) {
                    reapers.add(parked);
                }
            }
            updateReadiness();
        } finally {
            lock.unlock();
        }
        for (IoctlCall r : reapers) {
            r.fail(errno_h.ENODEV);
            r.release();
        }
        callModel(model::unplugged);
        sysfs.unplugged();
        emulator.testbed.detachIoctl(devnode);
        try {
            Files.deleteIfExists(emulator.testbed.root().resolve(devnode.substring(1)));
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot remove device node " + devnode, e);
        }
        readiness.hangUp();
    }

    /**
     * The driver bound to an interface of the active configuration, as GETDRIVER and sysfs tell it: a
     * kernel driver, "usbfs" while a program has claimed it, or null (none, no such interface, or the
     * device is gone). Any thread.
     */
    public String boundDriver(int interfaceNumber) {
        lock.lock();
        try {
            Configuration active = state.active();
            if (gone || interfaceNumber < 0 || interfaceNumber >= 32 || active == null
                    || active.iface(interfaceNumber) == null) {
                return null;
            }
            return state.boundDriver(interfaceNumber);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A kernel driver takes an interface (as when its module is loaded): it holds it until a program
     * detaches it, and takes it again on USBDEVFS_CONNECT and with each new configuration that has the
     * interface. True if it is bound now, false if a program's claim holds the interface (the driver then
     * waits for a CONNECT, as on Linux). Caller's thread; the bind uevent is out when this returns.
     */
    public boolean bindKernelDriver(int interfaceNumber, String driver) {
        boolean bound;
        lock.lock();
        try {
            if (gone) {
                throw new IllegalStateException(this + " is unplugged");
            }
            if (isHub()) {
                throw new IllegalArgumentException("the interface of " + this + " has the hub driver");
            }
            Configuration active = state.active();
            if (interfaceNumber < 0 || interfaceNumber >= 32 || active == null || active.iface(interfaceNumber) == null) {
                throw new IllegalArgumentException("no interface " + interfaceNumber + " in the active configuration of "
                        + this);
            }
            state.setProbingDriver(interfaceNumber, driver);
            bound = KernelDrivers.bind(this, interfaceNumber);
        } finally {
            lock.unlock();
        }
        sysfs.syncDrivers();
        return bound;
    }

    // ---- client files (I/O thread) ----

    /** The session of a client, created when umockdev reports the connection (or at its first ioctl). */
    ClientSession session(MemorySegment client) {
        lock.lock();
        try {
            return sessions.computeIfAbsent(client.address(), a -> new ClientSession(this, client));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends the sessions of clients whose connection is closed, as Linux's usbdev_release ends them at
     * close(). umockdev announces a closed client with notify::connected only when GIO notifies its
     * stream's "closed" property, which GLib's GIOStream never does, so without this a process that
     * closed the file (or died) kept its interface claims for good and the next program got EBUSY.
     * Called before each ioctl is served, on the I/O thread.
     */
    void endClosedSessions() {
        List<MemorySegment> closed = null;
        lock.lock();
        try {
            for (ClientSession s : sessions.values()) {
                if (!s.closing && umockdev_h.umockdev_ioctl_client_get_connected(s.client) == 0) {
                    if (closed == null) {
                        closed = new ArrayList<>();
                    }
                    closed.add(s.client);
                }
            }
        } finally {
            lock.unlock();
        }
        if (closed != null) {
            closed.forEach(this::clientGone);
        }
    }

    /**
     * A process that closed the file (or died) loses its interfaces at once, as usbdev_release releases
     * them at close(), so that their drivers unbind (uevents) without waiting for some other ioctl on
     * the device: umockdev announces no close (see {@link #endClosedSessions}), so the emulator's timer
     * asks every {@value EmulatorCore#CLOSE_POLL_MILLIS} ms, for the files that hold claims only. The
     * rest of the session (its URBs) ends at the next ioctl, on the I/O thread. Timer thread.
     */
    void releaseClaimsOfClosedClients() {
        boolean released = false;
        lock.lock();
        try {
            for (ClientSession s : sessions.values()) {
                if (s.claimed != 0 && !s.closing && umockdev_h.umockdev_ioctl_client_get_connected(s.client) == 0) {
                    for (int i = 0; i < 32; i++) {
                        if (s.hasClaimed(i)) {
                            Claims.unbind(this, i);
                        }
                    }
                    released = true;
                }
            }
        } finally {
            lock.unlock();
        }
        if (released) {
            sysfs.syncDrivers();
        }
    }

    /**
     * A process closed the file (or died): like Linux's usbdev_release, its claims are released, its
     * URBs in flight are killed (ENOENT) and completed ones dropped. Runs on the I/O thread.
     */
    void clientGone(MemorySegment client) {
        ClientSession s;
        List<TransferCore> inFlight = new ArrayList<>();
        IoctlCall parked;
        lock.lock();
        try {
            s = sessions.get(client.address());
            if (s == null) {
                return;
            }
            s.closing = true;
            s.pending.forEach(u -> inFlight.add(u.transfer));
            inFlight.addAll(s.syncPending);
            for (int i = 0; i < 32; i++) {
                if (s.hasClaimed(i)) {
                    Claims.unbind(this, i);
                }
            }
            state.releasePorts(s); // usb_hub_release_all_ports
            parked = s.takeParked();
        } finally {
            lock.unlock();
        }
        for (TransferCore t : inFlight) {
            t.cancel(-errno_h.ENOENT);
        }
        List<Urb> drop;
        lock.lock();
        try {
            s.closed = true;
            sessions.remove(client.address());
            drop = new ArrayList<>(s.completed);
            drop.addAll(orphans);
            s.completed.clear();
            orphans.clear();
            updateReadiness();
        } finally {
            lock.unlock();
        }
        drop.forEach(Urb::release);
        if (parked != null) {
            parked.release();
        }
        s.dropReference();
        if (gone && sessions.isEmpty()) {
            emulator.forget(this);
        }
    }

    /** Releases URBs whose session closed while they were ending; I/O thread. */
    void releaseOrphans() {
        List<Urb> drop;
        lock.lock();
        try {
            if (orphans.isEmpty()) {
                return;
            }
            drop = new ArrayList<>(orphans);
            orphans.clear();
        } finally {
            lock.unlock();
        }
        drop.forEach(Urb::release);
    }

    boolean hasSessions() {
        lock.lock();
        try {
            return !sessions.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** POLLOUT while some client has a URB to reap, and for good once the device is gone. */
    void updateReadiness() {
        boolean ready = gone;
        for (ClientSession s : sessions.values()) {
            ready |= !s.completed.isEmpty();
        }
        readiness.setReady(ready);
    }

    // ---- configuration changes seen in sysfs (I/O thread, no lock held) ----

    /**
     * After SET_CONFIGURATION: bConfigurationValue and the interface directories follow a new
     * configuration (see {@link DeviceSysfs#configurationChanged} for the uevents); the same configuration
     * again (Linux's usb_reset_configuration) keeps the interfaces.
     */
    @Override
    void configurationChanged(Configuration c, boolean changed) {
        if (changed) {
            sysfs.configurationChanged(c);
        }
        super.configurationChanged(c, changed);
    }

    /** The kernel's drivers follow the configuration: unbound from the old interfaces, probed on the new. */
    @Override
    void selectConfiguration(Configuration c, boolean changed) {
        if (changed) {
            KernelDrivers.unbindAll(this);
        }
        super.selectConfiguration(c, changed);
        if (changed) {
            KernelDrivers.bindAll(this);
        }
    }

    // ---- transfers ----

    /** The URBs and synchronous transfers of every open file; lock held. */
    @Override
    void collectPending(int endpoint, List<TransferCore> out) {
        for (ClientSession s : sessions.values()) {
            for (Urb u : s.pending) {
                if (endpoint == ANY_ENDPOINT || u.transfer.endpoint() == endpoint) {
                    out.add(u.transfer);
                }
            }
            for (TransferCore t : s.syncPending) {
                if (endpoint == ANY_ENDPOINT || t.endpoint() == endpoint) {
                    out.add(t);
                }
            }
        }
    }

    /** Buffers are client memory resolved on the I/O thread and released there after the reap. */
    @Override
    boolean mayTouchBuffers() {
        return emulator.onIoThread();
    }

    @Override
    public String toString() {
        var d = descriptors.definition();
        return String.format("%04x:%04x at %s", d.vendorId(), d.productId(), devnode);
    }
}
