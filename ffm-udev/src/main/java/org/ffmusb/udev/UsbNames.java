package org.ffmusb.udev;

/**
 * The names the udev hardware database gives a vendor and product id, e.g. {@code SanDisk Corp.} and
 * {@code Cruzer Blade} for 0781:5567.
 *
 * @param vendor {@code ID_VENDOR_FROM_DATABASE}, or null when the database does not know the vendor
 * @param product {@code ID_MODEL_FROM_DATABASE}, or null when the database does not know the product
 */
public record UsbNames(String vendor, String product) {
    /** Neither name known. */
    public static final UsbNames NONE = new UsbNames(null, null);
}
