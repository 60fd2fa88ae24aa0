package org.ffmusb.udev;

/** Parsing of the text sysfs attributes and udev properties hold, as the kernel prints them. */
final class SysfsText {
    private SysfsText() {}

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

    /** {@code PRODUCT=vid/pid/bcd}, {@code TYPE=class/sub/proto}, {@code INTERFACE=...}: the parts, null when missing. */
    static String[] split(String value, int parts) {
        String[] result = new String[parts];
        if (value != null) {
            String[] s = value.split("/");
            System.arraycopy(s, 0, result, 0, Math.min(parts, s.length));
        }
        return result;
    }

    /** The directory above a sysfs path: for USB devices and interfaces, the parent device. */
    static String parentOf(String syspath) {
        int slash = syspath.lastIndexOf('/');
        return slash > 0 ? syspath.substring(0, slash) : null;
    }

    static BusAddress busAddress(String bus, String address, String devnode) {
        int b = dec(bus);
        int d = dec(address);
        if (b >= 1 && b <= 255 && d >= 1 && d <= 127) {
            return new BusAddress(b, d);
        }
        return BusAddress.ofDevnode(devnode);
    }

    /** The first non-empty string. */
    static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    /** The first value that is known (not negative), else -1. */
    static int firstKnown(int... values) {
        for (int v : values) {
            if (v >= 0) {
                return v;
            }
        }
        return -1;
    }

    /** A little-endian 16-bit field of a device descriptor, or -1 without one. */
    static int le16(byte[] descriptor, int offset) {
        return descriptor == null ? -1 : (descriptor[offset] & 0xff) | (descriptor[offset + 1] & 0xff) << 8;
    }

    static int u8(byte[] descriptor, int offset) {
        return descriptor == null ? -1 : descriptor[offset] & 0xff;
    }
}
