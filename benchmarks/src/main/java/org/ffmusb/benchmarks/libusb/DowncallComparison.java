package org.ffmusb.benchmarks.libusb;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DowncallBenchmark} and prints ns/op of each binding and its ratio to usb4java (goal: ours at
 * most 0.5x). Usage: {@code java -cp benchmarks.jar org.ffmusb.benchmarks.libusb.DowncallComparison [--quick]}.
 */
public final class DowncallComparison {
    private DowncallComparison() {}

    public static void main(String[] args) throws RunnerException {
        var options = new OptionsBuilder().include(DowncallBenchmark.class.getName());
        if (args.length > 0 && args[0].equals("--quick")) {
            options.warmupIterations(1).measurementIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> ns = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getPrimaryResult().getLabel();
            ns.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        double jni = ns.get("usb4java")[0];
        System.out.println();
        System.out.println("libusb_has_capability, one call per op");
        System.out.printf("%-34s %12s %10s%n", "binding", "ns/op", "vs usb4java");
        for (String name : new String[] {"usb4java", "ffmFfi", "ffmApi"}) {
            double[] s = ns.get(name);
            String label = switch (name) {
                case "usb4java" -> "usb4java 1.3.0 (JNI)";
                case "ffmFfi" -> "ffm-libusb ffi (FFM, critical)";
                default -> "ffm-libusb LibUsb.hasCapability";
            };
            System.out.printf("%-34s %7.2f ± %4.2f %9.2fx%n", label, s[0], s[1], s[0] / jni);
        }
    }
}
