package org.ffmusb.libusb;

import java.util.List;

/** An interface of a configuration with all its alternate settings ({@code struct libusb_interface}). */
public record UsbInterface(List<InterfaceDescriptor> altSettings) {
    public UsbInterface {
        altSettings = List.copyOf(altSettings);
    }

    /** The interface number (of its first alternate setting). */
    public int number() {
        return altSettings.isEmpty() ? -1 : altSettings.getFirst().number();
    }
}
