package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ffmusb.emulator.models.loopback.CountingPattern;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.libusb.testing.EmulatedUsb;
import org.ffmusb.libusb.testing.IsoPacketErrors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Asynchronous transfers of every type through real libusb 1.0.26 on emulated devices: completion as
 * callbacks and futures on the event thread, control, bulk from 1 byte to 4 MiB with short and
 * zero-length packets, interrupt, isochronous IN and OUT with per-packet status, bulk streams, cancel,
 * timeout, stall then clear halt, overflow.
 */
@Timeout(60)
class AsyncTransfersOnDevicesTest {
    static final int VENDOR_OUT = 0x40;
    static final int VENDOR_IN = 0xc0;
    static EmulatedUsb rig;
    final List<UsbDeviceHandle> handles = new ArrayList<>();

    @BeforeAll
    static void open() {
        rig = EmulatedUsb.open();
    }

    @AfterAll
    static void close() {
        rig.close();
    }

    @AfterEach
    void unplug() {
        handles.forEach(UsbDeviceHandle::close);
        rig.unplugAll();
        assertEquals(0, rig.usb().bufferPool().stats().inUseBytes(), "every pooled buffer came back");
    }

    UsbDeviceHandle loopback() {
        return loopback(new Loopback());
    }

    UsbDeviceHandle loopback(org.ffmusb.emulator.model.DeviceModel model) {
        UsbDeviceHandle h = rig.plugAndClaim(model);
        handles.add(h);
        return h;
    }

    static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    static TransferException failure(CompletableFuture<?> f) throws Exception {
        var e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(TransferException.class, e.getCause());
    }

    @Test
    void callbacksAndFutureCompletionsRunOnTheEventThread() throws Exception {
        UsbDeviceHandle h = loopback();
        var thread = new CompletableFuture<Thread>();
        try (Transfer t = h.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 64)) {
            t.submit(done -> thread.complete(Thread.currentThread()));
            assertSame(rig.usb().eventThread(), await(thread));
            assertEquals(TransferStatus.COMPLETED, t.status());
            assertEquals(64, t.actualLength());
            var completing = new CompletableFuture<Thread>();
            t.submit().whenComplete((done, e) -> completing.complete(Thread.currentThread()));
            // the action runs on the event thread if the transfer was still in flight when it was added,
            // else at once on this thread (CompletableFuture's rule)
            assertTrue(List.of(rig.usb().eventThread(), Thread.currentThread()).contains(await(completing)));
        }
        var onEventThread = new CompletableFuture<Thread>();
        MemorySegment data = Arena.ofAuto().allocate(8);
        var interrupt = h.submitInterrupt(Loopback.EP_INT_IN, data, 1000); // pending until data arrives
        interrupt.whenComplete((r, e) -> onEventThread.complete(Thread.currentThread()));
        h.interruptTransfer(Loopback.EP_INT_OUT, MemorySegment.ofArray(new byte[8]), 1000);
        assertSame(rig.usb().eventThread(), await(onEventThread), "added while in flight: on the event thread");
        assertEquals(8, await(interrupt).actualLength());
    }

    @Test
    void controlInAndOutAsOneShotsAndAsAReusableTransfer() throws Exception {
        UsbDeviceHandle h = loopback();
        byte[] out = {9, 8, 7, 6, 5};
        TransferResult written = await(h.submitControl(VENDOR_OUT, Loopback.REQUEST_WRITE_BUFFER, 0, 0,
                MemorySegment.ofArray(out), 1000));
        assertEquals(5, written.actualLength());
        byte[] in = new byte[64];
        TransferResult read = await(h.submitControl(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0,
                MemorySegment.ofArray(in), 1000));
        assertEquals(5, read.actualLength());
        assertArrayEquals(out, read.data().toArray(JAVA_BYTE), "the result is a slice of the caller's data");
        assertArrayEquals(out, java.util.Arrays.copyOf(in, 5));

        try (Transfer t = h.newTransfer(TransferType.CONTROL, 0, Transfer.CONTROL_SETUP_SIZE + 16)) {
            t.setup(VENDOR_IN, Loopback.REQUEST_ISO_STATS, 0, 0, 16).timeout(1000);
            assertEquals(Transfer.CONTROL_SETUP_SIZE + 16, t.length());
            assertEquals(16, t.controlData().byteSize());
            await(t.submit());
            assertEquals(16, t.actualLength());
            assertEquals(16, t.data().byteSize());
            t.setup(VENDOR_IN, 0x7f, 0, 0, 4);
            TransferException stall = failure(t.submit());
            assertEquals(TransferStatus.STALL, stall.status());
            assertEquals(UsbError.PIPE, stall.error());
            assertEquals(TransferStatus.STALL, t.status());
            await(t.setup(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0, 2).submit());
            assertEquals(2, t.actualLength(), "the control pipe works after a stall");
        }
        TransferException oneShotStall = failure(h.submitControl(VENDOR_IN, 0x7f, 0, 0, MemorySegment.ofArray(new byte[4]), 1000));
        assertEquals(TransferStatus.STALL, oneShotStall.result().status());
    }

    @Test
    void bulkLoopFromOneByteToFourMebibytesWithTheCallersMemory() throws Exception {
        UsbDeviceHandle h = loopback();
        try (Arena arena = Arena.ofShared()) {
            for (int size : new int[] {1, 511, 512, 513, 16384, 65536 + 1, 1 << 20, 4 << 20}) {
                MemorySegment out = arena.allocate(size);
                for (int i = 0; i < size; i++) {
                    out.set(JAVA_BYTE, i, (byte) (i * 7 + size));
                }
                MemorySegment in = arena.allocate(size + 64).asSlice(32, size); // any slice will do
                var received = h.submitBulk(Loopback.EP_LOOP_IN, in, 5000);   // pending: the FIFO is empty
                var sent = h.submitBulk(Loopback.EP_LOOP_OUT, out, 5000);
                assertEquals(size, await(sent).actualLength(), "OUT " + size);
                TransferResult r = await(received);
                assertEquals(size, r.actualLength(), "IN " + size);
                assertEquals(in.address(), r.data().address(), "zero copy: the result is the caller's memory");
                assertEquals(-1, out.mismatch(in), "the data of " + size + " bytes came back");
            }
        }
    }

    @Test
    void shortPacketsZeroLengthPacketsAndShortNotOk() throws Exception {
        UsbDeviceHandle h = loopback();
        try (Transfer in = h.newTransfer(TransferType.BULK, Loopback.EP_LOOP_IN, 4096);
                Transfer out = h.newTransfer(TransferType.BULK, Loopback.EP_LOOP_OUT, 1024)) {
            await(out.length(100).submit());
            await(in.submit());
            assertEquals(100, in.actualLength(), "a short packet ends the IN transfer");

            await(out.length(512).addZeroPacket(true).submit());
            await(in.submit());
            assertEquals(512, in.actualLength(), "the zero-length packet after a full packet ends the IN");

            await(out.length(0).addZeroPacket(false).submit());
            await(in.submit());
            assertEquals(0, in.actualLength(), "an empty OUT arrives as a zero-length packet");

            await(out.length(100).submit());
            TransferException e = failure(in.shortNotOk(true).submit());
            assertEquals(TransferStatus.ERROR, e.status(), "SHORT_NOT_OK turns a short IN into an error");
            assertEquals(100, in.actualLength(), "the bytes still arrived");
        }
    }

    @Test
    void interruptInWaitsForData() throws Exception {
        UsbDeviceHandle h = loopback();
        MemorySegment in = Arena.ofAuto().allocate(64);
        var pending = h.submitInterrupt(Loopback.EP_INT_IN, in, 0);
        assertThrows(TimeoutException.class, () -> pending.get(300, TimeUnit.MILLISECONDS));
        assertEquals(1, h.transfersInFlight());
        MemorySegment out = Arena.ofAuto().allocate(10).fill((byte) 0x5a);
        await(h.submitInterrupt(Loopback.EP_INT_OUT, out, 1000));
        TransferResult r = await(pending);
        assertEquals(10, r.actualLength());
        assertEquals(-1, r.data().mismatch(out));
        assertEquals(0, h.transfersInFlight());
    }

    @Test
    void isochronousInKeepsTheRateAndReportsEveryPacket() throws Exception {
        UsbDeviceHandle h = loopback();
        h.claimInterface(1);
        h.setAltSetting(1, 1);
        List<Transfer> transfers = new ArrayList<>();
        var done = new CountDownLatch(4);
        long t0 = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            Transfer t = h.newIsoTransfer(Loopback.EP_ISO_IN, 32, 1024).timeout(5000);
            transfers.add(t);
            t.submit(x -> done.countDown());
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds >= 0.015, "128 packets at one per microframe take 16 ms, took " + seconds);
        long expected = -1;
        for (Transfer t : transfers) {
            assertEquals(TransferStatus.COMPLETED, t.status());
            assertEquals(32, t.isoPacketCount());
            assertEquals(32 * 1024, t.actualLength());
            for (int p = 0; p < 32; p++) {
                assertEquals(1024, t.isoPacketLength(p));
                assertEquals(1024, t.isoPacketActualLength(p));
                assertEquals(TransferStatus.COMPLETED, t.isoPacketStatus(p));
                assertEquals(p * 1024L, t.isoPacketOffset(p));
                long seq = CountingPattern.checkPacket(t.isoPacketData(p), 0, 1024);
                assertTrue(seq >= 0, "packet " + p + " follows the pattern");
                assertTrue(expected < 0 || seq == expected, "packet " + p + " is " + seq + ", expected " + expected);
                expected = seq + 1;
            }
            t.close();
            assertEquals(32 * 1024, t.actualLength(), "the outcome stays readable");
            var closed = assertThrows(IllegalStateException.class, () -> t.isoPacketActualLength(0));
            assertTrue(closed.getMessage().contains("closed"), "the packet descriptors were freed with the struct");
            assertThrows(IllegalStateException.class, t::data, "a pooled buffer went back to the pool");
        }
        MemorySegment small = Arena.ofAuto().allocate(300);
        TransferResult r = await(h.submitIso(Loopback.EP_ISO_IN, small, new int[] {100, 100, 100}, 1000));
        assertEquals(3, r.isoPackets().size());
        assertEquals(300, r.actualLength());
        for (IsoPacketResult p : r.isoPackets()) {
            assertEquals(new IsoPacketResult(100, 100, TransferStatus.COMPLETED, p.data()), p);
            assertEquals(100, p.data().byteSize());
        }
        assertEquals(small.address() + 200, r.isoPackets().get(2).data().address());
    }

    @Test
    void isochronousPacketsFailIndividuallyWhileTheTransferCompletes() throws Exception {
        UsbDeviceHandle h = loopback(new IsoPacketErrors());
        h.claimInterface(1);
        h.setAltSetting(1, 1);
        try (Transfer t = h.newIsoTransfer(Loopback.EP_ISO_IN, 8, 1024)) {
            await(t.submit());
            assertEquals(TransferStatus.COMPLETED, t.status(), "an iso transfer completes whatever its packets did");
            List<TransferStatus> statuses = new ArrayList<>();
            List<Integer> lengths = new ArrayList<>();
            for (IsoPacketResult p : t.isoPacketResults()) {
                statuses.add(p.status());
                lengths.add(p.actualLength());
                assertEquals(p.actualLength(), p.data().byteSize());
            }
            var ok = TransferStatus.COMPLETED;
            var error = TransferStatus.ERROR;
            assertEquals(List.of(ok, error, error, ok, ok, error, error, ok), statuses);
            assertEquals(List.of(1024, 0, 0, 512, 1024, 0, 0, 512), lengths);
            assertEquals(3 * 1024, t.actualLength());
            assertEquals(3 * 1024L, t.isoPacketResults().get(3).data().address() - t.buffer().address(),
                    "packet data sits at the packet's offset, whatever the earlier packets received");
        }
    }

    @Test
    void isochronousOutArrivesInOrder() throws Exception {
        UsbDeviceHandle h = loopback();
        h.claimInterface(1);
        h.setAltSetting(1, 1);
        int[] before = isoStats(h);
        List<CompletableFuture<TransferResult>> sent = new ArrayList<>();
        int sequence = 1000;
        try (Arena arena = Arena.ofShared()) {
            for (int u = 0; u < 4; u++) {
                MemorySegment data = arena.allocate(32 * 1024);
                for (int p = 0; p < 32; p++) {
                    CountingPattern.fillPacket(data, p * 1024L, 1024, sequence++);
                }
                if (u == 3) {
                    data.set(JAVA_BYTE, 31 * 1024 + 100, (byte) 0xff); // one broken packet at the very end
                }
                int[] lengths = new int[32];
                java.util.Arrays.fill(lengths, 1024);
                sent.add(h.submitIso(Loopback.EP_ISO_OUT, data, lengths, 5000));
            }
            for (var f : sent) {
                TransferResult r = await(f);
                assertEquals(32, r.isoPackets().size());
                assertTrue(r.isoPackets().stream().allMatch(p -> p.status() == TransferStatus.COMPLETED
                        && p.actualLength() == 1024));
            }
        }
        int[] after = isoStats(h);
        assertEquals(128, after[1] - before[1], "packets received");
        assertEquals(127, after[2] - before[2], "packets in order with the pattern");
        assertEquals(1, after[3] - before[3], "the broken one");
    }

    static int[] isoStats(UsbDeviceHandle h) {
        MemorySegment s = MemorySegment.ofArray(new byte[16]);
        h.controlTransfer(VENDOR_IN, Loopback.REQUEST_ISO_STATS, 0, 0, s, 1000);
        var le = JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        return new int[] {s.get(le, 0), s.get(le, 4), s.get(le, 8), s.get(le, 12)};
    }

    @Test
    void cancelInFlight() throws Exception {
        UsbDeviceHandle h = loopback();
        try (Transfer t = h.newTransfer(TransferType.BULK, Loopback.EP_LOOP_IN, 512)) {
            assertFalse(t.cancel(), "nothing to cancel before submit");
            var f = t.submit();
            Thread.sleep(100);
            assertTrue(t.isInFlight());
            assertTrue(t.cancel());
            TransferException e = failure(f);
            assertEquals(TransferStatus.CANCELLED, e.status());
            assertFalse(t.isInFlight());
            assertFalse(t.cancel());
            assertEquals(0, h.transfersInFlight());
        }
    }

    @Test
    void timeoutEndsATransferThatNeverCompletes() throws Exception {
        UsbDeviceHandle h = loopback();
        long t0 = System.nanoTime();
        TransferException e = failure(h.submitBulk(Loopback.EP_LOOP_IN, Arena.ofAuto().allocate(512), 150));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(TransferStatus.TIMED_OUT, e.status());
        assertEquals(UsbError.TIMEOUT, e.error());
        assertEquals(0, e.result().actualLength());
        assertTrue(seconds > 0.12 && seconds < 3, "the 150 ms timeout took " + seconds + " s");
    }

    @Test
    void stallThenClearHaltThenOverflow() throws Exception {
        UsbDeviceHandle h = loopback();
        try (Transfer t = h.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 512)) {
            h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_HALT, 0, Loopback.EP_SOURCE, MemorySegment.NULL, 1000);
            assertEquals(TransferStatus.STALL, failure(t.submit()).status());
            assertEquals(TransferStatus.STALL, failure(t.submit()).status(), "halted until cleared");
            h.clearHalt(Loopback.EP_SOURCE);
            await(t.submit());
            assertEquals(512, t.actualLength());

            h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_BABBLE, 0, Loopback.EP_SOURCE, MemorySegment.NULL, 1000);
            TransferException e = failure(t.length(100).submit());
            assertEquals(TransferStatus.OVERFLOW, e.status());
            assertEquals(UsbError.OVERFLOW, e.error());
            await(t.submit());
        }
    }

    @Test
    void resubmittingFromTheCallbackAndAThrowingCallback() throws Exception {
        UsbDeviceHandle h = loopback();
        var count = new AtomicInteger();
        var finished = new CompletableFuture<Integer>();
        try (Transfer t = h.newTransfer(TransferType.BULK, Loopback.EP_SOURCE, 1024)) {
            t.submit(new TransferCallback() {
                @Override
                public void completed(Transfer done) {
                    if (count.incrementAndGet() < 50) {
                        done.submit(this);
                    } else {
                        finished.complete(count.get());
                    }
                }
            });
            assertEquals(50, await(finished));
            var after = new CompletableFuture<Boolean>();
            t.submit(done -> {
                throw new IllegalStateException("a callback that throws (logged, then ignored)");
            });
            Thread.sleep(200);
            assertFalse(t.isInFlight());
            t.submit(done -> after.complete(true));
            assertTrue(await(after), "the event thread survived the throwing callback");
        }
    }

    @Test
    void bulkStreamsAtSuperSpeed() throws Exception {
        UsbDeviceHandle h = loopback(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)));
        int streams = h.allocStreams(4, Loopback.EP_LOOP_OUT, Loopback.EP_LOOP_IN);
        assertTrue(streams >= 1 && streams <= 4, "streams " + streams);
        MemorySegment out = Arena.ofAuto().allocate(3000).fill((byte) 0x33);
        MemorySegment in = Arena.ofAuto().allocate(3000);
        var received = h.submitBulkStream(Loopback.EP_LOOP_IN, 1, in, 2000);
        await(h.submitBulkStream(Loopback.EP_LOOP_OUT, 1, out, 2000));
        assertEquals(3000, await(received).actualLength());
        assertEquals(-1, in.mismatch(out));
        h.freeStreams(Loopback.EP_LOOP_OUT, Loopback.EP_LOOP_IN);
    }

    @Test
    void submitOfAnUnknownEndpointFailsTyped() {
        UsbDeviceHandle h = loopback();
        var f = h.submitBulk(0x8e, Arena.ofAuto().allocate(8), 1000);
        var e = assertThrows(CompletionException.class, f::join);
        var usb = assertInstanceOf(UsbException.class, e.getCause());
        assertTrue(usb.getMessage().contains("libusb_submit_transfer"), usb.getMessage());
        assertEquals(0, h.transfersInFlight());
    }
}
