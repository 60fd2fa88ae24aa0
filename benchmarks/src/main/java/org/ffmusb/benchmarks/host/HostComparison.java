package org.ffmusb.benchmarks.host;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The usbredir host benchmarks (benchmarks/README.md, "usbredir host"): the JMH pipeline suites
 * ({@link BulkInBenchmark}, {@link ControlBenchmark}, {@link IsoInBenchmark}) for our host on the Java
 * backend, on libusb + umockdev, and C usbredirect on the same testbed device, then the {@link SideBySide}
 * of our host ({@code ffmusb redirect}) and C usbredirect on a mass-storage device. Prints MB/s, latencies
 * and the ratios to usbredirect. Run it through {@code benchmarks/run-host [--quick]}:
 * {@code HostComparison [--quick] -- COMMAND-OF-FFMUSB-REDIRECT...}.
 */
public final class HostComparison {
    private HostComparison() {}

    static final String[] BACKENDS = {"java", "libusb", "usbredirect"};

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        int separator = Arrays.asList(args).indexOf("--");
        if (separator < 0 || separator == args.length - 1) {
            throw new IllegalArgumentException("usage: HostComparison [--quick] -- COMMAND-OF-FFMUSB-REDIRECT...");
        }
        List<String> ourHost = List.of(args).subList(separator + 1, args.length);

        var options = new OptionsBuilder().include(BulkInBenchmark.class.getName())
                .include(ControlBenchmark.class.getName()).include(IsoInBenchmark.class.getName());
        if (quick) {
            options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        pipeline(results);

        System.out.println();
        System.out.println("side by side: ffmusb redirect vs C usbredirect, same emulated mass-storage device ("
                + SideBySide.IMAGE_MIB + " MiB image), same guest; ABBA rounds (first = A), mean of the two per host");
        List<SideBySide.Round> rounds;
        try (SideBySide bench = new SideBySide(ourHost)) {
            rounds = quick ? bench.run(1, 3, Duration.ofMillis(250)) : bench.run(2, 10, Duration.ofMillis(500));
        }
        sideBySide(rounds);
    }

    private static void pipeline(Collection<RunResult> results) {
        Map<String, RunResult> byKey = new HashMap<>();
        for (RunResult r : results) {
            var p = r.getParams();
            String size = p.getParam("size");
            byKey.put(p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark().lastIndexOf('.') - 1) + 1)
                    + "/" + p.getParam("backend") + (size == null ? "" : "/" + size), r);
        }
        System.out.println();
        System.out.println("pipeline over loopback TCP, our guest <-> host <-> loopback model "
                + "(java: our host, Java backend; libusb: our host, libusb + umockdev; usbredirect: C, same testbed)");
        System.out.println("vs C: libusb only, the Java backend does not go through umockdev; not paired (see side by side)");
        System.out.println();
        System.out.println("bulk IN from the source endpoint, 8 transfers in flight");
        System.out.printf("%-12s %12s %12s %12s%n", "backend", "16 KiB MB/s", "64 KiB MB/s", "vs C (16/64)");
        for (String b : BACKENDS) {
            double small = mbPerSecond(byKey.get("BulkInBenchmark.bulkIn/" + b + "/16384"), 16384);
            double large = mbPerSecond(byKey.get("BulkInBenchmark.bulkIn/" + b + "/65536"), 65536);
            double cSmall = mbPerSecond(byKey.get("BulkInBenchmark.bulkIn/usbredirect/16384"), 16384);
            double cLarge = mbPerSecond(byKey.get("BulkInBenchmark.bulkIn/usbredirect/65536"), 65536);
            System.out.printf("%-12s %12.1f %12.1f %s%n", b, small, large,
                    b.equals("java") ? "-" : String.format("%6.2fx/%.2fx", small / cSmall, large / cLarge));
        }
        System.out.println();
        System.out.println("control round trip, GET_DESCRIPTOR(device), one at a time");
        System.out.printf("%-12s %10s %10s %10s %14s %8s%n", "backend", "p50 us", "p99 us", "mean us", "round trips/s", "vs C");
        double cMean = stat(byKey.get("ControlBenchmark.getDeviceDescriptor/usbredirect"), Result::getScore);
        for (String b : BACKENDS) {
            RunResult r = byKey.get("ControlBenchmark.getDeviceDescriptor/" + b);
            double mean = stat(r, Result::getScore);
            System.out.printf("%-12s %10.1f %10.1f %10.1f %14.0f %8s%n", b,
                    stat(r, x -> x.getStatistics().getPercentile(50)), stat(r, x -> x.getStatistics().getPercentile(99)),
                    mean, 1e6 / mean, b.equals("java") ? "-" : String.format("%.2fx", cMean / mean));
        }
        System.out.println();
        System.out.println("iso IN, loopback source at 8000 packets/s (1024 B), 32 packets x 15 transfers (QEMU's choice)");
        System.out.printf("%-12s %10s %10s %10s %14s%n", "backend", "packets/s", "missing", "bad", "host dropped");
        for (String b : BACKENDS) {
            RunResult r = byKey.get("IsoInBenchmark.isoIn/" + b);
            System.out.printf("%-12s %10.0f %10.0f %10.0f %14s%n", b, stat(r, Result::getScore), secondary(r, "missingPackets"),
                    secondary(r, "badPackets"), b.equals("usbredirect") ? "(n/a)" : String.format("%.0f",
                            secondary(r, "hostDroppedPackets")));
        }
    }

    private static double mbPerSecond(RunResult r, int size) {
        return stat(r, Result::getScore) * size / 1e6;
    }

    private static double stat(RunResult r, ToDoubleFunction<Result<?>> f) {
        return r == null ? Double.NaN : f.applyAsDouble(r.getPrimaryResult());
    }

    private static double secondary(RunResult r, String name) {
        Result<?> s = r == null ? null : r.getSecondaryResults().get(name);
        return s == null ? Double.NaN : s.getScore();
    }

    private static void sideBySide(List<SideBySide.Round> rounds) {
        System.out.printf("%-6s %-6s %14s %14s %7s %16s %16s %7s%n", "round", "first", "C read MB/s", "our read MB/s",
                "ratio", "C control/s", "our control/s", "ratio");
        List<Double> readRatios = new ArrayList<>();
        List<Double> controlRatios = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            SideBySide.Round r = rounds.get(i);
            double read = r.ours().readMegabytesPerSecond() / r.c().readMegabytesPerSecond();
            double control = r.ours().controlRoundTripsPerSecond() / r.c().controlRoundTripsPerSecond();
            readRatios.add(read);
            controlRatios.add(control);
            System.out.printf("%-6d %-6s %14.1f %14.1f %6.2fx %16.0f %16.0f %6.2fx%n", i + 1, r.cFirst() ? "C" : "ours",
                    r.c().readMegabytesPerSecond(), r.ours().readMegabytesPerSecond(), read,
                    r.c().controlRoundTripsPerSecond(), r.ours().controlRoundTripsPerSecond(), control);
        }
        System.out.printf("%-13s %14.1f %14.1f %6.2fx %16.0f %16.0f %6.2fx%n", "median",
                median(rounds.stream().map(r -> r.c().readMegabytesPerSecond()).toList()),
                median(rounds.stream().map(r -> r.ours().readMegabytesPerSecond()).toList()), median(readRatios),
                median(rounds.stream().map(r -> r.c().controlRoundTripsPerSecond()).toList()),
                median(rounds.stream().map(r -> r.ours().controlRoundTripsPerSecond()).toList()), median(controlRatios));
        System.out.printf("ffmusb redirect vs C usbredirect: read %.2fx, control round trips %.2fx "
                + "(medians of the per-round ratios; goal >= 1.0x)%n", median(readRatios), median(controlRatios));
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
