package org.ffmusb.usbredir.host;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.proto.AltSettingStatus;
import org.ffmusb.usbredir.proto.BulkPacket;
import org.ffmusb.usbredir.proto.CancelDataPacket;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.ConfigurationStatus;
import org.ffmusb.usbredir.proto.ControlPacket;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.DeviceDisconnect;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.EpInfo;
import org.ffmusb.usbredir.proto.GetConfiguration;
import org.ffmusb.usbredir.proto.Hello;
import org.ffmusb.usbredir.proto.HostPacket;
import org.ffmusb.usbredir.proto.InterfaceInfo;
import org.ffmusb.usbredir.proto.InterruptPacket;
import org.ffmusb.usbredir.proto.InterruptReceivingStatus;
import org.ffmusb.usbredir.proto.IsoPacket;
import org.ffmusb.usbredir.proto.IsoStreamStatus;
import org.ffmusb.usbredir.proto.SetAltSetting;
import org.ffmusb.usbredir.proto.SetConfiguration;
import org.ffmusb.usbredir.proto.Speed;
import org.ffmusb.usbredir.proto.StartInterruptReceiving;
import org.ffmusb.usbredir.proto.StartIsoStream;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.proto.StopIsoStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The host (reference §9) redirecting usb-emulator's loopback device to a hand-driven guest parser:
 * attach order, every control-type request, data packets, streams, cancel, stall, bad requests and
 * unplug — once per backend ({@link LibUsbHostTest}: real libusb under umockdev; {@link
 * EmulatedHostTest}: the Java backend).
 */
@Timeout(60)
abstract class UsbRedirHostContract {
    UsbRedirHost host;
    GuestSide guest;
    final AtomicInteger lost = new AtomicInteger();

    /** Plugs in a fresh loopback device and returns its backend (the host will own it). */
    abstract HostBackend plugLoopback();

    /** A SuperSpeed loopback (its loopback pair offers 16 bulk streams) instead of the default one. */
    abstract HostBackend plugSuperSpeedLoopback();

    /** Pulls the loopback out while the host holds it. */
    abstract void unplugLoopback();

    /** After the host let the device go: it is free for others, and nothing stayed allocated. */
    abstract void assertGivenBack();

    /** The status of a 65535-byte control read: the backend's own limit decides. */
    abstract int oversizedControlStatus();

    /** Removes what {@link #plugLoopback()} plugged, if the test left it. */
    abstract void cleanUp();

    @BeforeEach
    void redirectLoopback() {
        HostBackend backend = plugLoopback();
        host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT, new HostListener() {
            @Override
            public void deviceLost() {
                lost.incrementAndGet();
            }
        });
        guest = new GuestSide(host, Caps.ALL);
        assertEquals(Status.SUCCESS, host.attach(backend));
        guest.flush();
        guest.await(Hello.class);
    }

    @AfterEach
    void release() {
        host.close();
        cleanUp();
    }

    @Test
    void offersTheDeviceAsInterfaceInfoEpInfoThenDeviceConnect() {
        var info = guest.await(InterfaceInfo.class);
        var eps = guest.await(EpInfo.class);
        var connect = guest.await(DeviceConnect.class);
        assertEquals(List.of(guest.received.get(1), guest.received.get(2), guest.received.get(3)),
                List.<HostPacket>of(info, eps, connect), "order of reference §9.1");
        assertEquals(2, info.interfaceCount());
        assertEquals(0xFF, info.interfaceClasses().get(0));
        assertEquals(new DeviceConnect(0, Speed.HIGH, 0, 0, 0, Loopback.VENDOR_ID, Loopback.PRODUCT_ID,
                connect.deviceVersionBcd()), connect);
        assertEquals(EndpointType.BULK, eps.types().get(EndpointType.index(Loopback.EP_LOOP_IN)));
        assertEquals(512, eps.maxPacketSizes().get(EndpointType.index(Loopback.EP_LOOP_OUT)));
        assertEquals(EndpointType.INTERRUPT, eps.types().get(EndpointType.index(Loopback.EP_INT_IN)));
        assertEquals(EndpointType.INVALID, eps.types().get(EndpointType.index(Loopback.EP_ISO_IN)),
                "interface 1 starts at alt setting 0, which has no endpoints");
        assertEquals(EndpointType.CONTROL, eps.types().get(0));
        assertEquals(0, eps.maxPacketSizes().get(0), "usbredirhost reports ep 0 with max packet size 0");
    }

    @Test
    void controlBulkAndConfigurationRequests() {
        guest.await(DeviceConnect.class);
        guest.guest.sendControlPacket(5, 0x80, 6, 0x80, 0, 0x0100, 0, 18, null, 0, 0);
        guest.flush();
        var descriptor = guest.reply(ControlPacket.class, 5);
        assertEquals(Status.SUCCESS, descriptor.status());
        assertEquals(18, descriptor.length());
        byte[] d = GuestSide.bytes(descriptor);
        assertEquals(0x1209, (d[8] & 0xFF) | (d[9] & 0xFF) << 8);

        byte[] payload = new byte[3000];
        Arrays.fill(payload, (byte) 0x5A);
        guest.guest.sendBulkPacket(6, Loopback.EP_LOOP_OUT, 0, payload.length, 0, MemorySegment.ofArray(payload), 0,
                payload.length);
        guest.guest.sendBulkPacket(7, Loopback.EP_LOOP_IN, 0, 4096, 0, null, 0, 0);
        guest.flush();
        var out = guest.reply(BulkPacket.class, 6);
        assertEquals(new BulkPacket(6, Loopback.EP_LOOP_OUT, Status.SUCCESS, 3000, 0, null), out);
        var in = guest.reply(BulkPacket.class, 7);
        assertEquals(Status.SUCCESS, in.status());
        assertArrayEquals(payload, GuestSide.bytes(in));

        guest.send(new GetConfiguration(8));
        assertEquals(new ConfigurationStatus(8, Status.SUCCESS, 1), guest.await(ConfigurationStatus.class));
        guest.send(new SetConfiguration(9, 1));
        assertEquals(new ConfigurationStatus(9, Status.SUCCESS, 1), guest.await(ConfigurationStatus.class),
                "the active configuration: success without device I/O");

        guest.send(new SetAltSetting(10, 1, 1));
        var eps = guest.await(EpInfo.class);
        assertEquals(EndpointType.ISO, eps.types().get(EndpointType.index(Loopback.EP_ISO_IN)));
        assertEquals(new AltSettingStatus(10, Status.SUCCESS, 1, 1), guest.await(AltSettingStatus.class));
        guest.send(new SetAltSetting(11, 7, 0));
        assertEquals(new AltSettingStatus(11, Status.INVAL, 7, 0xFF), guest.await(AltSettingStatus.class));
    }

    @Test
    void isoInStreamDeliversRunningIds() {
        guest.await(DeviceConnect.class);
        guest.send(new SetAltSetting(1, 1, 1));
        guest.await(AltSettingStatus.class);
        guest.send(new StartIsoStream(2, Loopback.EP_ISO_IN, 8, 4));
        assertEquals(new IsoStreamStatus(2, Status.SUCCESS, Loopback.EP_ISO_IN), guest.await(IsoStreamStatus.class));
        for (long id = 0; id < 100; id++) {
            long expected = id;
            IsoPacket p = guest.await(IsoPacket.class);
            assertEquals(expected, p.id(), "ids run 0, 1, 2, ... (reference §9.4)");
            assertEquals(Status.SUCCESS, p.status());
            assertEquals(1024, p.length());
        }
        guest.send(new StopIsoStream(3, Loopback.EP_ISO_IN));
        guest.await(IsoStreamStatus.class, s -> s.id() == 3 && s.status() == Status.SUCCESS);
    }

    @Test
    void interruptReceivingGetsWhatInterruptOutSends() {
        guest.await(DeviceConnect.class);
        guest.send(new StartInterruptReceiving(1, Loopback.EP_INT_IN));
        assertEquals(new InterruptReceivingStatus(1, Status.SUCCESS, Loopback.EP_INT_IN),
                guest.await(InterruptReceivingStatus.class));
        byte[] report = {1, 2, 3, 4, 5, 6, 7, 8};
        guest.guest.sendInterruptPacket(20, Loopback.EP_INT_OUT, 0, 8, MemorySegment.ofArray(report), 0, 8);
        guest.flush();
        assertEquals(Status.SUCCESS, guest.reply(InterruptPacket.class, 20).status());
        var in = guest.await(InterruptPacket.class, p -> p.endpoint() == Loopback.EP_INT_IN);
        assertEquals(0, in.id(), "the first interrupt receiving packet has id 0");
        assertArrayEquals(report, GuestSide.bytes(in));
    }

    @Test
    void bulkReceivingDeliversBufferedBulkPacketsWithRunningIds() {
        guest.await(DeviceConnect.class);
        guest.send(new org.ffmusb.usbredir.proto.StartBulkReceiving(1, 0, 4096, Loopback.EP_SOURCE, 3));
        assertEquals(new org.ffmusb.usbredir.proto.BulkReceivingStatus(1, 0, Loopback.EP_SOURCE, Status.SUCCESS),
                guest.await(org.ffmusb.usbredir.proto.BulkReceivingStatus.class));
        for (long id = 0; id < 12; id++) {
            var p = guest.await(org.ffmusb.usbredir.proto.BufferedBulkPacket.class);
            assertEquals(id, p.id(), "ids run 0, 1, 2, ... across the 3 transfers (reference §9.4)");
            assertEquals(Status.SUCCESS, p.status());
            assertEquals(4096, p.length());
        }
        guest.send(new org.ffmusb.usbredir.proto.StopBulkReceiving(2, 0, Loopback.EP_SOURCE));
        guest.await(org.ffmusb.usbredir.proto.BulkReceivingStatus.class, s -> s.id() == 2);
    }

    @Test
    void bulkStreamsOnASuperSpeedDevice() {
        guest.await(DeviceConnect.class);
        host.detach();
        guest.await(DeviceDisconnect.class);
        assertEquals(Status.SUCCESS, host.attach(plugSuperSpeedLoopback()));
        var eps = guest.await(EpInfo.class);
        assertEquals(16L, eps.maxStreams().get(EndpointType.index(Loopback.EP_LOOP_IN)));
        assertEquals(Speed.SUPER, guest.await(DeviceConnect.class).speed());
        long mask = 1L << EndpointType.index(Loopback.EP_LOOP_OUT) | 1L << EndpointType.index(Loopback.EP_LOOP_IN);
        guest.send(new org.ffmusb.usbredir.proto.AllocBulkStreams(3, mask, 15));
        assertEquals(new org.ffmusb.usbredir.proto.BulkStreamsStatus(3, mask, 15, Status.SUCCESS),
                guest.await(org.ffmusb.usbredir.proto.BulkStreamsStatus.class));
        byte[] payload = {1, 2, 3, 4, 5, 6, 7};
        guest.guest.sendBulkPacket(4, Loopback.EP_LOOP_OUT, 0, 7, 5, MemorySegment.ofArray(payload), 0, 7);
        guest.guest.sendBulkPacket(5, Loopback.EP_LOOP_IN, 0, 1024, 5, null, 0, 0);
        guest.flush();
        assertEquals(Status.SUCCESS, guest.reply(BulkPacket.class, 4).status());
        var in = guest.reply(BulkPacket.class, 5);
        assertEquals(5, in.streamId());
        assertArrayEquals(payload, GuestSide.bytes(in));
        guest.send(new org.ffmusb.usbredir.proto.FreeBulkStreams(6, mask));
        assertEquals(new org.ffmusb.usbredir.proto.BulkStreamsStatus(6, mask, 0, Status.SUCCESS),
                guest.await(org.ffmusb.usbredir.proto.BulkStreamsStatus.class));
    }

    @Test
    void cancelAnswersAtOnceAndTheCompletionSendsNothing() {
        guest.await(DeviceConnect.class);
        guest.guest.sendBulkPacket(30, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0); // nothing to echo: pending
        guest.flush();
        guest.send(new CancelDataPacket(30));
        var reply = guest.reply(BulkPacket.class, 30);
        assertEquals(new BulkPacket(30, Loopback.EP_LOOP_IN, Status.CANCELLED, 0, 0, null), reply);
        assertTrue(guest.drainNew(Duration.ofMillis(300)).stream().noneMatch(p -> p instanceof BulkPacket),
                "one reply per request");
    }

    @Test
    void stallThenClearFeatureHalt() {
        guest.await(DeviceConnect.class);
        guest.guest.sendControlPacket(40, 0x00, Loopback.REQUEST_HALT, 0x40, 0, 0, Loopback.EP_SOURCE, 0, null, 0, 0);
        guest.guest.sendBulkPacket(41, Loopback.EP_SOURCE, 0, 512, 0, null, 0, 0);
        guest.flush();
        assertEquals(Status.SUCCESS, guest.reply(ControlPacket.class, 40).status());
        assertEquals(Status.STALL, guest.reply(BulkPacket.class, 41).status());
        guest.guest.sendControlPacket(42, 0x00, 1, 0x02, 0, 0, Loopback.EP_SOURCE, 0, null, 0, 0);
        guest.guest.sendBulkPacket(43, Loopback.EP_SOURCE, 0, 512, 0, null, 0, 0);
        guest.flush();
        assertEquals(Status.SUCCESS, guest.reply(ControlPacket.class, 42).status(), "CLEAR_FEATURE(halt)");
        assertEquals(Status.SUCCESS, guest.reply(BulkPacket.class, 43).status());
    }

    @Test
    void badRequestsGetTheStatusesOfC() {
        guest.await(DeviceConnect.class);
        guest.guest.sendBulkPacket(50, Loopback.EP_INT_IN, 0, 8, 0, null, 0, 0);
        guest.flush();
        assertEquals(Status.INVAL, guest.reply(BulkPacket.class, 50).status(), "bulk on an interrupt endpoint");
        guest.send(new SetAltSetting(51, 1, 1));
        guest.await(AltSettingStatus.class);
        guest.send(new StartIsoStream(52, Loopback.EP_ISO_OUT, 8, 1));
        assertEquals(new IsoStreamStatus(52, Status.STALL, Loopback.EP_ISO_OUT), guest.await(IsoStreamStatus.class),
                "an iso OUT stream of one transfer would submit nothing (CVE-2026-92382)");
        guest.send(new StartIsoStream(53, Loopback.EP_ISO_IN, 8, 100));
        assertEquals(Status.STALL, guest.await(IsoStreamStatus.class).status(), "100 transfers");
        guest.send(new StartIsoStream(54, Loopback.EP_ISO_IN, 0, 4));
        assertEquals(Status.STALL, guest.await(IsoStreamStatus.class).status(), "0 packets per transfer");
        byte[] big = new byte[65]; // the interrupt endpoints have wMaxPacketSize 64
        guest.guest.sendInterruptPacket(55, Loopback.EP_INT_OUT, 0, 65, MemorySegment.ofArray(big), 0, 65);
        guest.flush();
        assertEquals(Status.INVAL, guest.reply(InterruptPacket.class, 55).status(), "above wMaxPacketSize");
        for (int i = 0; i < 3; i++) {
            guest.guest.sendBulkPacket(60 + i, Loopback.EP_LOOP_IN, 0, 120L << 20, 0, null, 0, 0);
        }
        guest.flush();
        assertEquals(Status.IOERROR, guest.reply(BulkPacket.class, 62).status(),
                "the third 120 MiB request passes the 256 MiB bound of data in flight");
        guest.send(new CancelDataPacket(60));
        guest.send(new CancelDataPacket(61));
    }

    @Test
    void hostileRequestsOnWrongOrMissingEndpoints() {
        guest.await(DeviceConnect.class);
        guest.guest.sendBulkPacket(90, 0x8F, 0, 512, 0, null, 0, 0);
        guest.flush();
        assertEquals(Status.INVAL, guest.reply(BulkPacket.class, 90).status(), "an endpoint the device lacks");
        guest.guest.sendIsoPacket(91, Loopback.EP_LOOP_OUT, 0, 4, MemorySegment.ofArray(new byte[4]), 0, 4);
        guest.flush();
        // usbredirhost answers with a status of the endpoint's own type: bulk_receiving_status, which an
        // OUT endpoint cannot carry, so C drops it, and so do we; the host goes on.
        assertTrue(guest.drainNew(Duration.ofMillis(300)).isEmpty(), "iso on a bulk OUT endpoint gets no reply");
        guest.guest.sendControlPacket(92, 0x80, 6, 0x80, 0, 0x0100, 0, 0xFFFF, null, 0, 0);
        guest.flush();
        assertEquals(oversizedControlStatus(), guest.reply(ControlPacket.class, 92).status(),
                "a control read of 65535 bytes");
        guest.send(new StartInterruptReceiving(93, 0x8E));
        assertTrue(guest.drainNew(Duration.ofMillis(300)).stream().noneMatch(p -> p instanceof InterruptReceivingStatus),
                "a stream on an endpoint the device lacks gets no status (its type is invalid), as in C");
    }

    @Test
    void aGuestThatStopsReadingGetsStreamDataDroppedButEveryReply() throws InterruptedException {
        guest.await(DeviceConnect.class);
        guest.send(new SetAltSetting(1, 1, 1));
        guest.await(AltSettingStatus.class);
        guest.send(new StartIsoStream(2, Loopback.EP_ISO_IN, 8, 4));
        Thread.sleep(1500); // 8000 iso packets a second pile up while the guest reads nothing
        guest.guest.sendControlPacket(3, 0x80, 6, 0x80, 0, 0x0100, 0, 18, null, 0, 0);
        guest.flush();
        Thread.sleep(300);
        assertTrue(host.parser.pendingPackets() <= UsbRedirHost.MAX_QUEUED_STREAM_PACKETS + 64,
                "queued packets stay bounded: " + host.parser.pendingPackets());
        assertTrue(host.droppedStreamPackets() > 0, "stream data was dropped and counted");
        assertEquals(Status.SUCCESS, guest.reply(ControlPacket.class, 3).status(), "the control reply was kept");
    }

    /**
     * Completions keep arriving (on the backend's thread, which may hold the device meanwhile) while
     * the host changes alternate settings and clears halts for the guest: every request is answered,
     * nothing deadlocks.
     */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a deadlock fails, not hangs
    void hostOperationsWhileCompletionsArriveAllGetAnswered() {
        guest.await(DeviceConnect.class);
        int rounds = 300;
        for (int r = 0; r < rounds; r++) {
            long id = 1000 + 10L * r;
            for (int k = 0; k < 4; k++) {
                guest.guest.sendBulkPacket(id + k, Loopback.EP_SOURCE, 0, 512, 0, null, 0, 0);
            }
            guest.send(new SetAltSetting(id + 4, 1, r % 2));
            guest.guest.sendControlPacket(id + 5, 0x00, 1, 0x02, 0, 0, Loopback.EP_SOURCE, 0, null, 0, 0);
            guest.flush();
        }
        java.util.Map<Long, Integer> statuses = new java.util.HashMap<>();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (statuses.size() < 6 * rounds && System.nanoTime() < deadline) {
            for (HostPacket p : guest.drainNew(Duration.ofMillis(50))) {
                switch (p) {
                    case BulkPacket b -> statuses.put(b.id(), b.status());
                    case AltSettingStatus a -> statuses.put(a.id(), a.status());
                    case ControlPacket c -> statuses.put(c.id(), c.status());
                    default -> { }
                }
            }
        }
        assertEquals(6 * rounds, statuses.size(), "every request answered");
        assertTrue(statuses.values().stream().allMatch(st -> st == Status.SUCCESS), statuses.toString());
    }

    @Test
    void aGuestLeavingMidTransferGivesTheDeviceBack() {
        guest.await(DeviceConnect.class);
        guest.guest.sendBulkPacket(100, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0); // stays pending
        guest.flush();
        host.disconnected(new java.io.IOException("connection reset"));
        assertFalse(host.isAttached());
        assertGivenBack();
    }

    @Test
    void unplugWithTransfersInFlightSendsOneDisconnectAndErrors() {
        guest.await(DeviceConnect.class);
        for (int i = 0; i < 4; i++) {
            guest.guest.sendBulkPacket(70 + i, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0);
        }
        guest.flush();
        unplugLoopback();
        guest.await(DeviceDisconnect.class);
        for (int i = 0; i < 4; i++) {
            assertEquals(Status.IOERROR, guest.reply(BulkPacket.class, 70 + i).status());
        }
        guest.guest.sendBulkPacket(80, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0);
        guest.flush();
        assertEquals(Status.IOERROR, guest.reply(BulkPacket.class, 80).status(), "after the disconnect: ioerror");
        assertEquals(1, guest.received.stream().filter(p -> p instanceof DeviceDisconnect).count());
        assertTrue(lost.get() >= 1, "the application hears the device is lost");
    }

    @Test
    void reattachWaitsForTheDisconnectAck() {
        guest.await(DeviceConnect.class);
        host.detach();
        guest.await(DeviceDisconnect.class);
        assertEquals(Status.SUCCESS, host.attach(plugLoopback()));
        guest.await(DeviceConnect.class); // the guest parser acked the disconnect by itself, so it comes
        assertEquals(2, guest.received.stream().filter(p -> p instanceof DeviceConnect).count());
    }
}
