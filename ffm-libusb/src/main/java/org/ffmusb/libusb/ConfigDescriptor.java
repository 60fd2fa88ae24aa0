package org.ffmusb.libusb;

import java.util.List;

/**
 * A configuration descriptor with its interfaces and endpoints ({@code struct libusb_config_descriptor}),
 * copied out of libusb once; immutable.
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 *
 * @param maxPower in units of 2 mA (USB 2) or 8 mA (SuperSpeed), as the descriptor carries it
 */
public record ConfigDescriptor(int totalLength, int configurationValue, int configurationIndex, int attributes,
        int maxPower, List<UsbInterface> interfaces, byte[] extra) {

    public ConfigDescriptor {
        interfaces = List.copyOf(interfaces);
        extra = Bytes.copy(extra);
    }

    /** Class- or vendor-specific descriptors that follow the configuration descriptor (a copy). */
    @Override
    public byte[] extra() {
        return extra.clone();
    }

    /** Whether bit 6 of bmAttributes says the device is self-powered in this configuration. */
    public boolean selfPowered() {
        return (attributes & 0x40) != 0;
    }

    /** Whether bit 5 of bmAttributes says the device supports remote wakeup. */
    public boolean remoteWakeup() {
        return (attributes & 0x20) != 0;
    }

    /** Equal when every field and the {@code extra} bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigDescriptor c && totalLength == c.totalLength
                && configurationValue == c.configurationValue && configurationIndex == c.configurationIndex
                && attributes == c.attributes && maxPower == c.maxPower && interfaces.equals(c.interfaces)
                && java.util.Arrays.equals(extra, c.extra);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(totalLength, configurationValue, configurationIndex, attributes, maxPower,
                interfaces) * 31 + java.util.Arrays.hashCode(extra);
    }

    @Override
    public String toString() {
        return "ConfigDescriptor[totalLength=%d, configurationValue=%d, configurationIndex=%d, attributes=0x%02x, "
                .formatted(totalLength, configurationValue, configurationIndex, attributes)
                + "maxPower=%d, interfaces=%s, extra=%s]".formatted(maxPower, interfaces, Bytes.hex(extra));
    }
}
