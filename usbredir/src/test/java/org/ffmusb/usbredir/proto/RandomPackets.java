package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.ffmusb.usbredir.filter.FilterRule;

/**
 * Random but valid packets for a sender role under given negotiated caps: every field random within
 * its wire range, data only in the data direction (reference §4.1), caps-gated types only when
 * negotiated. Used by the property tests.
 */
final class RandomPackets {
    private final Random random;
    private final Role sender;
    private final Caps negotiated;

    RandomPackets(long seed, Role sender, Caps negotiated) {
        this.random = new Random(seed);
        this.sender = sender;
        this.negotiated = negotiated;
    }

    /** The types this sender may send under the negotiated caps (hello excluded: the parser sends it). */
    List<PacketType> sendableTypes() {
        var types = new ArrayList<PacketType>();
        for (PacketType t : PacketType.values()) {
            Cap required = t.requiredCap();
            if (t != PacketType.HELLO && t.sentBy(sender) && (required == null || negotiated.has(required))) {
                types.add(t);
            }
        }
        return types;
    }

    Packet next() {
        List<PacketType> types = sendableTypes();
        return of(types.get(random.nextInt(types.size())));
    }

    Packet of(PacketType type) {
        long id = negotiated.has(Cap.IDS_64BITS) ? random.nextLong() : random.nextLong() & 0xFFFF_FFFFL;
        return switch (type) {
            case DEVICE_CONNECT -> new DeviceConnect(id, u8(), u8(), u8(), u8(), u16(), u16(),
                    negotiated.has(Cap.CONNECT_DEVICE_VERSION) ? u16() : DeviceConnect.ABSENT);
            case DEVICE_DISCONNECT -> new DeviceDisconnect(id);
            case RESET -> new Reset(id);
            case INTERFACE_INFO -> new InterfaceInfo(id, random.nextInt(33), u8s(), u8s(), u8s(), u8s());
            case EP_INFO -> new EpInfo(id, u8s(), u8s(), u8s(),
                    negotiated.has(Cap.EP_INFO_MAX_PACKET_SIZE) ? list(i -> u16()) : null,
                    negotiated.has(Cap.BULK_STREAMS) ? longs() : null);
            case SET_CONFIGURATION -> new SetConfiguration(id, u8());
            case GET_CONFIGURATION -> new GetConfiguration(id);
            case CONFIGURATION_STATUS -> new ConfigurationStatus(id, u8(), u8());
            case SET_ALT_SETTING -> new SetAltSetting(id, u8(), u8());
            case GET_ALT_SETTING -> new GetAltSetting(id, u8());
            case ALT_SETTING_STATUS -> new AltSettingStatus(id, u8(), u8(), u8());
            case START_ISO_STREAM -> new StartIsoStream(id, u8(), u8(), u8());
            case STOP_ISO_STREAM -> new StopIsoStream(id, u8());
            case ISO_STREAM_STATUS -> new IsoStreamStatus(id, u8(), u8());
            case START_INTERRUPT_RECEIVING -> new StartInterruptReceiving(id, inEndpoint());
            case STOP_INTERRUPT_RECEIVING -> new StopInterruptReceiving(id, inEndpoint());
            case INTERRUPT_RECEIVING_STATUS -> new InterruptReceivingStatus(id, u8(), inEndpoint());
            case ALLOC_BULK_STREAMS -> new AllocBulkStreams(id, u32(), u32());
            case FREE_BULK_STREAMS -> new FreeBulkStreams(id, u32());
            case BULK_STREAMS_STATUS -> new BulkStreamsStatus(id, u32(), u32(), u8());
            case CANCEL_DATA_PACKET -> new CancelDataPacket(id);
            case FILTER_REJECT -> new FilterReject(id);
            case FILTER_FILTER -> new FilterFilter(id, rules());
            case DEVICE_DISCONNECT_ACK -> new DeviceDisconnectAck(id);
            case START_BULK_RECEIVING -> new StartBulkReceiving(id, u32(),
                    random.nextLong(UsbRedirProto.MAX_BULK_TRANSFER_SIZE + 1), inEndpoint(), u8());
            case STOP_BULK_RECEIVING -> new StopBulkReceiving(id, u32(), inEndpoint());
            case BULK_RECEIVING_STATUS -> new BulkReceivingStatus(id, u32(), inEndpoint(), u8());
            case CONTROL_PACKET -> {
                int ep = u8();
                MemorySegment data = dataFor(ep, 0xFFFF);
                yield new ControlPacket(id, ep, u8(), u8(), u8(), u16(), u16(), (int) lengthFor(ep, data, 0xFFFF), data);
            }
            case BULK_PACKET -> {
                int ep = u8();
                long max = negotiated.has(Cap.BULK_LENGTH_32BITS) ? UsbRedirProto.MAX_BULK_TRANSFER_SIZE : 0xFFFF;
                MemorySegment data = dataFor(ep, max);
                yield new BulkPacket(id, ep, u8(), lengthFor(ep, data, max), u32(), data);
            }
            case ISO_PACKET -> {
                int ep = dataEndpoint();
                MemorySegment data = dataFor(ep, 0xFFFF);
                yield new IsoPacket(id, ep, u8(), (int) data.byteSize(), data);
            }
            case INTERRUPT_PACKET -> {
                int ep = sender == Role.GUEST ? u8() & 0x7F : u8();
                MemorySegment data = dataFor(ep, 0xFFFF);
                yield new InterruptPacket(id, ep, u8(), (int) lengthFor(ep, data, 0xFFFF), data);
            }
            case BUFFERED_BULK_PACKET -> {
                MemorySegment data = bytes(random.nextInt(2048));
                yield new BufferedBulkPacket(id, u32(), data.byteSize(), inEndpoint(), u8(), data);
            }
            case HELLO -> throw new IllegalArgumentException("the parser sends hello itself");
        };
    }

    /** An endpoint whose direction carries data from this sender: IN for the host, OUT for the guest. */
    private int dataEndpoint() {
        return sender == Role.HOST ? u8() | 0x80 : u8() & 0x7F;
    }

    /** True if data travels from this sender on {@code endpoint}: IN for the host, OUT for the guest. */
    private boolean carriesData(int endpoint) {
        return ((endpoint & 0x80) != 0) == (sender == Role.HOST);
    }

    private MemorySegment dataFor(int endpoint, long max) {
        return carriesData(endpoint) ? bytes((int) Math.min(max, random.nextInt(4) == 0 ? 0 : random.nextInt(3000)))
                : bytes(0);
    }

    /** The length field: the data length in the data direction, else any requested length. */
    private long lengthFor(int endpoint, MemorySegment data, long max) {
        return carriesData(endpoint) ? data.byteSize() : random.nextLong(max + 1);
    }

    private MemorySegment bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return MemorySegment.ofArray(b);
    }

    private List<FilterRule> rules() {
        var rules = new ArrayList<FilterRule>();
        for (int i = random.nextInt(5); i > 0; i--) {
            rules.add(new FilterRule(random.nextInt(257) - 1, random.nextInt(65537) - 1, random.nextInt(65537) - 1,
                    random.nextInt(65537) - 1, random.nextBoolean()));
        }
        return rules;
    }

    private int inEndpoint() {
        return u8() | 0x80;
    }

    private int u8() {
        return random.nextInt(256);
    }

    private int u16() {
        return random.nextInt(65536);
    }

    private long u32() {
        return random.nextLong() & 0xFFFF_FFFFL;
    }

    private List<Integer> u8s() {
        return list(i -> u8());
    }

    private List<Long> longs() {
        var list = new ArrayList<Long>(32);
        for (int i = 0; i < 32; i++) {
            list.add(u32());
        }
        return list;
    }

    private static List<Integer> list(IntFunction<Integer> f) {
        var list = new ArrayList<Integer>(32);
        for (int i = 0; i < 32; i++) {
            list.add(f.apply(i));
        }
        return list;
    }
}
