package org.ffmusb.benchmarks.host;

import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.guest.ControlResult;
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
 * Control round-trip latency through the whole pipeline ({@link Pipeline}, loopback TCP): our guest sends
 * GET_DESCRIPTOR(device, 18 bytes) to the loopback model and waits for the reply, one at a time. JMH samples
 * each round trip: p50/p99 in µs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class ControlBenchmark {
    /** bmRequestType IN, standard, device; GET_DESCRIPTOR; wValue = device descriptor. */
    static final int IN_STANDARD_DEVICE = 0x80;
    static final int GET_DESCRIPTOR = 6;
    static final int DEVICE_DESCRIPTOR = 0x0100;

    @Param({"java", "libusb", "usbredirect"})
    public String backend;

    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void start() throws Exception {
        pipeline = Pipeline.open(backend, new Loopback());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        pipeline.close();
    }

    @Benchmark
    public int getDeviceDescriptor() {
        ControlResult r = pipeline.device.controlIn(IN_STANDARD_DEVICE, GET_DESCRIPTOR, DEVICE_DESCRIPTOR, 0, 18).join();
        if (!r.isSuccess() || r.data().length != 18) {
            throw new IllegalStateException("GET_DESCRIPTOR ended with " + r.statusName() + ", " + r.data().length + " bytes");
        }
        return r.data()[0];
    }
}
