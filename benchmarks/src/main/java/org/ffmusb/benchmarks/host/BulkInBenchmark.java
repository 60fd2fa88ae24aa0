package org.ffmusb.benchmarks.host;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.TransferResult;
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
 * Bulk IN through the whole pipeline: our guest reads the loopback model's bulk source (endpoint 0x82)
 * through a usbredir host over loopback TCP ({@link Pipeline}: our host on the Java backend, our host on
 * libusb + umockdev, or C usbredirect on the same testbed device), keeping {@code inFlight} bulk_packet
 * requests of {@code size} bytes outstanding. As in a VM's USB controller emulation, each completion
 * issues the next request from the guest's I/O thread, where the reply was handled; the data lands in
 * the request's buffer (the guest's one copy). An operation is one completed transfer, MB/s = ops/s ×
 * size; the benchmark thread only waits for the next {@value #BATCH}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class BulkInBenchmark {
    static final int BATCH = 64;

    @Param({"java", "libusb", "usbredirect"})
    public String backend;

    @Param({"16384", "65536"})
    public int size;

    @Param({"8"})
    public int inFlight;

    private Pipeline pipeline;
    private Stream stream;

    /** Keeps the requests in flight: each completion (on the guest's I/O thread) resubmits its buffer. */
    static final class Stream {
        final Arrivals completions = new Arrivals();
        private final RedirectedDevice device;
        private final int size;
        private volatile boolean stop;
        private volatile int running;

        Stream(RedirectedDevice device, int size) {
            this.device = device;
            this.size = size;
        }

        void start(MemorySegment buffer) {
            running++;
            submit(buffer);
        }

        private void submit(MemorySegment buffer) {
            device.bulk(Loopback.EP_SOURCE, buffer).whenComplete((r, e) -> completed(buffer, r, e));
        }

        private void completed(MemorySegment buffer, TransferResult r, Throwable e) {
            if (e != null || !r.isSuccess() || r.length() != size) {
                completions.fail(e != null ? e.toString() : "bulk IN ended with " + r.statusName() + ", " + r.length()
                        + " bytes");
            }
            if (stop || completions.failed()) {
                running--;
            } else {
                submit(buffer);
            }
            completions.arrived();
        }

        void stopAndDrain() throws InterruptedException {
            stop = true;
            long deadline = System.nanoTime() + Pipeline.WAIT.toNanos();
            while (running > 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        pipeline = Pipeline.open(backend, new Loopback());
        stream = new Stream(pipeline.device, size);
        for (int i = 0; i < inFlight; i++) {
            stream.start(Arena.ofAuto().allocate(size, 4096));
        }
    }

    @Setup(Level.Iteration)
    public void restartCount() {
        stream.completions.restartCount();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        stream.stopAndDrain();
        pipeline.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void bulkIn() {
        stream.completions.awaitNext(BATCH);
    }
}
