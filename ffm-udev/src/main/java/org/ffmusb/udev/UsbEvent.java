package org.ffmusb.udev;

/**
 * Something that happened to a USB device or interface, as a {@link UdevMonitor} received it: a
 * {@link UsbDeviceEvent} or a {@link UsbInterfaceEvent}. The snapshot inside holds what the event's message
 * carried, completed from sysfs just before delivery; for {@link UdevAction#REMOVE} it holds only what the
 * message carried, since sysfs no longer has the device (nor, if the device went away before delivery,
 * for other actions). Its driver is the one the event names, as the kernel sent it: a {@link
 * UdevAction#BIND} names the driver bound, an {@link UdevAction#ADD} or {@link UdevAction#UNBIND} none
 * (on Linux a device is announced before a driver takes it), whatever sysfs says by delivery time.
 */
public sealed interface UsbEvent permits UsbDeviceEvent, UsbInterfaceEvent {

    /** What happened. */
    UdevAction action();

    /** udev's name of the action as received ({@code "add"}), also for the ones called {@link UdevAction#OTHER}. */
    String actionName();

    /** udev's sequence number: increases by event across all subsystems, so gaps are normal after filtering. */
    long seqnum();

    /** {@link System#nanoTime()} when the monitor thread took the event off the socket. */
    long receivedNanos();

    /** The sysfs path of the device or interface. */
    String syspath();
}
