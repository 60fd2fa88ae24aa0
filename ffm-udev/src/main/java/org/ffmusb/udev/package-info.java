/**
 * USB devices as libudev sees them, through the FFM API (reference ffm-libusb-udev.md §5).
 *
 * <p>{@link org.ffmusb.udev.Udev} reads: immutable {@link org.ffmusb.udev.UsbDevice} snapshots with their
 * {@link org.ffmusb.udev.UsbInterface}s and the kernel driver bound to each, names from the udev hardware
 * database (falling back to the devices' own strings), and lookup by {@link org.ffmusb.udev.BusAddress}, the
 * key libusb knows a device by. {@link org.ffmusb.udev.UdevMonitor} watches: platform threads of its own
 * receive add/remove/bind/unbind/change and hand them as {@link org.ffmusb.udev.UsbEvent}s to
 * {@link org.ffmusb.udev.UsbEventListener}s, in order.
 *
 * <p>libudev objects never leave the thread that created them (libudev(3)): a {@code Udev} is confined to
 * its opening thread, each monitor thread keeps its own context, and everything handed out is a copy.
 * Errors are {@link org.ffmusb.udev.UdevException}s whose message says what to do.
 */
package org.ffmusb.udev;
