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
 *   <li>{@code sourceInHostThread}: submit on the benchmark thread; the model fills the caller's
 *   buffer and the completion runs before submit returns (a usbredir host submitting a guest's request).</li>
 *   <li>{@code sourceInStreaming}: {@code inFlight} transfers whose completions resubmit them (bulk
 *   receiving); the device's worker runs them, the benchmark thread counts completions.</li>
 *   <li>{@code storageCopyOnly}: anchor, copying the same bytes out of the mapped image.</li>
 *   <li>{@code storageRead}: Bulk-Only Transport READ(10) through the image, on the benchmark thread.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
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
            device = DirectDevice.attach(new Loopback());
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

    /** {@code inFlight} transfers on the loopback's bulk source that resubmit themselves. */
    @State(Scope.Thread)
    public static class Stream {
        @Param({"16384", "65536"})
        public int size;

        @Param({"1", "4", "16"})
        public int inFlight;

        DirectDevice device;
        Arena arena;
        volatile boolean running;
        /** Written by completions only, which never run concurrently. */
        volatile long completed;
        long seen;

        @Setup(Level.Trial)
        public void attach() {
            device = DirectDevice.attach(new Loopback());
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

        Path path;
        DiskImage image;
        DirectDevice device;
        Arena arena;
        MemorySegment mapped;
        MemorySegment data;
        MemorySegment cbwBytes;
        DirectTransfer cbw;
        DirectTransfer in;
        DirectTransfer csw;
        long lba;
        long offset;
        final DirectTransfer.Callback ignore = t -> { };

        @Setup(Level.Trial)
        public void attach() throws IOException {
            path = Files.createTempFile("direct-bench", ".img");
            byte[] chunk = new byte[1 << 20];
            Random random = new Random(1);
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
                for (int i = 0; i < IMAGE_BYTES / chunk.length; i++) {
                    random.nextBytes(chunk);
                    ch.write(java.nio.ByteBuffer.wrap(chunk));
                }
            }
            image = DiskImage.open(path, true);
            device = DirectDevice.attach(new MassStorage(image, "0123456789AB"));
            arena = Arena.ofShared();
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, IMAGE_BYTES, arena);
            }
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

    @Benchmark
    public long sourceFillOnly(Source s) {
        CountingPattern.fillStream(s.buffer, 0, s.size, s.position);
        s.position += s.size;
        return s.position;
    }

    @Benchmark
    public long sourceInHostThread(Source s) {
        if (!s.transfer.submit(s.counted) || s.transfer.actualLength() != s.size) {
            throw new IllegalStateException("the source did not fill the buffer: " + s.transfer.status());
        }
        return s.completions;
    }

    @Benchmark
    public long sourceInStreaming(Stream s) {
        long target = s.seen + 1;
        while (s.completed < target) {
            Thread.onSpinWait();
        }
        s.seen = target;
        return target;
    }

    @Benchmark
    public long storageCopyOnly(Storage s) {
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
        s.cbw.submit(s.ignore);
        s.in.submit(s.ignore);
        s.csw.submit(s.ignore);
        if (s.in.actualLength() != s.size || s.csw.actualLength() != 13) {
            throw new IllegalStateException("READ(10) failed: data " + s.in.status() + " " + s.in.actualLength()
                    + ", CSW " + s.csw.status());
        }
        return s.in.actualLength();
    }
}
