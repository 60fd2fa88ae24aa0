package org.ffmusb.libusb;

/**
 * Devices arriving and leaving ({@code libusb_hotplug_callback_fn}). Both methods run on the context's
 * event thread, after libusb's own callback has returned (so outside libusb's locks), and must not block:
 * {@link UsbDevice#open()}, submitting transfers and closing handles are fine there; synchronous transfers
 * are not. After {@link #left}, every handle of the device fails with
 * NO_DEVICE: close it.
 */
public interface HotplugListener {
    /** Matches any vendor, product or class ({@code LIBUSB_HOTPLUG_MATCH_ANY}). */
    int ANY = -1;

    /** A device arrived, or was present when the listener was added with enumeration. */
    void arrived(UsbDevice device);

    /** A device left. */
    default void left(UsbDevice device) {}
}
