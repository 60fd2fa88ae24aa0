package org.ffmusb.libusb;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.testing.EmulatedUsb;
import org.ffmusb.libusb.testing.NativeMemory;

/**
 * Runs in a child JVM (class path, {@code -XX:NativeMemoryTracking=summary}, umockdev preloaded) for
 * {@link TransferCyclesTest}: keeps 8 pooled bulk IN transfers of the emulated loopback in flight, each
 * resubmitted from its callback, and prints the native memory, pool and allocation figures before and after
 * the measured cycles, one "name value" per line.
 *
 * <p>usage: TransferCyclesMain WARMUP_CYCLES CYCLES
 */
public final class TransferCyclesMain {
    private TransferCyclesMain() {}

    static final int DEPTH = 8;

    /** One callback for every transfer: counts, resubmits until the target, allocates nothing. */
    static final class Cycles implements TransferCallback {
        private long completed;
        private long target;
        private int idle;
        private long failures;
        private CountDownLatch done;

        void run(Transfer[] transfers, long count) throws InterruptedException {
            done = new CountDownLatch(1);
            completed = 0;
            idle = 0;
            target = count;
            for (Transfer t : transfers) {
                t.submit(this);
            }
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("cycles stalled at " + completed + " of " + count);
            }
        }

        @Override
        public void completed(Transfer t) {
            completed++;
            if (t.status() != TransferStatus.COMPLETED) {
                failures++;
            }
            if (completed + DEPTH - 1 - idle < target) {
                t.submit(this);
            } else if (++idle == DEPTH) {
                done.countDown();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        long warmup = Long.parseLong(args[0]);
        long cycles = Long.parseLong(args[1]);
        try (EmulatedUsb rig = EmulatedUsb.open()) {
            UsbDeviceHandle h = rig.plugAndClaim(new Loopback());
            Transfer[] transfers = new Transfer[DEPTH];
            for (int i = 0; i < DEPTH; i++) {
                transfers[i] = h.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 512);
            }
            var cycle = new Cycles();
            cycle.run(transfers, warmup);
            Thread eventThread = rig.usb().eventThread();
            System.gc();
            BufferPool.Stats pool0 = rig.usb().bufferPool().stats();
            int slots0 = Upcalls.TRANSFERS.size();
            NativeMemory.Nmt nmt0 = NativeMemory.nmt();
            long malloc0 = NativeMemory.mallocInUse();
            long heap0 = NativeMemory.heapAllocatedBy(eventThread);
            long t0 = System.nanoTime();

            cycle.run(transfers, cycles);

            double seconds = (System.nanoTime() - t0) / 1e9;
            long heap1 = NativeMemory.heapAllocatedBy(eventThread);
            System.gc();
            long malloc1 = NativeMemory.mallocInUse();
            NativeMemory.Nmt nmt1 = NativeMemory.nmt();
            BufferPool.Stats pool1 = rig.usb().bufferPool().stats();
            int slots1 = Upcalls.TRANSFERS.size();
            System.out.println("cycles " + cycle.completed);
            System.out.println("failures " + cycle.failures);
            System.out.printf("seconds %.2f%n", seconds);
            System.out.println("pool.before " + pool0);
            System.out.println("pool.after " + pool1);
            System.out.println("slots " + slots0 + " " + slots1);
            System.out.println("nmt.other " + nmt0.otherCommitted() + " " + nmt1.otherCommitted());
            System.out.println("nmt.total " + nmt0.totalCommitted() + " " + nmt1.totalCommitted());
            System.out.println("malloc " + malloc0 + " " + malloc1);
            System.out.println("eventThreadHeapBytes " + (heap1 - heap0));
            for (Transfer t : transfers) {
                t.close();
            }
        }
    }
}
