package org.ffmusb.usbredir.guest;

import org.ffmusb.usbredir.proto.EndpointType;

/**
 * An endpoint of the current alternate settings, as the host's ep_info reports it (reference §4, §6).
 *
 * @param address         the endpoint address (bit 0x80 = IN)
 * @param type            an {@link EndpointType} code
 * @param interval        the raw bInterval
 * @param interfaceNumber the interface it belongs to
 * @param maxPacketSize   wMaxPacketSize as usbredirhost reports it (× mult for high-speed iso), 0
 *                        without cap ep_info_max_packet_size
 * @param maxStreams      bulk streams the endpoint offers, 0 without cap bulk_streams
 */
public record RedirectedEndpoint(int address, int type, int interval, int interfaceNumber, int maxPacketSize,
                                 long maxStreams) {
    public boolean isIn() {
        return (address & 0x80) != 0;
    }

    /** {@code bulk IN 0x81}. */
    @Override
    public String toString() {
        return EndpointType.name(type) + (isIn() ? " IN 0x" : " OUT 0x") + Integer.toHexString(address);
    }
}
