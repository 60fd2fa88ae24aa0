package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevfs_disconnect_claim;
import org.ffmusb.emulator.ffi.usbdevfs_getdriver;
import org.ffmusb.emulator.ffi.usbdevfs_ioctl;
import org.ffmusb.emulator.ffi.usbdevfs_setinterface;
import org.ffmusb.emulator.ffi.usbdevice_fs_h;

/**
 * The interface ioctls: CLAIMINTERFACE, RELEASEINTERFACE, SETINTERFACE, GETDRIVER, IOCTL
 * (DISCONNECT/CONNECT of kernel drivers) and DISCONNECT_CLAIM. No kernel driver exists in the
 * testbed, so the only driver an interface can have is "usbfs", bound while some process claims it.
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
        boolean bound;
        dev.lock.lock();
        try {
            bound = exists(dev, ifnum) && dev.state.claimOwner(ifnum) != null;
        } finally {
            dev.lock.unlock();
        }
        if (!bound) {
            call.fail(errno_h.ENODATA);
            return;
        }
        MemorySegment name = usbdevfs_getdriver.driver(arg.data());
        name.fill((byte) 0);
        byte[] usbfs = USBFS.getBytes(StandardCharsets.US_ASCII);
        MemorySegment.copy(MemorySegment.ofArray(usbfs), 0, name, 0, usbfs.length);
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
                if (owner == null) {
                    r = -errno_h.ENODATA;
                } else {
                    killed = owner.pendingOn(ifnum);
                    Claims.unbind(dev, ifnum);
                    r = 0;
                }
            } else if (code == usbdevice_fs_h.USBDEVFS_CONNECT) {
                r = dev.state.claimOwner(ifnum) == null ? 0 : -errno_h.EBUSY;
            } else {
                r = -errno_h.ENOTTY; // usbfs, the only driver here, has no ioctls of its own
            }
        } finally {
            dev.lock.unlock();
        }
        kill(killed);
        answer(call, r);
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
            ClientSession owner = exists(dev, ifnum) ? dev.state.claimOwner(ifnum) : null;
            if (!exists(dev, ifnum)) {
                r = -errno_h.EINVAL;
            } else if (owner != null && s.privilegesDropped) {
                r = -errno_h.EACCES;
            } else if (owner != null && (flags & usbdevice_fs_h.USBDEVFS_DISCONNECT_CLAIM_IF_DRIVER) != 0
                    && !driver.equals(USBFS)) {
                r = -errno_h.EBUSY;
            } else if (owner != null && (flags & usbdevice_fs_h.USBDEVFS_DISCONNECT_CLAIM_EXCEPT_DRIVER) != 0
                    && driver.equals(USBFS)) {
                r = -errno_h.EBUSY;
            } else {
                if (owner != null && owner != s) {
                    killed = owner.pendingOn(ifnum);
                    Claims.unbind(dev, ifnum);
                }
                r = Claims.claim(dev, s, ifnum);
            }
        } finally {
            dev.lock.unlock();
        }
        kill(killed);
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
