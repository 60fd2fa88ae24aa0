package org.ffmusb.benchmarks.emulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DirectBenchmark} with the GC profiler and prints, per case, transfers (commands) per
 * second, MB/s, bytes allocated per transfer (all threads) and the ratio to the case's anchor, the bare
 * copy the model makes. Usage: {@code java -cp benchmarks.jar
 * org.ffmusb.benchmarks.emulator.DirectComparison [--quick]} (benchmarks/run-emulator-direct).
 */
public final class DirectComparison {
    private DirectComparison() {}

    public static void main(String[] args) throws RunnerException {
        var options = new OptionsBuilder().include(DirectBenchmark.class.getName()).addProfiler(GCProfiler.class);
        if (args.length > 0 && args[0].equals("--quick")) {
            options.warmupIterations(2).measurementIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<Row> rows = new ArrayList<>();
        for (RunResult r : results) {
            var p = r.getParams();
            var alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            String inFlight = p.getParamsKeys().contains("inFlight") ? p.getParam("inFlight") : "-";
            String name = p.getBenchmark().replaceFirst(".*\\.", "");
            if (p.getParamsKeys().contains("dispatch")) {
                name += p.getParam("dispatch").equals("CALLER") ? "Caller" : "Worker";
            }
            rows.add(new Row(name, Integer.parseInt(p.getParam("size")), inFlight,
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore()));
        }
        System.out.println();
        System.out.println("Device models through the direct API (no umockdev); one op = one bulk IN transfer "
                + "(storage: one READ(10) = CBW + data + CSW)");
        System.out.printf("%-22s %7s %9s %14s %10s %10s %12s%n", "case", "bytes", "in flight", "ops/s", "MB/s",
                "B/op", "vs anchor");
        for (Row row : rows) {
            String anchorName = row.name.startsWith("source") ? "sourceFillOnly" : "storageCopyOnly";
            Row anchor = rows.stream().filter(a -> a.name.equals(anchorName) && a.size == row.size).findFirst()
                    .orElse(null);
            String ratio = anchor == null || anchor == row ? (anchor == row ? "anchor" : "-")
                    : String.format("%.2fx", row.ops / anchor.ops);
            System.out.printf("%-22s %7d %9s %8.0f ± %3.0f%% %10.0f %10.1f %12s%n", row.name, row.size, row.inFlight,
                    row.ops, 100 * row.error / row.ops, row.ops * row.size / 1e6, row.bytesPerOp, ratio);
        }
    }

    private record Row(String name, int size, String inFlight, double ops, double error, double bytesPerOp) {}
}
