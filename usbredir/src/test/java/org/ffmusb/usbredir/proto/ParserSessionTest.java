package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A host and a guest parser talking to each other, and the verified wire examples of reference §16. */
class ParserSessionTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void helloIsEightyBytesWithTwelveByteHeader() {
        var host = new HostParser("usbredir 0.14.0", Caps.ALL.without(Cap.BULK_STREAMS));
        byte[] hello = host.drain();
        assertEquals(80, hello.length);
        assertEquals("000000004400000000000000", HEX.formatHex(hello, 0, 12));
        assertEquals("usbredir 0.14.0", new String(hello, 12, 15));
        assertEquals(0, hello[12 + 15]);
        assertEquals("fe000000", HEX.formatHex(hello, 76, 80));
    }

    @Test
    void guestGetDescriptorAndHostReplyMatchReferenceBytes() {
        var host = new HostParser("usbredir 0.14.0", Caps.ALL);
        var guest = new GuestParser("qemu usb-redir guest 9.0.0", Caps.ALL);
        exchangeHellos(host, guest);
        guest.sendControlPacket(5, 0x80, 6, 0x80, 0, 0x0100, 0, 18, null, 0, 0);
        byte[] request = guest.drain();
        assertEquals("640000000a0000000500000000000000" + "8006800000010000" + "1200", HEX.formatHex(request));
        host.feed(request);
        var got = (ControlPacket) host.poll();
        assertEquals(new ControlPacket(5, 0x80, 6, 0x80, 0, 0x0100, 0, 18, null), got);
        assertNull(host.poll());

        byte[] descriptor = HEX.parseHex("12010002000000400000000000000102030001");
        descriptor = java.util.Arrays.copyOf(descriptor, 18);
        host.sendControlPacket(5, 0x80, 6, 0x80, Status.SUCCESS, 0x0100, 0, 18,
                MemorySegment.ofArray(descriptor), 0, 18);
        byte[] reply = host.drain();
        assertEquals(44, reply.length);
        assertEquals("640000001c0000000500000000000000", HEX.formatHex(reply, 0, 16));
        guest.feed(reply);
        var answer = (ControlPacket) guest.poll();
        assertArrayEquals(descriptor, answer.data().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
    }

    @Test
    void packetsSentBeforeThePeerHelloAreHeldAndThenUseTheNegotiatedHeader() {
        var host = new HostParser("h", Caps.ALL);
        host.send(new DeviceConnect(0, Speed.HIGH, 0, 0, 0, 0x1234, 0x5678, 0x0100));
        assertEquals(1, host.heldPackets());
        byte[] hello = host.drain();
        assertEquals(80, hello.length, "only the hello goes out before the peer hello");
        var guest = new GuestParser("g", Caps.ALL);
        host.feed(guest.drain());
        assertNotNull(host.poll());
        assertEquals(0, host.heldPackets());
        byte[] connect = host.drain();
        assertEquals(16 + 10, connect.length, "64-bit ids and device_version_bcd after negotiation");
        guest.feed(hello);
        guest.feed(connect);
        assertInstanceOf(Hello.class, guest.poll());
        assertEquals(new DeviceConnect(0, Speed.HIGH, 0, 0, 0, 0x1234, 0x5678, 0x0100), guest.poll());
    }

    @Test
    void guestAcksDisconnectByItself() {
        var host = new HostParser("h", Caps.ALL);
        var guest = new GuestParser("g", Caps.ALL);
        exchangeHellos(host, guest);
        host.send(new DeviceDisconnect());
        byte[] disconnect = host.drain();
        assertEquals("02000000000000000000000000000000", HEX.formatHex(disconnect));
        guest.feed(disconnect);
        assertEquals(new DeviceDisconnect(0), guest.poll());
        assertEquals("18000000000000000000000000000000", HEX.formatHex(guest.drain()));
    }

    @Test
    void oneByteAtATimeDecodesTheSamePackets() {
        var host = new HostParser("h", Caps.ALL);
        var guest = new GuestParser("g", Caps.ALL);
        exchangeHellos(host, guest);
        for (int i = 0; i < 20; i++) {
            byte[] payload = new byte[i * 37];
            java.util.Arrays.fill(payload, (byte) i);
            host.sendBulkPacket(i, 0x81, 0, payload.length, 0, MemorySegment.ofArray(payload), 0, payload.length);
        }
        byte[] stream = host.drain();
        List<Object> decoded = new ArrayList<>();
        for (byte b : stream) {
            guest.feed(new byte[] {b});
            for (Object p; (p = guest.poll()) != null; ) {
                decoded.add(copyOf((Packet) p));
            }
        }
        assertEquals(20, decoded.size());
        var last = (BulkPacket) decoded.get(19);
        assertEquals(19 * 37, last.length());
        assertEquals(19, last.data().get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0));
    }

    @Test
    void invalidTypeIsSkippedAndDecodingResumes() {
        var host = new HostParser(Caps.ALL);
        // device_connect (type 1) is never received by a host: skip its 8 bytes of body.
        byte[] bad = HEX.parseHex("01000000080000000000000011223344556677 88".replace(" ", ""));
        byte[] good = HEX.parseHex("03000000000000000900000000");
        host.feed(bad);
        host.feed(java.util.Arrays.copyOf(good, 12));
        var error = (ProtocolError) host.poll();
        assertEquals(ProtocolError.Kind.INVALID_TYPE, error.kind());
        assertEquals(new Reset(9), host.poll());
    }

    static Packet copyOf(Packet p) {
        if (p instanceof BulkPacket b) {
            return new BulkPacket(b.id(), b.endpoint(), b.status(), b.length(), b.streamId(),
                    MemorySegment.ofArray(b.data().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)));
        }
        return p;
    }

    static void exchangeHellos(HostParser host, GuestParser guest) {
        host.feed(guest.drain());
        guest.feed(host.drain());
        assertInstanceOf(Hello.class, host.poll());
        assertInstanceOf(Hello.class, guest.poll());
    }
}
