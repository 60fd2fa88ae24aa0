package org.ffmusb.usbredir.filter;

/**
 * One usbredir filter rule (reference §8.1): a device or interface matches when each field equals its
 * value or the field is the wildcard {@link #ANY}; the first matching rule allows or denies.
 *
 * @param deviceClass      USB class, -1..255
 * @param vendorId         idVendor, -1..65535
 * @param productId        idProduct, -1..65535
 * @param deviceVersionBcd bcdDevice, -1..65535 (version 2.56 is 0x0256)
 * @param allow            true to allow, false to deny
 */
public record FilterRule(int deviceClass, int vendorId, int productId, int deviceVersionBcd, boolean allow) {
    /** The wildcard value, written {@code -1}. */
    public static final int ANY = -1;

    public FilterRule {
        check("class", deviceClass, 0xFF);
        check("vendor", vendorId, 0xFFFF);
        check("product", productId, 0xFFFF);
        check("version", deviceVersionBcd, 0xFFFF);
    }

    private static void check(String name, int value, int max) {
        if (value < ANY || value > max) {
            throw new IllegalArgumentException(
                    "filter rule " + name + " must be -1 (any) or 0.." + max + ": " + value);
        }
    }
}
