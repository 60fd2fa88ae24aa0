package org.ffmusb.udev;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of one USB device (udev subsystem {@code usb}, devtype {@code usb_device}) as it
 * was when read: identity, descriptor fields, the strings the device reports, names from the hardware
 * database, every udev property and sysfs attribute, the raw {@code descriptors} file and its interfaces
 * with their drivers. Nothing here touches libudev again, so a snapshot may be kept and passed between
 * threads freely.
 *
 * <p>Numeric fields read -1 when the information was not available: a snapshot of a {@code remove} event
 * is built from the event's properties alone, because the device's sysfs directory is already gone.
 */
public final class UsbDevice {
    private final String syspath;
    private final String sysname;
    private final String devnode;
    private final String driver;
    private final String parentSyspath;
    private final BusAddress busAddress;
    private final int vendorId;
    private final int productId;
    private final int bcdDevice;
    private final int bcdUsb;
    private final int deviceClass;
    private final int deviceSubClass;
    private final int deviceProtocol;
    private final int configurationValue;
    private final UsbSpeed speed;
    private final String manufacturer;
    private final String product;
    private final String serial;
    private final String vendorName;
    private final String productName;
    private final Map<String, String> properties;
    private final Map<String, String> sysattrs;
    private final byte[] descriptors;
    private final List<UsbInterface> interfaces;

    UsbDevice(Fields f) {
        this.syspath = Objects.requireNonNull(f.syspath, "syspath");
        this.sysname = f.sysname;
        this.devnode = f.devnode;
        this.driver = f.driver;
        this.parentSyspath = f.parentSyspath;
        this.busAddress = f.busAddress;
        this.vendorId = f.vendorId;
        this.productId = f.productId;
        this.bcdDevice = f.bcdDevice;
        this.bcdUsb = f.bcdUsb;
        this.deviceClass = f.deviceClass;
        this.deviceSubClass = f.deviceSubClass;
        this.deviceProtocol = f.deviceProtocol;
        this.configurationValue = f.configurationValue;
        this.speed = f.speed;
        this.manufacturer = f.manufacturer;
        this.product = f.product;
        this.serial = f.serial;
        this.vendorName = f.vendorName;
        this.productName = f.productName;
        this.properties = Snapshots.sortedCopy(f.properties);
        this.sysattrs = Snapshots.sortedCopy(f.sysattrs);
        this.descriptors = f.descriptors.clone();
        this.interfaces = List.copyOf(f.interfaces);
    }

    /** The mutable form the readers fill in; every numeric field starts at -1 (unknown). */
    static final class Fields {
        String syspath;
        String sysname;
        String devnode;
        String driver;
        String parentSyspath;
        BusAddress busAddress;
        int vendorId = -1;
        int productId = -1;
        int bcdDevice = -1;
        int bcdUsb = -1;
        int deviceClass = -1;
        int deviceSubClass = -1;
        int deviceProtocol = -1;
        int configurationValue = -1;
        UsbSpeed speed = UsbSpeed.UNKNOWN;
        String manufacturer;
        String product;
        String serial;
        String vendorName;
        String productName;
        Map<String, String> properties = Map.of();
        Map<String, String> sysattrs = Map.of();
        byte[] descriptors = new byte[0];
        List<UsbInterface> interfaces = List.of();
    }

    /**
     * The sysfs path, e.g. {@code /sys/devices/pci0000:00/0000:00:14.0/usb1/1-1}: the identity of the device
     * while it is plugged in.
     */
    public String syspath() {
        return syspath;
    }

    /** The last element of the sysfs path: {@code usb1} for a root hub, the port path ({@code 1-1.4}) otherwise. */
    public String sysname() {
        return sysname;
    }

    /** The usbfs node, e.g. {@code /dev/bus/usb/001/004}, or null. */
    public String devnode() {
        return devnode;
    }

    /** The driver bound to the device as a whole (normally {@code usb}), or null. */
    public String driver() {
        return driver;
    }

    /** The sysfs path of the parent device (the hub, or the host controller for a root hub), or null. */
    public String parentSyspath() {
        return parentSyspath;
    }

    /** Bus number and device address, the key libusb knows the device by; null only when unknown. */
    public BusAddress busAddress() {
        return busAddress;
    }

    /** idVendor, or -1. */
    public int vendorId() {
        return vendorId;
    }

    /** idProduct, or -1. */
    public int productId() {
        return productId;
    }

    /** bcdDevice, the device release number in BCD, or -1. */
    public int bcdDevice() {
        return bcdDevice;
    }

    /** bcdUSB, the USB release the device implements in BCD ({@code 0x0200}), or -1. */
    public int bcdUsb() {
        return bcdUsb;
    }

    /** bDeviceClass (0: defined per interface), or -1. */
    public int deviceClass() {
        return deviceClass;
    }

    /** bDeviceSubClass, or -1. */
    public int deviceSubClass() {
        return deviceSubClass;
    }

    /** bDeviceProtocol, or -1. */
    public int deviceProtocol() {
        return deviceProtocol;
    }

    /** The active bConfigurationValue, 0 when unconfigured, -1 when unknown. */
    public int configurationValue() {
        return configurationValue;
    }

    /** The speed the device runs at. */
    public UsbSpeed speed() {
        return speed;
    }

    /** The manufacturer string the device reports (iManufacturer), or null. */
    public String manufacturer() {
        return manufacturer;
    }

    /** The product string the device reports (iProduct), or null. */
    public String product() {
        return product;
    }

    /** The serial number string the device reports (iSerialNumber), or null. */
    public String serial() {
        return serial;
    }

    /**
     * The vendor's name as people know it: the hardware database's {@code ID_VENDOR_FROM_DATABASE}
     * ("SanDisk Corp."), else the device's manufacturer string, else null.
     */
    public String vendorName() {
        return vendorName;
    }

    /**
     * The product's name as people know it: the hardware database's {@code ID_MODEL_FROM_DATABASE}
     * ("Cruzer Blade"), else the device's product string, else null.
     */
    public String productName() {
        return productName;
    }

    /** "SanDisk Corp. Cruzer Blade": the names that are known, or {@code vid:pid} when none is. */
    public String displayName() {
        if (vendorName == null && productName == null) {
            return Snapshots.hex4(vendorId) + ":" + Snapshots.hex4(productId);
        }
        if (vendorName == null || productName == null) {
            return vendorName == null ? productName : vendorName;
        }
        return vendorName + " " + productName;
    }

    /** Every udev property, sorted by name (from the udev database, or from the event). */
    public Map<String, String> properties() {
        return properties;
    }

    /** Every readable sysfs attribute of the device directory, sorted by name, trailing newline removed;
     *  the binary {@code descriptors} file is in {@link #descriptors()} instead. Empty for removed devices. */
    public Map<String, String> sysattrs() {
        return sysattrs;
    }

    /** The raw sysfs {@code descriptors} file: the device descriptor followed by every configuration
     *  descriptor with its interface and endpoint descriptors, as libusb reads them. A fresh copy. */
    public byte[] descriptors() {
        return descriptors.clone();
    }

    /** The interfaces of the active configuration present when the snapshot was taken, by sysfs name. */
    public List<UsbInterface> interfaces() {
        return interfaces;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsbDevice d && syspath.equals(d.syspath) && Objects.equals(busAddress, d.busAddress)
                && properties.equals(d.properties) && sysattrs.equals(d.sysattrs)
                && Arrays.equals(descriptors, d.descriptors) && interfaces.equals(d.interfaces)
                && Objects.equals(vendorName, d.vendorName) && Objects.equals(productName, d.productName)
                && Objects.equals(driver, d.driver) && Objects.equals(devnode, d.devnode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(syspath, busAddress, properties, sysattrs, Arrays.hashCode(descriptors));
    }

    @Override
    public String toString() {
        return "UsbDevice[" + sysname + " " + busAddress + " " + Snapshots.hex4(vendorId) + ":"
                + Snapshots.hex4(productId) + " " + displayName() + "]";
    }
}
