package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.ffmusb.usbredir.testing.CHarness;

/**
 * The Java side of the interop tests: runs a usbredir_harness script (see
 * {@code src/test/c/usbredir_harness.c}) on the Java codec and prints the same lines the C harness
 * prints, so the two outputs can be compared line by line. Events are {@link PacketFormat#json}.
 *
 * <p>{@code send} goes through {@link UsbRedirParser#send} with the record, or, with
 * {@link #usingPrimitives()}, through the zero-allocation {@code send*Packet} methods for data
 * packets. A send the codec refuses ({@link IllegalArgumentException}) queues nothing, which is
 * what C does with a packet it refuses (it logs and drops it).
 */
final class JavaHarness {
    private static final HexFormat HEX = HexFormat.of();

    private final boolean primitives;
    private final StringBuilder out = new StringBuilder(4096);
    private UsbRedirParser<?, ?> parser;
    private Role role;
    private int chunk;
    private long seed;

    private JavaHarness(boolean primitives) {
        this.primitives = primitives;
    }

    /** Runs a script with records for every send. */
    static List<List<String>> run(String script) {
        return new JavaHarness(false).execute(script);
    }

    /** Runs a script with the primitive data-packet send methods. */
    static List<List<String>> usingPrimitives(String script) {
        return new JavaHarness(true).execute(script);
    }

    /** Runs a script as the receiving role only; for tests that want the parser itself. */
    private List<List<String>> execute(String script) {
        for (String line : script.split("\n")) {
            if (!line.isBlank()) {
                command(line.trim().split(" "));
            }
        }
        return CHarness.sessions(out.toString());
    }

    private void command(String[] t) {
        switch (t[0]) {
            case "session" -> session(t);
            case "feed" -> {
                var bytes = new java.io.ByteArrayOutputStream();
                for (int i = 1; i < t.length; i++) {
                    bytes.writeBytes(bytes(t[i]));
                }
                feed(bytes.toByteArray(), false);
            }
            case "peerhello" -> feed(helloBytes("peer", Long.decode(t[1]).intValue()), true);
            case "send" -> send(PacketLines.parse(Arrays.copyOfRange(t, 1, t.length)));
            case "flush" -> {
                ByteBuffer pending = parser.peekOutput();
                int n = t.length > 1 ? (int) Math.min(Long.parseLong(t[1]), pending.remaining()) : pending.remaining();
                byte[] wrote = new byte[n];
                pending.get(wrote);
                parser.consumeOutput(n);
                println("{\"wrote\":\"" + HEX.formatHex(wrote) + "\"}");
            }
            case "state" -> println("{\"state\":{\"have_peer_caps\":" + (parser.hasPeerHello() ? 1 : 0)
                    + ",\"our_caps\":" + Integer.toUnsignedString(parser.ourCaps().bits())
                    + ",\"peer_caps\":" + (parser.peerCaps() == null ? "0" : Integer.toUnsignedString(parser.peerCaps().bits()))
                    + ",\"pending_packets\":" + parser.pendingPackets()
                    + ",\"pending_bytes\":" + parser.pendingBytes() + "}}");
            case "serialize" -> {
                byte[] blob = parser instanceof HostParser h ? h.serialize() : ((GuestParser) parser).serialize();
                println("{\"blob\":\"" + HEX.formatHex(blob) + "\"}");
            }
            case "end" -> {
                parser = null;
                println(".");
            }
            default -> throw new IllegalArgumentException("unknown harness command " + t[0]);
        }
    }

    private void session(String[] t) {
        role = null;
        int caps = 0;
        String hello = null;
        byte[] blob = null;
        chunk = 65536;
        seed = 0;
        for (int i = 1; i < t.length; i++) {
            String key = t[i].substring(0, t[i].indexOf('='));
            String value = t[i].substring(t[i].indexOf('=') + 1);
            switch (key) {
                case "role" -> role = value.equals("host") ? Role.HOST : Role.GUEST;
                case "caps" -> caps = Long.decode(value).intValue();
                case "hello" -> hello = new String(bytes(value), StandardCharsets.ISO_8859_1);
                case "blob" -> blob = bytes(value);
                case "chunk" -> chunk = Integer.parseInt(value);
                case "seed" -> seed = Long.parseUnsignedLong(value);
                default -> throw new IllegalArgumentException("unknown session key " + key);
            }
        }
        Caps c = new Caps(caps);
        if (blob != null) {
            try {
                parser = role == Role.HOST ? HostParser.restore(blob, c) : GuestParser.restore(blob, c);
                println("{\"unserialize\":0}");
            } catch (ParserStateException e) {
                println("{\"unserialize\":-1}");
                parser = role == Role.HOST ? new HostParser(c) : new GuestParser(c);
            }
        } else if (hello != null) {
            parser = role == Role.HOST ? new HostParser(hello, c) : new GuestParser(hello, c);
        } else {
            parser = role == Role.HOST ? new HostParser(c) : new GuestParser(c);
        }
    }

    /**
     * Feeds in chunks of at most {@code chunk} bytes, polling after each. With a seed the chunks have
     * random sizes and go in through each of the three input paths at random: {@code feed} (copy),
     * {@code feedInPlace} (no copy) and {@code receiveBuffer}/{@code received} (a transport's read).
     */
    private void feed(byte[] bytes, boolean quiet) {
        int at = 0;
        long state = seed;
        while (at < bytes.length) {
            int n = chunk;
            int path = 0;
            if (state != 0) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                n = 1 + (int) Long.remainderUnsigned(state, chunk);
                path = (int) Long.remainderUnsigned(state >>> 20, 3);
            }
            n = Math.min(n, bytes.length - at);
            switch (path) {
                case 0 -> parser.feed(bytes, at, n);
                case 1 -> parser.feedInPlace(MemorySegment.ofArray(Arrays.copyOfRange(bytes, at, at + n)));
                default -> {
                    ByteBuffer into = parser.receiveBuffer(n);
                    into.put(bytes, at, n);
                    parser.received(n);
                }
            }
            at += n;
            drainEvents(quiet);
        }
        seed = state;
        drainEvents(quiet);
    }

    private void drainEvents(boolean quiet) {
        while (parser.advance()) {
            if (!quiet) {
                println(PacketFormat.json(parser.cursor()));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void send(Packet p) {
        try {
            if (primitives && p instanceof DataPacket d) {
                sendPrimitive(d);
            } else {
                ((UsbRedirParser) parser).send(p);
            }
        } catch (IllegalArgumentException e) {
            // refused: nothing queued, as C logs and drops a packet it refuses to send
        }
    }

    private void sendPrimitive(DataPacket d) {
        MemorySegment data = d.data();
        long n = data.byteSize();
        switch (d) {
            case ControlPacket c -> parser.sendControlPacket(c.id(), c.endpoint(), c.request(), c.requestType(),
                    c.status(), c.value(), c.index(), c.length(), data, 0, n);
            case BulkPacket b -> parser.sendBulkPacket(b.id(), b.endpoint(), b.status(), b.length(), b.streamId(),
                    data, 0, n);
            case IsoPacket i -> parser.sendIsoPacket(i.id(), i.endpoint(), i.status(), i.length(), data, 0, n);
            case InterruptPacket i -> parser.sendInterruptPacket(i.id(), i.endpoint(), i.status(), i.length(),
                    data, 0, n);
            case BufferedBulkPacket b -> {
                if (!(parser instanceof HostParser host)) {
                    throw new IllegalArgumentException("only a host sends buffered_bulk_packet");
                }
                host.sendBufferedBulkPacket(b.id(), b.streamId(), b.length(), b.endpoint(), b.status(), data, 0, n);
            }
        }
    }

    private void println(String line) {
        out.append(line).append('\n');
    }

    private static byte[] bytes(String hex) {
        return hex.equals("-") ? new byte[0] : HEX.parseHex(hex);
    }

    /** The hello the harness's peerhello command feeds: version "peer", one caps word. */
    static byte[] helloBytes(String version, int caps) {
        ByteBuffer b = ByteBuffer.allocate(12 + 64 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0).putInt(68).putInt(0);
        b.put(version.getBytes(StandardCharsets.ISO_8859_1));
        b.position(12 + 64);
        b.putInt(caps);
        return b.array();
    }

    /** Both runners on one script, for tests that compare whole outputs. */
    record Outputs(List<List<String>> c, List<List<String>> java) {
        Outputs {
            if (c.size() != java.size()) {
                throw new AssertionError("C ran " + c.size() + " sessions, Java " + java.size());
            }
        }

        static Outputs of(String script) {
            return new Outputs(CHarness.run(script), run(script));
        }

        List<String> cSession(int i) {
            return CHarness.withoutErrorText(c.get(i));
        }

        List<String> javaSession(int i) {
            return CHarness.withoutErrorText(java.get(i));
        }

        int sessions() {
            return c.size();
        }
    }

    static List<String> lines(List<List<String>> sessions) {
        var all = new ArrayList<String>();
        sessions.forEach(all::addAll);
        return all;
    }
}
