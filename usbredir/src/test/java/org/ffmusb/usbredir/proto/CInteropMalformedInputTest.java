package org.ffmusb.usbredir.proto;

import java.util.ArrayList;
import java.util.List;
import org.ffmusb.usbredir.testing.Script;
import org.junit.jupiter.api.Test;

import static org.ffmusb.usbredir.proto.InteropAssertions.assertSameLines;
import static org.ffmusb.usbredir.proto.Wire.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * (d) Malformed input against the real C libusbredirparser: every rejection rule of reference §7.1–§7.2
 * and §4.1, both receiving roles, 12- and 16-byte headers, each stream fed whole, one byte per read and
 * in random read sizes. C and Java must produce the same events (packets and rejections, compared by
 * position) and end in the same state (peer caps, pending output, serialized blob with the skip
 * state). Each case also states how many rejections C makes, so the expectation is pinned to C, not
 * only to Java agreeing with it.
 */
class CInteropMalformedInputTest {
    private static final long SENTINEL_ID = 0x5E5E;
    /** Read patterns: whole, one byte per read, random 1..7, random 1..200. */
    private static final int[][] READS = {{65536, 0}, {1, 0}, {7, 12345}, {200, 987654321}};

    /** One malformed stream: what the receiver advertises, the peer hello it gets, the bytes after it. */
    record Case(String name, Role receiver, int caps, int peerCaps, byte[] body, int errors, boolean sentinel) {
        @Override
        public String toString() {
            return String.format("%s (%s receives, caps 0x%02x, peer caps %s)", name, receiver, caps,
                    peerCaps < 0 ? "none" : String.format("0x%02x", peerCaps));
        }
    }

    /** Builds cases for one receiver role and caps pair; appends a sentinel packet to most. */
    private static final class Cases {
        final List<Case> all = new ArrayList<>();
        Role receiver;
        int caps;
        int peerCaps;

        Cases on(Role receiver, int caps, int peerCaps) {
            this.receiver = receiver;
            this.caps = caps;
            this.peerCaps = peerCaps;
            return this;
        }

        int hs() {
            return peerCaps >= 0 && (caps & peerCaps & (1 << Cap.IDS_64BITS.bit())) != 0 ? 16 : 12;
        }

        Caps negotiated() {
            Caps ours = (receiver == Role.GUEST ? new Caps(caps).with(Cap.DEVICE_DISCONNECT_ACK) : new Caps(caps))
                    .consistent();
            return peerCaps < 0 ? Caps.NONE : ours.negotiate(new Caps(peerCaps).consistent());
        }

        /** A valid packet the receiver accepts, with a recognisable id. */
        byte[] sentinel() {
            return receiver == Role.HOST ? packet(hs(), PacketType.GET_CONFIGURATION.code(), SENTINEL_ID)
                    : packet(hs(), PacketType.CONFIGURATION_STATUS.code(), SENTINEL_ID, u8s(0, 1));
        }

        /** The bytes, then a sentinel that must decode after them. */
        void add(String name, int errors, byte[] bytes) {
            all.add(new Case(name, receiver, caps, peerCaps, cat(bytes, sentinel()), errors, true));
        }

        /** The bytes only (a skip swallows what follows, or the case is about the end state). */
        /** A case whose body starts with the peer's hello (advertising {@code helloCaps}). */
        void addAfterHello(String name, int errors, byte[] hello, int helloCaps) {
            int saved = peerCaps;
            peerCaps = helloCaps;
            byte[] sentinel = sentinel();
            peerCaps = saved;
            all.add(new Case(name, receiver, caps, -1, cat(hello, sentinel), errors, true));
        }

        void addBare(String name, int errors, byte[] bytes) {
            all.add(new Case(name, receiver, caps, peerCaps, bytes, errors, false));
        }

        long th(PacketType t) {
            return t.typeHeader(negotiated()).byteSize();
        }
    }

    static List<Case> cases() {
        var c = new Cases();
        for (Role r : Role.values()) {
            Role peer = r.peer();
            for (int caps : new int[] {0xFF, 0xFF & ~(1 << Cap.IDS_64BITS.bit()), 0x00}) {
                c.on(r, caps, caps);
                int hs = c.hs();
                // §7.1: unknown and wrong-role types are skipped by their length
                for (long type : new long[] {28, 29, 99, 105, 255, 0x10000, 0x80000000L, 0xFFFFFFFFL}) {
                    for (int len : new int[] {0, 5}) {
                        c.add("unknown type " + type + " length " + len, 1, packetWithLength(hs, type, len, 1, zeros(len)));
                    }
                }
                for (PacketType t : PacketType.values()) {
                    if (!t.sentBy(peer)) {
                        c.add("wrong-role " + t.cName(), 1, packet(hs, t.code(), 3, zeros((int) c.th(t))));
                    }
                }
                // §7.1: header.length limits; C keeps to_skip in an int
                c.addBare("length 134218753 skipped", 1,
                        cat(packetWithLength(hs, 100, 134218753L, 1, zeros(1000)), c.sentinel()));
                c.addBare("length 2^31-1 skipped", 1, cat(packetWithLength(hs, 7, 0x7FFFFFFFL, 1), c.sentinel()));
                for (long len : new long[] {0x80000000L, 0xFFFFFFF0L, 0xFFFFFFFFL}) {
                    long type = r == Role.HOST ? 7 : 8;
                    c.add("length " + len + " >= 2^31: nothing skipped", 1, packetWithLength(hs, type, len, 1));
                    c.add("invalid type, length " + len + " >= 2^31: nothing skipped", 1,
                            packetWithLength(hs, 0xFFFFFFFFL, len, 1));
                }
                c.addBare("control_packet of exactly 134218752 bytes, partly received", 0,
                        cat(packetWithLength(hs, 100, 134218752L, 9,
                                u8s(r == Role.HOST ? 0x00 : 0x80, 6, 0, 0), u16s(0, 0, 0xFFFF)), zeros(3000)));
                // §3: exact-length rule
                for (PacketType t : PacketType.values()) {
                    if (!t.sentBy(peer)) {
                        continue;
                    }
                    int th = (int) c.th(t);
                    if (th > 0) {
                        c.add(t.cName() + " length " + (th - 1), 1, packet(hs, t.code(), 4, zeros(th - 1)));
                    }
                    if (!t.mayHaveData()) {
                        c.add(t.cName() + " length " + (th + 1), 1, packet(hs, t.code(), 4, zeros(th + 1)));
                    }
                }
                // §7.2 verification
                if (r == Role.GUEST) {
                    for (int count : new int[] {32, 33, 255, -1}) {
                        c.add("interface_count " + Integer.toUnsignedString(count), count == 32 ? 0 : 1,
                                packet(hs, 4, 0, u32s(count), zeros(128)));
                    }
                    c.add("interrupt_receiving_status on OUT ep", 1, packet(hs, 17, 5, u8s(0, 0x01)));
                    c.add("interrupt_receiving_status on IN ep", 0, packet(hs, 17, 5, u8s(0, 0x81)));
                } else {
                    c.add("start_interrupt_receiving on OUT ep", 1, packet(hs, 15, 5, u8s(0x02)));
                    c.add("stop_interrupt_receiving on OUT ep", 1, packet(hs, 16, 5, u8s(0x7F)));
                    c.add("start_interrupt_receiving on IN ep", 0, packet(hs, 15, 5, u8s(0x82)));
                }
                directionCases(c, r, hs);
                filterCases(c, hs);
                helloCases(c, r, hs);
            }
            capCases(c, r);
            bulkLengthCases(c, r);
            orderCases(c, r);
        }
        return c.all;
    }

    /** §4.1: data only in the data direction, exact data length, iso/interrupt/buffered bulk direction. */
    private static void directionCases(Cases c, Role r, int hs) {
        boolean toHost = r == Role.HOST;
        int dataEp = toHost ? 0x01 : 0x81;   // data expected
        int noDataEp = toHost ? 0x81 : 0x01; // no data expected
        byte[] four = u8s(1, 2, 3, 4);
        // control: endpoint request requesttype status value index length
        c.add("control data in its direction", 0, packet(hs, 100, 7, u8s(dataEp, 6, 0, 0), u16s(0, 0, 4), four));
        c.add("control data against its direction", 1, packet(hs, 100, 7, u8s(noDataEp, 6, 0, 0), u16s(0, 0, 4), four));
        c.add("control request without data", 0, packet(hs, 100, 7, u8s(noDataEp, 6, 0, 0), u16s(0, 0, 64)));
        c.add("control data shorter than length", 1, packet(hs, 100, 7, u8s(dataEp, 6, 0, 0), u16s(0, 0, 5), four));
        c.add("control data longer than length", 1, packet(hs, 100, 7, u8s(dataEp, 6, 0, 0), u16s(0, 0, 3), four));
        boolean wide = c.negotiated().has(Cap.BULK_LENGTH_32BITS);
        byte[] bulkTail = wide ? u16s(0) : new byte[0];
        c.add("bulk data in its direction", 0, packet(hs, 101, 7, u8s(dataEp, 0), u16s(4), u32s(0), bulkTail, four));
        c.add("bulk data against its direction", 1, packet(hs, 101, 7, u8s(noDataEp, 0), u16s(4), u32s(0), bulkTail, four));
        c.add("bulk data length mismatch", 1, packet(hs, 101, 7, u8s(dataEp, 0), u16s(9), u32s(0), bulkTail, four));
        c.add("bulk without data", 0, packet(hs, 101, 7, u8s(noDataEp, 0), u16s(9), u32s(0), bulkTail));
        c.add("iso data in its direction", 0, packet(hs, 102, 7, u8s(dataEp, 0), u16s(4), four));
        c.add("iso data against its direction", 1, packet(hs, 102, 7, u8s(noDataEp, 0), u16s(4), four));
        c.add("iso without data against its direction", 1, packet(hs, 102, 7, u8s(noDataEp, 0), u16s(4)));
        c.add("iso data length mismatch", 1, packet(hs, 102, 7, u8s(dataEp, 0), u16s(0), four));
        c.add("interrupt data in its direction", 0, packet(hs, 103, 7, u8s(dataEp, 0), u16s(4), four));
        c.add("interrupt data against its direction", 1, packet(hs, 103, 7, u8s(noDataEp, 0), u16s(4), four));
        // an interrupt packet without data is a status to the guest, but never valid to the host
        c.add("interrupt without data against its direction", toHost ? 1 : 0, packet(hs, 103, 7, u8s(noDataEp, 0), u16s(4)));
        if (!toHost && c.negotiated().has(Cap.BULK_RECEIVING)) {
            c.add("buffered bulk data", 0, packet(hs, 104, 7, u32s(1, 4), u8s(0x81, 0), four));
            c.add("buffered bulk on OUT ep with data", 1, packet(hs, 104, 7, u32s(1, 4), u8s(0x01, 0), four));
            c.add("buffered bulk on OUT ep without data", 1, packet(hs, 104, 7, u32s(1, 4), u8s(0x01, 0)));
            c.add("buffered bulk data length mismatch", 1, packet(hs, 104, 7, u32s(1, 5), u8s(0x81, 0), four));
        }
    }

    /** §7.2 filter_filter: NUL termination, and strings C parses or only logs and ignores. */
    private static void filterCases(Cases c, int hs) {
        if ((c.caps & (1 << Cap.FILTER.bit())) == 0) {
            return; // receiving filter_filter needs our cap filter: capCases
        }
        c.add("filter_filter without data", 1, packet(hs, 23, 0));
        c.add("filter_filter without NUL", 1, packet(hs, 23, 0, ascii("-1,-1,-1,-1,1")));
        String[][] strings = {
            {"", "0"}, {"|||", "0"}, {"-1,-1,-1,-1,1", "0"}, {"0x03,-1,-1,-1,0|-1,-1,-1,-1,1", "0"},
            {"0x03,-1,-1,-1,0|-1,-1,-1,-1,1|", "0"}, {" 3,, 0x10,\t010,-1, 7", "0"}, {"3 ,-1,-1,-1,1", "1"}, {"1,2,3,4,1\0garbage", "0"},
            {"1,2,3", "1"}, {"1,2,3,4,5,6", "1"}, {"0x100,-1,-1,-1,1", "1"}, {"-2,-1,-1,-1,1", "1"},
            {"1,0x10000,-1,-1,1", "1"}, {"x,-1,-1,-1,1", "1"}, {"1,2,3,4,1|bad", "1"}, {"0x,1,1,1,1", "1"},
            {"1,2,3,4,\u00e9", "1"}, {"\u00ff", "1"}, {"1,2,3,4,-5", "0"},
        };
        for (String[] s : strings) {
            c.add("filter_filter \"" + s[0] + "\"", Integer.parseInt(s[1]), packet(hs, 23, 0, ascii(s[0] + "\0")));
        }
    }

    /** §5: hello variants, a second hello, packets before the hello. */
    private static void helloCases(Cases c, Role r, int hs) {
        // after the first hello every packet, a hello too, uses the negotiated header size
        c.add("second hello", 1, packet(hs, 0, 0, ascii("again"), zeros(59), u32s(0xFF)));
        c.add("third and fourth hello", 2, cat(packet(hs, 0, 0, zeros(64), u32s(0xFF)), packet(hs, 0, 0, zeros(64))));
        // the body starts with the peer's hello; the sentinel after it uses the header size it negotiates
        c.addAfterHello("hello without caps", 0, hello("v"), 0);
        c.addAfterHello("hello with 2 bytes of caps", 0, packet(12, 0, 0, zeros(64), u8s(0xFF, 0xFF)), 0);
        c.addAfterHello("hello with 5 bytes of caps", 0, packet(12, 0, 0, zeros(64), u8s(0xFF, 0xFF, 0xFF, 0xFF, 0xFF)), 0xFF);
        c.addAfterHello("hello with 3 caps words", 0, hello("three", 0xFF, 0xAB, 0xFFFFFFFF), 0xFF);
        c.addAfterHello("hello with 100 caps words", 0, packet(12, 0, 7, zeros(64), zeros(400)), 0);
        c.addAfterHello("hello with bulk_streams but no ep_info_max_packet_size", 0, hello("v", 0x01), 0);
        c.addAfterHello("hello version of 64 non-NUL bytes", 0, hello("x".repeat(64), 0xFF), 0xFF);
        c.addAfterHello("hello version with escapes", 0, hello("\"q\"\\\u0001\t\u007f\u0080\u00e9\u00ff", 0xFF), 0xFF);
        c.addAfterHello("hello of length 63", 1, packetWithLength(12, 0, 63, 0, zeros(63)), 0);
        c.addAfterHello("hello with id", 0, packet(12, 0, 0xABCDEF12L, zeros(64), u32s(0)), 0);
    }

    /** §3 enforced caps: the receiver's own caps decide, whatever the peer advertised. */
    private static void capCases(Cases c, Role r) {
        int filter = 1 << Cap.FILTER.bit();
        int ack = 1 << Cap.DEVICE_DISCONNECT_ACK.bit();
        int bulkRecv = 1 << Cap.BULK_RECEIVING.bit();
        for (int peer : new int[] {0xFF, 0x00}) {
            c.on(r, 0xFF & ~filter, peer);
            int hs = c.hs();
            c.add("filter_filter without our cap filter", 1, packet(hs, 23, 0, ascii("-1,-1,-1,-1,1\0")));
            if (r == Role.HOST) {
                c.add("filter_reject without our cap filter", 1, packet(hs, 22, 0));
            }
            c.on(r, 0xFF, peer);
            hs = c.hs();
            c.add("filter_filter with our cap filter", 0, packet(hs, 23, 0, ascii("-1,-1,-1,-1,1\0")));
            if (r == Role.HOST) {
                c.add("filter_reject with our cap filter", 0, packet(hs, 22, 0));
                c.add("device_disconnect_ack with our cap", 0, packet(hs, 24, 0));
                c.on(r, 0xFF & ~ack, peer);
                c.add("device_disconnect_ack without our cap", 1, packet(c.hs(), 24, 0));
            }
            c.on(r, 0xFF & ~bulkRecv, peer);
            hs = c.hs();
            if (r == Role.HOST) {
                c.add("start_bulk_receiving without our cap", 1, packet(hs, 25, 1, u32s(1, 512), u8s(0x81, 2)));
                c.add("stop_bulk_receiving without our cap", 1, packet(hs, 26, 1, u32s(1), u8s(0x81)));
            } else {
                c.add("bulk_receiving_status without our cap", 1, packet(hs, 27, 1, u32s(1), u8s(0x81, 0)));
                c.add("buffered_bulk_packet without our cap", 1, packet(hs, 104, 1, u32s(1, 1), u8s(0x81, 0), u8s(9)));
            }
            c.on(r, 0xFF, peer);
            hs = c.hs();
            if (r == Role.HOST) {
                c.add("start_bulk_receiving on OUT ep", 1, packet(hs, 25, 1, u32s(1, 512), u8s(0x01, 2)));
                c.add("stop_bulk_receiving on OUT ep", 1, packet(hs, 26, 1, u32s(1), u8s(0x01)));
                c.add("start_bulk_receiving", 0, packet(hs, 25, 1, u32s(1, 512), u8s(0x81, 2)));
            } else {
                c.add("bulk_receiving_status on OUT ep", 1, packet(hs, 27, 1, u32s(1), u8s(0x01, 0)));
                c.add("device_disconnect: the guest acks it if the host has the cap", 0, packet(hs, 2, 0));
            }
        }
    }

    /** §7.2 128 MiB limits on bulk lengths and bytes_per_transfer, with and without 32bits_bulk_length. */
    private static void bulkLengthCases(Cases c, Role r) {
        int noWide = 0xFF & ~(1 << Cap.BULK_LENGTH_32BITS.bit());
        for (int caps : new int[] {0xFF, noWide}) {
            c.on(r, caps, 0xFF);
            int hs = c.hs();
            boolean wide = caps == 0xFF;
            int noDataEp = r == Role.HOST ? 0x81 : 0x01;
            if (wide) {
                c.add("bulk length 128 MiB + 1", 1, packet(hs, 101, 2, u8s(noDataEp, 0), u16s(1), u32s(0), u16s(0x0800)));
                c.add("bulk length 128 MiB", 0, packet(hs, 101, 2, u8s(noDataEp, 0), u16s(0), u32s(0), u16s(0x0800)));
                c.add("bulk length 0xffffffff", 1, packet(hs, 101, 2, u8s(noDataEp, 0), u16s(0xFFFF), u32s(0), u16s(0xFFFF)));
            } else {
                // without the cap the header has no length_high: two more bytes are data
                c.add("bulk with a 10-byte header but no 32bits_bulk_length", 1,
                        packet(hs, 101, 2, u8s(noDataEp, 0), u16s(1), u32s(0), u16s(0x0800)));
            }
            if (r == Role.GUEST) {
                c.add("buffered bulk length 128 MiB + 1", 1, packet(hs, 104, 2, u32s(0, 0x08000001), u8s(0x81, 0)));
                c.add("buffered bulk length 0x80000000", 1, packet(hs, 104, 2, u32s(0, 0x80000000), u8s(0x81, 0)));
            } else {
                c.add("start_bulk_receiving 128 MiB + 1", 1, packet(hs, 25, 2, u32s(0, 0x08000001), u8s(0x81, 1)));
                c.add("start_bulk_receiving 128 MiB", 0, packet(hs, 25, 2, u32s(0, 0x08000000), u8s(0x81, 1)));
                c.add("start_bulk_receiving 128 MiB + 1 on OUT ep", 1, packet(hs, 25, 2, u32s(0, 0x08000001), u8s(0x01, 1)));
            }
        }
    }

    /** §2/§5: packets before the hello use the 12-byte header; the header size switches right after it. */
    private static void orderCases(Cases c, Role r) {
        c.on(r, 0xFF, -1);
        byte[] early = r == Role.HOST ? packet(12, 7, 0x1234) : packet(12, 8, 0x1234, u8s(0, 1));
        c.peerCaps = 0xFF; // the sentinel after the hello uses the 16-byte header
        byte[] late = c.sentinel();
        c.peerCaps = -1;
        c.addBare("packet before the hello, then hello and a 16-byte-header packet", 0,
                cat(early, hello("late", 0xFF), late));
        c.addBare("device_disconnect before the hello", r == Role.GUEST ? 0 : 1, packet(12, 2, 0));
        c.addBare("packets before the hello: ep_info is 96 bytes, 160 is too long", r == Role.GUEST ? 1 : 2,
                cat(packet(12, 5, 0, zeros(96)), packet(12, 5, 0, zeros(160))));
    }

    @Test
    void cAndJavaRejectTheSamePacketsAtTheSameOffsetsUnderAnyReadPattern() {
        List<Case> cases = cases();
        var script = new Script();
        for (Case k : cases) {
            for (int[] reads : READS) {
                script.session(k.receiver() == Role.HOST ? "host" : "guest", k.caps(), null, null, reads[0], reads[1]);
                if (k.peerCaps() >= 0) {
                    script.feed(hello("peer", k.peerCaps()));
                }
                script.feed(k.body()).state().serialize().flush().end();
            }
        }
        var outputs = JavaHarness.Outputs.of(script.toString());
        int session = 0;
        int rejections = 0;
        for (Case k : cases) {
            for (int[] reads : READS) {
                List<String> c = outputs.cSession(session);
                assertSameLines(c, outputs.javaSession(session), k + " read " + reads[0] + "/" + reads[1]);
                long errors = c.stream().filter(l -> l.startsWith("{\"error\"")).count();
                assertEquals(k.errors(), errors, "C's rejections for " + k + ": " + c);
                assertTrue(c.stream().noneMatch(l -> l.startsWith("{\"harness_error\"")), String.join("\n", c));
                if (k.sentinel()) {
                    assertTrue(c.stream().anyMatch(l -> l.contains("\"id\":" + SENTINEL_ID + ",")
                                    || l.endsWith("\"id\":" + SENTINEL_ID + "}")),
                            "the packet after " + k + " decodes: " + c);
                }
                rejections += (int) errors;
                session++;
            }
        }
        assertTrue(cases.size() > 500, "cases: " + cases.size());
        assertTrue(rejections > 1000, "rejections: " + rejections);
    }
}
