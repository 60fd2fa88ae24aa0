package org.ffmusb.udev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.ffmusb.udev.testing.Sysctl;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Starting and stopping the monitor thread on the real netlink socket (no device needed). */
class MonitorLifecycleTest {

    static long threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).count();
    }

    static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + name));
    }

    /** Both threads of a monitor named {@code base}: the socket's and the listeners'. */
    static long monitorThreads(String base) {
        return threadsNamed(base) + threadsNamed(base + "-events");
    }

    @Test
    void theMonitorRunsOnNamedPlatformThreadsAndCloseEndsThemWithin100ms() {
        UdevMonitor monitor = UdevMonitor.builder().threadName("udev-monitor-lifecycle").listener(e -> {}).start();
        Thread receiving = thread("udev-monitor-lifecycle");
        Thread delivering = thread("udev-monitor-lifecycle-events");
        for (Thread t : new Thread[] {receiving, delivering}) {
            assertFalse(t.isVirtual(), "a native wait pins a virtual thread: the monitor needs platform threads");
            assertTrue(t.isDaemon());
        }
        assertTrue(monitor.isRunning());
        assertEquals("udev-monitor-lifecycle", monitor.threadName());
        assertEquals("udev-monitor-lifecycle-events", monitor.listenerThreadName());
        long start = System.nanoTime();
        monitor.close();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 100, "close took " + millis + " ms");
        assertFalse(receiving.isAlive() || delivering.isAlive(), "close returns after both threads ended");
        assertEquals(0, monitorThreads("udev-monitor-lifecycle"));
        assertFalse(monitor.isRunning());
        monitor.close();
    }

    @Test
    void theReceiveBufferIsEnlargedBeyondTheSystemDefault() throws IOException {
        long systemDefault = Sysctl.read("net/core/rmem_default");
        long maximum = Sysctl.read("net/core/rmem_max");
        assertTrue(systemDefault > 4096 && maximum >= systemDefault, systemDefault + " / " + maximum);
        try (UdevMonitor monitor = UdevMonitor.start(e -> {})) {
            // The kernel reports twice the size set. Without CAP_NET_ADMIN the ceiling is rmem_max.
            assertTrue(monitor.receiveBufferSize() > 2 * systemDefault, "SO_RCVBUF " + monitor.receiveBufferSize());
            assertTrue(monitor.receiveBufferSize() >= Math.min(2L * UdevMonitor.DEFAULT_RECEIVE_BUFFER_SIZE, 2 * maximum),
                    "SO_RCVBUF " + monitor.receiveBufferSize() + ", rmem_max " + maximum);
        }
        try (UdevMonitor small = UdevMonitor.builder().receiveBufferSize(1 << 20).start()) {
            assertEquals(2 << 20, small.receiveBufferSize(), "a smaller request is honoured exactly");
        }
    }

    @Test
    void startingAndStoppingRepeatedlyLeaksNeitherThreadsNorDescriptors() throws IOException {
        try (UdevMonitor warmUp = UdevMonitor.start(e -> {})) {
            assertTrue(warmUp.isRunning());
        }
        long fds = openFileDescriptors();
        for (int i = 0; i < 100; i++) {
            UdevMonitor.builder().threadName("udev-monitor-cycle").start().close();
        }
        assertEquals(fds, openFileDescriptors(), "each monitor closes its socket and its eventfd");
        assertEquals(0, monitorThreads("udev-monitor-cycle"));
    }

    @Test
    void twoMonitorsRunSideBySide() {
        try (UdevMonitor a = UdevMonitor.builder().threadName("udev-monitor-a").start();
                UdevMonitor b = UdevMonitor.builder().threadName("udev-monitor-b").interfaces(false)
                        .source(UdevMonitor.Source.KERNEL).start()) {
            assertTrue(a.isRunning() && b.isRunning());
            b.close();
            assertTrue(a.isRunning(), "closing one leaves the other");
        }
    }

    @Test
    void anInterruptedCloserStillWaitsForTheThreadAndKeepsTheInterrupt() throws InterruptedException {
        UdevMonitor monitor = UdevMonitor.builder().threadName("udev-monitor-interrupted").start();
        var checked = new CountDownLatch(1);
        boolean[] result = new boolean[2];
        Thread closer = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            monitor.close();
            result[0] = Thread.currentThread().isInterrupted();
            result[1] = monitorThreads("udev-monitor-interrupted") == 0;
            checked.countDown();
        });
        checked.await();
        closer.join();
        assertTrue(result[0], "the interrupt is kept for the caller");
        assertTrue(result[1], "the monitor's threads ended before close returned");
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> UdevMonitor.builder().receiveBufferSize(0));
        assertThrows(NullPointerException.class, () -> UdevMonitor.builder().listener(null));
    }
}
