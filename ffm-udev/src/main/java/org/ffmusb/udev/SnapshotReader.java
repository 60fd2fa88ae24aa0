package org.ffmusb.udev;

import static org.ffmusb.udev.SysfsText.bcdVersion;
import static org.ffmusb.udev.SysfsText.dec;
import static org.ffmusb.udev.SysfsText.first;
import static org.ffmusb.udev.SysfsText.firstKnown;
import static org.ffmusb.udev.SysfsText.hex;
import static org.ffmusb.udev.SysfsText.le16;
import static org.ffmusb.udev.SysfsText.split;
import static org.ffmusb.udev.SysfsText.u8;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ffmusb.udev.ffi.libudev_h;
import org.ffmusb.udev.internal.Native;

/**
 * Reads devices into {@link DeviceFacts} on the thread that owns the context, and turns facts into
 * {@link UsbDevice} and {@link UsbInterface} snapshots. Every string is copied at once: libudev owns the
 * {@code const char *} it hands out and frees them with the device.
 *
 * <p>Each snapshot field is taken from the first source that has it: sysfs attributes, then udev
 * properties (all a {@code remove} event has), then the raw descriptors.
 */
final class SnapshotReader {
    private SnapshotReader() {}

    /** The one binary sysfs attribute of a USB device; read as bytes, never as a C string. */
    private static final String DESCRIPTORS = "descriptors";
    /** The kernel's uevent text: its keys are the properties already; only DRIVER may be read from it. */
    private static final String UEVENT = "uevent";

    static String devtype(MemorySegment dev) {
        return Native.string(libudev_h.udev_device_get_devtype(dev));
    }

    /** Everything about one device of an enumeration (of this devtype), sysfs included. */
    static DeviceFacts read(UdevContext context, MemorySegment dev, String devtype) {
        String syspath = Native.string(libudev_h.udev_device_get_syspath(dev));
        // Properties first, as udevadm reads them: asking for the driver first changes what libudev 252
        // lists (the uevent file's DRIVER goes missing from the properties).
        Map<String, String> properties = properties(dev);
        Map<String, String> sysattrs = sysattrs(context, dev);
        String driver = driver(context, dev, properties);
        return new DeviceFacts(syspath, Native.string(libudev_h.udev_device_get_sysname(dev)), devtype,
                Native.string(libudev_h.udev_device_get_devnode(dev)), driver, properties, sysattrs,
                DeviceFacts.USB_DEVICE.equals(devtype) ? descriptors(syspath) : new byte[0]);
    }

    /**
     * What an event's message says (a device received from the monitor socket), without looking at sysfs:
     * that is for {@link #withSysfs}, on the thread that delivers the event. The driver is the message's
     * DRIVER (udev_device_get_driver would read the sysfs link when the message has none, as after an unbind).
     */
    static DeviceFacts message(MemorySegment dev) {
        Map<String, String> properties = properties(dev);
        return new DeviceFacts(Native.string(libudev_h.udev_device_get_syspath(dev)),
                Native.string(libudev_h.udev_device_get_sysname(dev)), devtype(dev),
                Native.string(libudev_h.udev_device_get_devnode(dev)), properties.get("DRIVER"), properties, Map.of(),
                new byte[0]);
    }

    /**
     * An event's facts completed from sysfs as it is now; unchanged when the device is gone. The message
     * keeps the last word on the driver and the device node: the driver is the one the event names (a
     * bind its driver, an add or unbind none, as the kernel's message has it), whatever was bound since.
     */
    static DeviceFacts withSysfs(UdevContext context, DeviceFacts message) {
        MemorySegment dev = context.deviceAt(message.syspath());
        if (dev.address() == 0) {
            return message;
        }
        try {
            Map<String, String> sysattrs = sysattrs(context, dev);
            String devnode = first(message.devnode(), Native.string(libudev_h.udev_device_get_devnode(dev)));
            byte[] descriptors = message.isUsbDevice() ? descriptors(message.syspath()) : new byte[0];
            return new DeviceFacts(message.syspath(), message.sysname(), message.devtype(), devnode,
                    message.driver(), message.properties(), sysattrs, descriptors);
        } finally {
            libudev_h.udev_device_unref(dev);
        }
    }

    /** A device snapshot from its facts; names from the properties, else the hwdb, else the device's strings. */
    static UsbDevice device(UdevContext context, DeviceFacts facts, List<UsbInterface> interfaces) {
        var f = new UsbDevice.Fields();
        Map<String, String> p = facts.properties();
        Map<String, String> a = facts.sysattrs();
        f.syspath = facts.syspath();
        f.sysname = facts.sysname();
        f.devnode = facts.devnode();
        f.driver = facts.driver();
        f.parentSyspath = SysfsText.parentOf(facts.syspath());
        f.properties = p;
        f.sysattrs = a;
        f.descriptors = facts.descriptors();
        byte[] d = f.descriptors.length >= 18 && f.descriptors[1] == 1 ? f.descriptors : null;

        f.busAddress = SysfsText.busAddress(first(p.get("BUSNUM"), a.get("busnum")),
                first(p.get("DEVNUM"), a.get("devnum")), first(f.devnode, p.get("DEVNAME")));
        String[] product = split(p.get("PRODUCT"), 3);
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

    /** An interface snapshot from its facts. */
    static UsbInterface usbInterface(DeviceFacts facts) {
        Map<String, String> p = facts.properties();
        Map<String, String> a = facts.sysattrs();
        String[] type = split(p.get("INTERFACE"), 3);
        return new UsbInterface(facts.syspath(), facts.sysname(), SysfsText.parentOf(facts.syspath()),
                hex(a.get("bInterfaceNumber")), dec(a.get("bAlternateSetting")),
                firstKnown(hex(a.get("bInterfaceClass")), dec(type[0])),
                firstKnown(hex(a.get("bInterfaceSubClass")), dec(type[1])),
                firstKnown(hex(a.get("bInterfaceProtocol")), dec(type[2])),
                hex(a.get("bNumEndpoints")), a.get("interface"), facts.driver(), p, a);
    }

    /** The properties, sorted as the snapshots keep them (so they are not copied again). */
    static Map<String, String> properties(MemorySegment dev) {
        SortedMap<String, String> map = new TreeMap<>();
        for (MemorySegment e = libudev_h.udev_device_get_properties_list_entry(dev); e.address() != 0;
                e = libudev_h.udev_list_entry_get_next(e)) {
            String value = Native.string(libudev_h.udev_list_entry_get_value(e));
            map.put(libudev_h.udev_list_entry_get_name(e).getString(0), value == null ? "" : value);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * Every readable attribute but {@code descriptors} (binary) and {@code uevent} (the properties
     * again). The names come straight from libudev's list, no Java-to-C copy.
     */
    private static Map<String, String> sysattrs(UdevContext context, MemorySegment dev) {
        SortedMap<String, String> map = new TreeMap<>();
        for (MemorySegment e = libudev_h.udev_device_get_sysattr_list_entry(dev); e.address() != 0;
                e = libudev_h.udev_list_entry_get_next(e)) {
            MemorySegment name = libudev_h.udev_list_entry_get_name(e);
            String key = name.getString(0);
            if (key.equals(DESCRIPTORS) || key.equals(UEVENT)) {
                continue;
            }
            String value = Native.string(libudev_h.udev_device_get_sysattr_value(context.errno, dev, name));
            if (value != null) {
                map.put(key, value);
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /**
     * The bound driver: libudev reads the {@code driver} link; the kernel's uevent file names it too,
     * which is what is left when the link cannot be read (a testbed without the link). The properties came
     * from that file: without their DRIVER it names none, and is not read again.
     */
    private static String driver(UdevContext context, MemorySegment dev, Map<String, String> properties) {
        String driver = Native.string(libudev_h.udev_device_get_driver(dev));
        if (driver != null || !properties.containsKey("DRIVER")) {
            return driver;
        }
        String uevent = Native.string(libudev_h.udev_device_get_sysattr_value(context.errno, dev,
                context.cstring(UEVENT)));
        if (uevent != null) {
            for (String line : uevent.split("\n")) {
                if (line.startsWith("DRIVER=") && line.length() > "DRIVER=".length()) {
                    return line.substring("DRIVER=".length());
                }
            }
        }
        return driver;
    }

    /** The raw descriptors file; empty when it is gone (the device was unplugged meanwhile) or unreadable. */
    private static byte[] descriptors(String syspath) {
        try {
            return Files.readAllBytes(Path.of(syspath, DESCRIPTORS));
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
