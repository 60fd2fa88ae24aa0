package org.ffmusb.emulator.model;

import java.util.List;
import java.util.Objects;

/**
 * A configuration (USB 2.0 §9.6.3) with its interfaces.
 *
 * @param value bConfigurationValue, 1..255
 * @param name the iConfiguration string, or null
 * @param selfPowered bmAttributes bit 6; also what GET_STATUS reports
 * @param remoteWakeup bmAttributes bit 5
 * @param maxPowerMilliamps bMaxPower in mA (written in 2 mA units, 8 mA at SuperSpeed)
 * @param extra descriptors written right after the configuration descriptor (interface associations)
 * @param interfaces the interfaces, numbered 0..n-1
 */
public record Configuration(int value, String name, boolean selfPowered, boolean remoteWakeup, int maxPowerMilliamps,
        DescriptorBytes extra, List<Interface> interfaces) {

    public Configuration {
        Objects.requireNonNull(extra, "extra");
        interfaces = List.copyOf(interfaces);
        if (value < 1 || value > 255) {
            throw new IllegalArgumentException("bConfigurationValue must be 1..255, got " + value);
        }
        for (int i = 0; i < interfaces.size(); i++) {
            if (interfaces.get(i).number() != i) {
                throw new IllegalArgumentException("configuration " + value + ": interfaces must be numbered 0.."
                        + (interfaces.size() - 1) + " in order");
            }
        }
    }

    /** A bus-powered configuration without extra descriptors. */
    public static Configuration of(int value, int maxPowerMilliamps, Interface... interfaces) {
        return new Configuration(value, null, false, false, maxPowerMilliamps, DescriptorBytes.empty(),
                List.of(interfaces));
    }

    public Configuration withSelfPowered(boolean selfPowered) {
        return new Configuration(value, name, selfPowered, remoteWakeup, maxPowerMilliamps, extra, interfaces);
    }

    public Configuration withRemoteWakeup(boolean remoteWakeup) {
        return new Configuration(value, name, selfPowered, remoteWakeup, maxPowerMilliamps, extra, interfaces);
    }

    public Configuration withName(String name) {
        return new Configuration(value, name, selfPowered, remoteWakeup, maxPowerMilliamps, extra, interfaces);
    }

    /** The interface with this number, or null. */
    public Interface iface(int number) {
        return number >= 0 && number < interfaces.size() ? interfaces.get(number) : null;
    }
}
