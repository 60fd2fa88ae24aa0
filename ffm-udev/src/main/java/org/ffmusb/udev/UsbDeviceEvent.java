package org.ffmusb.udev;

/**
 * An event about a whole USB device (udev devtype {@code usb_device}).
 *
 * @param action what happened
 * @param actionName udev's name of the action as received
 * @param seqnum udev's sequence number
 * @param receivedNanos {@link System#nanoTime()} when the event was received
 * @param device the device as it was then; on {@code add} its interfaces are usually not there yet (each
 *     arrives as its own {@link UsbInterfaceEvent})
 */
public record UsbDeviceEvent(UdevAction action, String actionName, long seqnum, long receivedNanos, UsbDevice device)
        implements UsbEvent {

    @Override
    public String syspath() {
        return device.syspath();
    }
}
