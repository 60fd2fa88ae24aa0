package org.ffmusb.usbredir.proto;

import java.util.List;

/**
 * The endpoints of the current alt settings (host → guest; reference §4 ep_info), indexed by
 * {@link EndpointType#index(int)}: 0–15 OUT, 16–31 IN. Each list has 32 entries.
 *
 * @param types          {@link EndpointType} per endpoint (C field {@code type})
 * @param maxPacketSizes u16 per endpoint, or null when cap ep_info_max_packet_size is not negotiated
 * @param maxStreams     u32 per endpoint, or null when cap bulk_streams is not negotiated
 */
public record EpInfo(long id, List<Integer> types, List<Integer> intervals, List<Integer> interfaces,
                     List<Integer> maxPacketSizes, List<Long> maxStreams) implements HostPacket {
    public static final int ENDPOINTS = 32;

    public EpInfo {
        types = Fields.array("type", types, ENDPOINTS, false);
        intervals = Fields.array("interval", intervals, ENDPOINTS, false);
        interfaces = Fields.array("interface", interfaces, ENDPOINTS, false);
        if (maxPacketSizes != null) {
            maxPacketSizes = Fields.array("max_packet_size", maxPacketSizes, ENDPOINTS, true);
        }
        if (maxStreams != null) {
            maxStreams = Fields.u32Array("max_streams", maxStreams, ENDPOINTS);
        }
    }

    @Override
    public PacketType type() {
        return PacketType.EP_INFO;
    }
}
