package org.ffmusb.benchmarks.emulator;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.direct.DirectDevice;
import org.ffmusb.emulator.direct.DirectTransfer;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.models.loopback.CountingPattern;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
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
 * Device models driven through the direct API (org.ffmusb.emulator.direct), no umockdev: one operation
 * is one completed bulk IN transfer (storage: one READ(10) command, i.e. CBW + data + CSW). Each case
 * has its anchor, the copy the model makes anyway, so the ratio is what the emulated USB layer costs.
 * {@link DirectComparison} runs it with the GC profiler and prints the table.
 *
 * <ul>
 *   <li>{@code sourceFillOnly}: anchor, the loopback source's fill of the buffer alone.</li>
 *   <li>{@code sourceCaller}: {@code Dispatch.CALLER}; the model fills the caller's buffer and the
 *   completion runs inside submit, on the benchmark thread.</li>
 *   <li>{@code sourceWorker}: {@code Dispatch.WORKER} (what the usbredir host uses); the benchmark
 *   thread keeps {@code inFlight} transfers submitted and resubmits each one when its completion has
 *   run on the device's worker: a thread switch each way, as a host's reader thread submitting guest
 *   requests has.</li>
 *   <li>{@code sourceStreaming}: {@code Dispatch.WORKER}, {@code inFlight} transfers whose completions
 *   resubmit them (bulk receiving); all on the worker, the benchmark thread counts completions.</li>
 *   <li>{@code storageCopyOnly}: anchor, copying the same bytes out of the mapped image.</li>
 *   <li>{@code storageReadCaller}: Bulk-Only Transport READ(10) through a 64 MiB image, {@code CALLER}.</li>
 *   <li>{@code storageReadWorker}: the same with {@code WORKER}: CBW, data and CSW submitted together
 *   (they queue in order), then the CSW's completion awaited.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DirectBenchmark {

    /** The loopback's bulk source, one transfer at a time on the benchmark thread. */
    @State(Scope.Thread)
    public static class Source {
        @Param({"16384", "65536"})
        public int size;

        DirectDevice device;
        Arena arena;
        DirectTransfer transfer;
        MemorySegment buffer;
        long position;
        long completions;
        final DirectTransfer.Callback counted = t -> completions++;

        @Setup(Level.Trial)
        public void attach() {
            device = DirectDevice.attach(new Loopback(), DirectDevice.Dispatch.CALLER);
            arena = Arena.ofShared();
            buffer = arena.allocate(size, 64);
            transfer = device.newTransfer(EndpointType.BULK, Loopback.EP_SOURCE).buffer(buffer);
        }

        @TearDown(Level.Trial)
        public void detach() {
            device.unplug();
            arena.close();
        }
    }

    /** {@code inFlight} transfers on the loopback's bulk source, resubmitted by the benchmark thread. */
    @State(Scope.Thread)
    public static class Worker {
        @Param({"16384", "65536"})
        public int size;

        @Param({"1", "4", "16"})
        public int inFlight;

        DirectDevice device;
        Arena arena;
        Slot[] ring;
        int next;

        /** One transfer and the flag its completion sets. */
        static final class Slot {
            DirectTransfer transfer;
            volatile boolean done;
            final DirectTransfer.Callback callback = t -> done = true;
        }

        @Setup(Level.Trial)
        public void attach() {
            device = DirectDevice.attach(new Loopback(), DirectDevice.Dispatch.WORKER);
            arena = Arena.ofShared();
            ring = new Slot[inFlight];
            for (int i = 0; i < inFlight; i++) {
                ring[i] = new Slot();
                ring[i].transfer = device.newTransfer(EndpointType.BULK, Loopback.EP_SOURCE)
                        .buffer(arena.allocate(size, 64));
                ring[i].transfer.submit(ring[i].callback);
            }
        }

        @TearDown(Level.Trial)
        public void detach() {
            device.unplug();
            arena.close();
        }
    }

    /** {@code inFlight} transfers on the loopback's bulk source that resubmit themselves. */
    @State(Scope.Thread)
    public static class Stream {
        @Param({"16384", "65536"})
        public int size;

        @Param({"1", "16"})
        public int inFlight;

        DirectDevice device;
        Arena arena;
        volatile boolean running;
        /** Written by completions only, which never run concurrently. */
        volatile long completed;
        long seen;

        @Setup(Level.Trial)
        public void attach() {
            device = DirectDevice.attach(new Loopback(), DirectDevice.Dispatch.WORKER);
            arena = Arena.ofShared();
            running = true;
            DirectTransfer.Callback again = new DirectTransfer.Callback() {
                @Override
                public void completed(DirectTransfer t) {
                    completed = completed + 1;
                    if (running) {
                        t.submit(this);
                    }
                }
            };
            for (int i = 0; i < inFlight; i++) {
                device.newTransfer(EndpointType.BULK, Loopback.EP_SOURCE).buffer(arena.allocate(size, 64)).submit(again);
            }
        }

        @TearDown(Level.Trial)
        public void detach() {
            running = false;
            device.unplug();
            arena.close();
        }
    }

    /** The mass storage model reading a 64 MiB image in {@code size} commands. */
    @State(Scope.Thread)
    public static class Storage {
        static final int IMAGE_BYTES = 64 << 20;
        static final ValueLayout.OfInt LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

        @Param({"16384", "65536"})
        public int size;

        @Param({"CALLER", "WORKER"})
        public DirectDevice.Dispatch dispatch;

        Path path;
        DiskImage image;
        DirectDevice device;
        Arena arena;
        MemorySegment data;
        MemorySegment cbwBytes;
        DirectTransfer cbw;
        DirectTransfer in;
        DirectTransfer csw;
        long lba;
        final DirectTransfer.Callback ignore = t -> { };
        volatile boolean statusDone;
        final DirectTransfer.Callback statusArrived = t -> statusDone = true;

        @Setup(Level.Trial)
        public void attach() throws IOException {
            path = writeImage();
            image = DiskImage.open(path, true);
            device = DirectDevice.attach(new MassStorage(image, "0123456789AB"), dispatch);
            arena = Arena.ofShared();
            data = arena.allocate(size, 64);
            cbwBytes = arena.allocate(31);
            cbwBytes.set(LE32, 0, 0x43425355);
            cbwBytes.set(LE32, 8, size);
            cbwBytes.set(ValueLayout.JAVA_BYTE, 12, (byte) 0x80);
            cbwBytes.set(ValueLayout.JAVA_BYTE, 14, (byte) 10);
            cbwBytes.set(ValueLayout.JAVA_BYTE, 15, (byte) 0x28); // READ(10)
            int blocks = size / DiskImage.BLOCK_SIZE;
            cbwBytes.set(ValueLayout.JAVA_BYTE, 22, (byte) (blocks >> 8));
            cbwBytes.set(ValueLayout.JAVA_BYTE, 23, (byte) blocks);
            cbw = device.newTransfer(EndpointType.BULK, MassStorage.EP_OUT).buffer(cbwBytes);
            in = device.newTransfer(EndpointType.BULK, MassStorage.EP_IN).buffer(data);
            csw = device.newTransfer(EndpointType.BULK, MassStorage.EP_IN).buffer(arena.allocate(13));
        }

        @TearDown(Level.Trial)
        public void detach() throws IOException {
            device.unplug();
            image.close();
            arena.close();
            Files.deleteIfExists(path);
        }
    }

    /** The anchor of the storage cases: the same image, mapped, and a buffer to copy it to. */
    @State(Scope.Thread)
    public static class Image {
        @Param({"16384", "65536"})
        public int size;

        Path path;
        Arena arena;
        MemorySegment mapped;
        MemorySegment data;
        long offset;

        @Setup(Level.Trial)
        public void map() throws IOException {
            path = writeImage();
            arena = Arena.ofShared();
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, Storage.IMAGE_BYTES, arena);
            }
            data = arena.allocate(size, 64);
        }

        @TearDown(Level.Trial)
        public void unmap() throws IOException {
            arena.close();
            Files.deleteIfExists(path);
        }
    }

    /** A 64 MiB image of random bytes (in the page cache once written). */
    static Path writeImage() throws IOException {
        Path path = Files.createTempFile("direct-bench", ".img");
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(1);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
            for (int i = 0; i < Storage.IMAGE_BYTES / chunk.length; i++) {
                random.nextBytes(chunk);
                ch.write(java.nio.ByteBuffer.wrap(chunk));
            }
        }
        return path;
    }

    @Benchmark
    public long sourceFillOnly(Source s) {
        CountingPattern.fillStream(s.buffer, 0, s.size, s.position);
        s.position += s.size;
        return s.position;
    }

    @Benchmark
    public long sourceCaller(Source s) {
        if (!s.transfer.submit(s.counted) || s.transfer.actualLength() != s.size) {
            throw new IllegalStateException("the source did not fill the buffer: " + s.transfer.status());
        }
        return s.completions;
    }

    @Benchmark
    public int sourceWorker(Worker w) {
        Worker.Slot slot = w.ring[w.next];
        w.next = w.next + 1 == w.ring.length ? 0 : w.next + 1;
        while (!slot.done) {
            Thread.yield(); // leave the core to the worker, as a host thread blocked on its socket does
        }
        slot.done = false;
        int n = slot.transfer.actualLength();
        if (n != w.size) {
            throw new IllegalStateException("the source did not fill the buffer: " + slot.transfer.status());
        }
        slot.transfer.submit(slot.callback);
        return n;
    }

    @Benchmark
    public long sourceStreaming(Stream s) {
        long target = s.seen + 1;
        while (s.completed < target) {
            Thread.yield(); // leave the core to the worker, as a host thread blocked on its socket does
        }
        s.seen = target;
        return target;
    }

    @Benchmark
    public long storageCopyOnly(Image s) {
        MemorySegment.copy(s.mapped, s.offset, s.data, 0, s.size);
        s.offset = (s.offset + s.size) % Storage.IMAGE_BYTES;
        return s.offset;
    }

    @Benchmark
    public int storageRead(Storage s) {
        int blocksPerImage = Storage.IMAGE_BYTES / DiskImage.BLOCK_SIZE;
        int lba = (int) s.lba;
        s.cbwBytes.set(ValueLayout.JAVA_BYTE, 17, (byte) (lba >> 24));
        s.cbwBytes.set(ValueLayout.JAVA_BYTE, 18, (byte) (lba >> 16));
        s.cbwBytes.set(ValueLayout.JAVA_BYTE, 19, (byte) (lba >> 8));
        s.cbwBytes.set(ValueLayout.JAVA_BYTE, 20, (byte) lba);
        s.lba = (s.lba + s.size / DiskImage.BLOCK_SIZE) % blocksPerImage;
        s.statusDone = false;
        s.cbw.submit(s.ignore); // the three queue in order; with CALLER each completes inside its submit
        s.in.submit(s.ignore);
        s.csw.submit(s.statusArrived);
        while (!s.statusDone) {
            Thread.yield(); // leave the core to the worker, as a host thread blocked on its socket does
        }
        if (s.in.actualLength() != s.size || s.csw.actualLength() != 13) {
            throw new IllegalStateException("READ(10) failed: data " + s.in.status() + " " + s.in.actualLength()
                    + ", CSW " + s.csw.status());
        }
        return s.in.actualLength();
    }
}
