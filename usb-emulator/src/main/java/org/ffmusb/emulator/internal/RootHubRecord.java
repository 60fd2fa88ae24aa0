package org.ffmusb.emulator.internal;

/**
 * The sysfs record of an xHCI root hub (Linux's "Linux Foundation 2.0/3.0 root hub", 1d6b:0002 and
 * 1d6b:0003), so that the emulated devices have a parent on their bus as on a real machine. Their
 * device nodes are empty files without an ioctl handler (usbfs calls on them fail with ENOTTY): on a
 * machine with real USB, opening /dev/bus/usb/00N/001 inside the testbed must not reach the real hub.
 */
final class RootHubRecord {
    private RootHubRecord() {}

    /** The root hub of bus {@code bus}, as xHCI registers it (USB 2 hub on bus 1, USB 3 hub on bus 2). */
    static String of(int bus, boolean superSpeed) {
        String kernel = System.getProperty("os.version", "6.1.0").replaceAll("[^0-9.].*", "");
        String product = superSpeed ? "0003" : "0002";
        String descriptors = superSpeed
                ? "12010003090003096b1d030001060302010109021f00010100e0000904000001090000000705810304000c063000000200"
                : "12010002090001406b1d020001060302010109021900010100e0000904000001090000000705810304000c";
        StringBuilder r = new StringBuilder();
        SysfsRecord.line(r, "P", SysfsRecord.devpath(bus, 0));
        SysfsRecord.line(r, "N", "bus/usb/" + SysfsRecord.three(bus) + "/001");
        SysfsRecord.line(r, "E", "DEVNAME=/dev/bus/usb/" + SysfsRecord.three(bus) + "/001");
        SysfsRecord.line(r, "E", "DEVTYPE=usb_device");
        SysfsRecord.line(r, "E", "DRIVER=usb");
        SysfsRecord.line(r, "E", "PRODUCT=1d6b/" + Integer.parseInt(product, 16) + "/601");
        SysfsRecord.line(r, "E", "TYPE=9/0/" + (superSpeed ? 3 : 1));
        SysfsRecord.line(r, "E", "BUSNUM=" + SysfsRecord.three(bus));
        SysfsRecord.line(r, "E", "DEVNUM=001");
        SysfsRecord.line(r, "E", "MAJOR=189");
        SysfsRecord.line(r, "E", "MINOR=" + SysfsRecord.minor(bus, 1));
        SysfsRecord.line(r, "E", "SUBSYSTEM=usb");
        SysfsRecord.line(r, "E", "ID_VENDOR_ID=1d6b");
        SysfsRecord.line(r, "E", "ID_MODEL_ID=" + product);
        SysfsRecord.attr(r, "authorized", "1");
        SysfsRecord.attr(r, "bConfigurationValue", "1");
        SysfsRecord.attr(r, "bDeviceClass", "09");
        SysfsRecord.attr(r, "bDeviceProtocol", superSpeed ? "03" : "01");
        SysfsRecord.attr(r, "bDeviceSubClass", "00");
        SysfsRecord.attr(r, "bMaxPacketSize0", superSpeed ? "9" : "64");
        SysfsRecord.attr(r, "bMaxPower", "0mA");
        SysfsRecord.attr(r, "bNumConfigurations", "1");
        SysfsRecord.attr(r, "bNumInterfaces", " 1");
        SysfsRecord.attr(r, "bcdDevice", "0601");
        SysfsRecord.attr(r, "bmAttributes", "e0");
        SysfsRecord.attr(r, "busnum", Integer.toString(bus));
        SysfsRecord.line(r, "A", "dev=189:" + SysfsRecord.minor(bus, 1));
        SysfsRecord.attr(r, "devnum", "1");
        SysfsRecord.attr(r, "devpath", "0");
        SysfsRecord.attr(r, "idProduct", product);
        SysfsRecord.attr(r, "idVendor", "1d6b");
        SysfsRecord.attr(r, "maxchild", "15");
        SysfsRecord.attr(r, "speed", superSpeed ? "5000" : "480");
        SysfsRecord.attr(r, "version", superSpeed ? " 3.00" : " 2.00");
        SysfsRecord.text(r, "manufacturer", "Linux " + kernel + " xhci-hcd");
        SysfsRecord.text(r, "product", "xHCI Host Controller");
        SysfsRecord.text(r, "serial", "0000:00:14.0");
        SysfsRecord.line(r, "H", "descriptors=" + descriptors);
        return r.toString();
    }
}
