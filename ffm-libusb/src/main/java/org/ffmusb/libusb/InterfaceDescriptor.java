package org.ffmusb.libusb;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One alternate setting of an interface ({@code struct libusb_interface_descriptor}).
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 *
 * @param interfaceIndex {@code iInterface}, the index of its string descriptor (0: none)
 * @param extra class- or vendor-specific descriptors that follow it (e.g. the HID descriptor)
 */
public record InterfaceDescriptor(int number, int alternateSetting, int interfaceClass, int interfaceSubClass,
        int interfaceProtocol, int interfaceIndex, List<EndpointDescriptor> endpoints, byte[] extra) {

    public InterfaceDescriptor {
        endpoints = List.copyOf(endpoints);
        extra = Bytes.copy(extra);
    }

    /** The class-specific descriptors (a copy). */
    @Override
    public byte[] extra() {
        return extra.clone();
    }

    /** Equal when every field and the {@code extra} bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InterfaceDescriptor d && number == d.number && alternateSetting == d.alternateSetting
                && interfaceClass == d.interfaceClass && interfaceSubClass == d.interfaceSubClass
                && interfaceProtocol == d.interfaceProtocol && interfaceIndex == d.interfaceIndex
                && endpoints.equals(d.endpoints) && Arrays.equals(extra, d.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, alternateSetting, interfaceClass, interfaceSubClass, interfaceProtocol,
                interfaceIndex, endpoints) * 31 + Arrays.hashCode(extra);
    }

    @Override
    public String toString() {
        return "InterfaceDescriptor[number=%d, alternateSetting=%d, class=%02x/%02x/%02x, interfaceIndex=%d, "
                .formatted(number, alternateSetting, interfaceClass, interfaceSubClass, interfaceProtocol,
                        interfaceIndex)
                + "endpoints=%s, extra=%s]".formatted(endpoints, Bytes.hex(extra));
    }
}
