package org.ffmusb.libusb;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ffmusb.libusb.testing.NativeBuild;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * 100 000 submit/complete cycles of pooled bulk IN transfers on the emulated loopback, resubmitted from
 * their callbacks, with native memory flat: NMT ("Other", where FFM arenas are counted) and malloc's
 * in-use bytes (which include libusb's and umockdev's allocations) before and after, the pool's counters,
 * the callback slots — and nothing allocated on the Java heap by the event thread, which runs every
 * submit and callback of the steady state. Runs {@link TransferCyclesMain} in a child JVM with
 * {@code -XX:NativeMemoryTracking=summary}.
 */
class TransferCyclesTest {
    static final int CYCLES = 100_000;

    @Test
    void nativeMemoryStaysFlatAndTheEventThreadAllocatesNothing() throws IOException {
        String classPath = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .filter(p -> !p.isEmpty()).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:NativeMemoryTracking=summary", "-Xmx256m", "-cp", classPath,
                TransferCyclesMain.class.getName(), "10000", Integer.toString(CYCLES)));
        // LD_PRELOAD=libumockdev-preload.so.0 comes with this JVM's environment (see the pom)
        var result = NativeBuild.run(command, Map.of(), 240).requireSuccess("TransferCyclesMain");
        Map<String, String[]> figures = new HashMap<>();
        result.stdout().lines().forEach(l -> figures.put(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1).split(" ")));
        System.out.println(result.stdout());
        String out = result.stdout();

        assertEquals(Integer.toString(CYCLES), figures.get("cycles")[0], out);
        assertEquals("0", figures.get("failures")[0], out);
        assertEquals(String.join(" ", figures.get("pool.before")), String.join(" ", figures.get("pool.after")),
                "the pool neither grew nor leaked a buffer");
        assertEquals(figures.get("slots")[0], figures.get("slots")[1], "no callback slot leaked");
        long other = delta(figures.get("nmt.other"));
        assertTrue(other <= 16 * 1024, "NMT Other (FFM arenas) grew by " + other + " bytes:\n" + out);
        long malloc = delta(figures.get("malloc"));
        assertTrue(malloc < 1 << 20, "malloc'ed memory grew by " + malloc + " bytes (" + (double) malloc / CYCLES
                + " per cycle):\n" + out);
        long heap = Long.parseLong(figures.get("eventThreadHeapBytes")[0]);
        assertTrue(heap < 16 * 1024, "the event thread allocated " + heap + " bytes on the heap in " + CYCLES
                + " cycles (" + (double) heap / CYCLES + " per cycle), goal 0:\n" + out);
    }

    private static long delta(String[] beforeAfter) {
        return Long.parseLong(beforeAfter[1]) - Long.parseLong(beforeAfter[0]);
    }
}
