package org.ffmusb.udev;

/**
 * Where a device sits for libusb and usbfs: the bus number ({@code libusb_get_bus_number}, sysfs
 * {@code busnum}) and the device address ({@code libusb_get_device_address}, sysfs {@code devnum}). The
 * pair is unique among the devices present at one moment; the kernel hands the address out again after
 * the device is gone.
 *
 * @param bus the bus number, 1..255
 * @param address the device address on that bus, 1..127
 */
public record BusAddress(int bus, int address) {

    public BusAddress {
        if (bus < 1 || bus > 255) {
            throw new IllegalArgumentException("bus number " + bus + " is outside 1..255");
        }
        if (address < 1 || address > 127) {
            throw new IllegalArgumentException("device address " + address + " is outside 1..127");
        }
    }

    /** The usbfs node of the device, e.g. {@code /dev/bus/usb/001/004}. */
    public String devnode() {
        return String.format("/dev/bus/usb/%03d/%03d", bus, address);
    }

    /** The bus and address of a usbfs node such as {@code /dev/bus/usb/001/004}, or null for other paths. */
    public static BusAddress ofDevnode(String devnode) {
        if (devnode == null || !devnode.startsWith("/dev/bus/usb/")) {
            return null;
        }
        String[] parts = devnode.substring("/dev/bus/usb/".length()).split("/");
        if (parts.length != 2) {
            return null;
        }
        try {
            int bus = Integer.parseInt(parts[0]);
            int address = Integer.parseInt(parts[1]);
            return bus >= 1 && bus <= 255 && address >= 1 && address <= 127 ? new BusAddress(bus, address) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code 001:004}, as lsusb prints it. */
    @Override
    public String toString() {
        return String.format("%03d:%03d", bus, address);
    }
}
