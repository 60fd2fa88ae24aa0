package org.ffmusb.benchmarks.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;

/**
 * The ceiling of the emulated USB stack: a C libusb program (src/main/c/emulator_bench.c) inside the
 * testbed measures control and bulk round trips on the loopback device and sequential reads from the
 * mass storage device, next to the anchor every transfer pays for, the bare usbfs ioctl round trip
 * through umockdev into this JVM. Run through benchmarks/run-emulator (it needs gcc, libusb-1.0-0-dev
 * and LD_PRELOAD=libumockdev-preload.so.0).
 *
 * <p>usage: EmulatorBench [SECONDS_PER_CASE] [IMAGE_MIB]
 */
public final class EmulatorBench {
    private EmulatorBench() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int imageMib = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Path binary = compile();
        Path image = Files.createTempFile("emulator-bench", ".img");
        try (var f = Files.newByteChannel(image, java.nio.file.StandardOpenOption.WRITE)) {
            f.position((long) imageMib << 20).write(java.nio.ByteBuffer.wrap(new byte[1]));
        }
        Map<String, String[]> results = new LinkedHashMap<>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        try (UsbEmulator emulator = UsbEmulator.open(); DiskImage disk = DiskImage.open(image, true)) {
            PluggedDevice loopback = emulator.plug(new Loopback());
            emulator.plug(new MassStorage(disk));
            Process p = emulator.start(emulator.processBuilder(binary.toString(), loopback.deviceNode(),
                    Double.toString(seconds)).redirectError(ProcessBuilder.Redirect.INHERIT));
            try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    String[] f = line.split(" ");
                    if (f.length == 4 && f[0].equals("RESULT")) {
                        results.put(f[1], new String[] {f[2], f[3]});
                        System.out.printf("%-36s %12s %s%n", f[1], f[2], f[3]);
                    }
                }
            }
            if (p.waitFor() != 0) {
                throw new IllegalStateException("emulator_bench failed with exit status " + p.exitValue());
            }
        } finally {
            Files.deleteIfExists(image);
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        double ioctl = Double.parseDouble(results.get("ioctl_round_trips")[0]);
        System.out.println();
        System.out.printf("anchor: one usbfs ioctl round trip into the JVM = %.1f us%n", 1e6 / ioctl);
        for (String name : List.of("control_8_byte_round_trips", "bulk_16k_in_round_trips")) {
            double rate = Double.parseDouble(results.get(name)[0]);
            System.out.printf("%-36s %.1f us per transfer = %.2f ioctl round trips%n", name, 1e6 / rate, ioctl / rate);
        }
        System.out.printf("JVM CPU: %.1f s over %.1f s wall (%.0f%% of one core)%n", cpu, wall, 100 * cpu / wall);
    }

    /**
     * Builds the C side with gcc, as the tests do; the message says what to install if it cannot. Also used
     * by {@code libusb.AsyncBulkComparison}, whose C anchor is this program's "async" case.
     */
    public static Path compile() throws IOException, InterruptedException {
        Path source = Path.of("benchmarks/src/main/c/emulator_bench.c");
        if (!Files.exists(source)) {
            source = Path.of("src/main/c/emulator_bench.c");
        }
        Path binary = Files.createTempFile("emulator_bench", "");
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "gcc -O2 -Wall -o '" + binary + "' '" + source + "' $(pkg-config --cflags --libs libusb-1.0)"));
        Process gcc = new ProcessBuilder(command).inheritIO().start();
        if (gcc.waitFor() != 0) {
            throw new IllegalStateException("cannot compile " + source + ": apt-get install gcc pkg-config libusb-1.0-0-dev");
        }
        binary.toFile().deleteOnExit();
        return binary;
    }
}
