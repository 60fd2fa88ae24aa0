package org.ffmusb.udev;

import java.util.Map;

/**
 * An immutable snapshot of one USB interface (sysfs {@code …/1-1:1.0}, udev devtype {@code usb_interface})
 * as it was when read: which function it is and which kernel driver holds it. An interface with a driver
 * bound must be detached from it before usbfs (libusb, usbredir) can claim it.
 *
 * @param syspath the sysfs path, e.g. {@code /sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0}
 * @param sysname the last path element, {@code <port path>:<configuration>.<interface>}, e.g. {@code 1-1:1.0}
 * @param deviceSyspath the sysfs path of the device the interface belongs to
 * @param number bInterfaceNumber, or -1 when unknown (a removed interface)
 * @param alternateSetting the active bAlternateSetting, or -1 when unknown
 * @param interfaceClass bInterfaceClass, or -1 when unknown
 * @param interfaceSubClass bInterfaceSubClass, or -1 when unknown
 * @param interfaceProtocol bInterfaceProtocol, or -1 when unknown
 * @param endpointCount bNumEndpoints, or -1 when unknown
 * @param name the interface string (iInterface), or null
 * @param driver the kernel driver bound to the interface (e.g. {@code usb-storage}, {@code usbhid},
 *     {@code usbfs} while a program has claimed it), or null when none is
 * @param properties every udev property, sorted by name
 * @param sysattrs every readable sysfs attribute of the interface directory, sorted by name, trailing
 *     newline removed
 */
public record UsbInterface(String syspath, String sysname, String deviceSyspath, int number, int alternateSetting,
        int interfaceClass, int interfaceSubClass, int interfaceProtocol, int endpointCount, String name,
        String driver, Map<String, String> properties, Map<String, String> sysattrs) {

    public UsbInterface {
        properties = Snapshots.sortedCopy(properties);
        sysattrs = Snapshots.sortedCopy(sysattrs);
    }

    /** Whether a kernel driver holds the interface. */
    public boolean hasDriver() {
        return driver != null;
    }

    @Override
    public String toString() {
        return "UsbInterface[" + sysname + " class " + Snapshots.hex2(interfaceClass) + " driver "
                + (driver == null ? "(none)" : driver) + "]";
    }
}
