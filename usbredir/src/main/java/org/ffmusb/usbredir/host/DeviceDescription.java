package org.ffmusb.usbredir.host;

import java.util.List;
import java.util.Optional;

/**
 * What a host needs to know about a device to redirect it (reference §9.1): its identity and speed
 * and, for the active configuration, every interface with its alternate settings and endpoints. A
 * {@link HostBackend} builds it from its own descriptors.
 *
 * @param speed            a {@link org.ffmusb.usbredir.proto.Speed} code
 * @param configurations   number of configurations the device has
 * @param firstConfiguration bConfigurationValue of the first configuration (what a device left
 *                         unconfigured gets back on release, as usbredirhost does), -1 if unknown
 * @param active           the active configuration, empty when the device is unconfigured
 */
public record DeviceDescription(int speed, int deviceClass, int deviceSubclass, int deviceProtocol, int vendorId,
                                int productId, int deviceVersionBcd, int configurations, int firstConfiguration,
                                Optional<Configuration> active) {

    /** A configuration: its value and its interfaces in descriptor order. */
    public record Configuration(int value, List<Interface> interfaces) {
        public Configuration {
            interfaces = List.copyOf(interfaces);
        }
    }

    /** An interface: its number and its alternate settings, alternate setting 0 first. */
    public record Interface(int number, List<AltSetting> altSettings) {
        public Interface {
            altSettings = List.copyOf(altSettings);
        }

        /** The alternate setting with bAlternateSetting {@code alt}, if the interface has it. */
        public Optional<AltSetting> altSetting(int alt) {
            return altSettings.stream().filter(a -> a.alternate() == alt).findFirst();
        }
    }

    /** An alternate setting of an interface. */
    public record AltSetting(int alternate, int interfaceClass, int interfaceSubclass, int interfaceProtocol,
                             List<Endpoint> endpoints) {
        public AltSetting {
            endpoints = List.copyOf(endpoints);
        }
    }

    /**
     * An endpoint.
     *
     * @param attributes     bmAttributes (the low two bits are the transfer type)
     * @param maxPacketSize  wMaxPacketSize as in the descriptor (multiplier bits included)
     * @param ssStreamsExponent bmAttributes & 0x1f of a SuperSpeed bulk endpoint's companion, else 0
     */
    public record Endpoint(int address, int attributes, int maxPacketSize, int interval, int ssStreamsExponent) {
        public int transferType() {
            return attributes & 3;
        }
    }
}
