package org.ffmusb.benchmarks.libusb;

import java.util.concurrent.TimeUnit;
import org.ffmusb.libusb.Capability;
import org.ffmusb.libusb.LibUsb;
import org.ffmusb.libusb.ffi.libusb_h;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a trivial libusb call ({@code libusb_has_capability}) through our binding (the raw ffi
 * function and the public API) and through usb4java 1.3.0 (JNI, its own bundled libusb 1.0.22), in one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class DowncallBenchmark {
    @Setup
    public void load() {
        LibUsb.version();
        org.usb4java.LibUsb.hasCapability(org.usb4java.LibUsb.CAP_HAS_CAPABILITY);
    }

    @Benchmark
    public int ffmFfi() {
        return libusb_h.libusb_has_capability(libusb_h.LIBUSB_CAP_HAS_HOTPLUG());
    }

    @Benchmark
    public boolean ffmApi() {
        return LibUsb.hasCapability(Capability.HAS_HOTPLUG);
    }

    @Benchmark
    public boolean usb4java() {
        return org.usb4java.LibUsb.hasCapability(org.usb4java.LibUsb.CAP_HAS_HOTPLUG);
    }
}
