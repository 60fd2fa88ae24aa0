package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The migration blob of reference §11 on its own; the C library comparison is in the interop tests. */
class ParserStateTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void idleGuestParserMatchesTheVerifiedExample() {
        var guest = new GuestParser("qemu", new Caps(0xfe));
        var host = new HostParser("usbredir 0.14.0", new Caps(0xfe));
        guest.feed(host.drain());
        assertInstanceOf(Hello.class, guest.poll());
        guest.drain();
        assertEquals("31505255" + "2c000000" + "04000000" + "fe000000" + "04000000" + "fe000000"
                + "00000000" + "00000000" + "00000000" + "00000000" + "00000000", HEX.formatHex(guest.serialize()));
    }

    @Test
    void aRestoredParserContinuesMidPacketWithItsPendingOutput() throws ParserStateException {
        var host = new HostParser("h", Caps.ALL);
        var guest = new GuestParser("g", Caps.ALL);
        ParserSessionTest.exchangeHellos(host, guest);
        byte[] payload = new byte[3000];
        Arrays.fill(payload, (byte) 7);
        for (int i = 0; i < 5; i++) {
            host.sendBulkPacket(i, 0x81, 0, payload.length, 0, MemorySegment.ofArray(payload), 0, payload.length);
        }
        byte[] stream = host.drain();
        guest.send(new GetConfiguration(42));
        for (int split = 0; split <= stream.length; split += 97) {
            var original = restoreOf(guest);
            original.feed(Arrays.copyOf(stream, split));
            List<Object> before = drainPackets(original);
            byte[] blob = original.serialize();
            var restored = GuestParser.restore(blob, Caps.ALL);
            assertArrayEquals(blob, restored.serialize(), "a restored parser serializes to the same blob");
            restored.feed(Arrays.copyOfRange(stream, split, stream.length));
            List<Object> after = drainPackets(restored);
            assertEquals(5, before.size() + after.size(), "split at " + split);
            assertEquals(original.pendingBytes(), restored.pendingBytes());
            assertArrayEquals(original.drain(), restored.drain(), "pending output survives");
        }
    }

    @Test
    void packetsHeldForThePeerHelloAreSerializedAsCQueuesThem() throws ParserStateException {
        var guest = new GuestParser("g", Caps.ALL);
        guest.send(new SetConfiguration(9, 1));
        byte[] blob = guest.serialize();
        var restored = GuestParser.restore(blob, Caps.ALL);
        byte[] out = restored.drain();
        // hello (80) then set_configuration with the 12-byte header C uses before the peer hello
        assertEquals(80 + 12 + 1, out.length);
        assertEquals("06000000" + "01000000" + "09000000" + "01", HEX.formatHex(out, 80, out.length));
        assertEquals(1, guest.heldPackets(), "serializing does not consume the held packet");
    }

    @Test
    void serializingWithAnUnpolledPacketIsRefused() {
        var host = new HostParser("h", Caps.ALL);
        var guest = new GuestParser("g", Caps.ALL);
        host.feed(guest.drain());
        assertThrows(IllegalStateException.class, host::serialize);
    }

    @Test
    void badBlobsAreRefusedLikeC() {
        var host = new HostParser(Caps.ALL);
        host.feed(new GuestParser("g", Caps.ALL).drain());
        host.poll();
        byte[] good = host.serialize();
        assertDoesNotThrow(() -> HostParser.restore(good, Caps.ALL));
        byte[] badMagic = good.clone();
        badMagic[0] ^= 1;
        assertThrows(ParserStateException.class, () -> HostParser.restore(badMagic, Caps.ALL));
        assertThrows(ParserStateException.class, () -> HostParser.restore(Arrays.copyOf(good, good.length - 1), Caps.ALL));
        assertThrows(ParserStateException.class, () -> HostParser.restore(good, new Caps(0x7f)),
                "the blob has caps the target lacks");
        byte[] extra = Arrays.copyOf(good, good.length + 4);
        extra[4] += 4;
        assertThrows(ParserStateException.class, () -> HostParser.restore(extra, Caps.ALL), "trailing bytes");
        assertThrows(ParserStateException.class, () -> HostParser.restore(new byte[3], Caps.ALL));
    }

    @Test
    void fewerCapsInTheBlobThanTheTargetAreAccepted() throws ParserStateException {
        var old = new HostParser(new Caps(0x7e));
        var restored = HostParser.restore(old.serialize(), Caps.ALL);
        assertEquals(new Caps(0x7e), restored.ourCaps(), "the blob's caps replace the target's");
    }

    private static GuestParser restoreOf(GuestParser p) {
        try {
            return GuestParser.restore(p.serialize(), Caps.ALL);
        } catch (ParserStateException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Object> drainPackets(UsbRedirParser<?, ?> p) {
        var list = new ArrayList<Object>();
        for (Object r; (r = p.poll()) != null; ) {
            assertFalse(r instanceof ProtocolError, r::toString);
            list.add(r);
        }
        return list;
    }
}
