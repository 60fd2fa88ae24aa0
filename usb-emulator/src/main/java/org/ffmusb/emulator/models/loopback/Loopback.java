package org.ffmusb.emulator.models.loopback;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.ControlTransfer;
import org.ffmusb.emulator.model.DescriptorBytes;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.SetupPacket;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;
import org.ffmusb.emulator.model.TransferError;

/**
 * A high-speed vendor-class test device, in the spirit of Linux's gadget zero: every transfer type,
 * with data the host can check.
 *
 * <ul>
 *   <li>Interface 0: bulk OUT {@code 0x01} looped back to bulk IN {@code 0x81} through a FIFO that keeps
 *   packet boundaries (short packets and zero-length packets come back as sent); bulk OUT sink
 *   {@code 0x02}; bulk IN source {@code 0x82} (the {@link CountingPattern} stream); interrupt OUT
 *   {@code 0x03} looped back to interrupt IN {@code 0x83} (an interrupt IN stays pending until data
 *   arrives).</li>
 *   <li>Interface 1, alternate setting 1: isochronous IN source {@code 0x84} and OUT sink {@code 0x04}
 *   ({@link CountingPattern} packets, one per microframe at the configured rate). Setting 0 has no
 *   endpoints, as the USB spec asks of isochronous interfaces.</li>
 *   <li>Vendor requests to the device: {@link #REQUEST_WRITE_BUFFER}, {@link #REQUEST_READ_BUFFER},
 *   {@link #REQUEST_ISO_STATS}, {@link #REQUEST_HALT}, {@link #REQUEST_BABBLE}.</li>
 * </ul>
 * Identifies as 1209:0001 (pid.codes test PID), USB 2.1 with a BOS (LPM, container ID); with
 * {@link LoopbackOptions#superSpeed()} a USB 3.2 SuperSpeed device on bus 2 whose loopback pair
 * offers bulk streams (a transfer's stream ID does not change the echo).
 */
public final class Loopback implements DeviceModel {
    public static final int VENDOR_ID = 0x1209;
    public static final int PRODUCT_ID = 0x0001;

    public static final int EP_LOOP_OUT = 0x01;
    public static final int EP_LOOP_IN = 0x81;
    public static final int EP_SINK = 0x02;
    public static final int EP_SOURCE = 0x82;
    public static final int EP_INT_OUT = 0x03;
    public static final int EP_INT_IN = 0x83;
    public static final int EP_ISO_IN = 0x84;
    public static final int EP_ISO_OUT = 0x04;
    /** At SuperSpeed the loopback pair offers 2^4 = 16 bulk streams (15 usable: xHCI keeps stream 0). */
    public static final int STREAMS_LOG2 = 4;

    /** OUT, up to 4096 bytes: stored, to be read back with {@link #REQUEST_READ_BUFFER}. */
    public static final int REQUEST_WRITE_BUFFER = 0x01;
    /** IN: the stored bytes (initially 64 bytes 0x00..0x3f), at most wLength of them. */
    public static final int REQUEST_READ_BUFFER = 0x02;
    /** IN, 16 bytes: four little-endian counters: iso packets sent, iso packets received, received
     *  packets that followed the pattern, received packets that did not. */
    public static final int REQUEST_ISO_STATS = 0x03;
    /** OUT, wIndex = endpoint: the device halts that endpoint; its next transfer gets STALL, and the
     *  endpoint stays halted until the host clears it. */
    public static final int REQUEST_HALT = 0x04;
    /** OUT, wIndex = IN endpoint: the next transfer on it babbles (the device sends more than asked). */
    public static final int REQUEST_BABBLE = 0x05;

    private final LoopbackOptions options;
    private final EchoPipe bulkEcho;
    private final EchoPipe interruptEcho;
    private final IsoClock clock;
    private final AtomicLong sourcePosition = new AtomicLong();
    private final AtomicLong sinkBytes = new AtomicLong();
    private final AtomicLong isoSent = new AtomicLong();
    private final AtomicLong isoReceived = new AtomicLong();
    private final AtomicLong isoGood = new AtomicLong();
    private final AtomicLong isoBad = new AtomicLong();
    private long isoNextExpected = -1;
    private int isoNextSent;
    /** Endpoints (one bit each: OUT 0..15, IN 16..31) whose next transfer stalls or babbles; a bit set
     *  per endpoint rather than a map, so that a transfer costs no boxing. */
    private final AtomicInteger haltRequested = new AtomicInteger();
    private final AtomicInteger babbleRequested = new AtomicInteger();
    private volatile byte[] controlBuffer = initialBuffer();

    public Loopback() {
        this(LoopbackOptions.DEFAULT);
    }

    public Loopback(LoopbackOptions options) {
        this.options = options;
        this.bulkEcho = new EchoPipe(options.bulkPacketSize(), options.fifoBytes());
        this.interruptEcho = new EchoPipe(64, options.fifoBytes());
        this.clock = new IsoClock(options.isoPacketsPerSecond());
    }

    public LoopbackOptions options() {
        return options;
    }

    @Override
    public DeviceDefinition definition() {
        int bulk = options.bulkPacketSize();
        AltSetting loop = AltSetting.of(0, 0xff, 0x00, 0x00, "loopback and source/sink",
                Endpoint.bulk(EP_LOOP_OUT, bulk).withStreams(options.superSpeed() ? STREAMS_LOG2 : 0),
                Endpoint.bulk(EP_LOOP_IN, bulk).withStreams(options.superSpeed() ? STREAMS_LOG2 : 0),
                Endpoint.bulk(EP_SINK, bulk), Endpoint.bulk(EP_SOURCE, bulk),
                Endpoint.interrupt(EP_INT_OUT, 64, 4), Endpoint.interrupt(EP_INT_IN, 64, 4));
        AltSetting isoIdle = AltSetting.of(0, 0xff, 0x01, 0x00, "isochronous (idle)");
        AltSetting isoActive = AltSetting.of(1, 0xff, 0x01, 0x00, "isochronous source/sink",
                Endpoint.isochronous(EP_ISO_IN, options.isoPacketSize(), 1),
                Endpoint.isochronous(EP_ISO_OUT, options.isoPacketSize(), 1));
        DescriptorBytes usb2 = DescriptorBytes.of(0x07, 0x10, 0x02, 0x02, 0x00, 0x00, 0x00); // LPM
        DescriptorBytes superSpeed = DescriptorBytes.of(0x0a, 0x10, 0x03, 0x00, 0x0e, 0x00, 0x01, 0x0a, 0xff, 0x07);
        DescriptorBytes containerId = DescriptorBytes.of(0x14, 0x10, 0x04, 0x00,
                0x6c, 0x6f, 0x6f, 0x70, 0x62, 0x61, 0x63, 0x6b, 0x2d, 0x66, 0x66, 0x6d, 0x75, 0x73, 0x62, 0x31);
        return DeviceDefinition.builder(VENDOR_ID, PRODUCT_ID)
                .speed(options.superSpeed() ? Speed.SUPER : Speed.HIGH)
                .usbVersion(options.superSpeed() ? 0x0320 : 0x0210)
                .strings("ffm-usbredir", "Loopback", "LB-0001")
                .bosCapabilities(options.superSpeed() ? usb2.concat(superSpeed).concat(containerId)
                        : usb2.concat(containerId))
                .configuration(Configuration.of(1, 100, Interface.of(0, loop), Interface.of(1, isoIdle, isoActive))
                        .withName("loopback"))
                .build();
    }

    @Override
    public void transfer(Transfer t) {
        if (takeRequest(haltRequested, t.endpoint())) {
            t.stall();
            return;
        }
        if (t.isIn() && takeRequest(babbleRequested, t.endpoint())) {
            t.fail(TransferError.BABBLE, t.length());
            return;
        }
        switch (t.endpoint()) {
            case EP_LOOP_OUT -> bulkEcho.out(t);
            case EP_LOOP_IN -> bulkEcho.in(t);
            case EP_INT_OUT -> interruptEcho.out(t);
            case EP_INT_IN -> interruptEcho.in(t);
            case EP_SINK -> {
                sinkBytes.addAndGet(t.length());
                t.complete(t.length());
            }
            case EP_SOURCE -> {
                CountingPattern.fillStream(t.buffer(), 0, t.length(), sourcePosition.getAndAdd(t.length()));
                t.complete(t.length());
            }
            case EP_ISO_IN -> isoIn(t);
            case EP_ISO_OUT -> isoOut(t);
            default -> t.stall();
        }
    }

    private void isoIn(Transfer t) {
        MemorySegment buffer = t.buffer();
        for (int i = 0; i < t.isoPacketCount(); i++) {
            int n = Math.min(options.isoPacketSize(), t.isoPacketLength(i));
            CountingPattern.fillPacket(buffer, t.isoPacketOffset(i), n, isoNextSent++);
            t.isoPacket(i, n, null);
        }
        isoSent.addAndGet(t.isoPacketCount());
        clock.after(true, t.isoPacketCount(), t::completeIso);
    }

    private void isoOut(Transfer t) {
        MemorySegment buffer = t.buffer();
        for (int i = 0; i < t.isoPacketCount(); i++) {
            int n = t.isoPacketLength(i);
            long sequence = CountingPattern.checkPacket(buffer, t.isoPacketOffset(i), n);
            boolean inOrder = sequence >= 0 && (isoNextExpected < 0 || sequence == isoNextExpected);
            (inOrder ? isoGood : isoBad).incrementAndGet();
            isoNextExpected = sequence >= 0 ? (sequence + 1) & 0xffff_ffffL : -1;
            t.isoPacket(i, n, null);
        }
        isoReceived.addAndGet(t.isoPacketCount());
        clock.after(false, t.isoPacketCount(), t::completeIso);
    }

    @Override
    public void control(ControlTransfer t) {
        SetupPacket s = t.setup();
        if (s.type() != SetupPacket.Type.VENDOR || s.recipient() != SetupPacket.Recipient.DEVICE) {
            t.stall();
            return;
        }
        switch (s.request()) {
            case REQUEST_WRITE_BUFFER -> {
                if (s.isIn()) {
                    t.stall();
                } else {
                    controlBuffer = t.length() == 0 ? new byte[0] : t.buffer().toArray(ValueLayout.JAVA_BYTE);
                    t.complete(t.length());
                }
            }
            case REQUEST_READ_BUFFER -> {
                byte[] b = controlBuffer;
                int n = Math.min(b.length, t.length());
                if (!s.isIn()) {
                    t.stall();
                } else {
                    MemorySegment.copy(b, 0, t.buffer(), ValueLayout.JAVA_BYTE, 0, n);
                    t.complete(n);
                }
            }
            case REQUEST_ISO_STATS -> {
                MemorySegment stats = MemorySegment.ofArray(new byte[16]);
                var le = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
                stats.set(le, 0, (int) isoSent.get());
                stats.set(le, 4, (int) isoReceived.get());
                stats.set(le, 8, (int) isoGood.get());
                stats.set(le, 12, (int) isoBad.get());
                int n = Math.min(16, t.length());
                MemorySegment.copy(stats, 0, t.buffer(), 0, n);
                t.complete(n);
            }
            case REQUEST_HALT -> {
                haltRequested.getAndUpdate(bits -> bits | bit(s.index()));
                t.complete(0);
            }
            case REQUEST_BABBLE -> {
                babbleRequested.getAndUpdate(bits -> bits | bit(s.index()));
                t.complete(0);
            }
            default -> t.stall();
        }
    }

    @Override
    public void configured(Configuration configuration) {
        bulkEcho.clear();
        interruptEcho.clear();
    }

    @Override
    public void interfaceSelected(int interfaceNumber, AltSetting setting) {
        if (interfaceNumber == 1) {
            isoNextExpected = -1;
        }
    }

    @Override
    public void reset() {
        bulkEcho.clear();
        interruptEcho.clear();
        haltRequested.set(0);
        babbleRequested.set(0);
    }

    @Override
    public void unplugged() {
        clock.close();
    }

    private static int bit(int endpoint) {
        return 1 << ((endpoint & 0x0f) + ((endpoint & 0x80) != 0 ? 16 : 0));
    }

    /** Clears the endpoint's bit; true if it was set. */
    private static boolean takeRequest(AtomicInteger requests, int endpoint) {
        int b = bit(endpoint);
        return (requests.get() & b) != 0 && (requests.getAndUpdate(bits -> bits & ~b) & b) != 0;
    }

    /** Bytes the sink endpoint accepted so far. */
    public long sinkBytes() {
        return sinkBytes.get();
    }

    private static byte[] initialBuffer() {
        byte[] b = new byte[64];
        Arrays.setAll(new int[64], i -> b[i] = (byte) i);
        return b;
    }
}
