package org.ffmusb.udev;

/**
 * Run by {@link NoHardwareDatabaseTest} in a child JVM whose mount namespace hides every hwdb.bin:
 * prints what a program sees when Debian's udev package is missing.
 */
public final class NoHwdbProbe {
    private NoHwdbProbe() {}

    public static void main(String[] args) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%n");
        try (Udev udev = Udev.open()) {
            System.out.println("hwdb " + udev.hasHardwareDatabase());
            System.out.println("names " + udev.hardwareDatabaseNames(0x0781, 0x5567));
        }
        try (Udev again = Udev.open()) {
            System.out.println("hwdb " + again.hasHardwareDatabase());
        }
    }
}
