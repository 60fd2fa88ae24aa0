package org.ffmusb.tools;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ffmusb.udev.BusAddress;
import org.ffmusb.udev.Udev;
import org.ffmusb.udev.UdevException;
import org.ffmusb.udev.UsbNames;

/**
 * What udev adds to a device of {@code ffmusb list}: the hardware database's names (as lsusb shows them)
 * and the kernel driver bound to each interface. Read once, for all devices, on the calling thread.
 *
 * @param names {@code ID_VENDOR_FROM_DATABASE} / {@code ID_MODEL_FROM_DATABASE}; either may be null
 * @param drivers the driver of each interface by bInterfaceNumber (null: no driver bound)
 */
record UdevFacts(UsbNames names, Map<Integer, String> drivers) {
    static final UdevFacts NONE = new UdevFacts(UsbNames.NONE, Map.of());

    /** Facts by bus and address; empty (with one line on {@code err} saying why) when libudev cannot be used. */
    static Map<BusAddress, UdevFacts> read(PrintWriter err) {
        Map<BusAddress, UdevFacts> facts = new HashMap<>();
        try (Udev udev = Udev.open()) {
            for (var d : udev.usbDevices()) {
                if (d.busAddress() == null) {
                    continue;
                }
                Map<Integer, String> drivers = new TreeMap<>();
                d.interfaces().forEach(i -> drivers.put(i.number(), i.driver()));
                facts.put(d.busAddress(), new UdevFacts(udev.hardwareDatabaseNames(d.vendorId(), d.productId()),
                        java.util.Collections.unmodifiableMap(drivers)));
            }
        } catch (UdevException e) {
            err.println("ffmusb list: no hardware database names or drivers: " + e.getMessage());
        }
        return facts;
    }

    /** The name lsusb would show: the database's, else the device's own string. */
    String vendorOr(String deviceString) {
        return names.vendor() != null ? names.vendor() : deviceString;
    }

    String productOr(String deviceString) {
        return names.product() != null ? names.product() : deviceString;
    }

    /** " [usb-storage]": the distinct drivers bound to the interfaces, in interface order; "" for none. */
    String driverSuffix() {
        var bound = drivers.values().stream().filter(java.util.Objects::nonNull).distinct().toList();
        return bound.isEmpty() ? "" : " [" + String.join(", ", bound) + "]";
    }
}
