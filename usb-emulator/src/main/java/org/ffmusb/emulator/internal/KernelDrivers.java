package org.ffmusb.emulator.internal;

/**
 * The kernel drivers of the testbed. Linux's hub driver is bound to the interface of each hub (the root
 * hubs and emulated external ones) as on a real machine: it keeps the interface from being claimed
 * (EBUSY, GETDRIVER says "hub"), answers USBDEVFS_HUB_PORTINFO, and acknowledges port changes as they
 * happen. Other emulated devices get a kernel driver only when a test names one ({@link
 * EmulatedDevice#bindKernelDriver}, e.g. "usb-storage"): it holds the interface the same way but does
 * nothing. A program that wants an interface to itself unbinds the driver (USBDEVFS_IOCTL(DISCONNECT),
 * DISCONNECT_CLAIM) and rebinds it with USBDEVFS_IOCTL(CONNECT); a new configuration rebinds it too.
 * Every change is reported to {@link DeviceSysfs}, which shows it in sysfs with a bind or unbind uevent.
 * Device lock held by every caller.
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
        String driver = dev.model instanceof Hub ? HUB : dev.state.probingDriver(ifnum);
        if (driver == null || dev.state.boundDriver(ifnum) != null) {
            return false;
        }
        dev.state.setKernelDriver(ifnum, driver);
        dev.sysfs.driversChanged();
        if (dev.model instanceof Hub hub) {
            hub.driverBound(true);
        }
        return true;
    }

    /** Unbinds the kernel driver of one interface (DISCONNECT, or a configuration going away). */
    static void unbind(EmulatedDevice dev, int ifnum) {
        if (dev.state.kernelDriver(ifnum) != null) {
            dev.state.setKernelDriver(ifnum, null);
            dev.sysfs.driversChanged();
            if (dev.model instanceof Hub hub) {
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
