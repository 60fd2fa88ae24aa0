package org.ffmusb.libusb;

/**
 * The standard device descriptor ({@code struct libusb_device_descriptor}, USB 2.0 §9.6.1), read once when
 * the {@link UsbDevice} is created. BCD values are kept as the raw 16-bit numbers (0x0200 = USB 2.0).
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 */
public record DeviceDescriptor(int bcdUSB, int deviceClass, int deviceSubClass, int deviceProtocol,
        int maxPacketSize0, int vendorId, int productId, int bcdDevice, int manufacturerIndex, int productIndex,
        int serialNumberIndex, int numConfigurations) {

    /** "2.00" for bcdUSB 0x0200. */
    public String usbVersion() {
        return bcd(bcdUSB);
    }

    /** A BCD value as lsusb prints it: 0x0110 → "1.10". */
    public static String bcd(int value) {
        return String.format(java.util.Locale.ROOT, "%x.%02x", (value >> 8) & 0xff, value & 0xff);
    }
}
