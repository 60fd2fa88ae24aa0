package org.ffmusb.benchmarks.host;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.guest.StreamListener;
import org.ffmusb.usbredir.guest.StreamStatus;
import org.ffmusb.usbredir.proto.Status;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An iso IN stream through the whole pipeline ({@link Pipeline}, loopback TCP): the loopback model's iso
 * source (endpoint 0x84, 1024-byte packets, 8 000 packets/s, one per microframe) after SET_INTERFACE 1/1,
 * started by our guest as QEMU starts it for that rate (§10: 32 packets per transfer, 15 transfers, 60 ms
 * in flight). An operation is one packet received by the guest; the device's clock bounds the rate, so the
 * figure to read is whether packets/s reaches 8 000 with nothing lost. {@link Losses} counts, over the
 * measured iterations, the packets the guest did not get (gaps in the host's running packet ids, §10b:
 * drops anywhere on the way), packets that came with an error status, short or out of sequence, and the
 * packets our host says it dropped from its output queue (§9.4; usbredirect cannot be asked).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class IsoInBenchmark {
    static final int BATCH = 80; // 10 ms of packets
    static final int PACKETS_PER_TRANSFER = 32;
    static final int TRANSFERS = 15;

    @Param({"java", "libusb", "usbredirect"})
    public String backend;

    private Pipeline pipeline;
    private final Receiver receiver = new Receiver();

    /** Counts packets and gaps; runs on the guest's I/O thread. */
    static final class Receiver implements StreamListener {
        final Arrivals packets = new Arrivals();
        volatile long missing;
        volatile long bad;
        private long expectedId;

        @Override
        public void packet(int endpoint, long id, int status, MemorySegment buffer, long offset, long length) {
            if (id > expectedId) {
                missing += id - expectedId;
            }
            boolean restarted = id < expectedId; // the host restarted the stream (after a stall)
            expectedId = id + 1;
            if (restarted || status != Status.SUCCESS || length != 1024) {
                bad++;
            }
            packets.arrived();
        }

        @Override
        public void stopped(int endpoint, int status) {
            packets.fail("the host stopped the iso stream: " + Status.name(status));
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        pipeline = Pipeline.open(backend, new Loopback());
        var alt = pipeline.device.setAltSetting(1, 1).get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!alt.isSuccess()) {
            throw new IllegalStateException("SET_INTERFACE 1/1 ended with " + alt.statusName());
        }
        StreamStatus started = pipeline.device.startIsoStream(Loopback.EP_ISO_IN, PACKETS_PER_TRANSFER, TRANSFERS,
                receiver).get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!started.isSuccess()) {
            throw new IllegalStateException("start_iso_stream ended with " + started.statusName());
        }
    }

    @Setup(Level.Iteration)
    public void restartCount() {
        receiver.packets.restartCount();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        pipeline.device.stopIsoStream(Loopback.EP_ISO_IN).get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
        pipeline.close();
    }

    /** Losses during the measured invocations (JMH sums them over the iterations). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Losses {
        public long missingPackets;
        public long badPackets;
        public long hostDroppedPackets;

        @Setup(Level.Iteration)
        public void reset() {
            missingPackets = 0;
            badPackets = 0;
            hostDroppedPackets = 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void isoIn(Losses losses) {
        long missing = receiver.missing;
        long bad = receiver.bad;
        long dropped = hostDropped();
        receiver.packets.awaitNext(BATCH);
        losses.missingPackets += receiver.missing - missing;
        losses.badPackets += receiver.bad - bad;
        losses.hostDroppedPackets += hostDropped() - dropped;
    }

    private long hostDropped() {
        return pipeline.host() == null ? 0 : pipeline.host().droppedStreamPackets();
    }
}
