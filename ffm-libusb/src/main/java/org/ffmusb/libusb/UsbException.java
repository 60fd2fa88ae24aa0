package org.ffmusb.libusb;

import java.util.Locale;

/**
 * A libusb call failed. {@link #error()} is the typed cause for programs; the message says what failed
 * and what to do, for people.
 *
 * <p>Thrown on the thread that made the call; immutable, so it may be handed to any thread.
 */
public class UsbException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final UsbError error;

    public UsbException(UsbError error, String message) {
        super(message);
        this.error = error;
    }

    /** The typed libusb error. */
    public UsbError error() {
        return error;
    }

    /** The exception for a negative libusb return code of {@code operation}, with the advice of its error. */
    static UsbException of(int code, String operation) {
        UsbError error = UsbError.of(code);
        return new UsbException(error, operation + " failed with " + error.cName() + " (" + code + "): " + error.advice());
    }

    /** Throws {@link #of} when {@code result} is negative, else returns it. */
    static int check(int result, String operation) {
        if (result < 0) {
            throw of(result, operation);
        }
        return result;
    }

    /** The message for permission denied on a device node: the udev rule to add. */
    static UsbException accessDenied(int bus, int address, int vendorId, int productId) {
        String node = String.format(Locale.ROOT, "/dev/bus/usb/%03d/%03d", bus, address);
        return new UsbException(UsbError.ACCESS, "permission denied opening " + node + String.format(Locale.ROOT,
                " (%04x:%04x): add a udev rule and replug the device, e.g.%n  ", vendorId, productId)
                + udevRule(vendorId, productId) + "\nor run as root.");
    }

    /** A udev rule that gives the logged-in user access to one device, as shell commands. */
    public static String udevRule(int vendorId, int productId) {
        return String.format(Locale.ROOT, "echo 'SUBSYSTEM==\"usb\", ATTR{idVendor}==\"%04x\", ATTR{idProduct}==\"%04x\", "
                + "MODE=\"0660\", TAG+=\"uaccess\"' | sudo tee /etc/udev/rules.d/70-ffmusb.rules "
                + "&& sudo udevadm control --reload && sudo udevadm trigger", vendorId, productId);
    }
}
