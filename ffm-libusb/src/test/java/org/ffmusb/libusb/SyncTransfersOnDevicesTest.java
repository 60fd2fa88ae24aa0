package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.testing.EmulatedUsb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The synchronous transfers of {@link UsbDeviceHandle} — control, bulk (1 byte to 4 MiB, short packets,
 * zero-length packets), interrupt — with timeout, stall then clear halt and babble, through real libusb
 * 1.0.26 on the emulated loopback device; heap segments (staged through the pool) and native ones.
 */
@Timeout(60)
class SyncTransfersOnDevicesTest {
    static final int VENDOR_OUT = 0x40;
    static final int VENDOR_IN = 0xc0;
    static EmulatedUsb rig;
    UsbDeviceHandle h;

    @BeforeAll
    static void open() {
        rig = EmulatedUsb.open();
    }

    @AfterAll
    static void close() {
        rig.close();
    }

    @BeforeEach
    void plug() {
        h = rig.plugAndClaim(new Loopback());
    }

    @AfterEach
    void unplug() {
        h.close();
        rig.unplugAll();
    }

    static byte[] pattern(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + seed);
        }
        return b;
    }

    @Test
    void controlOutThenInWithHeapAndNativeSegments() {
        byte[] out = pattern(100, 3);
        assertEquals(100, h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_WRITE_BUFFER, 0, 0, MemorySegment.ofArray(out), 1000));
        byte[] in = new byte[4096];
        assertEquals(100, h.controlTransfer(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0, MemorySegment.ofArray(in), 1000),
                "a short control IN returns what the device sent");
        assertArrayEquals(out, java.util.Arrays.copyOf(in, 100));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ten = arena.allocate(10);
            assertEquals(10, h.controlTransfer(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0, ten, 1000));
            assertArrayEquals(java.util.Arrays.copyOf(out, 10), ten.toArray(JAVA_BYTE));
        }
        assertEquals(0, h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_WRITE_BUFFER, 0, 0, MemorySegment.NULL, 1000));
        assertEquals(0, h.controlTransfer(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0, MemorySegment.ofArray(in), 1000),
                "the buffer is empty now");
        var stall = assertThrows(UsbException.class,
                () -> h.controlTransfer(VENDOR_IN, 0x7f, 0, 0, MemorySegment.ofArray(new byte[8]), 1000));
        assertEquals(UsbError.PIPE, stall.error(), "an unknown request stalls");
        assertEquals(0, rig.usb().bufferPool().stats().inUseBytes(), "heap data is staged in pooled buffers, released");
    }

    @Test
    void bulkLoopFromOneByteToFourMebibytes() {
        for (int size : new int[] {1, 511, 512, 513, 16384, 65536 + 1, 1 << 20, 4 << 20}) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(size);
                MemorySegment.copy(pattern(size, size), 0, out, JAVA_BYTE, 0, size);
                MemorySegment in = arena.allocate(size);
                assertEquals(size, h.bulkTransfer(Loopback.EP_LOOP_OUT, out, 5000), "OUT " + size);
                assertEquals(size, h.bulkTransfer(Loopback.EP_LOOP_IN, in, 5000), "IN " + size);
                assertEquals(-1, out.mismatch(in), "the data of " + size + " bytes came back");
            }
        }
    }

    @Test
    void shortPacketAndZeroLengthPacket() {
        byte[] out = pattern(100, 1);
        assertEquals(100, h.bulkTransfer(Loopback.EP_LOOP_OUT, MemorySegment.ofArray(out), 1000));
        byte[] in = new byte[4096];
        assertEquals(100, h.bulkTransfer(Loopback.EP_LOOP_IN, MemorySegment.ofArray(in), 1000), "a short packet ends the IN");
        assertArrayEquals(out, java.util.Arrays.copyOf(in, 100));
        assertEquals(0, h.bulkTransfer(Loopback.EP_LOOP_OUT, MemorySegment.ofArray(new byte[0]), 1000));
        assertEquals(0, h.bulkTransfer(Loopback.EP_LOOP_IN, MemorySegment.ofArray(in), 1000), "a zero-length packet");
    }

    @Test
    void interruptOutIsEchoedToInterruptIn() {
        byte[] out = pattern(10, 5);
        assertEquals(10, h.interruptTransfer(Loopback.EP_INT_OUT, MemorySegment.ofArray(out), 1000));
        byte[] in = new byte[64];
        assertEquals(10, h.interruptTransfer(Loopback.EP_INT_IN, MemorySegment.ofArray(in), 1000));
        assertArrayEquals(out, java.util.Arrays.copyOf(in, 10));
    }

    @Test
    void timeoutOfAnInThatNeverCompletes() {
        long t0 = System.nanoTime();
        var e = assertThrows(TransferException.class,
                () -> h.bulkTransfer(Loopback.EP_LOOP_IN, MemorySegment.ofArray(new byte[512]), 150));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(UsbError.TIMEOUT, e.error());
        assertEquals(TransferStatus.TIMED_OUT, e.status());
        assertEquals(0, e.result().actualLength());
        assertTrue(e.getMessage().contains("bulk IN transfer on endpoint 0x81 of Bus 001"), e.getMessage());
        assertTrue(seconds > 0.12 && seconds < 3, "the 150 ms timeout took " + seconds + " s");
    }

    @Test
    void stallThenClearHalt() {
        MemorySegment buffer = MemorySegment.ofArray(new byte[512]);
        h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_HALT, 0, Loopback.EP_SOURCE, MemorySegment.NULL, 1000);
        for (int i = 0; i < 2; i++) {
            var e = assertThrows(UsbException.class, () -> h.bulkTransfer(Loopback.EP_SOURCE, buffer, 1000));
            assertEquals(UsbError.PIPE, e.error(), "the endpoint stays halted");
            assertTrue(e.getMessage().contains("clearHalt"), e.getMessage());
        }
        h.clearHalt(Loopback.EP_SOURCE);
        assertEquals(512, h.bulkTransfer(Loopback.EP_SOURCE, buffer, 1000));
    }

    @Test
    void babbleIsAnOverflow() {
        h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_BABBLE, 0, Loopback.EP_SOURCE, MemorySegment.NULL, 1000);
        var e = assertThrows(UsbException.class,
                () -> h.bulkTransfer(Loopback.EP_SOURCE, MemorySegment.ofArray(new byte[100]), 1000));
        assertEquals(UsbError.OVERFLOW, e.error());
        assertEquals(512, h.bulkTransfer(Loopback.EP_SOURCE, MemorySegment.ofArray(new byte[512]), 1000));
    }

    @Test
    void callbacksOfAsynchronousTransfersNeverRunOnAThreadDoingSynchronousOnes() throws Exception {
        var threads = java.util.concurrent.ConcurrentHashMap.<Thread>newKeySet();
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        var stopped = new java.util.concurrent.CountDownLatch(4);
        List<Transfer> stream = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Transfer t = h.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 64);
            stream.add(t);
            t.submit(new TransferCallback() {
                @Override
                public void completed(Transfer done) {
                    threads.add(Thread.currentThread());
                    if (stop.get()) {
                        stopped.countDown();
                    } else {
                        done.submit(this);
                    }
                }
            });
        }
        MemorySegment b = MemorySegment.ofArray(new byte[8]);
        for (int i = 0; i < 300; i++) {
            h.controlTransfer(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0, b, 1000);
        }
        stop.set(true);
        assertTrue(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS));
        stream.forEach(Transfer::close);
        assertEquals(java.util.Set.of(rig.usb().eventThread()), threads,
                "libusb's own synchronous calls would handle events, and so run these callbacks, on the calling thread");
    }

    @Test
    void aSynchronousCallOnTheEventThreadIsRefusedBeforeReachingLibusb() throws Exception {
        var refused = new java.util.concurrent.CompletableFuture<Throwable>();
        Transfer t = h.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 8);
        t.submit(done -> {
            try {
                h.bulkTransfer(Loopback.EP_SOURCE, MemorySegment.ofArray(new byte[8]), 100);
                refused.complete(null);
            } catch (Throwable e) {
                refused.complete(e);
            }
        });
        Throwable e = refused.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, e);
        t.close();
    }
}
