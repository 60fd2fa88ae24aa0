package org.ffmusb.libusb;

import java.util.List;

/**
 * An interface of a configuration with all its alternate settings ({@code struct libusb_interface}).
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 */
public record UsbInterface(List<InterfaceDescriptor> altSettings) {
    public UsbInterface {
        altSettings = List.copyOf(altSettings);
    }

    /** The interface number (of its first alternate setting). */
    public int number() {
        return altSettings.isEmpty() ? -1 : altSettings.getFirst().number();
    }
}
