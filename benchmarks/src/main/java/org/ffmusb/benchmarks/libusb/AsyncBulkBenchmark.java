package org.ffmusb.benchmarks.libusb;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.Transfer;
import org.ffmusb.libusb.TransferCallback;
import org.ffmusb.libusb.TransferStatus;
import org.ffmusb.libusb.TransferType;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Asynchronous bulk IN round trips of 16 KiB through ffm-libusb against the emulated loopback device
 * (its bulk source, endpoint 0x82): one pooled {@link Transfer} resubmitted from its {@link TransferCallback}
 * on the event thread, the steady state a usbredir host runs. An operation is one completed transfer; the
 * benchmark thread only waits (parked) for the next {@value #BATCH}. The fork runs with the umockdev preload
 * library (inherited from the driver's environment) and hosts the emulator itself.
 *
 * <p>The C anchor runs right before each measured iteration, for as long, on the same emulated device:
 * with the system property {@code ffmusb.anchor} naming the compiled {@code emulator_bench} (see
 * {@link AsyncBulkComparison}), the stream pauses, interface 0 is released, the C program runs its "async"
 * case (the same transfer loop in C libusb 1.0.26) in a child process of this JVM, then the stream resumes.
 * Pairing each Java iteration with the C run just before it keeps the ratio honest on a machine whose
 * load drifts.
 *
 * <p>{@link Allocation} reports, per iteration, that C rate and the heap bytes the event thread (every
 * submit and callback) allocated per transfer: the goal is 0. JMH's gc profiler, by contrast, sees the
 * whole JVM, the emulator serving the ioctls included.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class AsyncBulkBenchmark {
    static final int BATCH = 64;
    static final int SIZE = 16384;

    private UsbEmulator emulator;
    private org.ffmusb.emulator.PluggedDevice loopback;
    private double anchorRate = Double.NaN;
    private UsbContext usb;
    private UsbDeviceHandle handle;
    private Transfer transfer;
    private final Stream stream = new Stream();

    /** Resubmits the transfer from its callback; wakes the benchmark thread every BATCH completions. */
    static final class Stream implements TransferCallback {
        volatile long completed;
        volatile long failures;
        volatile long target = Long.MAX_VALUE;
        volatile Thread waiter;
        volatile boolean stop;
        volatile boolean stopped;

        @Override
        public void completed(Transfer t) {
            if (t.status() != TransferStatus.COMPLETED || t.actualLength() != SIZE) {
                failures++;
            }
            long n = completed + 1;
            completed = n;
            if (stop) {
                stopped = true;
            } else {
                t.submit(this);
            }
            if (n >= target) {
                LockSupport.unpark(waiter);
            }
        }

        void awaitNext(long count) {
            waiter = Thread.currentThread();
            long goal = completed + count;
            target = goal;
            while (completed < goal) {
                LockSupport.park(this);
            }
        }
    }

    @Setup(Level.Trial)
    public void start() {
        TimerSlack.lowerForThisThread(); // before UsbContext.open: the event thread inherits it
        emulator = UsbEmulator.open();
        loopback = emulator.plug(new Loopback());
        usb = UsbContext.open();
        handle = usb.devices().stream()
                .filter(d -> d.busNumber() == loopback.busNumber() && d.address() == loopback.deviceAddress())
                .findFirst().orElseThrow(() -> new IllegalStateException("libusb does not see the loopback"))
                .open();
        handle.claimInterface(0);
        transfer = handle.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, SIZE).timeout(1000);
        transfer.submit(stream);
    }

    /** Before each measured iteration: the C anchor on the same device, for as long as the iteration. */
    @Setup(Level.Iteration)
    public void runAnchor(org.openjdk.jmh.infra.IterationParams params) throws Exception {
        String anchor = System.getProperty("ffmusb.anchor");
        if (anchor == null || params.getType() != org.openjdk.jmh.runner.IterationType.MEASUREMENT) {
            return;
        }
        pauseStream();
        handle.releaseInterface(0);
        double seconds = params.getTime().convertTo(TimeUnit.MILLISECONDS) / 1000.0;
        Process p = emulator.start(emulator.processBuilder(anchor, loopback.deviceNode(), Double.toString(seconds), "async")
                .redirectError(ProcessBuilder.Redirect.INHERIT));
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("emulator_bench async failed with exit status " + p.exitValue() + ": " + out);
        }
        anchorRate = out.lines().filter(l -> l.startsWith("RESULT bulk_16k_in_async_round_trips "))
                .mapToDouble(l -> Double.parseDouble(l.split(" ")[2])).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from emulator_bench: " + out));
        claimWhenFree();
        stream.stop = false;
        stream.stopped = false;
        transfer.submit(stream);
    }

    /**
     * The C program's claim ends when the emulator sees its device file closed, which umockdev may notice
     * a moment after the process exited (Linux releases it within close()): retry while BUSY.
     */
    private void claimWhenFree() throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                handle.claimInterface(0);
                return;
            } catch (org.ffmusb.libusb.UsbException e) {
                if (e.error() != org.ffmusb.libusb.UsbError.BUSY || attempt == 500) {
                    throw e;
                }
                Thread.sleep(2);
            }
        }
    }

    private void pauseStream() {
        stream.stop = true;
        while (!stream.stopped) {
            Thread.onSpinWait();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        pauseStream();
        if (stream.failures > 0) {
            throw new IllegalStateException(stream.failures + " transfers failed");
        }
        transfer.close();
        handle.close();
        usb.close();
        emulator.close();
    }

    /**
     * Heap bytes the event thread allocated and transfers completed during the measured waits, per
     * iteration (JMH sums them over the iterations; their ratio is bytes per transfer).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Allocation {
        public long eventThreadBytes;
        public long transfers;
        /** The C anchor's transfers/s, measured right before this iteration (NaN without an anchor). */
        public double cTransfersPerSecond;

        @Setup(Level.Iteration)
        public void reset() {
            eventThreadBytes = 0;
            transfers = 0;
        }
    }

    private static long allocated(Thread t) {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(t.threadId());
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void bulkIn16k(Allocation allocation) {
        Thread eventThread = usb.eventThread();
        long bytes = allocated(eventThread);
        long transfers = stream.completed;
        stream.awaitNext(BATCH);
        allocation.eventThreadBytes += allocated(eventThread) - bytes;
        allocation.transfers += stream.completed - transfers;
        allocation.cTransfersPerSecond = anchorRate;
    }
}
