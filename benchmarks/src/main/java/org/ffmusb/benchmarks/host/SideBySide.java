package org.ffmusb.benchmarks.host;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.usbredir.guest.BulkOnlyStorage;
import org.ffmusb.usbredir.guest.ControlResult;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TransportListener;

/**
 * Our host against C usbredirect on the same emulated device, in one run: two identical mass-storage
 * devices on one read-only image in one umockdev testbed (this JVM, which needs
 * {@code LD_PRELOAD=libumockdev-preload.so.0}); C {@code usbredirect --as} serves one, our host as a
 * user runs it ({@code ffmusb redirect --as}, a JVM of its own) the other; both are child processes
 * inside the testbed with the same 1 ns timer slack. The same guest code in this JVM probes both over
 * loopback TCP: sequential READ(10)s of 1 MiB over the whole disk (MB/s), and GET_DESCRIPTOR(device)
 * round trips one at a time for a fixed time (per second). Each round measures in ABBA order (C, ours,
 * ours, C; the next round BAAB), so a load that drifts linearly within a round falls on both alike; a
 * round's figure per host is the mean of its two, and the ratio is the median of the per-round ratios.
 */
final class SideBySide implements AutoCloseable {
    static final int IMAGE_MIB = 64;
    static final int BLOCKS_PER_READ = 2048; // 1 MiB, the probe's default

    /** One host's figures in one round. */
    record Figures(double readMegabytesPerSecond, double controlRoundTripsPerSecond) {}

    /** A round: C usbredirect's figures and ours (each the mean of two), and which went first. */
    record Round(Figures c, Figures ours, boolean cFirst) {}

    private final Path image;
    private final UsbEmulator emulator;
    private final DiskImage disk;
    private final Probe c;
    private final Probe ours;

    /** A host process with our guest connected to it over TCP. */
    private static final class Probe implements AutoCloseable {
        final String name;
        final Process process;
        final Path log;
        final TcpClient client;
        final RedirectedDevice device;
        final BulkOnlyStorage storage;
        final BulkOnlyStorage.Capacity capacity;

        Probe(String name, UsbEmulator emulator, List<String> command, int port) throws Exception {
            this.name = name;
            this.log = Files.createTempFile("host-bench-" + name.replace(' ', '-') + "-", ".log");
            this.process = emulator.start(emulator.processBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()));
            UsbRedirGuest guest = new UsbRedirGuest();
            this.client = TcpClient.start(new InetSocketAddress("127.0.0.1", port), TcpClient.Options.DEFAULT.withRetry(true)
                    .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)), () -> guest, new TransportListener() {});
            try {
                this.device = guest.device().get(60, TimeUnit.SECONDS);
                this.storage = BulkOnlyStorage.of(device);
                this.capacity = storage.readCapacity().get(Pipeline.WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                String said = Files.readString(log);
                close();
                throw new IllegalStateException(name + " offered no device: " + e + "\n" + name + " said:\n" + said, e);
            }
        }

        double readMegabytesPerSecond() throws Exception {
            long start = System.nanoTime();
            long bytes = storage.read(0, capacity.blocks(), capacity.blockSize(), BLOCKS_PER_READ, (block, data) -> { })
                    .get(120, TimeUnit.SECONDS);
            return bytes / ((System.nanoTime() - start) / 1e9) / 1e6;
        }

        double controlRoundTripsPerSecond(Duration duration) {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long n = 0;
            long now;
            do {
                ControlResult r = device.controlIn(ControlBenchmark.IN_STANDARD_DEVICE, ControlBenchmark.GET_DESCRIPTOR,
                        ControlBenchmark.DEVICE_DESCRIPTOR, 0, 18).join();
                if (!r.isSuccess()) {
                    throw new IllegalStateException(name + ": GET_DESCRIPTOR ended with " + r.statusName());
                }
                n++;
                now = System.nanoTime();
            } while (now < end);
            return n / ((now - start) / 1e9);
        }


        @Override
        public void close() throws Exception {
            client.close();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(log);
        }
    }

    /** @param ourHost the command that runs {@code ffmusb redirect}; {@code --device} and {@code --as} are added */
    SideBySide(List<String> ourHost) throws Exception {
        image = Files.createTempFile("host-bench-", ".img");
        byte[] chunk = new byte[1 << 20];
        new Random(6).nextBytes(chunk);
        try (var out = Files.newOutputStream(image)) {
            for (int i = 0; i < IMAGE_MIB; i++) {
                out.write(chunk);
            }
        }
        emulator = UsbEmulator.open();
        disk = DiskImage.open(image, true);
        Probe cProbe = null;
        try {
            // usbredirect 0.13 given BUS-DEVNUM serves the first device libusb lists with that device's
            // VID:PID, here the one plugged last: that one is usbredirect's, and it starts first.
            PluggedDevice forUs = emulator.plug(new MassStorage(disk, "00000000FF50"));
            PluggedDevice forC = emulator.plug(new MassStorage(disk, "0000000000C0"));
            int cPort = Pipeline.freePort();
            cProbe = new Probe("usbredirect", emulator, List.of("usbredirect", "--device", forC.busDevice(), "--as",
                    "127.0.0.1:" + cPort), cPort);
            int ourPort = Pipeline.freePort();
            List<String> command = new ArrayList<>(ourHost);
            command.addAll(List.of("--device", forUs.busDevice(), "--as", "127.0.0.1:" + ourPort));
            ours = new Probe("ffmusb redirect", emulator, command, ourPort);
            c = cProbe;
        } catch (Exception | Error e) {
            if (cProbe != null) {
                cProbe.close();
            }
            closeEmulator();
            throw e;
        }
    }

    /** Unmeasured rounds first (our host's JIT), then {@code rounds} measured ones. */
    List<Round> run(int warmups, int rounds, Duration controlTime) throws Exception {
        for (int i = 0; i < warmups; i++) {
            round(true, controlTime);
        }
        List<Round> result = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            result.add(round(i % 2 == 0, controlTime));
        }
        return result;
    }

    /** Reads in ABBA order, then control round trips in ABBA order. */
    private Round round(boolean cFirst, Duration controlTime) throws Exception {
        Probe a = cFirst ? c : ours;
        Probe b = cFirst ? ours : c;
        double[] read = {a.readMegabytesPerSecond(), b.readMegabytesPerSecond(), b.readMegabytesPerSecond(),
                a.readMegabytesPerSecond()};
        double[] control = {a.controlRoundTripsPerSecond(controlTime), b.controlRoundTripsPerSecond(controlTime),
                b.controlRoundTripsPerSecond(controlTime), a.controlRoundTripsPerSecond(controlTime)};
        Figures first = new Figures((read[0] + read[3]) / 2, (control[0] + control[3]) / 2);
        Figures second = new Figures((read[1] + read[2]) / 2, (control[1] + control[2]) / 2);
        return cFirst ? new Round(first, second, true) : new Round(second, first, false);
    }

    @Override
    public void close() throws Exception {
        try {
            c.close();
            ours.close();
        } finally {
            closeEmulator();
        }
    }

    private void closeEmulator() throws IOException {
        emulator.close();
        disk.close();
        Files.deleteIfExists(image);
    }
}
