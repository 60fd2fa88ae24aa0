package org.ffmusb.emulator.model;

import java.util.List;

/**
 * An interface of a configuration with all its alternate settings; setting 0 is the one selected
 * after SET_CONFIGURATION.
 *
 * @param number bInterfaceNumber
 * @param altSettings the settings, numbered 0..n-1 in this order
 */
public record Interface(int number, List<AltSetting> altSettings) {

    public Interface {
        altSettings = List.copyOf(altSettings);
        if (altSettings.isEmpty()) {
            throw new IllegalArgumentException("interface " + number + " needs at least alternate setting 0");
        }
        for (int i = 0; i < altSettings.size(); i++) {
            if (altSettings.get(i).number() != i) {
                throw new IllegalArgumentException("interface " + number + ": alternate settings must be numbered 0.."
                        + (altSettings.size() - 1) + " in order");
            }
        }
        if (number < 0 || number > 31) {
            throw new IllegalArgumentException("interface number must be 0..31 (usbfs claims are a 32-bit mask)");
        }
    }

    public static Interface of(int number, AltSetting... altSettings) {
        return new Interface(number, List.of(altSettings));
    }

    /** The setting with this number, or null. */
    public AltSetting altSetting(int alt) {
        return alt >= 0 && alt < altSettings.size() ? altSettings.get(alt) : null;
    }
}
