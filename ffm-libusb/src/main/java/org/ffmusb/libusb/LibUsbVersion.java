package org.ffmusb.libusb;

/**
 * {@code struct libusb_version} of the loaded library.
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 *
 * @param rc the release-candidate suffix, e.g. {@code "-rc1"}, or empty
 * @param describe libusb's description (its web address in 1.0.26)
 */
public record LibUsbVersion(int major, int minor, int micro, int nano, String rc, String describe) {
    /** {@code true} if this version is at least {@code major.minor.micro}. */
    public boolean atLeast(int major, int minor, int micro) {
        return Integer.compare(this.major, major) > 0 || this.major == major
                && (this.minor > minor || this.minor == minor && this.micro >= micro);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro + "." + nano + rc;
    }
}
