package org.ffmusb.usbredir.filter;

import java.util.List;
import java.util.Locale;

/**
 * What the filter check (reference §8.2) knows about a USB device: the class triple, ids and
 * {@code bcdDevice} of its device descriptor, and the class triple of each interface (alternate
 * setting 0 of the active configuration, as usbredirhost and QEMU collect them; none when the device
 * is unconfigured).
 *
 * @param deviceClass      {@code bDeviceClass}, {@code bDeviceSubClass}, {@code bDeviceProtocol}
 * @param vendorId         {@code idVendor}, 0..65535
 * @param productId        {@code idProduct}, 0..65535
 * @param deviceVersionBcd {@code bcdDevice}, 0..65535 (version 2.56 is 0x0256)
 * @param interfaces       one triple per interface, at most {@value #MAX_INTERFACES} (the limit of the
 *                         protocol's interface_info packet, §7.2)
 */
public record FilterDevice(ClassCode deviceClass, int vendorId, int productId, int deviceVersionBcd,
                           List<ClassCode> interfaces) {
    /** Most interfaces a usbredir device can report. */
    public static final int MAX_INTERFACES = 32;

    public FilterDevice {
        if (deviceClass == null) {
            throw new NullPointerException("deviceClass");
        }
        checkU16("vendor id", vendorId);
        checkU16("product id", productId);
        checkU16("bcdDevice", deviceVersionBcd);
        interfaces = List.copyOf(interfaces);
        if (interfaces.size() > MAX_INTERFACES) {
            throw new IllegalArgumentException("a usbredir device has at most " + MAX_INTERFACES
                    + " interfaces, not " + interfaces.size());
        }
    }

    /** A device with the given interfaces. */
    public static FilterDevice of(ClassCode deviceClass, int vendorId, int productId, int deviceVersionBcd,
                                  ClassCode... interfaces) {
        return new FilterDevice(deviceClass, vendorId, productId, deviceVersionBcd, List.of(interfaces));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%04x bcd %04x class %s interfaces %s",
                vendorId, productId, deviceVersionBcd, deviceClass, interfaces);
    }

    private static void checkU16(String name, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("USB " + name + " must be 0..65535: " + value);
        }
    }
}
