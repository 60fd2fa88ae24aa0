package org.ffmusb.usbredir.guest;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.testing.SourceHost;
import org.ffmusb.usbredir.transport.PeerPipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Heap allocated per bulk transfer in steady state, measured per thread: the thread issuing the
 * transfers pays for the request (a CompletableFuture) and nothing else; the I/O thread, which decodes
 * the reply, copies its payload into the caller's buffer and completes the request, pays for the
 * result record only. Through usbredirect the I/O thread runs our guest and the TCP transport alone.
 */
@Timeout(180)
class GuestAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record PerTransfer(double caller, double io) {}

    /** Keeps {@code window} bulk IN transfers in flight, {@code count} in all; spins instead of join(). */
    private static PerTransfer measure(RedirectedDevice device, int endpoint, int size, int window, int count,
                                       String ioThreadPrefix) {
        MemorySegment[] buffers = new MemorySegment[window];
        for (int i = 0; i < window; i++) {
            buffers[i] = Arena.ofAuto().allocate(size);
        }
        @SuppressWarnings("unchecked")
        RedirRequest<TransferResult>[] inFlight = new RedirRequest[window];
        long io = ioThread(ioThreadPrefix);
        long callerBefore = THREADS.getCurrentThreadAllocatedBytes();
        long ioBefore = THREADS.getThreadAllocatedBytes(io);
        for (int i = 0; i < count; i++) {
            int slot = i % window;
            RedirRequest<TransferResult> previous = inFlight[slot];
            if (previous != null) {
                while (!previous.isDone()) {
                    Thread.onSpinWait();
                }
                if (previous.getNow(null).status() != 0) {
                    throw new AssertionError("transfer failed: " + previous.getNow(null));
                }
            }
            inFlight[slot] = device.bulk(endpoint, buffers[slot]);
        }
        for (RedirRequest<TransferResult> r : inFlight) {
            while (!r.isDone()) {
                Thread.onSpinWait();
            }
        }
        long caller = THREADS.getCurrentThreadAllocatedBytes() - callerBefore;
        long ioBytes = THREADS.getThreadAllocatedBytes(io) - ioBefore;
        return new PerTransfer((double) caller / count, (double) ioBytes / count);
    }

    private static long ioThread(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no thread " + prefix)).threadId();
    }

    @Test
    void throughThePipeABulkTransferAllocatesItsRequestAndItsResult() throws Exception {
        UsbRedirGuest guest = new UsbRedirGuest();
        PeerPipe pipe = PeerPipe.connect(guest, new SourceHost(DescriptorSet.of(new Loopback().definition())));
        try {
            RedirectedDevice device = guest.device().get(10, TimeUnit.SECONDS);
            measure(device, SourceHost.SOURCE, 16384, 8, 50_000, "usbredir-pipe"); // warm up, JIT
            long start = System.nanoTime();
            PerTransfer p = measure(device, SourceHost.SOURCE, 16384, 8, 50_000, "usbredir-pipe");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("pipe, 16 KiB bulk IN, 8 in flight: %.1f B/transfer on the calling thread, %.1f B on the "
                    + "I/O thread (guest completions and the test host); %.0f MB/s%n", p.caller(), p.io(),
                    50_000 * 16384 / seconds / 1e6);
            assertTrue(p.caller() <= 96, "the caller allocates only the request: " + p.caller());
            assertTrue(p.io() <= 40, "the I/O thread allocates only the result: " + p.io());
        } finally {
            pipe.close();
        }
    }

    @Test
    void throughUsbredirectOverTcp() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), UsbRedirGuest.Options.DEFAULT)) {
            measure(rig.device, Loopback.EP_SOURCE, 16384, 8, 3000, "usbredir-socket"); // warm up
            long start = System.nanoTime();
            PerTransfer p = measure(rig.device, Loopback.EP_SOURCE, 16384, 8, 3000, "usbredir-socket");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("usbredirect, 16 KiB bulk IN, 8 in flight: %.1f B/transfer on the calling thread, %.1f B "
                    + "on the I/O thread; %.1f MB/s%n", p.caller(), p.io(), 3000 * 16384 / seconds / 1e6);
            assertTrue(p.caller() <= 96, "the caller allocates only the request: " + p.caller());
            assertTrue(p.io() <= 40, "the I/O thread allocates only the result: " + p.io());
        }
    }
}
