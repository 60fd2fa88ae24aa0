package org.ffmusb.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.Interface;

/**
 * The sysfs view of a device in umockdev's text format (one record per sysfs device: P: path,
 * E: uevent/udev property, A: attribute, H: binary attribute in hex), written the way the Linux kernel
 * and udev's usb_id builtin fill them in, so that libusb, libudev and lsusb see data consistent with
 * the descriptors. Strings go in as H: lines: exact bytes with the kernel's trailing newline.
 */
final class SysfsRecord {
    private SysfsRecord() {}

    static final String CONTROLLER_NAME = "0000:00:14.0";
    static final String CONTROLLER = "/devices/pci0000:00/" + CONTROLLER_NAME;

    /**
     * The PCI function of the host controller the buses hang off: QEMU's xHCI (1b36:000d) with its
     * driver link, which lsusb -t reads for the root hubs' "Driver=xhci_hcd".
     */
    static String controller() {
        StringBuilder r = new StringBuilder();
        line(r, "P", CONTROLLER);
        line(r, "E", "DRIVER=xhci_hcd");
        line(r, "E", "PCI_CLASS=C0330");
        line(r, "E", "PCI_ID=1B36:000D");
        line(r, "E", "PCI_SUBSYS_ID=1AF4:1100");
        line(r, "E", "PCI_SLOT_NAME=" + CONTROLLER_NAME);
        line(r, "E", "MODALIAS=pci:v00001B36d0000000Dsv00001AF4sd00001100bc0Csc03i30");
        line(r, "E", "SUBSYSTEM=pci");
        attr(r, "class", "0x0c0330");
        attr(r, "vendor", "0x1b36");
        attr(r, "device", "0x000d");
        attr(r, "subsystem_vendor", "0x1af4");
        attr(r, "subsystem_device", "0x1100");
        line(r, "L", "driver=../../../bus/pci/drivers/xhci_hcd");
        return r.toString();
    }

    /**
     * The properties of a usb_device as udev holds them: the kernel's uevent variables (DEVNAME, DEVTYPE,
     * PRODUCT, TYPE, BUSNUM, DEVNUM, MAJOR, MINOR, SUBSYSTEM; DRIVER comes with the binding, see {@link
     * DeviceSysfs}) and what udev's usb_id and path_id builtins add. DEVNAME is the full /dev path.
     */
    static Map<String, String> deviceProperties(DescriptorSet ds, Configuration active, PortPath at, int devnum) {
        DeviceDefinition d = ds.definition();
        String vendor = hex4(d.vendorId());
        String model = hex4(d.productId());
        int bus = at.bus();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("DEVNAME", "/dev/bus/usb/" + three(bus) + "/" + three(devnum));
        p.put("DEVTYPE", "usb_device");
        p.put("PRODUCT", Integer.toHexString(d.vendorId()) + "/" + Integer.toHexString(d.productId()) + "/"
                + Integer.toHexString(d.bcdDevice()));
        p.put("TYPE", d.deviceClass() + "/" + d.deviceSubClass() + "/" + d.deviceProtocol());
        p.put("BUSNUM", three(bus));
        p.put("DEVNUM", three(devnum));
        p.put("MAJOR", "189");
        p.put("MINOR", Integer.toString(minor(bus, devnum)));
        p.put("SUBSYSTEM", "usb");
        // What udev's usb_id builtin adds (systemd src/udev/udev-builtin-usb_id.c).
        String vendorName = d.manufacturer() != null ? d.manufacturer() : vendor;
        String modelName = d.product() != null ? d.product() : model;
        p.put("ID_VENDOR", UdevNames.safe(vendorName));
        p.put("ID_VENDOR_ENC", UdevNames.encode(vendorName));
        p.put("ID_VENDOR_ID", vendor);
        p.put("ID_MODEL", UdevNames.safe(modelName));
        p.put("ID_MODEL_ENC", UdevNames.encode(modelName));
        p.put("ID_MODEL_ID", model);
        p.put("ID_REVISION", hex4(d.bcdDevice()));
        p.put("ID_SERIAL", UdevNames.safe(vendorName) + "_" + UdevNames.safe(modelName)
                + (d.serial() != null ? "_" + UdevNames.safe(d.serial()) : ""));
        if (d.serial() != null) {
            p.put("ID_SERIAL_SHORT", UdevNames.safe(d.serial()));
        }
        p.put("ID_BUS", "usb");
        p.put("ID_USB_INTERFACES", interfaceTypes(active));
        // path_id: the controller, then the ports from the root hub down
        p.put("ID_PATH", "pci-" + CONTROLLER_NAME + (at.isRoot() ? "" : "-usb-0:" + at.dotted(".")));
        p.put("ID_PATH_TAG", "pci-" + CONTROLLER_NAME.replaceAll("[:.]", "_") + (at.isRoot() ? "" : "-usb-0_"
                + at.dotted("_")));
        return p;
    }

    /**
     * The usb_device record of an emulated device at {@code at} (the root hub itself: "usbN", address 1),
     * without a driver: {@link DeviceSysfs} binds it once udev has heard of the device. {@code maxchild}
     * is the number of ports of a hub, 0 for other devices.
     */
    static String device(DescriptorSet ds, Configuration active, PortPath at, int devnum, int maxchild) {
        DeviceDefinition d = ds.definition();
        StringBuilder r = new StringBuilder();
        line(r, "P", at.sysfsPath());
        deviceProperties(ds, active, at, devnum).forEach((k, v) -> line(r, "E", k + "=" + v));
        attr(r, "authorized", "1");
        attr(r, "avoid_reset_quirk", "0");
        if (active == null) {
            r.append("A: bConfigurationValue=\n"); // empty, no newline: what Linux shows unconfigured
        } else {
            attr(r, "bConfigurationValue", Integer.toString(active.value()));
        }
        attr(r, "bDeviceClass", hex2(d.deviceClass()));
        attr(r, "bDeviceProtocol", hex2(d.deviceProtocol()));
        attr(r, "bDeviceSubClass", hex2(d.deviceSubClass()));
        attr(r, "bMaxPacketSize0", Integer.toString(d.maxPacketSize0()));
        attr(r, "bMaxPower", (active == null ? 0 : active.maxPowerMilliamps()) + "mA");
        attr(r, "bNumConfigurations", Integer.toString(d.configurations().size()));
        attr(r, "bNumInterfaces", String.format("%2d", active == null ? 0 : active.interfaces().size()));
        attr(r, "bcdDevice", hex4(d.bcdDevice()));
        attr(r, "bmAttributes", hex2(active == null ? 0x80 : (0x80 | (active.selfPowered() ? 0x40 : 0)
                | (active.remoteWakeup() ? 0x20 : 0))));
        attr(r, "busnum", Integer.toString(at.bus()));
        // No trailing newline: umockdev links /sys/dev/char/<value> and dev/.node/<node> -> <value>.
        line(r, "A", "dev=189:" + minor(at.bus(), devnum));
        attr(r, "devnum", Integer.toString(devnum));
        attr(r, "devpath", at.devpath());
        attr(r, "idProduct", hex4(d.productId()));
        attr(r, "idVendor", hex4(d.vendorId()));
        attr(r, "ltm_capable", "no");
        attr(r, "maxchild", Integer.toString(maxchild));
        attr(r, "quirks", "0x0");
        attr(r, "removable", at.isRoot() ? "unknown" : "removable");
        attr(r, "rx_lanes", "1");
        attr(r, "speed", d.speed().sysfsValue());
        attr(r, "tx_lanes", "1");
        attr(r, "urbnum", "0");
        attr(r, "version", String.format("%2x.%02x", d.bcdUSB() >> 8, d.bcdUSB() & 0xff));
        text(r, "configuration", active == null || active.name() == null ? "" : active.name());
        if (d.manufacturer() != null) {
            text(r, "manufacturer", d.manufacturer());
        }
        if (d.product() != null) {
            text(r, "product", d.product());
        }
        if (d.serial() != null) {
            text(r, "serial", d.serial());
        }
        line(r, "H", "descriptors=" + HexFormat.of().formatHex(ds.sysfsDescriptors()));
        return r.toString();
    }

    /** The kernel's uevent variables of a usb_interface in its current setting (DRIVER comes with a binding). */
    static Map<String, String> interfaceProperties(DescriptorSet ds, Interface i, AltSetting a) {
        DeviceDefinition d = ds.definition();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("DEVTYPE", "usb_interface");
        p.put("PRODUCT", Integer.toHexString(d.vendorId()) + "/" + Integer.toHexString(d.productId()) + "/"
                + Integer.toHexString(d.bcdDevice()));
        p.put("TYPE", d.deviceClass() + "/" + d.deviceSubClass() + "/" + d.deviceProtocol());
        p.put("INTERFACE", a.interfaceClass() + "/" + a.subClass() + "/" + a.protocol());
        p.put("MODALIAS", modalias(d, a, i.number()));
        p.put("SUBSYSTEM", "usb");
        return p;
    }

    /** The usb_interface record of one interface of the active configuration, without a driver. */
    static String iface(DescriptorSet ds, Configuration c, Interface i, int alt, PortPath at) {
        DeviceDefinition d = ds.definition();
        AltSetting a = i.altSetting(alt);
        StringBuilder r = new StringBuilder();
        line(r, "P", at.interfacePath(c.value(), i.number()));
        interfaceProperties(ds, i, a).forEach((k, v) -> line(r, "E", k + "=" + v));
        attr(r, "authorized", "1");
        attr(r, "bAlternateSetting", String.format("%2d", alt));
        attr(r, "bInterfaceClass", hex2(a.interfaceClass()));
        attr(r, "bInterfaceNumber", hex2(i.number()));
        attr(r, "bInterfaceProtocol", hex2(a.protocol()));
        attr(r, "bInterfaceSubClass", hex2(a.subClass()));
        attr(r, "bNumEndpoints", hex2(a.endpoints().size()));
        attr(r, "modalias", modalias(d, a, i.number()));
        attr(r, "supports_autosuspend", "1");
        if (a.name() != null) {
            text(r, "interface", a.name());
        }
        return r.toString();
    }

    /** The kernel's minor number of /dev/bus/usb/BBB/DDD: (bus - 1) * 128 + devnum - 1. */
    static int minor(int bus, int devnum) {
        return (bus - 1) * 128 + devnum - 1;
    }

    static String three(int n) {
        return String.format("%03d", n);
    }

    private static String interfaceTypes(Configuration c) {
        if (c == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(":");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (Interface i : c.interfaces()) {
            AltSetting a = i.altSetting(0);
            seen.add(hex2(a.interfaceClass()) + hex2(a.subClass()) + hex2(a.protocol()));
        }
        seen.forEach(t -> s.append(t).append(':'));
        return s.toString();
    }

    private static String modalias(DeviceDefinition d, AltSetting a, int number) {
        return String.format("usb:v%04Xp%04Xd%04Xdc%02Xdsc%02Xdp%02Xic%02Xisc%02Xip%02Xin%02X", d.vendorId(),
                d.productId(), d.bcdDevice(), d.deviceClass(), d.deviceSubClass(), d.deviceProtocol(),
                a.interfaceClass(), a.subClass(), a.protocol(), number);
    }

    private static String hex2(int v) {
        return String.format("%02x", v & 0xff);
    }

    private static String hex4(int v) {
        return String.format("%04x", v & 0xffff);
    }

    static void line(StringBuilder r, String kind, String value) {
        r.append(kind).append(": ").append(value).append('\n');
    }

    /** A plain attribute: ASCII without backslashes, so umockdev's only escape (\n) is all it needs. */
    static void attr(StringBuilder r, String name, String value) {
        r.append("A: ").append(name).append('=').append(value).append("\\n\n");
    }

    /** A string attribute (device strings can hold anything): exact bytes plus the kernel's newline. */
    static void text(StringBuilder r, String name, String value) {
        byte[] b = (value + "\n").getBytes(StandardCharsets.UTF_8);
        r.append("H: ").append(name).append('=').append(HexFormat.of().formatHex(b)).append('\n');
    }
}
