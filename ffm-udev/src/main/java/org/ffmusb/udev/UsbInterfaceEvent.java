package org.ffmusb.udev;

/**
 * An event about one interface of a USB device (udev devtype {@code usb_interface}): it appeared or went
 * away with its configuration, or a kernel driver was bound to it ({@link UdevAction#BIND}, e.g.
 * {@code usb-storage}) or let go of it ({@link UdevAction#UNBIND}).
 *
 * @param action what happened
 * @param actionName udev's name of the action as received
 * @param seqnum udev's sequence number
 * @param receivedNanos {@link System#nanoTime()} when the event was received
 * @param usbInterface the interface as it was then; {@link UsbInterface#deviceSyspath()} names its device
 */
public record UsbInterfaceEvent(UdevAction action, String actionName, long seqnum, long receivedNanos,
        UsbInterface usbInterface) implements UsbEvent {

    @Override
    public String syspath() {
        return usbInterface.syspath();
    }
}
