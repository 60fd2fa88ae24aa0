package org.ffmusb.libusb;

/**
 * {@code struct libusb_ss_endpoint_companion_descriptor} (USB 3.2 §9.6.7).
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 */
public record SsEndpointCompanionDescriptor(int maxBurst, int attributes, int bytesPerInterval) {}
