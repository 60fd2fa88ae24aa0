package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Properties of the codec on its own (the C library comparison lives in the interop tests): random
 * valid packets survive encode → decode under any caps and any chunking, copied or in place; random
 * bytes never make it throw and never make it allocate beyond the bytes held plus one bounded chunk.
 */
class ParserProperties {

    @Property(tries = 300)
    void randomPacketsRoundTripUnderAnyCapsAndChunking(@ForAll long seed, @ForAll @IntRange(min = 0, max = 255) int hostCaps,
                                                       @ForAll @IntRange(min = 0, max = 255) int guestCaps,
                                                       @ForAll boolean fromHost) {
        var host = new HostParser("host", new Caps(hostCaps));
        var guest = new GuestParser("guest", new Caps(guestCaps));
        ParserSessionTest.exchangeHellos(host, guest);
        UsbRedirParser<?, ?> sender = fromHost ? host : guest;
        UsbRedirParser<?, ?> receiver = fromHost ? guest : host;
        var packets = new RandomPackets(seed, sender.role(), sender.negotiatedCaps());
        var sent = new ArrayList<Packet>();
        for (int i = 0; i < 40; i++) {
            Packet p = packets.next();
            sent.add(p);
            send(sender, p);
        }
        byte[] stream = sender.drain();
        List<Object> decoded = decodeInChunks(receiver, stream, new Random(seed));
        assertEquals(sent.size(), decoded.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(sent.get(i), decoded.get(i), "packet " + i);
        }
        assertEquals(0, receiver.bufferedInput());
    }

    @Property(tries = 500)
    void randomBytesNeverThrowAndStayWithinTheMemoryBound(@ForAll @Size(max = 4096) byte[] noise,
                                                          @ForAll long seed, @ForAll boolean hostReceives) {
        UsbRedirParser<?, ?> parser = hostReceives ? new HostParser(Caps.ALL) : new GuestParser(Caps.ALL);
        var random = new Random(seed);
        long held = 0;
        int at = 0;
        while (at < noise.length) {
            int n = 1 + random.nextInt(Math.min(noise.length - at, 700));
            parser.feed(noise, at, n);
            at += n;
            held = Math.max(held, parser.bufferedInput());
            while (parser.advance()) {
                if (!parser.cursor().isError()) {
                    assertNotNull(parser.cursor().toPacket());
                }
            }
            assertTrue(parser.reader().in.capacity() <= Math.max(InputBuffer.INITIAL_CAPACITY, held + InputBuffer.MAX_HEADROOM));
        }
    }

    @Property(tries = 300)
    void mutatedValidStreamsNeverThrowAndStayWithinTheMemoryBound(@ForAll long seed,
                                                                 @ForAll @IntRange(min = 1, max = 40) int mutations) {
        var host = new HostParser("host", Caps.ALL);
        var guest = new GuestParser("guest", Caps.ALL);
        byte[] guestHello = guest.drain();
        var packets = new RandomPackets(seed, Role.GUEST, Caps.ALL);
        host.feed(guestHello);
        guest.feed(host.drain());
        guest.poll();
        for (int i = 0; i < 30; i++) {
            send(guest, packets.next());
        }
        var random = new Random(seed);
        byte[] stream = guest.drain();
        for (int i = 0; i < mutations; i++) {
            stream[random.nextInt(stream.length)] = (byte) random.nextInt(256);
        }
        var receiver = new HostParser(Caps.ALL);
        receiver.feed(guestHello);
        long held = 0;
        int at = 0;
        while (at < stream.length) {
            int n = 1 + random.nextInt(Math.min(stream.length - at, 3000));
            receiver.feed(stream, at, n);
            at += n;
            held = Math.max(held, receiver.bufferedInput());
            while (receiver.advance()) {
                if (!receiver.cursor().isError()) {
                    assertNotNull(receiver.cursor().toPacket());
                    assertNotNull(PacketFormat.json(receiver.cursor()));
                }
            }
            assertTrue(receiver.reader().in.capacity()
                    <= Math.max(InputBuffer.INITIAL_CAPACITY, held + InputBuffer.MAX_HEADROOM));
        }
    }

    @Property(tries = 200)
    void aHostileLengthAllocatesNothingUntilItsBytesArrive(@ForAll @IntRange(min = 0x10000, max = Integer.MAX_VALUE) int length,
                                                           @ForAll @IntRange(min = 100, max = 104) int type) {
        var host = new HostParser(Caps.NONE);
        byte[] header = new byte[12];
        MemorySegment h = MemorySegment.ofArray(header);
        h.set(UsbRedirProto.U32, 0, type);
        h.set(UsbRedirProto.U32, 4, length);
        host.feed(header);
        host.feed(new byte[1000]);
        while (host.advance()) {
            assertTrue(host.cursor().isError());
        }
        assertEquals(InputBuffer.INITIAL_CAPACITY, host.reader().in.capacity());
    }

    @Property(tries = 200)
    void streamsResynchroniseAfterAnyCorruptedPacket(@ForAll long seed, @ForAll @IntRange(min = 0, max = 39) int victim,
                                                     @ForAll @IntRange(min = 0, max = 15) int byteInHeader) {
        var host = new HostParser("host", Caps.ALL);
        var guest = new GuestParser("guest", Caps.ALL);
        ParserSessionTest.exchangeHellos(host, guest);
        var packets = new RandomPackets(seed, Role.GUEST, guest.negotiatedCaps());
        var streams = new ArrayList<byte[]>();
        for (int i = 0; i < 40; i++) {
            send(guest, packets.next());
            streams.add(guest.drain());
        }
        // Make the victim's type invalid: its length is skipped and everything after it decodes.
        streams.get(victim)[0] = (byte) 0xEE;
        int decodedAfter = 0;
        boolean sawError = false;
        for (int i = 0; i < streams.size(); i++) {
            host.feed(streams.get(i));
            for (Object r; (r = host.poll()) != null; ) {
                if (r instanceof ProtocolError e) {
                    assertEquals(ProtocolError.Kind.INVALID_TYPE, e.kind());
                    sawError = true;
                } else if (i > victim) {
                    decodedAfter++;
                }
            }
        }
        assertTrue(sawError);
        assertEquals(39 - victim, decodedAfter);
    }

    private static List<Object> decodeInChunks(UsbRedirParser<?, ?> receiver, byte[] stream, Random random) {
        var decoded = new ArrayList<Object>();
        int at = 0;
        while (at < stream.length) {
            int n = Math.min(stream.length - at, random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(5000));
            byte[] chunk = java.util.Arrays.copyOfRange(stream, at, at + n);
            boolean inPlace = random.nextBoolean();
            if (inPlace) {
                receiver.feedInPlace(MemorySegment.ofArray(chunk));
            } else {
                receiver.feed(chunk);
            }
            at += n;
            for (Object r; (r = receiver.poll()) != null; ) {
                if (r instanceof ProtocolError e) {
                    fail("a valid packet was rejected: " + e);
                }
                decoded.add(detached((Packet) r));
            }
            // Once poll() returned null the parser must not read the chunk again, in place or not.
            java.util.Arrays.fill(chunk, (byte) 0xA5);
        }
        return decoded;
    }

    /** A decoded packet whose payload no longer aliases the receive buffer. */
    private static Packet detached(Packet p) {
        if (!(p instanceof DataPacket d)) {
            return p;
        }
        var copy = MemorySegment.ofArray(d.data().toArray(ValueLayout.JAVA_BYTE));
        return switch (d) {
            case ControlPacket c -> new ControlPacket(c.id(), c.endpoint(), c.request(), c.requestType(), c.status(),
                    c.value(), c.index(), c.length(), copy);
            case BulkPacket b -> new BulkPacket(b.id(), b.endpoint(), b.status(), b.length(), b.streamId(), copy);
            case IsoPacket i -> new IsoPacket(i.id(), i.endpoint(), i.status(), i.length(), copy);
            case InterruptPacket i -> new InterruptPacket(i.id(), i.endpoint(), i.status(), i.length(), copy);
            case BufferedBulkPacket b -> new BufferedBulkPacket(b.id(), b.streamId(), b.length(), b.endpoint(),
                    b.status(), copy);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void send(UsbRedirParser<?, ?> sender, Packet p) {
        ((UsbRedirParser) sender).send(p);
    }
}
