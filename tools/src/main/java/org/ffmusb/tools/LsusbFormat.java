package org.ffmusb.tools;

import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.EndpointDescriptor;
import org.ffmusb.libusb.InterfaceDescriptor;
import org.ffmusb.libusb.UsbInterface;

/**
 * The descriptor tree of {@code ffmusb list -v} and {@code ffmusb usbredir probe}, in lsusb -v's order and
 * field names: one printer, whether the descriptors came from libusb or from a usbredir guest's
 * GET_DESCRIPTOR requests (parsed by {@link org.ffmusb.libusb.DescriptorParser}).
 */
final class LsusbFormat {
    private LsusbFormat() {}

    /**
     * What udev adds to the descriptors: hardware-database names (null when unknown) and the kernel
     * driver bound to each interface (null value: none bound; missing key: not known).
     */
    record UdevExtras(String vendorName, String productName, java.util.Map<Integer, String> drivers) {
        static final UdevExtras NONE = new UdevExtras(null, null, java.util.Map.of());
    }

    /**
     * Prints the device descriptor, {@code location} (e.g. "Port path 2-1, speed SUPER") and every
     * configuration with its interfaces and endpoints. {@code strings} gives a string descriptor's text
     * by index, "" when unknown; it follows the index as lsusb prints it.
     */
    static void descriptors(PrintWriter out, DeviceDescriptor dd, List<ConfigDescriptor> configurations,
                            IntFunction<String> strings, String location, UdevExtras udev) {
        out.printf("Device Descriptor:%n  bcdUSB %s%n  bDeviceClass %d%n  bDeviceSubClass %d%n  bDeviceProtocol %d%n"
                        + "  bMaxPacketSize0 %d%n  idVendor 0x%04x%s%n  idProduct 0x%04x%s%n  bcdDevice %s%n"
                        + "  iManufacturer %d %s%n  iProduct %d %s%n  iSerial %d %s%n  bNumConfigurations %d%n",
                dd.usbVersion(), dd.deviceClass(), dd.deviceSubClass(), dd.deviceProtocol(), dd.maxPacketSize0(),
                dd.vendorId(), udev.vendorName() == null ? "" : " " + udev.vendorName(), dd.productId(),
                udev.productName() == null ? "" : " " + udev.productName(), DeviceDescriptor.bcd(dd.bcdDevice()),
                dd.manufacturerIndex(),
                strings.apply(dd.manufacturerIndex()), dd.productIndex(), strings.apply(dd.productIndex()),
                dd.serialNumberIndex(), strings.apply(dd.serialNumberIndex()), dd.numConfigurations());
        out.printf("  %s%n", location);
        for (ConfigDescriptor c : configurations) {
            out.printf("  Configuration Descriptor:%n    wTotalLength %d%n    bNumInterfaces %d%n    bConfigurationValue %d%n"
                            + "    iConfiguration %d%s%n    bmAttributes 0x%02x%s%s%n    MaxPower %d%n",
                    c.totalLength(), c.interfaces().size(), c.configurationValue(), c.configurationIndex(),
                    named(strings, c.configurationIndex()), c.attributes(),
                    c.selfPowered() ? " self-powered" : " bus-powered", c.remoteWakeup() ? ", remote wakeup" : "",
                    c.maxPower());
            for (UsbInterface itf : c.interfaces()) {
                for (InterfaceDescriptor alt : itf.altSettings()) {
                    out.printf("    Interface Descriptor:%n      bInterfaceNumber %d%n      bAlternateSetting %d%n"
                                    + "      bNumEndpoints %d%n      bInterfaceClass %d%n      bInterfaceSubClass %d%n"
                                    + "      bInterfaceProtocol %d%n      iInterface %d%s%n",
                            alt.number(), alt.alternateSetting(), alt.endpoints().size(), alt.interfaceClass(),
                            alt.interfaceSubClass(), alt.interfaceProtocol(), alt.interfaceIndex(),
                            named(strings, alt.interfaceIndex()));
                    if (alt.alternateSetting() == 0 && udev.drivers().containsKey(alt.number())) {
                        String driver = udev.drivers().get(alt.number());
                        out.printf("      Driver %s%n", driver == null ? "(none)" : driver);
                    }
                    if (alt.extra().length > 0) {
                        out.printf("      extra %s%n", HexFormat.of().formatHex(alt.extra()));
                    }
                    for (EndpointDescriptor e : alt.endpoints()) {
                        out.printf("      Endpoint Descriptor:%n        bEndpointAddress 0x%02x EP %d %s%n"
                                        + "        Transfer Type %s%n        wMaxPacketSize 0x%04x%n        bInterval %d%n",
                                e.address(), e.number(), e.isIn() ? "IN" : "OUT", e.transferType(), e.maxPacketSize(),
                                e.interval());
                        e.ssCompanion().ifPresent(s -> out.printf("        SuperSpeed Endpoint Companion:%n"
                                        + "          bMaxBurst %d%n          bmAttributes 0x%02x%n          wBytesPerInterval %d%n",
                                s.maxBurst(), s.attributes(), s.bytesPerInterval()));
                    }
                }
            }
        }
    }

    /** " text" for a string index with a known text, else nothing (as lsusb prints iConfiguration 0). */
    private static String named(IntFunction<String> strings, int index) {
        String s = index == 0 ? "" : strings.apply(index);
        return s == null || s.isEmpty() ? "" : " " + s;
    }
}
