package org.ffmusb.emulator.model;

import java.util.Objects;

/**
 * An endpoint descriptor (USB 2.0 §9.6.6) and, for SuperSpeed devices, what its companion descriptor
 * needs (§9.6.7 of USB 3.2).
 *
 * @param address bEndpointAddress: number 1..15, bit 7 set for IN
 * @param type the transfer type
 * @param maxPacketSize wMaxPacketSize at the device's speed (bits 12..11 may carry the high-bandwidth
 *     multiplier of high-speed periodic endpoints)
 * @param interval bInterval as written into the descriptor
 * @param isoAttributes bits 5..2 of bmAttributes for isochronous endpoints (synchronisation and usage)
 * @param maxBurst bMaxBurst of the SuperSpeed companion descriptor
 * @param maxStreams log2 of the bulk streams a SuperSpeed bulk endpoint supports (0 = none)
 * @param extra class-specific descriptors that follow this endpoint descriptor
 */
public record Endpoint(int address, EndpointType type, int maxPacketSize, int interval, int isoAttributes,
        int maxBurst, int maxStreams, DescriptorBytes extra) {

    public Endpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(extra, "extra");
        if ((address & 0x0f) == 0 || (address & 0x70) != 0) {
            throw new IllegalArgumentException("endpoint address must be 0x01..0x0f or 0x81..0x8f, got 0x"
                    + Integer.toHexString(address));
        }
        if (type == EndpointType.CONTROL) {
            throw new IllegalArgumentException("only endpoint 0 is a control endpoint here");
        }
        if (maxPacketSize <= 0 || maxPacketSize > 0x1fff) {
            throw new IllegalArgumentException("wMaxPacketSize out of range: " + maxPacketSize);
        }
    }

    public static Endpoint bulk(int address, int maxPacketSize) {
        return new Endpoint(address, EndpointType.BULK, maxPacketSize, 0, 0, 0, 0, DescriptorBytes.empty());
    }

    public static Endpoint interrupt(int address, int maxPacketSize, int interval) {
        return new Endpoint(address, EndpointType.INTERRUPT, maxPacketSize, interval, 0, 0, 0, DescriptorBytes.empty());
    }

    /** An isochronous endpoint, asynchronous data endpoint by default. */
    public static Endpoint isochronous(int address, int maxPacketSize, int interval) {
        return new Endpoint(address, EndpointType.ISOCHRONOUS, maxPacketSize, interval, 0x04, 0, 0, DescriptorBytes.empty());
    }

    /** This endpoint with SuperSpeed bulk streams (2^{@code log2Streams} of them). */
    public Endpoint withStreams(int log2Streams) {
        return new Endpoint(address, type, maxPacketSize, interval, isoAttributes, maxBurst, log2Streams, extra);
    }

    public boolean isIn() {
        return (address & 0x80) != 0;
    }

    /** The payload of one packet: wMaxPacketSize without the high-bandwidth bits. */
    public int packetSize() {
        return maxPacketSize & 0x7ff;
    }

    /** The bytes one (micro)frame can carry: packet size times the high-bandwidth multiplier. */
    public int bytesPerInterval() {
        return packetSize() * (((maxPacketSize >> 11) & 3) + 1) * (maxBurst + 1);
    }

    /** bmAttributes as written into the descriptor. */
    public int attributes() {
        return type.bits() | (type == EndpointType.ISOCHRONOUS ? isoAttributes & 0x3c : 0);
    }

    @Override
    public String toString() {
        return String.format("Endpoint[0x%02x %s %d bytes interval %d]", address, type, maxPacketSize, interval);
    }
}
