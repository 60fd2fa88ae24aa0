package org.ffmusb.usbredir.host;

import java.util.ArrayList;
import java.util.List;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.EpInfo;
import org.ffmusb.usbredir.proto.Speed;

/**
 * The 32 endpoints of the current alternate settings as usbredirhost tracks them (reference §6, §9.1):
 * type, interval, interface, max packet size (the high-bandwidth multiplier applied only to high-speed
 * iso endpoints, none for ep 0, as C does) and max streams, plus the stream running on each.
 * Indexed by {@link EndpointType#index}. Guarded by the host lock.
 */
final class EndpointTable {
    static final int ENDPOINTS = 32;

    final int[] type = new int[ENDPOINTS];
    final int[] interval = new int[ENDPOINTS];
    final int[] iface = new int[ENDPOINTS];
    final int[] maxPacketSize = new int[ENDPOINTS];
    final long[] maxStreams = new long[ENDPOINTS];
    final boolean[] warnOnDrop = new boolean[ENDPOINTS];
    final Streams.Stream[] stream = new Streams.Stream[ENDPOINTS];

    EndpointTable() {
        clear();
    }

    /** Everything back to "ep 0 control, the rest invalid" (C usbredirhost_parse_config's first loop). */
    void clear() {
        for (int i = 0; i < ENDPOINTS; i++) {
            reset(i);
        }
    }

    private void reset(int i) {
        resetKeepingStreams(i);
        maxStreams[i] = 0;
    }

    private void resetKeepingStreams(int i) {
        type[i] = (i & 0x0F) == 0 ? EndpointType.CONTROL : EndpointType.INVALID;
        interval[i] = 0;
        iface[i] = 0;
        maxPacketSize[i] = 0;
    }

    /**
     * Forgets the endpoints of an interface whose alt setting changes, since the new setting may lack
     * them (like C, max_streams stays until the endpoint is parsed again).
     */
    void clearInterface(int interfaceNumber) {
        for (int i = 0; i < ENDPOINTS; i++) {
            if (iface[i] == interfaceNumber) {
                resetKeepingStreams(i);
            }
        }
    }

    /** Adds the endpoints of one interface's current alt setting (C usbredirhost_parse_interface). */
    void parse(int interfaceNumber, DeviceDescription.AltSetting alt, int speed) {
        for (DeviceDescription.Endpoint e : alt.endpoints()) {
            int i = EndpointType.index(e.address());
            type[i] = e.transferType();
            interval[i] = e.interval();
            iface[i] = interfaceNumber;
            int size = e.maxPacketSize() & 0x7FF;
            int mult = 1;
            if (speed == Speed.HIGH && type[i] == EndpointType.ISO) {
                mult = switch ((e.maxPacketSize() >> 11) & 3) {
                    case 1 -> 2;
                    case 2 -> 3;
                    default -> 1;
                };
            }
            maxPacketSize[i] = size * mult;
            maxStreams[i] = type[i] == EndpointType.BULK && e.ssStreamsExponent() != 0 ? 1L << e.ssStreamsExponent() : 0;
            warnOnDrop[i] = true;
        }
    }

    EpInfo toEpInfo() {
        List<Integer> types = new ArrayList<>(ENDPOINTS);
        List<Integer> intervals = new ArrayList<>(ENDPOINTS);
        List<Integer> interfaces = new ArrayList<>(ENDPOINTS);
        List<Integer> sizes = new ArrayList<>(ENDPOINTS);
        List<Long> streams = new ArrayList<>(ENDPOINTS);
        for (int i = 0; i < ENDPOINTS; i++) {
            types.add(type[i]);
            intervals.add(interval[i]);
            interfaces.add(iface[i]);
            sizes.add(maxPacketSize[i] & 0xFFFF);
            streams.add(maxStreams[i]);
        }
        return new EpInfo(0, types, intervals, interfaces, sizes, streams);
    }
}
