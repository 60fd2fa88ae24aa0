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
    final int port;
    final int devnum;
    final String syspath;
    final String devnode;
    final PtyReadiness readiness;
    MemorySegment ioctlBase = MemorySegment.NULL;

    final Map<Long, ClientSession> sessions = new LinkedHashMap<>();
    final List<Urb> orphans = new ArrayList<>();
    private List<String> interfacePaths = List.of();

    EmulatedDevice(long id, EmulatorCore emulator, DeviceModel model, DescriptorSet descriptors, int bus, int port,
            int devnum, PtyReadiness readiness) {
        super(model, descriptors, false);
        this.id = id;
        this.emulator = emulator;
        this.bus = bus;
        this.port = port;
        this.devnum = devnum;
        this.syspath = "/sys" + SysfsRecord.devpath(bus, port);
        this.devnode = "/dev/bus/usb/" + SysfsRecord.three(bus) + "/" + SysfsRecord.three(devnum);
        this.readiness = readiness;
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

    /** True for the root hub of a bus (port 0, address 1). */
    @Override
    public boolean isRootHub() {
        return port == 0;
    }

    // ---- plug and unplug (caller's thread) ----

    /**
     * Creates the device node, attaches the ioctl handler, adds the sysfs records and sends one "add"
     * uevent for the device and one per interface. umockdev itself records the node's major:minor (from the {@code dev} attribute) for the
     * preload library, which then reports a character device from stat().
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
        // umockdev 0.17 writes the records without a uevent; like the kernel, announce the device
        // once it is complete, then each interface.
        emulator.testbed.add(SysfsRecord.device(descriptors, first, bus, port, devnum));
        emulator.testbed.uevent(syspath, "add");
        addInterfaceRecords(first);
        callModel(() -> model.configured(first));
    }

    /**
     * Unplugs: every URB in flight ends with ESHUTDOWN (libusb: LIBUSB_TRANSFER_NO_DEVICE), blocked
     * reapers get what is left or ENODEV, poll() turns to POLLERR|POLLHUP, the sysfs records go with
     * one "remove" uevent each. Processes that keep the file open get ENODEV for everything but reaping.
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
        for (String path : interfacePaths.reversed()) {
            emulator.testbed.uevent("/sys" + path, "remove");
            emulator.testbed.remove("/sys" + path);
        }
        emulator.testbed.uevent(syspath, "remove");
        emulator.testbed.remove(syspath);
        emulator.testbed.detachIoctl(devnode);
        try {
            Files.deleteIfExists(emulator.testbed.root().resolve(devnode.substring(1)));
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot remove device node " + devnode, e);
        }
        readiness.hangUp();
    }

    private void addInterfaceRecords(Configuration c) {
        List<String> paths = new ArrayList<>();
        if (c != null) {
            for (Interface i : c.interfaces()) {
                emulator.testbed.add(SysfsRecord.iface(descriptors, c, i, 0, bus, port));
                String path = SysfsRecord.interfacePath(bus, port, c.value(), i.number());
                emulator.testbed.uevent("/sys" + path, "add");
                paths.add(path);
            }
        }
        interfacePaths = paths;
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
     * configuration (one "remove" per old interface, one "add" per new one, as Linux sends them); the
     * same configuration again (Linux's usb_reset_configuration) keeps the interfaces.
     */
    @Override
    void configurationChanged(Configuration c, boolean changed) {
        if (changed) {
            for (String path : interfacePaths.reversed()) {
                emulator.testbed.uevent("/sys" + path, "remove");
                emulator.testbed.remove("/sys" + path);
            }
            // Unconfigured, Linux's attribute is empty (no newline): libusb reads 0 bytes as "unconfigured"
            emulator.testbed.setAttribute(syspath, "bConfigurationValue", c == null ? "" : c.value() + "\n");
            emulator.testbed.setAttribute(syspath, "bNumInterfaces",
                    String.format("%2d%n", c == null ? 0 : c.interfaces().size()));
            addInterfaceRecords(c);
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
