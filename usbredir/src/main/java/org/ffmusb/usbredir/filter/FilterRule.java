package org.ffmusb.usbredir.filter;

import java.util.Locale;

/**
 * One usbredir filter rule (reference §8.1, C {@code struct usbredirfilter_rule}): a device or one of
 * its interfaces matches when each field equals the corresponding value or is the wildcard
 * {@link #ANY}; in each pass of the check (§8.2) the first matching rule allows or denies.
 *
 * <p>A rule is always valid: the constructor enforces the ranges C {@code usbredirfilter_verify}
 * checks, so a rule list can never make the check fail with C's {@code -EINVAL}. C keeps any non-zero
 * {@code allow} value; only "zero or not" has meaning, which is what {@code allow} holds here.
 *
 * @param deviceClass      USB base class (device or interface), 0..255, or -1 for any
 * @param vendorId         idVendor, 0..65535, or -1 for any
 * @param productId        idProduct, 0..65535, or -1 for any
 * @param deviceVersionBcd bcdDevice, 0..65535, or -1 for any (version 2.56 is 0x0256)
 * @param allow            true to allow redirection, false to deny it
 */
public record FilterRule(int deviceClass, int vendorId, int productId, int deviceVersionBcd, boolean allow) {
    /** The wildcard value, written {@code -1}. */
    public static final int ANY = -1;

    /**
     * Checks the ranges of C {@code usbredirfilter_verify}.
     *
     * @throws IllegalArgumentException naming the field out of range
     */
    public FilterRule {
        requireInRange(0, deviceClass);
        requireInRange(1, vendorId);
        requireInRange(2, productId);
        requireInRange(3, deviceVersionBcd);
    }

    /** Field names in string order, as error messages use them. */
    static final String[] FIELD_NAMES = {"class", "vendor", "product", "version", "allow"};
    private static final int[] FIELD_MAXIMA = {0xFF, 0xFFFF, 0xFFFF, 0xFFFF};

    /**
     * Why {@code value} cannot be field {@code field} (0 class .. 3 version), or null when it can.
     * The allow field (4) takes any value.
     */
    static String rangeProblem(int field, long value) {
        if (field < FIELD_MAXIMA.length && (value < ANY || value > FIELD_MAXIMA[field])) {
            return FIELD_NAMES[field] + " " + value + " is out of range (-1 for any, or 0.." + FIELD_MAXIMA[field]
                    + ")";
        }
        return null;
    }

    private static void requireInRange(int field, int value) {
        String problem = rangeProblem(field, value);
        if (problem != null) {
            throw new IllegalArgumentException("filter rule " + problem);
        }
    }

    /** Whether this rule matches a device or interface with these values (wildcards match anything). */
    public boolean matches(int usbClass, int vendorId, int productId, int deviceVersionBcd) {
        return (deviceClass == ANY || deviceClass == usbClass)
                && (this.vendorId == ANY || this.vendorId == vendorId)
                && (this.productId == ANY || this.productId == productId)
                && (this.deviceVersionBcd == ANY || this.deviceVersionBcd == deviceVersionBcd);
    }

    /**
     * This rule in the informational format of C {@code usbredirfilter_print}, without the newline,
     * e.g. {@code "Class  03 ID 1234:beef Version  2.56 Allow"} or
     * {@code "Class ANY ID  ANY: ANY Version   ANY Block"}. The version shows the four BCD nibbles as
     * decimal digit pairs, as C does (a non-BCD nibble such as 0xF counts as 15).
     */
    public String describe() {
        String cls = deviceClass == ANY ? "ANY" : String.format(Locale.ROOT, " %02x", deviceClass);
        String vendor = vendorId == ANY ? " ANY" : String.format(Locale.ROOT, "%04x", vendorId);
        String product = productId == ANY ? " ANY" : String.format(Locale.ROOT, "%04x", productId);
        String version = deviceVersionBcd == ANY ? "  ANY" : String.format(Locale.ROOT, "%2d.%02d",
                (deviceVersionBcd >> 12 & 0xF) * 10 + (deviceVersionBcd >> 8 & 0xF),
                (deviceVersionBcd >> 4 & 0xF) * 10 + (deviceVersionBcd & 0xF));
        return "Class " + cls + " ID " + vendor + ":" + product + " Version " + version + " "
                + (allow ? "Allow" : "Block");
    }
}
