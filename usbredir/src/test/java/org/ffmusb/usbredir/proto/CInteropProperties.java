package org.ffmusb.usbredir.proto;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ffmusb.usbredir.testing.Script;

import static org.ffmusb.usbredir.proto.InteropAssertions.assertSameLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (f) Differential property against the real C libusbredirparser: random packet sequences between
 * random caps, with random byte mutations (overwrites, bit flips, insertions, deletions, truncation)
 * and random read sizes, give the same events, the same end state and the same serialized blob in C
 * and Java. Each try runs a batch of cases through one C process; jqwik shrinks a failing batch to
 * the case (and the mutation) that shows the difference.
 */
class CInteropProperties {
    private static final int CASES_PER_TRY = 40;

    /** One byte-level change at a position given in 1/10000 of the stream. */
    record Mutation(int at, int kind, int value) {
        static final int OVERWRITE = 0, FLIP = 1, INSERT = 2, DELETE = 3, TRUNCATE = 4;
    }

    /** A stream some sender produces for a receiver, then mutated, then read in random sizes. */
    record Case(boolean hostReceives, int receiverCaps, int senderCaps, long packetSeed, int packets,
                List<Mutation> mutations, int chunk, long readSeed) {

        Role receiver() {
            return hostReceives ? Role.HOST : Role.GUEST;
        }

        byte[] stream() {
            Caps sc = new Caps(senderCaps);
            Caps rc = new Caps(receiverCaps);
            UsbRedirParser<?, ?> sender = hostReceives ? new GuestParser("sender", sc) : new HostParser("sender", sc);
            UsbRedirParser<?, ?> receiver = hostReceives ? new HostParser("receiver", rc) : new GuestParser("receiver", rc);
            sender.feed(receiver.drain());
            sender.poll();
            var random = new RandomPackets(packetSeed, sender.role(), sender.negotiatedCaps());
            for (int i = 0; i < packets; i++) {
                send(sender, random.next());
            }
            byte[] bytes = sender.drain();
            for (Mutation m : mutations) {
                bytes = apply(bytes, m);
            }
            return bytes;
        }

        private static byte[] apply(byte[] b, Mutation m) {
            if (b.length == 0) {
                return b;
            }
            int at = (int) ((long) m.at() * b.length / 10000);
            return switch (m.kind()) {
                case Mutation.OVERWRITE -> {
                    byte[] c = b.clone();
                    c[at] = (byte) m.value();
                    yield c;
                }
                case Mutation.FLIP -> {
                    byte[] c = b.clone();
                    c[at] ^= (byte) (1 << (m.value() & 7));
                    yield c;
                }
                case Mutation.INSERT -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) m.value();
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    yield c;
                }
                case Mutation.DELETE -> {
                    byte[] c = new byte[b.length - 1];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                    yield c;
                }
                default -> java.util.Arrays.copyOf(b, at);
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static void send(UsbRedirParser<?, ?> sender, Packet p) {
            ((UsbRedirParser) sender).send(p);
        }
    }

    @Provide
    Arbitrary<List<Case>> batches() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 4).edgeCases(e -> e.includeOnly(0)),
                Arbitraries.integers().between(0, 255)).as(Mutation::new);
        Arbitrary<Case> c = Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255),
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 20),
                mutation.list().ofMaxSize(6),
                Arbitraries.oneOf(Arbitraries.just(65536), Arbitraries.integers().between(1, 300)),
                Arbitraries.longs().between(1, Long.MAX_VALUE)).as(Case::new);
        return c.list().ofSize(CASES_PER_TRY);
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void randomMutatedStreamsGiveTheSameEventsStateAndBlobInCAndJava(@ForAll("batches") List<Case> cases) {
        var script = new Script();
        var streams = new ArrayList<byte[]>();
        for (Case k : cases) {
            byte[] stream = k.stream();
            streams.add(stream);
            script.session(k.receiver() == Role.HOST ? "host" : "guest", k.receiverCaps(), null, null, k.chunk(),
                    k.readSeed()).feed(stream).state().serialize().flush().end();
        }
        var out = JavaHarness.Outputs.of(script.toString());
        int rejections = 0;
        for (int i = 0; i < cases.size(); i++) {
            assertSameLines(out.cSession(i), out.javaSession(i), describe(cases.get(i), streams.get(i)));
            rejections += (int) out.cSession(i).stream().filter(l -> l.startsWith("{\"error\"")).count();
        }
        Statistics.label("batch has rejections").collect(rejections > 0);
        Statistics.label("batch has rejections").coverage(check -> check.check(true).percentage(p -> p > 80));
    }

    /**
     * Serialized at a random point by C, restored by Java (and by C, except where C 0.13 misrestores,
     * see CDifferencesTest): events before + events after = the uninterrupted run, same end state.
     */
    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void restoringAtARandomPointContinuesLikeTheUninterruptedRun(@ForAll("batches") List<Case> cases,
                                                                 @ForAll("splits") List<Integer> splits) {
        var first = new Script();
        var streams = new ArrayList<byte[]>();
        var at = new ArrayList<Integer>();
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            byte[] stream = k.stream();
            int split = (int) ((long) splits.get(i) * stream.length / 10000);
            streams.add(stream);
            at.add(split);
            String role = k.receiver() == Role.HOST ? "host" : "guest";
            first.session(role, k.receiverCaps()).feed(stream).state().flush().serialize().end();
            first.session(role, k.receiverCaps()).feed(java.util.Arrays.copyOf(stream, split)).serialize().end();
        }
        var a = JavaHarness.Outputs.of(first.toString());
        var second = new Script();
        var blobs = new ArrayList<byte[]>();
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            assertSameLines(a.cSession(2 * i), a.javaSession(2 * i), describe(k, streams.get(i)));
            assertSameLines(a.cSession(2 * i + 1), a.javaSession(2 * i + 1), describe(k, streams.get(i)));
            String blob = CInteropSerializationTest.blobOf(a.c().get(2 * i + 1));
            byte[] state = java.util.HexFormat.of().parseHex(blob.substring(9, blob.length() - 2));
            blobs.add(state);
            byte[] stream = streams.get(i);
            second.session(k.receiver() == Role.HOST ? "host" : "guest", k.receiverCaps(), null, state, k.chunk(),
                    k.readSeed()).feed(java.util.Arrays.copyOfRange(stream, at.get(i), stream.length))
                    .state().flush().serialize().end();
        }
        var b = JavaHarness.Outputs.of(second.toString());
        for (int i = 0; i < cases.size(); i++) {
            String context = describe(cases.get(i), streams.get(i)) + " restored at " + at.get(i);
            List<String> full = a.cSession(2 * i);
            long base = at.get(i) - CInteropSerializationTest.partialBytes(blobs.get(i));
            List<String> java = b.javaSession(i);
            assertEquals(CInteropSerializationTest.events(full),
                    CInteropSerializationTest.joined(a.cSession(2 * i + 1), java, base), context);
            assertEquals(full.subList(full.size() - 3, full.size()), java.subList(java.size() - 3, java.size()), context);
            if (CInteropSerializationTest.cRefusesPartialHeader(blobs.get(i))) {
                assertEquals("{\"unserialize\":-1}", b.cSession(i).getFirst(), context);
            } else if (!CInteropSerializationTest.cMisrestores(blobs.get(i), cases.get(i).receiver())) {
                assertSameLines(b.cSession(i), java, context);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> splits() {
        return Arbitraries.integers().between(0, 10000).list().ofSize(CASES_PER_TRY);
    }

    private static String describe(Case k, byte[] stream) {
        return k + " stream " + java.util.HexFormat.of().formatHex(stream, 0, Math.min(200, stream.length));
    }
}
