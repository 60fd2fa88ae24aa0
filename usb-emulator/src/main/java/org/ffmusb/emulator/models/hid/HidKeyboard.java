package org.ffmusb.emulator.models.hid;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private final ReportQueue reports = new ReportQueue(QUEUE_LIMIT, 8);
    private final List<IntConsumer> ledListeners = new CopyOnWriteArrayList<>();
    private int leds;
    private int protocol = 1;
    /** 500 ms, the HID default for keyboards; repetition starts only once the host sets a rate. */
    private int idleRate = 125;

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
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int key = UsKeyboardLayout.keyOf(text.charAt(i));
            if (key < 0) {
                throw new IllegalArgumentException("no key on a US keyboard types '" + text.charAt(i) + "' (U+"
                        + String.format("%04X", (int) text.charAt(i)) + ")");
            }
            batch.add(report(key >> 8, key & 0xff));
            batch.add(new byte[8]);
        }
        reports.add(batch);
    }

    /** Holds keys down: modifier bits (left ctrl 0x01, shift 0x02, alt 0x04, GUI 0x08, right ones 0x10..0x80)
     *  and up to six usages of the Keyboard/Keypad page. */
    public void press(int modifiers, int... usages) {
        if (usages.length > 6) {
            throw new IllegalArgumentException("a boot report holds at most 6 keys");
        }
        reports.add(List.of(report(modifiers, usages)));
    }

    /** Releases every key. */
    public void releaseAll() {
        reports.add(List.<byte[]>of(new byte[8]));
    }

    /** The LED state the host last set (num lock 0x01, caps lock 0x02, scroll lock 0x04). */
    public synchronized int leds() {
        return leds;
    }

    /** Called with the new LED byte each time the host sets the LEDs, on the thread that runs the model's
     *  callbacks. */
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
    public int queuedReports() {
        return reports.size();
    }

    @Override
    public void transfer(Transfer t) {
        if (t.endpoint() != EP_IN) {
            t.stall();
        } else {
            reports.poll(t);
        }
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
                    reply(t, reports.current());
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

    private synchronized void setIdle(int rate) {
        idleRate = rate;
        reports.idle(rate);
    }

    @Override
    public synchronized void reset() {
        protocol = 1;
        leds = 0;
        idleRate = 125;
        reports.reset();
    }

    @Override
    public void unplugged() {
        reports.close();
    }

    private static void reply(ControlTransfer t, byte[] data) {
        int n = Math.min(data.length, t.length());
        MemorySegment.copy(data, 0, t.buffer(), ValueLayout.JAVA_BYTE, 0, n);
        t.complete(n);
    }
}
