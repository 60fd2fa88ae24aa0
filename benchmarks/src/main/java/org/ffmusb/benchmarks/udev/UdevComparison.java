package org.ffmusb.benchmarks.udev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.udev.Udev;
import org.ffmusb.udev.UdevAction;
import org.ffmusb.udev.UdevMonitor;
import org.ffmusb.udev.UsbDeviceEvent;

/**
 * The udev benchmarks next to C libudev, in one run and one testbed:
 * <ul>
 *   <li>event latency: from the start of a testbed plug to (a) the C monitor returning the event,
 *   (b) our monitor thread taking it off the socket, (c) our listener being called with the snapshot,
 *   p50/p99 over {@code N} plugs; both monitors listen to the same events;</li>
 *   <li>enumeration of 100 emulated USB sticks, most of them behind hubs, with the hubs and root hubs:
 *   {@code Udev.usbDevices()} against the C anchor
 *   doing the same work ("snapshot") and {@code udevadm info --export-db}'s work ("export-db"), in
 *   alternating rounds.</li>
 * </ul>
 * Usage: {@code UdevComparison ENUMERATE_BINARY MONITOR_BINARY [--quick]}; the JVM needs
 * {@code LD_PRELOAD=libumockdev-preload.so.0} (benchmarks/run-udev builds everything and runs it).
 */
public final class UdevComparison {
    private UdevComparison() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: UdevComparison ENUMERATE_BINARY MONITOR_BINARY [--quick]");
            System.exit(2);
        }
        boolean quick = args.length > 2 && args[2].equals("--quick");
        Path enumerate = Path.of(args[0]);
        Path monitor = Path.of(args[1]);
        try (UsbEmulator emulator = UsbEmulator.open()) {
            double[][] latency = latency(emulator, monitor, quick ? 200 : 1000);
            printLatency(latency);
            enumeration(emulator, enumerate, BenchDevices.plug(emulator, 100), quick ? 2 : 5, quick ? 50 : 200);
        }
    }

    private static void printLatency(double[][] latency) {
        System.out.println();
        System.out.printf("udev event latency, testbed plug -> event, %d plugs (µs)%n", latency[0].length);
        System.out.printf("%-48s %10s %10s %10s%n", "", "p50", "p99", "max");
        // Both monitors receive every uevent: umockdev sends it to each listening socket in turn.
        String[] names = {"C libudev monitor: receive returned", "Java UdevMonitor: receive returned",
            "Java UdevMonitor: listener called", "  Java receive - C receive (same event)",
            "  Java listener - Java receive (sysfs, dispatch)", "  (emulator plug() call returned)"};
        for (int k = 0; k < names.length; k++) {
            double[] v = latency[k].clone();
            Arrays.sort(v);
            System.out.printf("%-48s %10.0f %10.0f %10.0f%n", names[k], percentile(v, 50), percentile(v, 99),
                    v[v.length - 1]);
        }
    }

    /**
     * Enumeration, Java and C in alternating rounds over the same testbed (the machine's load changes
     * within seconds; alternating keeps both sides under the same conditions): per round, the C anchor
     * in both modes for {@code iterations} enumerations, then {@code Udev.usbDevices()} as often on one
     * reused context, after a warm-up. Prints the median of the round means and the Java/C ratio.
     */
    private static void enumeration(UsbEmulator emulator, Path binary, BenchDevices.Plugged plugged, int rounds,
            int iterations) throws IOException, InterruptedException {
        int devices = plugged.sticks() + plugged.hubs() + 2;
        double[] cSnapshot = new double[rounds];
        double[] cExport = new double[rounds];
        double[] java = new double[rounds];
        double[] ratio = new double[rounds];
        try (Udev udev = Udev.open()) {
            int seen = udev.usbDevices().size();
            if (seen != devices) {
                throw new IllegalStateException("Java sees " + seen + " devices, expected " + devices);
            }
            long warm = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < warm) {
                udev.usbDevices();
            }
            for (int r = 0; r < rounds; r++) {
                Map<String, Double> snap = runC(emulator, binary, "snapshot", iterations);
                Map<String, Double> db = runC(emulator, binary, "export-db", iterations);
                if (snap.get("devices").intValue() != devices) {
                    throw new IllegalStateException("C sees " + snap.get("devices") + " devices");
                }
                long start = System.nanoTime();
                for (int i = 0; i < iterations; i++) {
                    udev.usbDevices();
                }
                java[r] = (System.nanoTime() - start) / 1e3 / iterations;
                cSnapshot[r] = snap.get("ns_mean") / 1e3;
                cExport[r] = db.get("ns_mean") / 1e3;
                ratio[r] = java[r] / cSnapshot[r];
            }
        }
        System.out.println();
        System.out.printf("udev enumeration of %d USB sticks + %d hubs + 2 root hubs (and their interfaces), one"
                + " reused context; median of %d alternating rounds of %d (µs per enumeration)%n", plugged.sticks(),
                plugged.hubs(), rounds, iterations);
        System.out.printf("%-48s %10s %10s %10s%n", "", "median", "min", "Java/C");
        System.out.printf("%-48s %10.0f %10.0f %10s%n", "C libudev, export-db (properties only)", median(cExport),
                min(cExport), "");
        System.out.printf("%-48s %10.0f %10.0f %10s%n", "C libudev, snapshot (the work Java does)", median(cSnapshot),
                min(cSnapshot), "1.00x");
        System.out.printf("%-48s %10.0f %10.0f %10s%n", "Java Udev.usbDevices()", median(java), min(java),
                String.format("%.2fx", median(ratio)));
        System.out.printf("(Java/C is the median of the per-round ratios to C snapshot; to C export-db: %.2fx)%n",
                median(java) / median(cExport));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /**
     * Plugs and unplugs a stick {@code count} times (plus 10% warm-up), each time waiting until both monitors
     * have the add and the remove (the bind and unbind of the generic driver between them are not timed);
     * returns {C receive, Java receive, Java listener} latencies in µs.
     */
    private static double[][] latency(UsbEmulator emulator, Path monitorBinary, int count)
            throws IOException, InterruptedException {
        int warmup = count / 10;
        BlockingQueue<long[]> javaEvents = new LinkedBlockingQueue<>();
        Process c = emulator.processBuilder(monitorBinary.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var cOut = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        if (!"ready".equals(cOut.readLine())) {
            throw new IOException("the C monitor did not start");
        }
        BlockingQueue<String> cLines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().name("c-monitor-reader").start(() -> {
            try {
                for (String line; (line = cOut.readLine()) != null; ) {
                    if (line.startsWith("add ") || line.startsWith("remove ")) {
                        cLines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        double[][] result = new double[6][count];
        try (UdevMonitor monitor = UdevMonitor.builder().interfaces(false).listener(e -> {
            if (e instanceof UsbDeviceEvent d && (d.action() == UdevAction.ADD || d.action() == UdevAction.REMOVE)) {
                javaEvents.add(new long[] {d.action() == UdevAction.ADD ? 1 : 0, d.receivedNanos(), System.nanoTime()});
            }
        }).start()) {
            for (int i = -warmup; i < count; i++) {
                long start = System.nanoTime();
                PluggedDevice p = emulator.plug(BenchDevices.stick(i + warmup));
                long plugged = System.nanoTime();
                long[] add = take(javaEvents);
                String cAdd = takeLine(cLines);
                p.unplug();
                take(javaEvents);
                takeLine(cLines);
                if (add[0] != 1 || !cAdd.startsWith("add ")) {
                    throw new IllegalStateException("expected add events, got " + Arrays.toString(add) + " / " + cAdd);
                }
                if (i >= 0) {
                    long cReceived = Long.parseLong(cAdd.substring(cAdd.lastIndexOf(' ') + 1));
                    result[0][i] = (cReceived - start) / 1e3;
                    result[1][i] = (add[1] - start) / 1e3;
                    result[2][i] = (add[2] - start) / 1e3;
                    result[3][i] = (add[1] - cReceived) / 1e3;
                    result[4][i] = (add[2] - add[1]) / 1e3;
                    result[5][i] = (plugged - start) / 1e3;
                }
            }
        } finally {
            c.getOutputStream().close();
            c.waitFor(10, TimeUnit.SECONDS);
            reader.join();
        }
        return result;
    }

    private static long[] take(BlockingQueue<long[]> q) throws InterruptedException {
        long[] e = q.poll(10, TimeUnit.SECONDS);
        if (e == null) {
            throw new IllegalStateException("the Java monitor missed an event");
        }
        return e;
    }

    private static String takeLine(BlockingQueue<String> q) throws InterruptedException {
        String line = q.poll(10, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("the C monitor missed an event");
        }
        return line;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static Map<String, Double> runC(UsbEmulator emulator, Path binary, String mode, int iterations)
            throws IOException, InterruptedException {
        Process p = emulator.processBuilder(binary.toString(), mode, Integer.toString(iterations)).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("C enumeration bench failed: " + out);
        }
        Map<String, Double> values = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] kv = line.trim().split(" ");
            values.put(kv[0], Double.parseDouble(kv[1]));
        }
        List<String> missing = new ArrayList<>(List.of("ns_mean", "ns_median", "devices"));
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IOException("C enumeration bench printed no " + missing + ": " + out);
        }
        return values;
    }
}
