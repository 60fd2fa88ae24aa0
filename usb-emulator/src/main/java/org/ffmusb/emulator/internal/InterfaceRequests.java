package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevfs_disconnect_claim;
import org.ffmusb.emulator.ffi.usbdevfs_getdriver;
import org.ffmusb.emulator.ffi.usbdevfs_hub_portinfo;
import org.ffmusb.emulator.ffi.usbdevfs_ioctl;
import org.ffmusb.emulator.ffi.usbdevfs_setinterface;
import org.ffmusb.emulator.ffi.usbdevice_fs_h;

/**
 * The interface ioctls: CLAIMINTERFACE, RELEASEINTERFACE, SETINTERFACE, GETDRIVER, IOCTL
 * (DISCONNECT/CONNECT of drivers, HUB_PORTINFO of the hub driver) and DISCONNECT_CLAIM. An interface
 * is bound to "usbfs" while some process claims it, or to a {@link KernelDrivers kernel driver}.
 */
final class InterfaceRequests {
    private InterfaceRequests() {}

    static final String USBFS = "usbfs";

    static void claim(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        Integer ifnum = readUnsigned(call);
        if (ifnum == null) {
            return;
        }
        int r;
        dev.lock.lock();
        try {
            r = Claims.claim(dev, s, ifnum);
        } finally {
            dev.lock.unlock();
        }
        dev.sysfs.syncDrivers(); // the driver link and "bind" exist when the call returns, as on Linux
        answer(call, r);
    }

    static void release(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        Integer ifnum = readUnsigned(call);
        if (ifnum == null) {
            return;
        }
        int r;
        List<Urb> killed = List.of();
        dev.lock.lock();
        try {
            r = Claims.release(dev, s, ifnum);
            if (r == 0) {
                killed = s.pendingOn(ifnum);
            }
        } finally {
            dev.lock.unlock();
        }
        kill(killed);
        dev.sysfs.syncDrivers();
        answer(call, r);
    }

    static void setInterface(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(usbdevfs_setinterface.sizeof());
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        int ifnum = usbdevfs_setinterface.interface_(arg.data());
        int alt = usbdevfs_setinterface.altsetting(arg.data());
        List<Urb> killed;
        dev.lock.lock();
        try {
            int r = Claims.check(dev, s, ifnum);
            if (r < 0) {
                call.fail(-r);
                return;
            }
            killed = s.pendingOn(ifnum);
        } finally {
            dev.lock.unlock();
        }
        kill(killed);
        answer(call, StandardRequests.applyAltSetting(dev, ifnum, alt) ? 0 : -errno_h.EINVAL);
    }

    static void getDriver(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(usbdevfs_getdriver.sizeof());
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        int ifnum = usbdevfs_getdriver.interface_(arg.data());
        String bound;
        dev.lock.lock();
        try {
            bound = exists(dev, ifnum) ? dev.state.boundDriver(ifnum) : null;
        } finally {
            dev.lock.unlock();
        }
        if (bound == null) {
            call.fail(errno_h.ENODATA);
            return;
        }
        MemorySegment name = usbdevfs_getdriver.driver(arg.data());
        name.fill((byte) 0);
        byte[] driver = bound.getBytes(StandardCharsets.US_ASCII);
        MemorySegment.copy(MemorySegment.ofArray(driver), 0, name, 0, driver.length);
        call.succeed(0);
    }

    /** USBDEVFS_IOCTL: talk to the kernel driver of an interface. */
    static void ioctl(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(usbdevfs_ioctl.sizeof());
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        int ifnum = usbdevfs_ioctl.ifno(arg.data());
        int code = usbdevfs_ioctl.ioctl_code(arg.data());
        if (s.privilegesDropped) {
            call.fail(errno_h.EACCES);
            return;
        }
        int r;
        List<Urb> killed = List.of();
        dev.lock.lock();
        try {
            if (dev.state.active() == null) {
                r = -errno_h.EHOSTUNREACH;
            } else if (!exists(dev, ifnum)) {
                r = -errno_h.EINVAL;
            } else if (code == usbdevice_fs_h.USBDEVFS_DISCONNECT) {
                ClientSession owner = dev.state.claimOwner(ifnum);
                if (dev.state.kernelDriver(ifnum) != null) {
                    KernelDrivers.unbind(dev, ifnum);
                    r = 0;
                } else if (owner == null) {
                    r = -errno_h.ENODATA;
                } else {
                    killed = owner.pendingOn(ifnum);
                    Claims.unbind(dev, ifnum);
                    r = 0;
                }
            } else if (code == usbdevice_fs_h.USBDEVFS_CONNECT) {
                if (dev.state.claimOwner(ifnum) != null || dev.state.kernelDriver(ifnum) != null) {
                    r = -errno_h.EBUSY; // a driver (usbfs included) is bound already
                } else {
                    // device_attach(): 1 when a driver was bound, 0 when none matches; proc_ioctl returns
                    // it as is, and libusb_attach_kernel_driver reports 0 as NOT_FOUND
                    r = KernelDrivers.bind(dev, ifnum) ? 1 : 0;
                }
            } else if (KernelDrivers.HUB.equals(dev.state.kernelDriver(ifnum))) {
                r = code == usbdevice_fs_h.USBDEVFS_HUB_PORTINFO ? 0 : -errno_h.ENOSYS; // hub_ioctl
            } else {
                r = -errno_h.ENOTTY; // no driver, or usbfs, which has no ioctls of its own
            }
        } finally {
            dev.lock.unlock();
        }
        if (r == 0 && code == usbdevice_fs_h.USBDEVFS_HUB_PORTINFO) {
            r = hubPortInfo(dev, call, arg);
        }
        kill(killed);
        dev.sysfs.syncDrivers();
        answer(call, r);
    }

    /** The hub driver's HUB_PORTINFO: the port count and the address of the device on each port. */
    private static int hubPortInfo(EmulatedDevice dev, IoctlCall call, IoctlCall.Resolved arg) {
        IoctlCall.Resolved info = call.resolve(arg.handle(), usbdevfs_ioctl.data$offset(),
                usbdevfs_hub_portinfo.sizeof());
        if (info == null || !(dev.model instanceof Hub hub)) {
            return -errno_h.EFAULT;
        }
        byte[] addresses = hub.portAddresses();
        usbdevfs_hub_portinfo.nports(info.data(), (byte) addresses.length);
        MemorySegment.copy(MemorySegment.ofArray(addresses), 0, usbdevfs_hub_portinfo.port(info.data()), 0,
                addresses.length);
        return addresses.length + 1;
    }

    static void disconnectClaim(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(usbdevfs_disconnect_claim.sizeof());
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        int ifnum = usbdevfs_disconnect_claim.interface_(arg.data());
        int flags = usbdevfs_disconnect_claim.flags(arg.data());
        String driver = usbdevfs_disconnect_claim.driver(arg.data()).getString(0);
        int r;
        List<Urb> killed = List.of();
        dev.lock.lock();
        try {
            String bound = exists(dev, ifnum) ? dev.state.boundDriver(ifnum) : null;
            if (!exists(dev, ifnum)) {
                r = -errno_h.EINVAL;
            } else if (bound != null && s.privilegesDropped) {
                r = -errno_h.EACCES;
            } else if (bound != null && (flags & usbdevice_fs_h.USBDEVFS_DISCONNECT_CLAIM_IF_DRIVER) != 0
                    && !driver.equals(bound)) {
                r = -errno_h.EBUSY;
            } else if (bound != null && (flags & usbdevice_fs_h.USBDEVFS_DISCONNECT_CLAIM_EXCEPT_DRIVER) != 0
                    && driver.equals(bound)) {
                r = -errno_h.EBUSY;
            } else {
                // Linux releases whatever driver is bound, usbfs included (even the caller's own claim:
                // its URBs on the interface die), then claims for the caller.
                ClientSession owner = dev.state.claimOwner(ifnum);
                if (owner != null) {
                    killed = owner.pendingOn(ifnum);
                    Claims.unbind(dev, ifnum);
                }
                KernelDrivers.unbind(dev, ifnum);
                r = Claims.claim(dev, s, ifnum);
            }
        } finally {
            dev.lock.unlock();
        }
        kill(killed);
        dev.sysfs.syncDrivers(); // "unbind" of the driver that was there, "bind" of usbfs
        answer(call, r);
    }

    private static boolean exists(EmulatedDevice dev, int ifnum) {
        return dev.state.active() != null && dev.state.active().iface(ifnum) != null;
    }

    /** Linux's destroy_async_on_interface: the URBs die with ENOENT, as usb_kill_urb leaves them. */
    static void kill(List<Urb> urbs) {
        for (Urb u : urbs) {
            u.transfer.cancel(-errno_h.ENOENT);
        }
    }

    /** Reads the {@code unsigned int} the argument points to; answers EFAULT and returns null if it can't. */
    static Integer readUnsigned(IoctlCall call) {
        IoctlCall.Resolved arg = call.resolveArg(4);
        if (arg == null) {
            call.fail(errno_h.EFAULT);
            return null;
        }
        return arg.data().get(java.lang.foreign.ValueLayout.JAVA_INT, 0);
    }

    static void answer(IoctlCall call, int r) {
        if (r < 0) {
            call.fail(-r);
        } else {
            call.succeed(r);
        }
    }
}
