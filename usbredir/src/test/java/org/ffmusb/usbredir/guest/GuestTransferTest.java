package org.ffmusb.usbredir.guest;

import static org.ffmusb.usbredir.guest.LoopbackRig.assertSuccess;
import static org.ffmusb.usbredir.guest.LoopbackRig.await;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ffmusb.emulator.models.loopback.CountingPattern;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.usbredir.proto.Cap;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every request type of our guest against C usbredirect serving the emulated loopback device: the
 * replies are usbredirhost's, the data is the device model's.
 */
@Timeout(120)
class GuestTransferTest {
    private static final UsbRedirGuest.Options OPTIONS = UsbRedirGuest.Options.DEFAULT;

    private static MemorySegment random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return MemorySegment.ofArray(b);
    }

    @Test
    void controlTransfersBothWaysAndAStall() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            byte[] data = random(100, 1).toArray(ValueLayout.JAVA_BYTE);
            ControlResult out = await(rig.device.controlOut(0x40, Loopback.REQUEST_WRITE_BUFFER, 0, 0, data));
            assertSuccess(out);
            assertEquals(100, out.length());
            ControlResult in = await(rig.device.controlIn(0xc0, Loopback.REQUEST_READ_BUFFER, 0, 0, 4096));
            assertSuccess(in);
            assertArrayEquals(data, in.data());
            assertEquals(Status.STALL, await(rig.device.controlIn(0xc0, 0x77, 0, 0, 8)).status(),
                    "an unknown vendor request stalls");
        }
    }

    @Test
    void bulkEchoOfShortAndLargeTransfers() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            assertTrue(rig.guest.negotiatedCaps().has(Cap.BULK_LENGTH_32BITS));
            for (int size : new int[] {1000, 200 * 1024, 3 << 20}) {
                MemorySegment sent = random(size, size);
                // A transfer of whole packets ends when its buffer is full, one with a short packet earlier.
                MemorySegment received = Arena.ofAuto().allocate(size % 512 == 0 ? size : size + 512);
                // Both directions in flight at once: the echo FIFO passes data on as it comes.
                RedirRequest<TransferResult> in = rig.device.bulk(Loopback.EP_LOOP_IN, received);
                RedirRequest<TransferResult> out = rig.device.bulk(Loopback.EP_LOOP_OUT, sent);
                assertSuccess(await(out));
                assertEquals(size, out.join().length());
                TransferResult r = await(in);
                assertSuccess(r);
                assertEquals(size, r.length());
                assertEquals(-1, sent.mismatch(received.asSlice(0, size)), size + " bytes came back changed");
            }
        }
    }

    @Test
    void withoutCap32BitsBulkLengthLargeTransfersAreRefusedBeforeSending() throws Exception {
        var options = OPTIONS.withCaps(Caps.ALL.without(Cap.BULK_LENGTH_32BITS));
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), options)) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> rig.device.bulk(Loopback.EP_LOOP_OUT, MemorySegment.ofArray(new byte[70_000])));
            assertTrue(e.getMessage().contains("32bits_bulk_length"), e.getMessage());
            MemorySegment in = MemorySegment.ofArray(new byte[65024]);
            assertSuccess(await(rig.device.bulk(Loopback.EP_LOOP_OUT, random(65024, 3))));
            assertEquals(65024, await(rig.device.bulk(Loopback.EP_LOOP_IN, in)).length());
        }
    }

    @Test
    void interruptOutComesBackThroughInterruptReceiving() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            List<byte[]> packets = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> got = new CompletableFuture<>();
            StreamListener listener = (endpoint, id, status, buffer, offset, length) -> {
                assertEquals(Loopback.EP_INT_IN, endpoint);
                if (status == Status.SUCCESS && length > 0) {
                    packets.add(buffer.asSlice(offset, length).toArray(ValueLayout.JAVA_BYTE));
                    got.complete(null);
                }
            };
            StreamStatus started = await(rig.device.startInterruptReceiving(Loopback.EP_INT_IN, listener));
            assertEquals(new StreamStatus(Status.SUCCESS, Loopback.EP_INT_IN), started);
            MemorySegment data = random(10, 4);
            TransferResult out = await(rig.device.interruptOut(Loopback.EP_INT_OUT, data));
            assertSuccess(out);
            assertEquals(10, out.length());
            await(got);
            assertArrayEquals(data.toArray(ValueLayout.JAVA_BYTE), packets.getFirst());
            assertSuccess(await(rig.device.stopInterruptReceiving(Loopback.EP_INT_IN)));
        }
    }

    @Test
    void altSettingOneOpensTheIsoSourceWhoseStreamArrivesInOrder() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            assertEquals(new AltSettingResult(Status.SUCCESS, 1, 0), await(rig.device.altSetting(1)));
            assertEquals(new AltSettingResult(Status.SUCCESS, 1, 1), await(rig.device.setAltSetting(1, 1)));
            assertNotNull(rig.device.endpoint(Loopback.EP_ISO_IN), "ep_info after set_alt_setting lists the iso source");
            assertEquals(1024, rig.device.endpoint(Loopback.EP_ISO_IN).maxPacketSize());
            assertEquals(new AltSettingResult(Status.SUCCESS, 1, 1), await(rig.device.altSetting(1)));

            List<Long> sequences = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> enough = new CompletableFuture<>();
            StreamListener listener = (endpoint, id, status, buffer, offset, length) -> {
                if (status == Status.SUCCESS) {
                    sequences.add(CountingPattern.checkPacket(buffer, offset, (int) length));
                    if (sequences.size() >= 400) {
                        enough.complete(null);
                    }
                }
            };
            assertSuccess(await(rig.device.startIsoStream(Loopback.EP_ISO_IN, 8, 4, listener)));
            await(enough);
            assertSuccess(await(rig.device.stopIsoStream(Loopback.EP_ISO_IN)));
            List<Long> first = new ArrayList<>(sequences.subList(0, 400));
            assertFalse(first.contains(-1L), "every iso packet carries the counting pattern: " + first);
            for (int i = 1; i < first.size(); i++) {
                assertEquals(first.get(i - 1) + 1, first.get(i), "iso packets in order without gaps: " + first);
            }
        }
    }

    @Test
    void isoOutPacketsReachTheSinkInOrder() throws Exception {
        // usbredirhost buffers iso OUT packets and starts the stream once half its transfers are full;
        // it drops packets on overflow and discards its partly filled buffers on underflow (§9.4), so a
        // guest must send at the device's pace. Here the sink takes 500 packets/s, 16 transfers of 32
        // packets buffer a second (half of it ahead once the stream runs), and we send 8 packets every
        // 16 ms against the clock: scheduling stalls on a loaded machine stay inside that buffer, so every
        // packet arrives, in order.
        var model = new Loopback(LoopbackOptions.DEFAULT.withIsoRate(500));
        try (LoopbackRig rig = LoopbackRig.connect(model, OPTIONS)) {
            assertSuccess(await(rig.device.setAltSetting(1, 1)));
            assertSuccess(await(rig.device.startIsoStream(Loopback.EP_ISO_OUT, 32, 16, null)));
            MemorySegment packet = MemorySegment.ofArray(new byte[1024]);
            int sent = 768;
            long start = System.nanoTime();
            for (int i = 0; i < sent; i++) {
                CountingPattern.fillPacket(packet, 0, 1024, i);
                assertTrue(rig.device.sendIsoPacket(Loopback.EP_ISO_OUT, packet));
                if (i % 8 == 7) {
                    // Against the clock, not relative sleeps, so our pace does not drift behind the device's.
                    long due = start + TimeUnit.MILLISECONDS.toNanos(2L * (i + 1));
                    LockSupport.parkNanos(due - System.nanoTime());
                }
            }
            var le = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int received;
            MemorySegment stats;
            do {
                Thread.sleep(50);
                stats = MemorySegment.ofArray(await(rig.device.controlIn(0xc0, Loopback.REQUEST_ISO_STATS, 0, 0, 16)).data());
                received = stats.get(le, 4);
            } while (received < sent - 32 && System.nanoTime() < deadline);
            // The last, partly filled transfer is never submitted: up to 31 packets stay in usbredirhost.
            String counts = "the sink got " + received + " of " + sent + ", in order " + stats.get(le, 8)
                    + ", out of order " + stats.get(le, 12);
            assertTrue(received >= sent - 32, counts);
            assertEquals(received, stats.get(le, 8), counts);
            assertSuccess(await(rig.device.stopIsoStream(Loopback.EP_ISO_OUT)));
        }
    }

    @Test
    void bulkReceivingDeliversTheSourceStream() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            long[] position = {0};
            List<String> errors = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> enough = new CompletableFuture<>();
            StreamListener listener = (endpoint, id, status, buffer, offset, length) -> {
                for (long i = 0; i < length; i++) {
                    if (buffer.get(ValueLayout.JAVA_BYTE, offset + i) != (byte) (position[0] + i)) {
                        errors.add("byte " + (position[0] + i));
                        break;
                    }
                }
                position[0] += length;
                if (position[0] >= 1 << 20) {
                    enough.complete(null);
                }
            };
            StreamStatus s = await(rig.device.startBulkReceiving(Loopback.EP_SOURCE, 0, 16 * 512, 5, listener));
            assertEquals(new StreamStatus(Status.SUCCESS, Loopback.EP_SOURCE), s);
            await(enough);
            assertSuccess(await(rig.device.stopBulkReceiving(Loopback.EP_SOURCE, 0)));
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void cancelEndsAPendingBulkInWithStatusCancelled() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            RedirRequest<TransferResult> waiting = rig.device.bulk(Loopback.EP_LOOP_IN, MemorySegment.ofArray(new byte[512]));
            Thread.sleep(200);
            assertFalse(waiting.isDone(), "the echo FIFO is empty, so the IN transfer waits");
            assertTrue(waiting.cancelTransfer());
            assertEquals(new TransferResult(Status.CANCELLED, 0), await(waiting));
            assertFalse(waiting.cancelTransfer(), "nothing left to cancel");
            // The endpoint still works after the cancellation.
            assertSuccess(await(rig.device.bulk(Loopback.EP_LOOP_OUT, random(512, 5))));
            assertEquals(512, await(rig.device.bulk(Loopback.EP_LOOP_IN, MemorySegment.ofArray(new byte[512]))).length());
        }
    }

    @Test
    void aHaltedEndpointStallsUntilClearFeatureHalt() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            assertSuccess(await(rig.device.controlOut(0x40, Loopback.REQUEST_HALT, 0, Loopback.EP_SOURCE, new byte[0])));
            MemorySegment buffer = MemorySegment.ofArray(new byte[512]);
            assertEquals(Status.STALL, await(rig.device.bulk(Loopback.EP_SOURCE, buffer)).status());
            // CLEAR_FEATURE(ENDPOINT_HALT): usbredirhost intercepts it and calls libusb_clear_halt (§9.3).
            assertSuccess(await(rig.device.controlOut(0x02, 0x01, 0, Loopback.EP_SOURCE, new byte[0])));
            TransferResult r = await(rig.device.bulk(Loopback.EP_SOURCE, buffer));
            assertSuccess(r);
            assertEquals(512, r.length());
        }
    }

    @Test
    void resetAndConfigurationRequestsKeepTheDeviceWorking() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            assertEquals(new ConfigurationResult(Status.SUCCESS, 1), await(rig.device.configuration()));
            assertEquals(new ConfigurationResult(Status.SUCCESS, 1), await(rig.device.setConfiguration(1)));
            assertSuccess(await(rig.device.setAltSetting(1, 1)));
            CompletableFuture<Integer> stopped = new CompletableFuture<>();
            assertSuccess(await(rig.device.startInterruptReceiving(Loopback.EP_INT_IN, new StreamListener() {
                @Override
                public void packet(int endpoint, long id, int status, MemorySegment buffer, long offset, long length) {}

                @Override
                public void stopped(int endpoint, int status) {
                    stopped.complete(status);
                }
            })));
            assertEquals(new ConfigurationResult(Status.SUCCESS, 1), await(rig.device.reset()));
            assertEquals(Status.STALL, await(stopped), "a reset stops the host's streams: stall = restart it (§9.2)");
            assertTrue(rig.device.isAttached());
            assertSuccess(await(rig.device.bulk(Loopback.EP_LOOP_OUT, random(512, 6))));
            assertEquals(512, await(rig.device.bulk(Loopback.EP_LOOP_IN, MemorySegment.ofArray(new byte[512]))).length());
        }
    }

    @Test
    void bulkStreamsAtSuperSpeed() throws Exception {
        var model = new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true));
        try (LoopbackRig rig = LoopbackRig.connect(model, OPTIONS)) {
            RedirectedEndpoint out = rig.device.endpoint(Loopback.EP_LOOP_OUT);
            assertEquals(1 << Loopback.STREAMS_LOG2, out.maxStreams());
            BulkStreamsResult alloc = await(rig.device.allocBulkStreams(4, Loopback.EP_LOOP_OUT, Loopback.EP_LOOP_IN));
            assertSuccess(alloc);
            assertEquals(4, alloc.streams());
            MemorySegment data = random(4096, 7);
            MemorySegment back = MemorySegment.ofArray(new byte[4096]);
            RedirRequest<TransferResult> in = rig.device.bulk(Loopback.EP_LOOP_IN, 2, back);
            assertSuccess(await(rig.device.bulk(Loopback.EP_LOOP_OUT, 2, data)));
            assertEquals(4096, await(in).length());
            assertEquals(-1, data.mismatch(back));
            assertSuccess(await(rig.device.freeBulkStreams(Loopback.EP_LOOP_OUT, Loopback.EP_LOOP_IN)));
        }
    }

    @Test
    void filterRejectMakesUsbredirectLetTheDeviceGo() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), OPTIONS)) {
            assertTrue(rig.device.reject());
            // usbredirhost_read_guest_data returns -3 (device rejected, §9.2); usbredirect then ends.
            rig.guest.closed().handle((ok, e) -> null).get(LoopbackRig.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(rig.usbredirect.awaitExit(LoopbackRig.WAIT), rig.usbredirect.log());
            assertFalse(rig.device.isAttached());
        }
    }

    @Test
    void usbredirectConnectingToOurServerServesTheSameDevice() throws Exception {
        try (LoopbackRig rig = LoopbackRig.listen(new Loopback(), OPTIONS)) {
            assertEquals(0x0001, rig.device.productId());
            MemorySegment data = random(4096, 8);
            MemorySegment back = MemorySegment.ofArray(new byte[4096]);
            assertSuccess(await(rig.device.bulk(Loopback.EP_LOOP_OUT, data)));
            assertEquals(4096, await(rig.device.bulk(Loopback.EP_LOOP_IN, back)).length());
            assertEquals(-1, data.mismatch(back));
        }
    }
}
