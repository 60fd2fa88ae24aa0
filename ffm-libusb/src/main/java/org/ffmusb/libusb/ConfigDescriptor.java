package org.ffmusb.libusb;

import java.util.List;

/**
 * A configuration descriptor with its interfaces and endpoints ({@code struct libusb_config_descriptor}),
 * copied out of libusb once; immutable.
 *
 * @param maxPower in units of 2 mA (USB 2) or 8 mA (SuperSpeed), as the descriptor carries it
 */
public record ConfigDescriptor(int totalLength, int configurationValue, int configurationIndex, int attributes,
        int maxPower, List<UsbInterface> interfaces, byte[] extra) {

    /** Whether bit 6 of bmAttributes says the device is self-powered in this configuration. */
    public boolean selfPowered() {
        return (attributes & 0x40) != 0;
    }

    /** Whether bit 5 of bmAttributes says the device supports remote wakeup. */
    public boolean remoteWakeup() {
        return (attributes & 0x20) != 0;
    }
}
