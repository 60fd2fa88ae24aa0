package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;

/**
 * A packet record as the harness "send" line ({@code TYPE ID FIELDS... [DATAHEX]}: the C type-header
 * struct fields in struct order, arrays with 32 values) and back. bulk_packet is written with C's
 * split {@code length}/{@code length_high}; the record holds the effective 32-bit length.
 */
final class PacketLines {
    private PacketLines() {}

    private static final HexFormat HEX = HexFormat.of();

    static String line(Packet p) {
        var f = new ArrayList<Object>();
        switch (p) {
            case DeviceConnect d -> Collections.addAll(f, d.speed(), d.deviceClass(), d.deviceSubclass(),
                    d.deviceProtocol(), d.vendorId(), d.productId(), Math.max(d.deviceVersionBcd(), 0));
            case InterfaceInfo i -> {
                f.add(i.interfaceCount());
                f.addAll(i.interfaces());
                f.addAll(i.interfaceClasses());
                f.addAll(i.interfaceSubclasses());
                f.addAll(i.interfaceProtocols());
            }
            case EpInfo e -> {
                f.addAll(e.types());
                f.addAll(e.intervals());
                f.addAll(e.interfaces());
                f.addAll(e.maxPacketSizes() != null ? e.maxPacketSizes() : Collections.nCopies(32, 0));
                f.addAll(e.maxStreams() != null ? e.maxStreams() : Collections.nCopies(32, 0L));
            }
            case SetConfiguration c -> f.add(c.configuration());
            case ConfigurationStatus c -> Collections.addAll(f, c.status(), c.configuration());
            case SetAltSetting a -> Collections.addAll(f, a.interfaceNumber(), a.alt());
            case GetAltSetting a -> f.add(a.interfaceNumber());
            case AltSettingStatus a -> Collections.addAll(f, a.status(), a.interfaceNumber(), a.alt());
            case StartIsoStream s -> Collections.addAll(f, s.endpoint(), s.pktsPerUrb(), s.noUrbs());
            case StopIsoStream s -> f.add(s.endpoint());
            case IsoStreamStatus s -> Collections.addAll(f, s.status(), s.endpoint());
            case StartInterruptReceiving s -> f.add(s.endpoint());
            case StopInterruptReceiving s -> f.add(s.endpoint());
            case InterruptReceivingStatus s -> Collections.addAll(f, s.status(), s.endpoint());
            case AllocBulkStreams a -> Collections.addAll(f, a.endpoints(), a.noStreams());
            case FreeBulkStreams a -> f.add(a.endpoints());
            case BulkStreamsStatus b -> Collections.addAll(f, b.endpoints(), b.noStreams(), b.status());
            case FilterFilter ff -> {
                f.add(ff.rules().size());
                for (FilterRule r : ff.rules()) {
                    Collections.addAll(f, r.deviceClass(), r.vendorId(), r.productId(), r.deviceVersionBcd(),
                            r.allow() ? 1 : 0);
                }
            }
            case StartBulkReceiving s -> Collections.addAll(f, s.streamId(), s.bytesPerTransfer(), s.endpoint(),
                    s.noTransfers());
            case StopBulkReceiving s -> Collections.addAll(f, s.streamId(), s.endpoint());
            case BulkReceivingStatus s -> Collections.addAll(f, s.streamId(), s.endpoint(), s.status());
            case ControlPacket c -> Collections.addAll(f, c.endpoint(), c.request(), c.requestType(), c.status(),
                    c.value(), c.index(), c.length(), hex(c.data()));
            case BulkPacket b -> Collections.addAll(f, b.endpoint(), b.status(), b.length() & 0xFFFF, b.streamId(),
                    b.length() >>> 16, hex(b.data()));
            case IsoPacket i -> Collections.addAll(f, i.endpoint(), i.status(), i.length(), hex(i.data()));
            case InterruptPacket i -> Collections.addAll(f, i.endpoint(), i.status(), i.length(), hex(i.data()));
            case BufferedBulkPacket b -> Collections.addAll(f, b.streamId(), b.length(), b.endpoint(), b.status(),
                    hex(b.data()));
            case DeviceDisconnect d -> { }
            case Reset r -> { }
            case GetConfiguration g -> { }
            case CancelDataPacket c -> { }
            case FilterReject r -> { }
            case DeviceDisconnectAck a -> { }
            case Hello h -> throw new IllegalArgumentException("hello is sent by the parser itself");
        }
        var sb = new StringBuilder(p.type().cName()).append(' ').append(Long.toUnsignedString(p.id()));
        for (Object o : f) {
            sb.append(' ').append(o);
        }
        return sb.toString();
    }

    /** Parses the tokens of a send line (after the word "send"). */
    static Packet parse(String[] t) {
        var in = new Tokens(t);
        PacketType type = null;
        String name = in.word();
        for (PacketType pt : PacketType.values()) {
            if (pt.cName().equals(name)) {
                type = pt;
            }
        }
        if (type == null) {
            throw new IllegalArgumentException("unknown packet type " + t[0]);
        }
        long id = Long.parseUnsignedLong(in.word());
        return switch (type) {
            case DEVICE_CONNECT -> new DeviceConnect(id, in.i(), in.i(), in.i(), in.i(), in.i(), in.i(), in.i());
            case DEVICE_DISCONNECT -> new DeviceDisconnect(id);
            case RESET -> new Reset(id);
            case INTERFACE_INFO -> new InterfaceInfo(id, in.l(), in.ints(), in.ints(), in.ints(), in.ints());
            case EP_INFO -> new EpInfo(id, in.ints(), in.ints(), in.ints(), in.ints(), in.longs());
            case SET_CONFIGURATION -> new SetConfiguration(id, in.i());
            case GET_CONFIGURATION -> new GetConfiguration(id);
            case CONFIGURATION_STATUS -> new ConfigurationStatus(id, in.i(), in.i());
            case SET_ALT_SETTING -> new SetAltSetting(id, in.i(), in.i());
            case GET_ALT_SETTING -> new GetAltSetting(id, in.i());
            case ALT_SETTING_STATUS -> new AltSettingStatus(id, in.i(), in.i(), in.i());
            case START_ISO_STREAM -> new StartIsoStream(id, in.i(), in.i(), in.i());
            case STOP_ISO_STREAM -> new StopIsoStream(id, in.i());
            case ISO_STREAM_STATUS -> new IsoStreamStatus(id, in.i(), in.i());
            case START_INTERRUPT_RECEIVING -> new StartInterruptReceiving(id, in.i());
            case STOP_INTERRUPT_RECEIVING -> new StopInterruptReceiving(id, in.i());
            case INTERRUPT_RECEIVING_STATUS -> new InterruptReceivingStatus(id, in.i(), in.i());
            case ALLOC_BULK_STREAMS -> new AllocBulkStreams(id, in.l(), in.l());
            case FREE_BULK_STREAMS -> new FreeBulkStreams(id, in.l());
            case BULK_STREAMS_STATUS -> new BulkStreamsStatus(id, in.l(), in.l(), in.i());
            case CANCEL_DATA_PACKET -> new CancelDataPacket(id);
            case FILTER_REJECT -> new FilterReject(id);
            case FILTER_FILTER -> {
                var rules = new ArrayList<FilterRule>();
                for (int n = in.i(); n > 0; n--) {
                    rules.add(new FilterRule(in.i(), in.i(), in.i(), in.i(), in.i() != 0));
                }
                yield new FilterFilter(id, rules);
            }
            case DEVICE_DISCONNECT_ACK -> new DeviceDisconnectAck(id);
            case START_BULK_RECEIVING -> new StartBulkReceiving(id, in.l(), in.l(), in.i(), in.i());
            case STOP_BULK_RECEIVING -> new StopBulkReceiving(id, in.l(), in.i());
            case BULK_RECEIVING_STATUS -> new BulkReceivingStatus(id, in.l(), in.i(), in.i());
            case CONTROL_PACKET -> new ControlPacket(id, in.i(), in.i(), in.i(), in.i(), in.i(), in.i(), in.i(),
                    in.data());
            case BULK_PACKET -> {
                int endpoint = in.i();
                int status = in.i();
                long low = in.l();
                long streamId = in.l();
                long high = in.l();
                yield new BulkPacket(id, endpoint, status, high << 16 | low, streamId, in.data());
            }
            case ISO_PACKET -> new IsoPacket(id, in.i(), in.i(), in.i(), in.data());
            case INTERRUPT_PACKET -> new InterruptPacket(id, in.i(), in.i(), in.i(), in.data());
            case BUFFERED_BULK_PACKET -> new BufferedBulkPacket(id, in.l(), in.l(), in.i(), in.i(), in.data());
            case HELLO -> throw new IllegalArgumentException("hello is sent by the parser itself");
        };
    }

    static String hex(MemorySegment data) {
        return data.byteSize() == 0 ? "-" : HEX.formatHex(data.toArray(ValueLayout.JAVA_BYTE));
    }

    private static final class Tokens {
        private final String[] t;
        private int at;

        Tokens(String[] t) {
            this.t = t;
        }

        String word() {
            if (at >= t.length) {
                throw new IllegalArgumentException("send line too short: " + String.join(" ", t));
            }
            return t[at++];
        }

        long l() {
            return Long.decode(word());
        }

        int i() {
            return Math.toIntExact(l());
        }

        List<Integer> ints() {
            var list = new ArrayList<Integer>(32);
            for (int k = 0; k < 32; k++) {
                list.add(i());
            }
            return list;
        }

        List<Long> longs() {
            var list = new ArrayList<Long>(32);
            for (int k = 0; k < 32; k++) {
                list.add(l());
            }
            return list;
        }

        MemorySegment data() {
            String hex = word();
            return MemorySegment.ofArray(hex.equals("-") ? new byte[0] : HEX.parseHex(hex));
        }
    }
}
