package org.ffmusb.emulator.internal;

import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.model.SetupPacket;

/**
 * Interface ownership as usbfs enforces it (Linux drivers/usb/core/devio.c: claimintf, releaseintf,
 * checkintf, check_ctrlrecip). Results are 0 or a negative errno. Device lock held by the caller.
 */
final class Claims {
    private Claims() {}

    static int claim(EmulatedDevice dev, ClientSession s, int ifnum) {
        if (ifnum < 0 || ifnum >= 32) {
            return -errno_h.EINVAL;
        }
        if (s.hasClaimed(ifnum)) {
            return 0;
        }
        if (s.privilegesDropped && (s.allowedInterfaces & (1 << ifnum)) == 0) {
            return -errno_h.EACCES;
        }
        if (dev.state.active() == null || dev.state.active().iface(ifnum) == null) {
            return -errno_h.ENOENT;
        }
        if (dev.state.claimOwner(ifnum) != null || dev.state.kernelDriver(ifnum) != null) {
            return -errno_h.EBUSY; // another file has it, or a kernel driver (the hub driver)
        }
        dev.state.setClaimOwner(ifnum, s);
        dev.sysfs.driversChanged(); // usb_driver_claim_interface binds the usbfs driver
        return 0;
    }

    static int release(EmulatedDevice dev, ClientSession s, int ifnum) {
        if (ifnum < 0 || ifnum >= 32) {
            return -errno_h.EINVAL;
        }
        if (dev.state.active() == null || dev.state.active().iface(ifnum) == null) {
            return -errno_h.ENOENT;
        }
        if (!s.hasClaimed(ifnum)) {
            return -errno_h.EINVAL;
        }
        unbind(dev, ifnum);
        return 0;
    }

    /** Takes the interface away from whichever file claimed it (the usbfs driver is unbound). */
    static void unbind(EmulatedDevice dev, int ifnum) {
        ClientSession owner = dev.state.claimOwner(ifnum);
        if (owner != null) {
            owner.claimed &= ~(1 << ifnum);
            dev.state.setClaimOwner(ifnum, null);
            dev.sysfs.driversChanged();
        }
    }

    /** checkintf: use of an interface claims it implicitly (the kernel warns, then claims). */
    static int check(EmulatedDevice dev, ClientSession s, int ifnum) {
        if (dev.state.active() == null) {
            return -errno_h.EHOSTUNREACH;
        }
        if (ifnum < 0 || ifnum >= 32) {
            return -errno_h.EINVAL;
        }
        return s.hasClaimed(ifnum) ? 0 : claim(dev, s, ifnum);
    }

    /** check_ctrlrecip: a control request to an interface or endpoint needs (and takes) the claim. */
    static int checkControlRecipient(EmulatedDevice dev, ClientSession s, SetupPacket setup) {
        if (setup.type() == SetupPacket.Type.VENDOR) {
            return 0;
        }
        int index = setup.index() & 0xff;
        return switch (setup.recipient()) {
            case ENDPOINT -> {
                if ((index & ~0x80) == 0) {
                    yield 0;
                }
                int ifnum = dev.state.interfaceOfEndpoint(index);
                if (ifnum < 0) {
                    // Linux lets a wrong direction bit through (some Windows applications send it).
                    ifnum = dev.state.interfaceOfEndpoint(index ^ 0x80);
                }
                yield ifnum < 0 ? ifnum : check(dev, s, ifnum);
            }
            case INTERFACE -> check(dev, s, index);
            default -> 0;
        };
    }
}
