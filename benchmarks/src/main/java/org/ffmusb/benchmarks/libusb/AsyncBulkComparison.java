package org.ffmusb.benchmarks.libusb;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import org.ffmusb.benchmarks.emulator.EmulatorBench;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AsyncBulkBenchmark} (JMH, gc profiler) and, before and after it, its C anchor: the "async"
 * case of {@code src/main/c/emulator_bench.c} (libusb 1.0.26, one 16 KiB bulk IN transfer resubmitted from
 * its callback) against a loopback of an emulator in this JVM. Prints transfers/s of both, the ratio (goal:
 * ffm-libusb at least 0.9x C) and the bytes allocated per transfer (goal: 0). Needs
 * {@code LD_PRELOAD=libumockdev-preload.so.0}; run it through {@code benchmarks/run-libusb-async [--quick]}.
 */
public final class AsyncBulkComparison {
    private AsyncBulkComparison() {}

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        double seconds = quick ? 2 : 10;
        Path binary = EmulatorBench.compile();
        double cBefore = runC(binary, seconds);

        var options = new OptionsBuilder().include(AsyncBulkBenchmark.class.getName()).addProfiler(GCProfiler.class);
        if (quick) {
            options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        RunResult run = results.iterator().next();
        Result<?> primary = run.getPrimaryResult();
        var secondary = run.getSecondaryResults();
        double eventBytes = secondary.get("eventThreadBytes").getScore();
        double transfers = secondary.get("transfers").getScore();
        Result<?> gcNorm = secondary.get("gc.alloc.rate.norm");

        double cAfter = runC(binary, seconds);
        double c = (cBefore + cAfter) / 2;
        System.out.println();
        System.out.println("async bulk IN, 16 KiB, one transfer resubmitted from its callback, emulated loopback");
        System.out.printf("%-40s %12s %10s%n", "", "transfers/s", "vs C");
        System.out.printf("%-40s %12.0f %9.2fx   (%.0f before, %.0f after the Java run)%n",
                "C libusb 1.0.26 (emulator_bench async)", c, 1.0, cBefore, cAfter);
        System.out.printf("%-40s %12.0f %9.2fx   (± %.0f)%n", "ffm-libusb Transfer + TransferCallback",
                primary.getScore(), primary.getScore() / c, primary.getScoreError());
        System.out.printf("allocated per transfer by the event thread (every submit and callback): %.3f B (%.0f B over %.0f transfers)%n",
                eventBytes / transfers, eventBytes, transfers);
        if (gcNorm != null) {
            System.out.printf("allocated per transfer by the whole JVM, emulator included (gc.alloc.rate.norm): %.1f B%n",
                    gcNorm.getScore());
        }
    }

    /** The C anchor in a fresh emulator of this JVM; transfers/s. */
    private static double runC(Path binary, double seconds) throws Exception {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice loopback = emulator.plug(new Loopback());
            Process p = emulator.start(emulator.processBuilder(binary.toString(), loopback.deviceNode(),
                    Double.toString(seconds), "async").redirectError(ProcessBuilder.Redirect.INHERIT));
            double rate = Double.NaN;
            try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    String[] f = line.split(" ");
                    if (f.length == 4 && f[1].equals("bulk_16k_in_async_round_trips")) {
                        rate = Double.parseDouble(f[2]);
                    }
                }
            }
            if (p.waitFor() != 0 || Double.isNaN(rate)) {
                throw new IllegalStateException("emulator_bench async failed with exit status " + p.exitValue());
            }
            return rate;
        }
    }
}
