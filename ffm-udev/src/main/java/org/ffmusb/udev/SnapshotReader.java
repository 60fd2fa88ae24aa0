package org.ffmusb.udev;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.udev.ffi.libudev_h;
import org.ffmusb.udev.internal.Native;

/**
 * Copies a {@code struct udev_device} into a {@link UsbDevice} or {@link UsbInterface}, on the thread that
 * owns the device's context. Every string is copied at once: libudev owns the {@code const char *} it
 * hands out and frees them with the device.
 *
 * <p>Each field is taken from the first source that has it: sysfs attributes, then udev properties
 * (which is all a {@code remove} event has), then the raw descriptors.
 */
final class SnapshotReader {
    private SnapshotReader() {}

    /** The one binary sysfs attribute of a USB device; read as bytes, never as a C string. */
    private static final String DESCRIPTORS = "descriptors";
    /** The kernel's uevent text: its keys are the properties already; only DRIVER is read from it. */
    private static final String UEVENT = "uevent";

    static boolean isUsbDevice(MemorySegment dev) {
        return "usb_device".equals(Native.string(libudev_h.udev_device_get_devtype(dev)));
    }

    static boolean isUsbInterface(MemorySegment dev) {
        return "usb_interface".equals(Native.string(libudev_h.udev_device_get_devtype(dev)));
    }

    /**
     * A device snapshot. For a device that is gone ({@code removed}: a remove event) sysfs is not read at
     * all: what is left there is stale, and a device plugged into the same port meanwhile would lend its
     * attributes; the event's properties are the whole truth then.
     */
    static UsbDevice device(UdevContext context, MemorySegment dev, List<UsbInterface> interfaces, boolean removed) {
        var f = new UsbDevice.Fields();
        f.syspath = Native.string(libudev_h.udev_device_get_syspath(dev));
        f.sysname = Native.string(libudev_h.udev_device_get_sysname(dev));
        f.devnode = Native.string(libudev_h.udev_device_get_devnode(dev));
        f.parentSyspath = parentOf(f.syspath);
        Map<String, String> p = properties(dev);
        Map<String, String> a = removed ? new HashMap<>() : sysattrs(context, dev);
        f.driver = driver(dev, a);
        f.properties = p;
        f.sysattrs = a;
        f.descriptors = a.isEmpty() ? new byte[0] : descriptors(f.syspath);
        byte[] d = f.descriptors.length >= 18 && f.descriptors[1] == 1 ? f.descriptors : null;

        f.busAddress = busAddress(first(p.get("BUSNUM"), a.get("busnum")), first(p.get("DEVNUM"), a.get("devnum")),
                first(f.devnode, p.get("DEVNAME")));
        String[] product = splitProduct(p.get("PRODUCT"));
        f.vendorId = firstKnown(hex(a.get("idVendor")), hex(p.get("ID_VENDOR_ID")), hex(product[0]), le16(d, 8));
        f.productId = firstKnown(hex(a.get("idProduct")), hex(p.get("ID_MODEL_ID")), hex(product[1]), le16(d, 10));
        f.bcdDevice = firstKnown(hex(a.get("bcdDevice")), hex(p.get("ID_REVISION")), hex(product[2]), le16(d, 12));
        f.bcdUsb = firstKnown(le16(d, 2), bcdVersion(a.get("version")));
        String[] type = split(p.get("TYPE"), 3);
        f.deviceClass = firstKnown(hex(a.get("bDeviceClass")), dec(type[0]), u8(d, 4));
        f.deviceSubClass = firstKnown(hex(a.get("bDeviceSubClass")), dec(type[1]), u8(d, 5));
        f.deviceProtocol = firstKnown(hex(a.get("bDeviceProtocol")), dec(type[2]), u8(d, 6));
        String configuration = a.get("bConfigurationValue");
        f.configurationValue = configuration == null ? -1 : configuration.isBlank() ? 0 : dec(configuration);
        f.speed = UsbSpeed.ofSysfs(a.get("speed"));
        f.manufacturer = a.get("manufacturer");
        f.product = a.get("product");
        f.serial = first(a.get("serial"), p.get("ID_SERIAL_SHORT"));

        UsbNames db = new UsbNames(p.get(Hwdb.VENDOR_KEY), p.get(Hwdb.MODEL_KEY));
        if (db.vendor() == null || db.product() == null) {
            Hwdb hwdb = context.hwdb();
            UsbNames looked = hwdb == null ? UsbNames.NONE : hwdb.usbNames(f.vendorId, f.productId);
            db = new UsbNames(first(db.vendor(), looked.vendor()), first(db.product(), looked.product()));
        }
        f.vendorName = first(db.vendor(), f.manufacturer);
        f.productName = first(db.product(), f.product);
        f.interfaces = interfaces;
        return new UsbDevice(f);
    }

    /** An interface snapshot; for a removed one ({@code removed}) from the event's properties alone. */
    static UsbInterface usbInterface(UdevContext context, MemorySegment dev, boolean removed) {
        String syspath = Native.string(libudev_h.udev_device_get_syspath(dev));
        Map<String, String> p = properties(dev);
        Map<String, String> a = removed ? new HashMap<>() : sysattrs(context, dev);
        String[] type = split(p.get("INTERFACE"), 3);
        return new UsbInterface(syspath, Native.string(libudev_h.udev_device_get_sysname(dev)), parentOf(syspath),
                hex(a.get("bInterfaceNumber")), dec(a.get("bAlternateSetting")),
                firstKnown(hex(a.get("bInterfaceClass")), dec(type[0])),
                firstKnown(hex(a.get("bInterfaceSubClass")), dec(type[1])),
                firstKnown(hex(a.get("bInterfaceProtocol")), dec(type[2])),
                hex(a.get("bNumEndpoints")), a.get("interface"), driver(dev, a), p, a);
    }

    static Map<String, String> properties(MemorySegment dev) {
        Map<String, String> map = new HashMap<>();
        for (MemorySegment e = libudev_h.udev_device_get_properties_list_entry(dev); e.address() != 0;
                e = libudev_h.udev_list_entry_get_next(e)) {
            String value = Native.string(libudev_h.udev_list_entry_get_value(e));
            map.put(libudev_h.udev_list_entry_get_name(e).getString(0), value == null ? "" : value);
        }
        return map;
    }

    /** Every readable attribute; the names come straight from libudev's list, no Java-to-C copy. */
    static Map<String, String> sysattrs(UdevContext context, MemorySegment dev) {
        Map<String, String> map = new HashMap<>();
        for (MemorySegment e = libudev_h.udev_device_get_sysattr_list_entry(dev); e.address() != 0;
                e = libudev_h.udev_list_entry_get_next(e)) {
            MemorySegment name = libudev_h.udev_list_entry_get_name(e);
            String key = name.getString(0);
            if (key.equals(DESCRIPTORS)) {
                continue;
            }
            String value = Native.string(libudev_h.udev_device_get_sysattr_value(context.errno, dev, name));
            if (value != null) {
                map.put(key, value);
            }
        }
        return map;
    }

    /**
     * The bound driver: libudev reads the {@code driver} link (or, for an event, the message's DRIVER);
     * the kernel's uevent file names it too, which is what is left when the link cannot be read.
     * Takes the uevent text out of {@code sysattrs}: it repeats the properties.
     */
    static String driver(MemorySegment dev, Map<String, String> sysattrs) {
        String driver = Native.string(libudev_h.udev_device_get_driver(dev));
        String uevent = sysattrs.remove(UEVENT);
        if (driver == null && uevent != null) {
            for (String line : uevent.split("\n")) {
                if (line.startsWith("DRIVER=") && line.length() > "DRIVER=".length()) {
                    return line.substring("DRIVER=".length());
                }
            }
        }
        return driver;
    }

    /** The raw descriptors file; empty when it is gone (the device was unplugged meanwhile). */
    static byte[] descriptors(String syspath) {
        try {
            return Files.readAllBytes(Path.of(syspath, DESCRIPTORS));
        } catch (IOException e) {
            return new byte[0]; // gone (unplugged meanwhile) or unreadable: the snapshot has no descriptors
        }
    }

    static String parentOf(String syspath) {
        int slash = syspath.lastIndexOf('/');
        return slash > 0 ? syspath.substring(0, slash) : null;
    }

    private static BusAddress busAddress(String bus, String address, String devnode) {
        int b = dec(bus);
        int d = dec(address);
        if (b >= 1 && b <= 255 && d >= 1 && d <= 127) {
            return new BusAddress(b, d);
        }
        return BusAddress.ofDevnode(devnode);
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    private static int firstKnown(int... values) {
        for (int v : values) {
            if (v >= 0) {
                return v;
            }
        }
        return -1;
    }

    /** The kernel's PRODUCT property, {@code vid/pid/bcdDevice} in unpadded hex. */
    private static String[] splitProduct(String product) {
        return split(product, 3);
    }

    private static String[] split(String value, int parts) {
        String[] result = new String[parts];
        if (value != null) {
            String[] s = value.split("/");
            System.arraycopy(s, 0, result, 0, Math.min(parts, s.length));
        }
        return result;
    }

    static int hex(String s) {
        return parse(s, 16);
    }

    static int dec(String s) {
        return parse(s, 10);
    }

    private static int parse(String s, int radix) {
        if (s == null) {
            return -1;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 8) {
            return -1;
        }
        try {
            return Integer.parseInt(t, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The sysfs {@code version} attribute, " 2.00" (printed as "%2x.%02x"), as BCD 0x0200. */
    static int bcdVersion(String s) {
        if (s == null) {
            return -1;
        }
        String[] parts = s.strip().split("\\.");
        if (parts.length != 2) {
            return -1;
        }
        int major = hex(parts[0]);
        int minor = hex(parts[1]);
        return major < 0 || minor < 0 || major > 0xff || minor > 0xff ? -1 : major << 8 | minor;
    }

    private static int le16(byte[] d, int offset) {
        return d == null ? -1 : (d[offset] & 0xff) | (d[offset + 1] & 0xff) << 8;
    }

    private static int u8(byte[] d, int offset) {
        return d == null ? -1 : d[offset] & 0xff;
    }
}
