package org.ffmusb.benchmarks.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CodecBenchmark} (with the GC profiler) and the C anchor on the same streams in one run,
 * and prints MB/s, packets/s, bytes allocated per packet and the Java/C decode ratio.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.ffmusb.benchmarks.codec.CodecComparison C_BENCH_BINARY [--quick]}
 * (benchmarks/run-codec builds everything and passes the binary).
 */
public final class CodecComparison {
    private CodecComparison() {}

    public static void main(String[] args) throws IOException, InterruptedException, RunnerException {
        if (args.length < 1) {
            System.err.println("usage: CodecComparison C_BENCH_BINARY [--quick]");
            System.exit(2);
        }
        boolean quick = args.length > 1 && args[1].equals("--quick");
        Map<String, double[]> c = new HashMap<>();
        for (var direction : RealisticStreams.Direction.values()) {
            c.put(direction.name(), runC(Path.of(args[0]), direction, quick ? 1 : 5));
        }
        var options = new OptionsBuilder().include(CodecBenchmark.class.getName()).addProfiler(GCProfiler.class);
        if (quick) {
            options.warmupIterations(1).measurementIterations(2).measurementTime(TimeValue.seconds(1))
                    .warmupTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        System.out.println();
        System.out.println("usbredir codec, one realistic mix per op (bulk 16 KiB + 512 B, iso 1024 B, interrupt 8 B,"
                + " control 18 B; 16-byte headers)");
        System.out.printf("%-14s %-22s %10s %14s %12s %10s%n", "direction", "implementation", "MB/s", "packets/s",
                "B/packet", "vs C");
        for (var direction : RealisticStreams.Direction.values()) {
            double[] cr = c.get(direction.name());
            double cPackets = cr[0];
            double cBytes = cr[1];
            double cNs = cr[2];
            double cOpsPerSecond = 1e9 / cNs;
            System.out.printf("%-14s %-22s %10.0f %14.0f %12s %10s%n", direction, "C usbredirparser 0.13",
                    cOpsPerSecond * cBytes / 1e6, cOpsPerSecond * cPackets, "malloc", "1.00x");
            for (RunResult r : results) {
                if (!r.getParams().getParam("direction").equals(direction.name())) {
                    continue;
                }
                String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
                double ops = r.getPrimaryResult().getScore();
                var alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                double bytesPerOp = alloc == null ? Double.NaN : alloc.getScore();
                String ratio = name.startsWith("decode") ? String.format("%.2fx", ops / cOpsPerSecond) : "-";
                System.out.printf("%-14s %-22s %10.0f %14.0f %12.1f %10s%n", direction, "Java " + name,
                        ops * cBytes / 1e6, ops * cPackets, bytesPerOp / cPackets, ratio);
            }
        }
    }

    /** Writes the direction's stream and times the C parser on it: {packets, bytes, ns} per iteration. */
    private static double[] runC(Path binary, RealisticStreams.Direction direction, int seconds)
            throws IOException, InterruptedException {
        Path stream = Files.createTempFile("usbredir-" + direction, ".bin");
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            bytes.writeBytes(RealisticStreams.hello(direction));
            bytes.writeBytes(RealisticStreams.body(direction).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
            Files.write(stream, bytes.toByteArray());
            Process p = new ProcessBuilder(List.of(binary.toString(), direction.receiver(), "0xff", stream.toString(),
                    Integer.toString(seconds))).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("C bench failed: " + out);
            }
            Map<String, Double> values = new HashMap<>();
            for (String line : out.split("\n")) {
                String[] kv = line.trim().split(" ");
                values.put(kv[0], Double.parseDouble(kv[1]));
            }
            int expected = RealisticStreams.mix(direction).size();
            if (values.get("packets") != expected) {
                throw new IOException("C decoded " + values.get("packets") + " packets per iteration, Java's mix has "
                        + expected + ": the two are not decoding the same stream");
            }
            return new double[] {values.get("packets"), values.get("bytes"), values.get("ns_per_iteration")};
        } finally {
            Files.deleteIfExists(stream);
        }
    }
}
