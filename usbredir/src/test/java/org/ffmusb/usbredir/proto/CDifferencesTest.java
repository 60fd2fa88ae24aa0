package org.ffmusb.usbredir.proto;

import java.util.HexFormat;
import java.util.List;
import org.ffmusb.usbredir.testing.Script;
import org.junit.jupiter.api.Test;

import static org.ffmusb.usbredir.proto.CInteropSerializationTest.blob;
import static org.ffmusb.usbredir.proto.Wire.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every place where the Java codec deliberately does not do what C libusbredirparser 0.13 does, each
 * asserted against the real library with the reason. Everything else is byte- and event-identical
 * (the CInterop* tests).
 */
class CDifferencesTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] CAPS = u32s(4, 0xFF);

    private static JavaHarness.Outputs run(Script script) {
        return JavaHarness.Outputs.of(script.toString());
    }

    /**
     * C 0.13 bug: a blob taken after a packet's main header but before the end of its type header
     * (C serializes such blobs itself) is restored with a data length of 0, so the packet is
     * delivered without its data and the data bytes are parsed as the next header. Java restores
     * the packet whole. Input: a host blob holding the 12-byte header of a 12-byte control_packet
     * (2 bytes of OUT data), then the type header, the data and a get_configuration.
     */
    @Test
    void cLosesTheDataOfAPacketRestoredInsideItsTypeHeader() {
        int noIds64 = 0xFF & ~(1 << Cap.IDS_64BITS.bit());
        byte[] caps = u32s(4, noIds64);
        byte[] state = blob(caps, caps, 0, header(12, 100, 12, 7), u8s(0, 9, 0), new byte[0], List.of());
        byte[] rest = cat(u8s(0), u16s(1, 0, 2), u8s(0xAA, 0xBB), packet(12, 7, 99));
        var out = run(new Script().session("host", noIds64, null, state, 65536, 0).feed(rest).end());
        assertEquals(List.of("{\"unserialize\":0}",
                "{\"type\":\"control_packet\",\"id\":7,\"endpoint\":0,\"request\":9,\"requesttype\":0,\"status\":0,"
                        + "\"value\":1,\"index\":0,\"length\":2,\"data\":\"aabb\"}",
                "{\"type\":\"get_configuration\",\"id\":99}"), out.javaSession(0));
        assertEquals(List.of("{\"unserialize\":0}", "{\"error\":\"\",\"offset\":0}", "{\"error\":\"\",\"offset\":22}"),
                out.cSession(0), "C: 'data len 0 != header len 2', then 'invalid packet type 506794' (0x07bbaa)");
    }

    /**
     * usbredirparser_get_bufferered_output_size counts a partly written packet whole; the Java
     * codec's pendingBytes() counts the bytes still to send, which is what a caller limiting its queue
     * needs. Host: hello (80 bytes) queued, 1 byte written.
     */
    @Test
    void pendingBytesCountOnlyUnsentBytes() {
        var out = run(new Script().session("host", 0xFF, "ours", null, 65536, 0).flush(1).state().end());
        assertEquals("{\"state\":{\"have_peer_caps\":0,\"our_caps\":255,\"peer_caps\":0,\"pending_packets\":1,"
                + "\"pending_bytes\":80}}", out.cSession(0).get(1));
        assertEquals("{\"state\":{\"have_peer_caps\":0,\"our_caps\":255,\"peer_caps\":0,\"pending_packets\":1,"
                + "\"pending_bytes\":79}}", out.javaSession(0).get(1));
    }

    /**
     * Packets sent before the peer's hello: C queues them at once with the 12-byte header and no
     * negotiated caps, which the peer may then read with a 16-byte header (reference §2). Java holds
     * them and encodes them when the hello arrives; only a blob records them as C would have.
     */
    @Test
    void packetsSentBeforeThePeerHelloAreHeldUntilIt() {
        var script = new Script().session("host", 0xFF, "ours", null, 65536, 0)
                .send("device_connect 0 2 9 0 1 4660 22136 256").flush().peerHello(0xFF).flush().end();
        var out = run(script);
        String javaHello = out.javaSession(0).get(0);
        String cFirst = out.cSession(0).get(0);
        // C: the hello and device_connect with the 12-byte header and the 8-byte type header
        assertEquals(javaHello.substring(0, javaHello.length() - 2) + "010000000800000000000000" + "0209000134127856\"}",
                cFirst);
        assertEquals("{\"wrote\":\"\"}", out.cSession(0).get(1));
        // Java: the hello alone, then device_connect with the 16-byte header and device_version_bcd
        assertTrue(javaHello.startsWith("{\"wrote\":\"0000000044000000000000006f757273"), javaHello);
        assertEquals("{\"wrote\":\"010000000a00000000000000000000000209000134127856" + "0001\"}",
                out.javaSession(0).get(1));
    }

    /**
     * C 0.13 refuses to restore a blob taken inside a main header whose length field is already
     * complete and above the 134218752-byte limit (it checks the length before the header is whole),
     * although its own serializer writes such blobs. Java restores it and rejects the packet when its
     * header completes, exactly as the uninterrupted parser does. Input: a guest parser's 8 bytes of a
     * 12-byte header announcing a 0xc9000000-byte hello, then the rest of the header and a packet.
     */
    @Test
    void aBlobInsideAnOversizedHeaderIsRestored() {
        byte[] stream = cat(header(12, 0, 0xC9000000L, 0), packet(12, 8, 5, u8s(0, 1)));
        var script = new Script().session("guest", 0).feed(java.util.Arrays.copyOf(stream, 8)).serialize().end();
        String blob = CInteropSerializationTest.blobOf(JavaHarness.Outputs.of(script.toString()).cSession(0));
        byte[] state = HEX.parseHex(blob.substring(9, blob.length() - 2));
        var out = run(new Script().session("guest", 0, null, state, 65536, 0)
                .feed(java.util.Arrays.copyOfRange(stream, 8, stream.length)).end()
                .session("guest", 0).feed(stream).end());
        assertEquals(List.of("{\"unserialize\":-1}"), out.cSession(0).subList(0, 1));
        assertEquals(List.of("{\"unserialize\":0}", "{\"error\":\"\",\"offset\":0}",
                "{\"type\":\"configuration_status\",\"id\":5,\"status\":0,\"configuration\":1}"), out.javaSession(0));
        assertEquals(out.javaSession(0).subList(1, 3), out.cSession(1), "Java continues like C's uninterrupted parser");
    }

    /** Blobs C accepts by accident and Java refuses, because restoring them cannot continue a stream. */
    @Test
    void blobsWithDataOutsideTheirPacketAreRefused() {
        byte[] header = header(16, 100, 12, 1);
        byte[] control = cat(u8s(0x00, 9, 0, 0), u16s(1, 0, 2));
        List<byte[]> blobs = List.of(
                // data bytes while the main header is incomplete: C mallocs them and reads on as if
                // they followed a header it has not seen
                blob(CAPS, CAPS, 0, u8s(100, 0), new byte[0], u8s(1, 2), List.of()),
                // data bytes for a packet without data (get_configuration): C dispatches it at once
                // with data_read > data_len
                blob(CAPS, CAPS, 0, header(16, 7, 0, 1), new byte[0], u8s(1), List.of()),
                // data bytes before the type header is complete: C would read the rest of the type
                // header after them, out of stream order
                blob(CAPS, CAPS, 0, header, java.util.Arrays.copyOf(control, 3), u8s(0xAA), List.of()),
                // a skip pending while a packet is partly read: C skips new input first, then
                // completes the packet; no parser state has both (a rejected header resets the packet)
                blob(CAPS, CAPS, 5, java.util.Arrays.copyOf(header, 4), new byte[0], new byte[0], List.of()));
        var script = new Script();
        for (byte[] b : blobs) {
            script.session("host", 0xFF, null, b, 65536, 0).end();
        }
        var out = run(script);
        for (int i = 0; i < blobs.size(); i++) {
            assertEquals(List.of("{\"unserialize\":0}"), out.cSession(i), "C accepts blob " + i);
            assertEquals(List.of("{\"unserialize\":-1}"), out.javaSession(i), "Java refuses blob " + i);
        }
    }

    /**
     * A bulk length above 65535 without cap 32bits_bulk_length: C's header has a separate
     * length_high, which it leaves off the wire, sending the low 16 bits as the length (the receiver
     * then expects a different data length). Java's record has one 32-bit length and refuses.
     */
    @Test
    void bulkLengthsAbove65535WithoutThe32BitsCapAreRefused() {
        int noWide = 0xFF & ~(1 << Cap.BULK_LENGTH_32BITS.bit());
        var out = run(new Script().session("host", noWide).peerHello(0xFF)
                .send("bulk_packet 5 2 0 1 0 1 -").flush().end());
        assertEquals("{\"wrote\":\"650000000800000005000000000000000200010000000000\"}", out.cSession(0).getFirst());
        assertEquals("{\"wrote\":\"\"}", out.javaSession(0).getFirst());
    }

    /**
     * C's send functions for device_connect, device_disconnect, reset, interface_info, ep_info,
     * filter_reject and filter_filter take no id and write 0 (reference §2: unsolicited packets use
     * 0), and the disconnect ack is written by the parser with id 0. A Java record carries an id and
     * the codec writes it; the records' id-less constructors give 0, identical to C.
     */
    @Test
    void idsOfPacketsCSendsWithoutOne() {
        var out = run(new Script().session("guest", 0xFF).peerHello(0xFF).send("reset 7").flush().end());
        assertEquals("{\"wrote\":\"03000000000000000000000000000000\"}", out.cSession(0).getFirst());
        assertEquals("{\"wrote\":\"03000000000000000700000000000000\"}", out.javaSession(0).getFirst());
        var guest = new GuestParser(Caps.ALL);
        guest.feed(JavaHarness.helloBytes("peer", 0xFF));
        guest.poll();
        guest.send(new Reset());
        assertEquals("03000000000000000000000000000000", HEX.formatHex(guest.drain()));
    }

    /**
     * A version string longer than the 64-byte field: C snprintf truncates it to 63 bytes; Java's
     * Hello refuses more than 64 characters (a programming error, not something to send cut short).
     * Up to 64 characters both write the first 63.
     */
    @Test
    void versionStringsLongerThan64CharactersAreRefused() {
        var out = run(new Script().session("host", 0xFF, "v".repeat(64), null, 65536, 0).flush().end());
        assertEquals(out.cSession(0), out.javaSession(0));
        assertTrue(out.cSession(0).getFirst().contains(HEX.formatHex(("v".repeat(63) + "\0").getBytes())));
        var c = org.ffmusb.usbredir.testing.CHarness.run(
                new Script().session("host", 0xFF, "w".repeat(65), null, 65536, 0).flush().end().toString());
        assertTrue(c.getFirst().getFirst().contains(HEX.formatHex(("w".repeat(63) + "\0").getBytes())));
        assertThrows(IllegalArgumentException.class, () -> new HostParser("w".repeat(65), Caps.ALL));
    }

    /**
     * A filter_filter number outside a C int: C's strtol result is truncated into an int, so
     * "4294967299" is class 3 and the filter is delivered; Java's filter parser refuses the rule (see
     * UsbRedirFilter) and reports the packet as a filter syntax error, as C does for strings it
     * cannot parse.
     */
    @Test
    void filterNumbersBeyondAnIntAreRefused() {
        var out = run(new Script().session("host", 0xFF).feed(hello("peer", 0xFF))
                .feed(packet(16, 23, 0, ascii("4294967299,-1,-1,-1,1\0"))).end());
        assertEquals("{\"type\":\"filter_filter\",\"id\":0,\"rules\":[[3,-1,-1,-1,1]]}", out.cSession(0).get(1));
        assertEquals("{\"error\":\"\",\"offset\":80}", out.javaSession(0).get(1));
    }
}
