package org.ffmusb.udev;

import java.util.Map;

/**
 * What was read of one device or interface, as plain Java values, before it becomes a {@link UsbDevice} or
 * {@link UsbInterface}: from one {@code struct udev_device} during enumeration, or from an event's message
 * plus a fresh look at sysfs. Nothing here refers to libudev memory, so it may cross threads.
 *
 * @param syspath the sysfs path
 * @param sysname its last element
 * @param devtype {@code usb_device} or {@code usb_interface}
 * @param devnode the device node, or null
 * @param driver the bound driver, or null
 * @param properties the udev properties
 * @param sysattrs the readable sysfs attributes but {@code descriptors} and {@code uevent}; empty when sysfs
 *     was not (or could no longer be) read
 * @param descriptors the raw {@code descriptors} file; empty for interfaces and when not read
 */
record DeviceFacts(String syspath, String sysname, String devtype, String devnode, String driver,
        Map<String, String> properties, Map<String, String> sysattrs, byte[] descriptors) {

    static final String USB_DEVICE = "usb_device";
    static final String USB_INTERFACE = "usb_interface";

    boolean isUsbDevice() {
        return USB_DEVICE.equals(devtype);
    }

    boolean isUsbInterface() {
        return USB_INTERFACE.equals(devtype);
    }
}
