package org.ffmusb.benchmarks.codec;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.UsbRedirParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode and encode of one {@link RealisticStreams} mix per operation (60 packets). Decoding feeds the
 * encoded bytes into a live parser (as a socket read would) and takes every packet out, either through
 * the zero-allocation cursor or as records, or decodes them in place where they lie (feedInPlace); encoding writes the mix with the primitive send methods
 * and consumes the output (as a socket write would). {@link CodecComparison} runs this next to C.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class CodecBenchmark {
    @Param({"HOST_TO_GUEST", "GUEST_TO_HOST"})
    public RealisticStreams.Direction direction;

    private UsbRedirParser<?, ?> receiver;
    private MemorySegment body;
    private UsbRedirParser<?, ?> sender;
    private List<RealisticStreams.Spec> mix;
    private RealisticStreams.Spec[] specs;
    private MemorySegment payload;

    @Setup
    public void setUp() {
        receiver = RealisticStreams.receiver(direction);
        body = RealisticStreams.body(direction);
        sender = RealisticStreams.sender(direction);
        mix = RealisticStreams.mix(direction);
        specs = mix.toArray(RealisticStreams.Spec[]::new);
        payload = RealisticStreams.payload();
    }

    @Benchmark
    public void decodeCursor(Blackhole bh) {
        receiver.feed(body);
        PacketCursor c = receiver.cursor();
        while (receiver.advance()) {
            bh.consume(c.id());
            bh.consume(c.endpoint());
            bh.consume(c.status());
            bh.consume(c.length());
            bh.consume(c.dataOffset());
            bh.consume(c.dataLength());
        }
    }

    /** As {@link #decodeCursor} but without the feed copy: the bytes are decoded where they lie. */
    @Benchmark
    public void decodeCursorInPlace(Blackhole bh) {
        receiver.feedInPlace(body);
        PacketCursor c = receiver.cursor();
        while (receiver.advance()) {
            bh.consume(c.id());
            bh.consume(c.endpoint());
            bh.consume(c.status());
            bh.consume(c.length());
            bh.consume(c.dataOffset());
            bh.consume(c.dataLength());
        }
    }

    @Benchmark
    public void decodeRecords(Blackhole bh) {
        receiver.feed(body);
        for (Object p; (p = receiver.poll()) != null; ) {
            bh.consume(p);
        }
    }

    @Benchmark
    public long encode() {
        for (int i = 0; i < specs.length; i++) {
            RealisticStreams.encode(sender, specs[i], i, payload);
        }
        long bytes = sender.pendingBytes();
        sender.consumeOutput(bytes);
        return bytes;
    }
}
