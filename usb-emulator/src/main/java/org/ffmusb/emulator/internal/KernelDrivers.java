package org.ffmusb.emulator.internal;

/**
 * The kernel drivers of the testbed. The only one is Linux's hub driver, bound to the interface of
 * each root hub as on a real machine: it keeps the interface from being claimed (EBUSY, GETDRIVER
 * says "hub"), answers USBDEVFS_HUB_PORTINFO, and acknowledges port changes as they happen. A program
 * that wants the hub to itself unbinds it (USBDEVFS_IOCTL(DISCONNECT), DISCONNECT_CLAIM) and rebinds
 * it with USBDEVFS_IOCTL(CONNECT); a new configuration rebinds it too. Emulated devices get no kernel
 * driver: the testbed has no usbhid or usb-storage. Device lock held by every caller.
 */
final class KernelDrivers {
    private KernelDrivers() {}

    static final String HUB = "hub";

    /** After a configuration was selected: binds the drivers Linux would probe, to free interfaces. */
    static void bindAll(EmulatedDevice dev) {
        if (dev.state.active() == null) {
            return;
        }
        for (var i : dev.state.active().interfaces()) {
            bind(dev, i.number());
        }
    }

    /** Binds the driver of one interface if it has one and nothing else owns it (CONNECT); true if bound. */
    static boolean bind(EmulatedDevice dev, int ifnum) {
        if (dev.model instanceof RootHub hub && dev.state.boundDriver(ifnum) == null) {
            dev.state.setKernelDriver(ifnum, HUB);
            hub.driverBound(true);
            return true;
        }
        return false;
    }

    /** Unbinds the kernel driver of one interface (DISCONNECT, or a configuration going away). */
    static void unbind(EmulatedDevice dev, int ifnum) {
        if (dev.state.kernelDriver(ifnum) != null) {
            dev.state.setKernelDriver(ifnum, null);
            if (dev.model instanceof RootHub hub) {
                hub.driverBound(false);
            }
        }
    }

    /** Unbinds every kernel driver of the active configuration. */
    static void unbindAll(EmulatedDevice dev) {
        if (dev.state.active() == null) {
            return;
        }
        for (var i : dev.state.active().interfaces()) {
            unbind(dev, i.number());
        }
    }
}
