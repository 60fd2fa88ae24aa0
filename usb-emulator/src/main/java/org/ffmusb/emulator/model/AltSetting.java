package org.ffmusb.emulator.model;

import java.util.List;
import java.util.Objects;

/**
 * One alternate setting of an interface: an interface descriptor (USB 2.0 §9.6.5), the class-specific
 * descriptors that follow it (a HID descriptor, say) and its endpoints.
 *
 * @param number bAlternateSetting
 * @param interfaceClass bInterfaceClass
 * @param subClass bInterfaceSubClass
 * @param protocol bInterfaceProtocol
 * @param name the iInterface string, or null for none
 * @param classDescriptors descriptors written between the interface and its first endpoint
 * @param endpoints the endpoints of this setting, in descriptor order
 */
public record AltSetting(int number, int interfaceClass, int subClass, int protocol, String name,
        DescriptorBytes classDescriptors, List<Endpoint> endpoints) {

    public AltSetting {
        Objects.requireNonNull(classDescriptors, "classDescriptors");
        endpoints = List.copyOf(endpoints);
        long distinct = endpoints.stream().mapToInt(Endpoint::address).distinct().count();
        if (distinct != endpoints.size()) {
            throw new IllegalArgumentException("alternate setting " + number + " lists an endpoint address twice");
        }
    }

    /** A setting without class-specific descriptors. */
    public static AltSetting of(int number, int interfaceClass, int subClass, int protocol, String name,
            Endpoint... endpoints) {
        return new AltSetting(number, interfaceClass, subClass, protocol, name, DescriptorBytes.empty(),
                List.of(endpoints));
    }

    /** This setting with {@code descriptors} between the interface descriptor and the endpoints. */
    public AltSetting withClassDescriptors(DescriptorBytes descriptors) {
        return new AltSetting(number, interfaceClass, subClass, protocol, name, descriptors, endpoints);
    }

    /** The endpoint with this address, or null. */
    public Endpoint endpoint(int address) {
        for (int i = 0; i < endpoints.size(); i++) { // no iterator: hosts look endpoints up per transfer
            if (endpoints.get(i).address() == address) {
                return endpoints.get(i);
            }
        }
        return null;
    }
}
