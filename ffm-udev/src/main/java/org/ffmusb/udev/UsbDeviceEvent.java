package org.ffmusb.udev;

/**
 * An event about a whole USB device (udev devtype {@code usb_device}).
 *
 * @param action what happened
 * @param actionName udev's name of the action as received
 * @param seqnum udev's sequence number
 * @param receivedNanos {@link System#nanoTime()} when the event was received
 * @param device the device as it was then. Its {@link UsbDevice#interfaces()} are empty on {@code add}
 *     (the kernel creates them afterwards, each with its own {@link UsbInterfaceEvent}) and on
 *     {@code remove}; for other actions they are the interfaces present when the event was read.
 *     {@link UsbDevice#descriptors()} describes every interface from the start.
 */
public record UsbDeviceEvent(UdevAction action, String actionName, long seqnum, long receivedNanos, UsbDevice device)
        implements UsbEvent {

    @Override
    public String syspath() {
        return device.syspath();
    }
}
