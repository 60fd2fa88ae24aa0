package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ffmusb.usbredir.testing.CHarness;
import org.ffmusb.usbredir.testing.Script;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.ffmusb.usbredir.proto.InteropAssertions.assertSameLines;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every packet type, both roles, every caps word on each side (the other side advertising all caps),
 * against the real C libusbredirparser:
 * (a) C encodes, Java decodes: every record field and payload as sent;
 * (b) Java encodes the same packets (records and the primitive send methods): bytes identical to C's,
 *     packet by packet, the hello included, and the same packets refused (missing caps);
 * (c) C decodes Java's stream: the same JSON events as Java's decode of it, and the same parser state
 *     (peer caps after the consistency rule, the guest's automatic disconnect acks).
 * Caps words 0..255 cover every combination of the size-changing caps (connect_device_version,
 * ep_info_max_packet_size, bulk_streams with and without ep_info_max_packet_size, 64bits_ids,
 * 32bits_bulk_length) and of the enforced ones (filter, device_disconnect_ack, bulk_receiving).
 */
class CInteropEncodeDecodeTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String VERSION = "usbredir-interop 0.13";
    /** Packets per type per caps combination. */
    private static final int INSTANCES = 2;

    /** One connection: the sending side's caps and the receiving side's caps. */
    record Combo(Role sender, int senderCaps, int receiverCaps) {
        Caps negotiated() {
            return advertised(sender, senderCaps).negotiate(advertised(sender.peer(), receiverCaps));
        }

        @Override
        public String toString() {
            return String.format("%s caps 0x%02x -> %s caps 0x%02x", sender, senderCaps, sender.peer(), receiverCaps);
        }
    }

    /** The caps a parser really advertises: the guest adds device_disconnect_ack, then the §5 rule. */
    static Caps advertised(Role role, int caps) {
        Caps c = new Caps(caps);
        return (role == Role.GUEST ? c.with(Cap.DEVICE_DISCONNECT_ACK) : c).consistent();
    }

    static List<Combo> combos(Role sender) {
        var combos = new ArrayList<Combo>();
        for (int caps = 0; caps < 256; caps++) {
            combos.add(new Combo(sender, caps, 0xFF));
            combos.add(new Combo(sender, 0xFF, caps));
        }
        return combos;
    }

    /** INSTANCES random packets of every type the sender may send (hello aside), caps or not. */
    static List<Packet> packets(Combo combo, long seed) {
        var random = new RandomPackets(seed, combo.sender(), combo.negotiated());
        var packets = new ArrayList<Packet>();
        for (PacketType type : PacketType.values()) {
            if (type != PacketType.HELLO && type.sentBy(combo.sender())) {
                for (int i = 0; i < INSTANCES; i++) {
                    packets.add(withCIds(random.of(type)));
                }
            }
        }
        return packets;
    }

    /** C's send functions for these types take no id and always write 0 (see CDifferencesTest). */
    static Packet withCIds(Packet p) {
        return switch (p) {
            case DeviceConnect d -> new DeviceConnect(0, d.speed(), d.deviceClass(), d.deviceSubclass(),
                    d.deviceProtocol(), d.vendorId(), d.productId(), d.deviceVersionBcd());
            case DeviceDisconnect d -> new DeviceDisconnect(0);
            case Reset r -> new Reset(0);
            case InterfaceInfo i -> new InterfaceInfo(0, i.interfaceCount(), i.interfaces(), i.interfaceClasses(),
                    i.interfaceSubclasses(), i.interfaceProtocols());
            case EpInfo e -> new EpInfo(0, e.types(), e.intervals(), e.interfaces(), e.maxPacketSizes(), e.maxStreams());
            case FilterReject f -> new FilterReject(0);
            case FilterFilter f -> new FilterFilter(0, f.rules());
            case DeviceDisconnectAck a -> new DeviceDisconnectAck(0);
            default -> p;
        };
    }

    /** C's send-side checks for valid packets: the enforced cap must be the peer's (§7.2). */
    static boolean cSends(Packet p, Combo combo) {
        Cap required = p.type().requiredCap();
        return required == null || advertised(combo.sender().peer(), combo.receiverCaps()).has(required);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyPacketTypeUnderEveryCapsCombinationMatchesC(Role sender) {
        List<Combo> combos = combos(sender);
        var sent = new ArrayList<List<Packet>>();
        var script = new Script();
        for (int k = 0; k < combos.size(); k++) {
            Combo combo = combos.get(k);
            List<Packet> packets = packets(combo, 1000L * k + sender.ordinal());
            sent.add(packets);
            script.session(sender == Role.HOST ? "host" : "guest", combo.senderCaps(), VERSION, null, 65536, 0)
                    .flush().peerHello(combo.receiverCaps());
            for (Packet p : packets) {
                script.send(PacketLines.line(p)).flush();
            }
            script.state().end();
        }
        String text = script.toString();
        List<List<String>> c = CHarness.run(text);
        List<List<String>> javaRecords = JavaHarness.run(text);
        List<List<String>> javaPrimitives = JavaHarness.usingPrimitives(text);
        assertEquals(combos.size(), c.size());

        var receiverScript = new Script();
        var expectedStreams = new ArrayList<byte[]>();
        int packetsSent = 0;
        for (int k = 0; k < combos.size(); k++) {
            Combo combo = combos.get(k);
            List<Packet> packets = sent.get(k);
            // (b) the same bytes per packet, the hello first, the state last
            assertSameLines(c.get(k), javaRecords.get(k), combo + " (records)");
            assertSameLines(c.get(k), javaPrimitives.get(k), combo + " (primitive send methods)");
            var stream = new java.io.ByteArrayOutputStream();
            stream.writeBytes(wrote(c.get(k).get(0)));
            assertEquals(80, stream.size(), "hello of " + combo);
            for (int i = 0; i < packets.size(); i++) {
                byte[] bytes = wrote(c.get(k).get(1 + i));
                assertEquals(cSends(packets.get(i), combo), bytes.length > 0,
                        combo + ": C sent (or refused) " + PacketLines.line(packets.get(i)));
                if (bytes.length > 0) {
                    packetsSent++;
                }
                stream.writeBytes(bytes);
            }
            // (a) Java decodes C's stream into the records that were sent
            byte[] cStream = stream.toByteArray();
            assertDecodesTo(combo, cStream, packets);
            // (c) then C and Java decode Java's stream (the Java records run's bytes)
            var javaStream = new java.io.ByteArrayOutputStream();
            for (int i = 0; i <= packets.size(); i++) {
                javaStream.writeBytes(wrote(javaRecords.get(k).get(i)));
            }
            expectedStreams.add(javaStream.toByteArray());
            receiverScript.session(sender == Role.HOST ? "guest" : "host", combo.receiverCaps(), null, null,
                    65536, 0).feed(javaStream.toByteArray()).state().flush().end();
        }
        assertTrue(packetsSent > combos.size() * 10, "packets actually sent: " + packetsSent);

        var decoded = JavaHarness.Outputs.of(receiverScript.toString());
        for (int k = 0; k < combos.size(); k++) {
            List<String> cLines = decoded.c().get(k);
            assertSameLines(cLines, decoded.java().get(k), combos.get(k) + " decoding Java's stream");
            assertTrue(cLines.stream().noneMatch(l -> l.startsWith("{\"error\"") || l.startsWith("{\"harness")),
                    combos.get(k) + ": " + cLines);
            assertTrue(cLines.getFirst().startsWith("{\"type\":\"hello\",\"id\":0,\"version\":\"" + VERSION + "\""));
        }
    }

    /** Java's decode of a stream equals the packets sent, minus those C refused to send. */
    private static void assertDecodesTo(Combo combo, byte[] stream, List<Packet> packets) {
        UsbRedirParser<?, ?> receiver = combo.sender() == Role.HOST
                ? new GuestParser(new Caps(combo.receiverCaps())) : new HostParser(new Caps(combo.receiverCaps()));
        receiver.feed(stream);
        var hello = (Hello) receiver.poll();
        assertEquals(new Hello(0, VERSION, List.of(Integer.toUnsignedLong(advertised(combo.sender(),
                combo.senderCaps()).bits()))), hello, combo.toString());
        for (Packet p : packets) {
            if (cSends(p, combo)) {
                Object got = receiver.poll();
                assertEquals(p, got, combo + ": " + PacketLines.line(p));
            }
        }
        assertNull(receiver.poll(), combo.toString());
        assertEquals(combo.negotiated(), receiver.negotiatedCaps());
    }

    private static byte[] wrote(String line) {
        assertTrue(line.startsWith("{\"wrote\":\""), line);
        String hex = line.substring(10, line.length() - 2);
        return HEX.parseHex(hex);
    }

    static byte[] bytes(MemorySegment s) {
        return s.toArray(ValueLayout.JAVA_BYTE);
    }
}
