package org.ffmusb.libusb;

/** {@code struct libusb_ss_endpoint_companion_descriptor} (USB 3.2 §9.6.7). */
public record SsEndpointCompanionDescriptor(int maxBurst, int attributes, int bytesPerInterval) {}
