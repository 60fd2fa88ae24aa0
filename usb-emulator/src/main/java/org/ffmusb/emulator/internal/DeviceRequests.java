package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevfs_connectinfo;
import org.ffmusb.emulator.ffi.usbdevfs_conninfo_ex;
import org.ffmusb.emulator.ffi.usbdevfs_streams;
import org.ffmusb.emulator.ffi.usbdevice_fs_h;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.Interface;

/**
 * The device-wide ioctls: SETCONFIGURATION, RESET, CLEAR_HALT, RESETEP, GET_CAPABILITIES, GET_SPEED,
 * CONNECTINFO, CONNINFO_EX, DROP_PRIVILEGES, ALLOC_STREAMS, FREE_STREAMS and the suspend ones.
 */
final class DeviceRequests {
    private DeviceRequests() {}

    /** What a Linux xHCI host reports, minus what the emulator does not offer (mmap, suspend control). */
    static final int CAPABILITIES = usbdevice_fs_h.USBDEVFS_CAP_ZERO_PACKET
            | usbdevice_fs_h.USBDEVFS_CAP_BULK_CONTINUATION | usbdevice_fs_h.USBDEVFS_CAP_NO_PACKET_SIZE_LIM
            | usbdevice_fs_h.USBDEVFS_CAP_BULK_SCATTER_GATHER | usbdevice_fs_h.USBDEVFS_CAP_REAP_AFTER_DISCONNECT
            | usbdevice_fs_h.USBDEVFS_CAP_DROP_PRIVILEGES | usbdevice_fs_h.USBDEVFS_CAP_CONNINFO_EX;

    static void capabilities(IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(4);
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        arg.data().set(ValueLayout.JAVA_INT, 0, CAPABILITIES);
        call.succeed(0);
    }

    /** SETCONFIGURATION: refused while any interface has a driver (usbfs or kernel); the same value
     *  resets the configuration. */
    static void setConfiguration(EmulatedDevice dev, IoctlCall call) {
        Integer value = InterfaceRequests.readUnsigned(call);
        if (value == null) {
            return;
        }
        Configuration c;
        dev.lock.lock();
        try {
            Configuration active = dev.state.active();
            if (active != null) {
                for (Interface i : active.interfaces()) {
                    if (dev.state.boundDriver(i.number()) != null) {
                        call.fail(errno_h.EBUSY); // usb_interface_claimed: usbfs or a kernel driver
                        return;
                    }
                }
            }
            c = value == 0 || value == -1 ? null : dev.descriptors.definition().configuration(value);
            if (c == null && value != 0 && value != -1) {
                call.fail(errno_h.EINVAL);
                return;
            }
        } finally {
            dev.lock.unlock();
        }
        StandardRequests.applyConfiguration(dev, c);
        call.succeed(0);
    }

    /**
     * RESET: a port reset and re-enumeration. Linux unbinds usbfs from every interface (claims are
     * lost, their URBs die), then restores the configuration and alternate settings. A root hub
     * cannot be reset this way: EISDIR.
     */
    static void reset(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        List<Urb> killed = new ArrayList<>();
        Configuration active;
        int[] alts;
        dev.lock.lock();
        try {
            active = dev.state.active();
            if (s.privilegesDropped && active != null) {
                for (Interface i : active.interfaces()) {
                    ClientSession owner = dev.state.claimOwner(i.number());
                    if (owner != null && owner != s) {
                        call.fail(errno_h.EACCES);
                        return;
                    }
                }
            }
            if (dev.isRootHub()) {
                call.fail(errno_h.EISDIR); // usb_reset_device: "for root hub!", nothing unbound
                return;
            }
            int interfaces = active == null ? 0 : active.interfaces().size();
            for (int i = 0; i < interfaces; i++) {
                ClientSession owner = dev.state.claimOwner(i);
                if (owner != null) {
                    killed.addAll(owner.pendingOn(i));
                    Claims.unbind(dev, i);
                }
            }
            alts = dev.resetStateLocked();
        } finally {
            dev.lock.unlock();
        }
        InterfaceRequests.kill(killed);
        dev.announceReset(active, alts);
        call.succeed(0);
    }

    /** CLEAR_HALT sends CLEAR_FEATURE(ENDPOINT_HALT); RESETEP only resets the host's data toggle. */
    static void clearHalt(EmulatedDevice dev, ClientSession s, IoctlCall call, boolean sendRequest) {
        Integer ep = InterfaceRequests.readUnsigned(call);
        if (ep == null) {
            return;
        }
        dev.lock.lock();
        try {
            int ifnum = dev.state.interfaceOfEndpoint(ep);
            int r = ifnum < 0 ? ifnum : Claims.check(dev, s, ifnum);
            if (r < 0) {
                call.fail(-r);
                return;
            }
        } finally {
            dev.lock.unlock();
        }
        if (!sendRequest) {
            call.succeed(0);
        } else {
            InterfaceRequests.answer(call, StandardRequests.clearHalt(dev, ep) ? 0 : -errno_h.EPIPE);
        }
    }

    static void connectInfo(EmulatedDevice dev, IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(usbdevfs_connectinfo.sizeof());
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        arg.data().fill((byte) 0);
        usbdevfs_connectinfo.devnum(arg.data(), dev.devnum);
        usbdevfs_connectinfo.slow(arg.data(),
                (byte) (dev.descriptors.definition().speed() == org.ffmusb.emulator.model.Speed.LOW ? 1 : 0));
        call.succeed(0);
    }

    /** CONNINFO_EX(len): the size is encoded in the request; at most our struct's size is written. */
    static void connInfoEx(EmulatedDevice dev, IoctlCall call) {
        int size = (call.request >>> 16) & 0x3fff;
        if (size < 4) {
            call.fail(errno_h.EINVAL);
            return;
        }
        IoctlCall.Resolved arg = call.resolveArg(Math.min(size, usbdevfs_conninfo_ex.sizeof()));
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            // The whole struct is built aside (the client may have asked for less of it).
            MemorySegment full = arena.allocate(usbdevfs_conninfo_ex.layout());
            usbdevfs_conninfo_ex.size(full, (int) usbdevfs_conninfo_ex.sizeof());
            usbdevfs_conninfo_ex.busnum(full, dev.bus);
            usbdevfs_conninfo_ex.devnum(full, dev.devnum);
            usbdevfs_conninfo_ex.speed(full, dev.descriptors.definition().speed().usbfsValue());
            // The ports from the root hub down; none for the root hub itself (proc_conninfo_ex)
            int[] ports = dev.at.ports();
            usbdevfs_conninfo_ex.num_ports(full, (byte) ports.length);
            for (int i = 0; i < ports.length; i++) {
                usbdevfs_conninfo_ex.ports(full).set(ValueLayout.JAVA_BYTE, i, (byte) ports[i]);
            }
            MemorySegment.copy(full, 0, arg.data(), 0, arg.data().byteSize());
        }
        call.succeed(0);
    }

    static void dropPrivileges(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        Integer mask = InterfaceRequests.readUnsigned(call);
        if (mask == null) {
            return;
        }
        dev.lock.lock();
        try {
            s.allowedInterfaces &= mask;
            s.privilegesDropped = true;
        } finally {
            dev.lock.unlock();
        }
        call.succeed(0);
    }

    /**
     * ALLOC_STREAMS / FREE_STREAMS (Linux parse_usbdevfs_streams, then usb_alloc_streams): only
     * SuperSpeed bulk endpoints whose companion descriptor offers streams have any.
     */
    static void streams(EmulatedDevice dev, ClientSession s, IoctlCall call, boolean alloc) {
        IoctlCall.Resolved head = call.resolveArg(usbdevfs_streams.sizeof());
        if (head == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        int numStreams = usbdevfs_streams.num_streams(head.data());
        int numEps = usbdevfs_streams.num_eps(head.data());
        if (numEps < 1 || numEps > 30 || (alloc && (numStreams < 2 || numStreams > 65536))) {
            call.fail(errno_h.EINVAL);
            return;
        }
        IoctlCall.Resolved arg = call.reresolveArg(head, usbdevfs_streams.sizeof() + numEps);
        int[] eps = new int[numEps];
        for (int i = 0; i < numEps; i++) {
            eps[i] = arg.data().get(ValueLayout.JAVA_BYTE, usbdevfs_streams.eps$offset() + i) & 0xff;
        }
        int capacity;
        List<Urb> killed;
        dev.lock.lock();
        try {
            int ifnum = BulkStreams.interfaceOf(dev, eps, i -> Claims.check(dev, s, i));
            if (ifnum < 0) {
                call.fail(-ifnum);
                return;
            }
            capacity = BulkStreams.capacity(dev, eps);
            killed = s.pendingOn(ifnum);
        } finally {
            dev.lock.unlock();
        }
        InterfaceRequests.kill(killed);
        int r;
        dev.lock.lock();
        try {
            r = alloc ? BulkStreams.allocate(dev, eps, numStreams, capacity) : BulkStreams.free(dev, eps);
        } finally {
            dev.lock.unlock();
        }
        InterfaceRequests.answer(call, r);
    }

    /**
     * CLAIM_PORT / RELEASE_PORT: a file takes a hub port for itself (Linux then keeps kernel drivers
     * off the devices plugged there; the testbed has none for them anyway). Only hubs have ports:
     * EINVAL for other devices and for port numbers out of range; EBUSY for a port already held (by
     * anyone); releasing a port the file does not hold: ENOENT. Closing the file releases its ports.
     */
    static void port(EmulatedDevice dev, ClientSession s, IoctlCall call, boolean claim) {
        Integer port = InterfaceRequests.readUnsigned(call);
        if (port == null) {
            return;
        }
        int ports = dev.model instanceof Hub hub ? hub.portCount() : 0;
        if (port < 1 || port > ports) {
            call.fail(errno_h.EINVAL);
            return;
        }
        int r;
        dev.lock.lock();
        try {
            ClientSession owner = dev.state.portOwner(port);
            if (claim) {
                r = owner != null ? -errno_h.EBUSY : 0;
            } else {
                r = owner != s ? -errno_h.ENOENT : 0;
            }
            if (r == 0) {
                dev.state.setPortOwner(port, claim ? s : null);
            }
        } finally {
            dev.lock.unlock();
        }
        InterfaceRequests.answer(call, r);
    }
}
