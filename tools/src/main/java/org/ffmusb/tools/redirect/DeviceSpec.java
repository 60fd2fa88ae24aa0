package org.ffmusb.tools.redirect;

import java.util.List;
import org.ffmusb.libusb.UsbDevice;

/**
 * usbredirect's {@code --device}: {@code VID:PID} in hex (vendor 1..ffff, product 0..ffff), or
 * {@code BUS-DEVNUM} in decimal as lsusb prints them (reference §12).
 */
public record DeviceSpec(int vendorId, int productId, int bus, int address) {
    /** True for a BUS-DEVNUM spec. */
    public boolean byLocation() {
        return bus >= 0;
    }

    public static DeviceSpec parse(String text) {
        try {
            if (text.contains("-")) {
                String[] parts = text.split("-", 2);
                int bus = Integer.parseInt(parts[0].trim());
                int address = Integer.parseInt(parts[1].trim());
                if (bus < 1 || bus > 255 || address < 1 || address > 127) {
                    throw new IllegalArgumentException();
                }
                return new DeviceSpec(-1, -1, bus, address);
            }
            String[] parts = text.split(":", 2);
            int vendor = Integer.parseInt(parts[0].trim(), 16);
            int product = Integer.parseInt(parts[1].trim(), 16);
            if (vendor < 1 || vendor > 0xFFFF || product < 0 || product > 0xFFFF) {
                throw new IllegalArgumentException();
            }
            return new DeviceSpec(vendor, product, -1, -1);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--device must be VID:PID in hex (e.g. 0781:5567) or BUS-DEVNUM in"
                    + " decimal as lsusb prints them (e.g. 1-4): " + text);
        }
    }

    public boolean matches(UsbDevice d) {
        return byLocation() ? d.busNumber() == bus && d.address() == address
                : d.descriptor().vendorId() == vendorId && d.descriptor().productId() == productId;
    }

    /** The candidates in libusb's order. */
    public List<UsbDevice> candidates(List<UsbDevice> devices) {
        return devices.stream().filter(this::matches).toList();
    }

    @Override
    public String toString() {
        return byLocation() ? bus + "-" + address : String.format("%04x:%04x", vendorId, productId);
    }
}
