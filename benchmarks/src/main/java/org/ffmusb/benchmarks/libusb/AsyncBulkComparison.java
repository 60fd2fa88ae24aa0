package org.ffmusb.benchmarks.libusb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ffmusb.benchmarks.emulator.EmulatorBench;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AsyncBulkBenchmark} (JMH, gc profiler) with its C anchor — the "async" case of
 * {@code src/main/c/emulator_bench.c}: libusb 1.0.26, one 16 KiB bulk IN transfer resubmitted from its
 * callback — run before each measured iteration on the same emulated loopback. Prints each pair, the
 * median of the per-iteration ratios (goal: ffm-libusb at least 0.9x C) and the bytes the event thread
 * allocated per transfer (goal: 0). Needs {@code LD_PRELOAD=libumockdev-preload.so.0}; run it through
 * {@code benchmarks/run-libusb-async [--quick]}.
 */
public final class AsyncBulkComparison {
    private AsyncBulkComparison() {}

    public static void main(String[] args) throws Exception {
        Path binary = EmulatorBench.compile();
        var options = new OptionsBuilder().include(AsyncBulkBenchmark.class.getName()).addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Dffmusb.anchor=" + binary);
        if (args.length > 0 && args[0].equals("--quick")) {
            options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        RunResult run = new Runner(options.build()).run().iterator().next();

        List<double[]> pairs = new ArrayList<>(); // {java, c}
        for (BenchmarkResult b : run.getBenchmarkResults()) {
            for (IterationResult i : b.getIterationResults()) {
                pairs.add(new double[] {i.getPrimaryResult().getScore(),
                        i.getSecondaryResults().get("cTransfersPerSecond").getScore()});
            }
        }
        var secondary = run.getSecondaryResults();
        double eventBytes = secondary.get("eventThreadBytes").getScore();
        double transfers = secondary.get("transfers").getScore();
        Result<?> gcNorm = secondary.get("gc.alloc.rate.norm");

        System.out.println();
        System.out.println("async bulk IN, 16 KiB, one transfer resubmitted from its callback, emulated loopback");
        System.out.printf("%-10s %14s %14s %8s%n", "iteration", "C transfers/s", "ffm-libusb", "ratio");
        double[] ratios = new double[pairs.size()];
        double javaSum = 0;
        double cSum = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double[] p = pairs.get(i);
            ratios[i] = p[0] / p[1];
            javaSum += p[0];
            cSum += p[1];
            System.out.printf("%-10d %14.0f %14.0f %7.2fx%n", i + 1, p[1], p[0], ratios[i]);
        }
        java.util.Arrays.sort(ratios);
        double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
        System.out.printf("%-10s %14.0f %14.0f %7.2fx   (ratio of the means %.2fx)%n", "mean/median", cSum / pairs.size(),
                javaSum / pairs.size(), median, javaSum / cSum);
        System.out.printf("ffm-libusb vs C libusb 1.0.26: %.2fx (median of the paired iterations; goal >= 0.9x)%n", median);
        System.out.printf("allocated per transfer by the event thread (every submit and callback): %.3f B "
                + "(%.0f B over %.0f transfers)%n", eventBytes / transfers, eventBytes, transfers);
        if (gcNorm != null) {
            System.out.printf("allocated per transfer by the whole JVM, the emulator serving the ioctls included "
                    + "(gc.alloc.rate.norm): %.1f B%n", gcNorm.getScore());
        }
    }
}
