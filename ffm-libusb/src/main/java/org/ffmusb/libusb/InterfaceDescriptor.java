package org.ffmusb.libusb;

import java.util.List;

/** One alternate setting of an interface ({@code struct libusb_interface_descriptor}). */
public record InterfaceDescriptor(int number, int alternateSetting, int interfaceClass, int interfaceSubClass,
        int interfaceProtocol, int interfaceIndex, List<EndpointDescriptor> endpoints, byte[] extra) {}
