package org.ffmusb.emulator.models.hid;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
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

/**
 * A full-speed USB keyboard (HID class, boot interface subclass, keyboard protocol; 1209:0003). Key
 * presses come from Java ({@link #type}, {@link #press}, {@link #releaseAll}) as 8-byte boot reports on
 * interrupt IN {@code 0x81}; an interrupt IN transfer stays pending (the device NAKs) until there is a
 * report. The host sets the LEDs with SET_REPORT (see {@link #leds()}), and the idle rate and protocol
 * with SET_IDLE and SET_PROTOCOL; with an idle rate other than 0 the current report is repeated at that
 * rate, as HID 1.11 §7.2.4 asks.
 *
 * <p>{@link #type} and the other key methods may be called from any thread; reports wait in a queue of
 * {@value #QUEUE_LIMIT} until the host polls for them, across resets and configuration changes (keys
 * typed before a host enumerates the keyboard arrive once it polls).
 */
public final class HidKeyboard implements DeviceModel {
    public static final int VENDOR_ID = 0x1209;
    public static final int PRODUCT_ID = 0x0003;
    public static final int EP_IN = 0x81;
    public static final int QUEUE_LIMIT = 8192;
    public static final int LED_NUM_LOCK = 0x01;
    public static final int LED_CAPS_LOCK = 0x02;
    public static final int LED_SCROLL_LOCK = 0x04;

    static final int GET_REPORT = 0x01;
    static final int GET_IDLE = 0x02;
    static final int GET_PROTOCOL = 0x03;
    static final int SET_REPORT = 0x09;
    static final int SET_IDLE = 0x0a;
    static final int SET_PROTOCOL = 0x0b;
    static final int DT_HID = 0x21;
    static final int DT_REPORT = 0x22;

    /** The boot keyboard report descriptor of HID 1.11 Appendix B.1: modifiers, reserved byte, 5 LEDs
     *  (output), 6 key codes. */
    static final DescriptorBytes REPORT_DESCRIPTOR = DescriptorBytes.of(
            0x05, 0x01, 0x09, 0x06, 0xa1, 0x01, 0x05, 0x07, 0x19, 0xe0, 0x29, 0xe7, 0x15, 0x00, 0x25, 0x01,
            0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0x95, 0x01, 0x75, 0x08, 0x81, 0x01, 0x95, 0x05, 0x75, 0x01,
            0x05, 0x08, 0x19, 0x01, 0x29, 0x05, 0x91, 0x02, 0x95, 0x01, 0x75, 0x03, 0x91, 0x01, 0x95, 0x06,
            0x75, 0x08, 0x15, 0x00, 0x25, 0x65, 0x05, 0x07, 0x19, 0x00, 0x29, 0x65, 0x81, 0x00, 0xc0);
    static final DescriptorBytes HID_DESCRIPTOR = DescriptorBytes.of(0x09, DT_HID, 0x11, 0x01, 0x00, 0x01, DT_REPORT,
            REPORT_DESCRIPTOR.length(), 0x00);

    private final ArrayDeque<byte[]> reports = new ArrayDeque<>();
    private final ArrayDeque<Transfer> waiting = new ArrayDeque<>();
    private final List<IntConsumer> ledListeners = new CopyOnWriteArrayList<>();
    private byte[] current = new byte[8];
    private int leds;
    private int protocol = 1;
    /** 500 ms, the HID default for keyboards; repetition starts only once the host sets a rate. */
    private int idleRate = 125;
    private ScheduledThreadPoolExecutor idleTimer;
    private ScheduledFuture<?> idleRepeat;

    @Override
    public DeviceDefinition definition() {
        AltSetting keyboard = AltSetting.of(0, 0x03, 0x01, 0x01, null, Endpoint.interrupt(EP_IN, 8, 10))
                .withClassDescriptors(HID_DESCRIPTOR);
        return DeviceDefinition.builder(VENDOR_ID, PRODUCT_ID)
                .speed(Speed.FULL)
                .usbVersion(0x0110)
                .maxPacketSize0(8)
                .strings("ffm-usbredir", "Keyboard", "KB-0001")
                .configuration(Configuration.of(1, 100, Interface.of(0, keyboard)).withRemoteWakeup(true))
                .build();
    }

    /**
     * Types {@code text}: a press and a release report per character (US layout; shift for capitals
     * and symbols; newline is Enter).
     *
     * @throws IllegalArgumentException for a character no key types; nothing is queued then
     * @throws IllegalStateException if the reports would not fit the queue
     */
    public void type(CharSequence text) {
        int[] keys = new int[text.length()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = UsKeyboardLayout.keyOf(text.charAt(i));
            if (keys[i] < 0) {
                throw new IllegalArgumentException("no key on a US keyboard types '" + text.charAt(i) + "' (U+"
                        + String.format("%04X", (int) text.charAt(i)) + ")");
            }
        }
        synchronized (this) {
            if (reports.size() + 2L * keys.length > QUEUE_LIMIT) {
                throw new IllegalStateException("the keyboard's report queue is full (" + QUEUE_LIMIT
                        + "); the host is not polling it");
            }
            for (int key : keys) {
                enqueue(report(key >> 8, key & 0xff));
                enqueue(new byte[8]);
            }
        }
        deliver();
    }

    /** Holds keys down: modifier bits (left ctrl 0x01, shift 0x02, alt 0x04, GUI 0x08, right ones 0x10..0x80)
     *  and up to six usages of the Keyboard/Keypad page. */
    public void press(int modifiers, int... usages) {
        if (usages.length > 6) {
            throw new IllegalArgumentException("a boot report holds at most 6 keys");
        }
        synchronized (this) {
            enqueue(report(modifiers, usages));
        }
        deliver();
    }

    /** Releases every key. */
    public void releaseAll() {
        synchronized (this) {
            enqueue(new byte[8]);
        }
        deliver();
    }

    /** The LED state the host last set (num lock 0x01, caps lock 0x02, scroll lock 0x04). */
    public synchronized int leds() {
        return leds;
    }

    /** Called with the new LED byte each time the host sets the LEDs, on the emulator I/O thread. */
    public void onLeds(IntConsumer listener) {
        ledListeners.add(listener);
    }

    /** 0 = boot protocol, 1 = report protocol (the default after reset). */
    public synchronized int protocol() {
        return protocol;
    }

    /** The idle rate in 4 ms units (0 = only report changes). */
    public synchronized int idleRate() {
        return idleRate;
    }

    /** Reports not yet fetched by the host. */
    public synchronized int queuedReports() {
        return reports.size();
    }

    @Override
    public void transfer(Transfer t) {
        if (t.endpoint() != EP_IN) {
            t.stall();
            return;
        }
        synchronized (this) {
            waiting.add(t);
            t.onCancel(() -> forget(t));
        }
        deliver();
    }

    private synchronized void forget(Transfer t) {
        waiting.remove(t);
    }

    /** Hands queued reports to waiting IN transfers; completion copies, so any thread can do it. */
    private void deliver() {
        while (true) {
            Transfer t;
            byte[] r;
            synchronized (this) {
                while (!waiting.isEmpty() && !waiting.peek().isPending()) {
                    waiting.poll();
                }
                if (waiting.isEmpty() || reports.isEmpty()) {
                    return;
                }
                t = waiting.poll();
                r = reports.poll();
                current = r;
            }
            if (!t.complete(MemorySegment.ofArray(r))) {
                synchronized (this) {
                    reports.addFirst(r); // cancelled meanwhile: the report waits for the next transfer
                }
            }
        }
    }

    private void enqueue(byte[] report) {
        reports.add(report);
    }

    private static byte[] report(int modifiers, int... usages) {
        byte[] r = new byte[8];
        r[0] = (byte) modifiers;
        for (int i = 0; i < usages.length; i++) {
            r[2 + i] = (byte) usages[i];
        }
        return r;
    }

    @Override
    public void control(ControlTransfer t) {
        SetupPacket s = t.setup();
        if (s.recipient() != SetupPacket.Recipient.INTERFACE || (s.index() & 0xff) != 0) {
            t.stall();
            return;
        }
        if (s.type() == SetupPacket.Type.STANDARD && s.request() == SetupPacket.GET_DESCRIPTOR && s.isIn()) {
            DescriptorBytes d = switch (s.descriptorType()) {
                case DT_REPORT -> REPORT_DESCRIPTOR;
                case DT_HID -> HID_DESCRIPTOR;
                default -> null;
            };
            if (d == null) {
                t.stall();
            } else {
                reply(t, d.toArray());
            }
            return;
        }
        if (s.type() != SetupPacket.Type.CLASS) {
            t.stall();
            return;
        }
        switch (s.request()) {
            case GET_REPORT -> {
                if (s.isIn() && s.value() >> 8 == 1) {
                    byte[] r;
                    synchronized (this) {
                        r = current.clone();
                    }
                    reply(t, r);
                } else if (s.isIn() && s.value() >> 8 == 2) {
                    reply(t, new byte[] {(byte) leds()});
                } else {
                    t.stall();
                }
            }
            case SET_REPORT -> {
                if (!s.isIn() && s.value() >> 8 == 2 && s.length() >= 1) {
                    setLeds(t.buffer().get(ValueLayout.JAVA_BYTE, 0) & 0x1f);
                    t.complete(t.length());
                } else {
                    t.stall();
                }
            }
            case GET_IDLE -> reply(t, new byte[] {(byte) idleRate()});
            case SET_IDLE -> {
                setIdle(s.value() >> 8);
                t.complete(0);
            }
            case GET_PROTOCOL -> reply(t, new byte[] {(byte) protocol()});
            case SET_PROTOCOL -> {
                if (s.value() > 1) {
                    t.stall();
                } else {
                    synchronized (this) {
                        protocol = s.value();
                    }
                    t.complete(0);
                }
            }
            default -> t.stall();
        }
    }

    private void setLeds(int value) {
        synchronized (this) {
            leds = value;
        }
        for (IntConsumer l : ledListeners) {
            l.accept(value);
        }
    }

    /** SET_IDLE: 0 reports only changes; otherwise the last report repeats every rate * 4 ms. */
    private synchronized void setIdle(int rate) {
        idleRate = rate;
        if (idleRepeat != null) {
            idleRepeat.cancel(false);
            idleRepeat = null;
        }
        if (rate > 0) {
            if (idleTimer == null) {
                idleTimer = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread th = new Thread(r, "hid-keyboard-idle");
                    th.setDaemon(true);
                    return th;
                });
            }
            idleRepeat = idleTimer.scheduleAtFixedRate(this::repeat, rate * 4L, rate * 4L, TimeUnit.MILLISECONDS);
        }
    }

    private void repeat() {
        synchronized (this) {
            if (!reports.isEmpty()) {
                return;
            }
            enqueue(current.clone());
        }
        deliver();
    }

    @Override
    public synchronized void reset() {
        protocol = 1;
        leds = 0;
        current = new byte[8];
        if (idleRepeat != null) {
            idleRepeat.cancel(false);
            idleRepeat = null;
        }
        idleRate = 125;
    }

    @Override
    public synchronized void unplugged() {
        if (idleTimer != null) {
            idleTimer.shutdownNow();
            idleTimer = null;
        }
    }

    private static void reply(ControlTransfer t, byte[] data) {
        int n = Math.min(data.length, t.length());
        MemorySegment.copy(data, 0, t.buffer(), ValueLayout.JAVA_BYTE, 0, n);
        t.complete(n);
    }
}
