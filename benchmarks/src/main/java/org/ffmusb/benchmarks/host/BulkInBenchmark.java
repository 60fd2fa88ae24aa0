package org.ffmusb.benchmarks.host;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.guest.RedirRequest;
import org.ffmusb.usbredir.guest.TransferResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk IN through the whole pipeline: our guest reads the loopback model's bulk source (endpoint 0x82)
 * through a usbredir host over loopback TCP ({@link Pipeline}: our host on the Java backend, our host on
 * libusb + umockdev, or C usbredirect on the same testbed device), keeping {@code inFlight} bulk_packet
 * requests of {@code size} bytes outstanding as a guest's controller does. An operation is one completed
 * transfer: MB/s = ops/s × size. The data lands in the request's buffer (the guest's one copy).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class BulkInBenchmark {
    @Param({"java", "libusb", "usbredirect"})
    public String backend;

    @Param({"16384", "65536"})
    public int size;

    @Param({"8"})
    public int inFlight;

    private Pipeline pipeline;
    private MemorySegment[] buffers;
    private RedirRequest<TransferResult>[] pending;
    private int next;

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void start() throws Exception {
        pipeline = Pipeline.open(backend, new Loopback());
        buffers = new MemorySegment[inFlight];
        pending = new RedirRequest[inFlight];
        for (int i = 0; i < inFlight; i++) {
            buffers[i] = Arena.ofAuto().allocate(size, 4096);
            pending[i] = pipeline.device.bulk(Loopback.EP_SOURCE, buffers[i]);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        for (RedirRequest<TransferResult> r : pending) {
            r.get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        pipeline.close();
    }

    /** Waits for the oldest transfer and resubmits its buffer; returns the bytes it moved. */
    @Benchmark
    public long bulkIn() {
        int i = next;
        TransferResult r = pending[i].join();
        if (!r.isSuccess() || r.length() != size) {
            throw new IllegalStateException("bulk IN ended with " + r.statusName() + ", " + r.length() + " bytes");
        }
        pending[i] = pipeline.device.bulk(Loopback.EP_SOURCE, buffers[i]);
        next = i + 1 == pending.length ? 0 : i + 1;
        return r.length();
    }
}
