package org.ffmusb.emulator.direct;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.direct.DirectTransfer.Status;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HID keyboard through the direct API: typed keys arrive as boot reports on interrupt IN; LEDs, idle, report descriptor. */
@Timeout(60)
class DirectKeyboardTest {
    HidKeyboard keyboard;
    DirectDevice dev;
    Arena arena;
    Completions done;

    @BeforeEach
    void attach() {
        keyboard = new HidKeyboard();
        dev = DirectDevice.attach(keyboard);
        arena = Arena.ofShared();
        done = new Completions();
    }

    @AfterEach
    void unplug() {
        dev.unplug();
        arena.close();
    }

    static String report(int modifiers, int usage) {
        return HexFormat.of().formatHex(new byte[] {(byte) modifiers, 0, (byte) usage, 0, 0, 0, 0, 0});
    }

    @Test
    void typedKeysArriveAsPressAndReleaseReports() {
        DirectTransfer in = dev.newTransfer(EndpointType.INTERRUPT, HidKeyboard.EP_IN).buffer(arena.allocate(8));
        done.submit(in);
        assertFalse(done.isDone(in), "nothing typed: the keyboard NAKs");
        keyboard.type("Hi!\n");
        assertEquals(Status.COMPLETED, done.await(in));
        assertTrue(done.thread(in).startsWith("usb-emulator-direct-1209:0003"),
                "a key typed on this thread is model code: its completion runs on the device's worker, not on "
                        + done.thread(in));
        List<String> reports = new ArrayList<>();
        reports.add(HexFormat.of().formatHex(in.data().toArray(ValueLayout.JAVA_BYTE)));
        for (int i = 1; i < 8; i++) {
            assertEquals(Status.COMPLETED, done.run(in));
            assertEquals(8, in.actualLength());
            reports.add(HexFormat.of().formatHex(in.data().toArray(ValueLayout.JAVA_BYTE)));
        }
        String release = report(0, 0);
        assertEquals(List.of(report(0x02, 0x0b), release, report(0, 0x0c), release, report(0x02, 0x1e), release,
                report(0, 0x28), release), reports);
        assertEquals(0, keyboard.queuedReports());
    }

    @Test
    void aCallbackThatResubmitsReceivesEveryReportTypedFromAnotherThread() throws Exception {
        String text = "the quick brown fox jumps over the lazy dog 0123456789";
        int expected = 2 * text.length();
        List<String> reports = new ArrayList<>();
        CountDownLatch all = new CountDownLatch(1);
        DirectTransfer in = dev.newTransfer(EndpointType.INTERRUPT, HidKeyboard.EP_IN).buffer(arena.allocate(8));
        DirectTransfer.Callback collect = new DirectTransfer.Callback() {
            @Override
            public void completed(DirectTransfer t) {
                if (t.status() != Status.COMPLETED) {
                    return;
                }
                reports.add(HexFormat.of().formatHex(t.data().toArray(ValueLayout.JAVA_BYTE)));
                if (reports.size() == expected) {
                    all.countDown();
                } else {
                    t.submit(this);
                }
            }
        };
        assertTrue(in.submit(collect));
        Thread typist = Thread.ofPlatform().start(() -> {
            for (char c : text.toCharArray()) {
                keyboard.type(String.valueOf(c));
            }
        });
        typist.join();
        assertTrue(all.await(10, TimeUnit.SECONDS), "got " + reports.size() + " of " + expected + " reports");
        for (int i = 0; i < reports.size(); i += 2) {
            assertNotEquals(report(0, 0), reports.get(i), "press " + i / 2);
            assertEquals(report(0, 0), reports.get(i + 1), "release " + i / 2);
        }
        assertEquals(report(0, 0x17), reports.get(0), "t");
    }

    @Test
    void classRequestsSetLedsIdleAndProtocol() {
        MemorySegment led = arena.allocate(1);
        led.set(ValueLayout.JAVA_BYTE, 0, (byte) HidKeyboard.LED_CAPS_LOCK);
        assertEquals(Status.COMPLETED, done.run(dev.newControlTransfer().buffer(led).setup(0x21, 0x09, 0x0200, 0, 1)));
        assertEquals(HidKeyboard.LED_CAPS_LOCK, keyboard.leds());
        assertEquals(Status.COMPLETED, done.run(dev.newControlTransfer().setup(0x21, 0x0a, 0, 0, 0)), "SET_IDLE 0");
        assertEquals(0, keyboard.idleRate());
        assertEquals(Status.COMPLETED, done.run(dev.newControlTransfer().setup(0x21, 0x0b, 0, 0, 0)), "SET_PROTOCOL boot");
        assertEquals(0, keyboard.protocol());
        assertEquals(Status.STALL, done.run(dev.newControlTransfer().setup(0x21, 0x0b, 5, 0, 0)), "no protocol 5");
        assertEquals(Status.COMPLETED, dev.reset());
        assertEquals(1, keyboard.protocol(), "report protocol again after a reset");
    }

    @Test
    void theReportDescriptorComesFromTheModel() {
        MemorySegment d = arena.allocate(256);
        DirectTransfer t = dev.newControlTransfer().buffer(d).setup(0x81, 0x06, 0x2200, 0, 256);
        assertEquals(Status.COMPLETED, done.run(t));
        assertEquals(63, t.actualLength(), "the HID 1.11 boot keyboard report descriptor");
        assertEquals((byte) 0x05, d.get(ValueLayout.JAVA_BYTE, 0));
        assertEquals((byte) 0xc0, d.get(ValueLayout.JAVA_BYTE, 62));
        byte[] config = dev.configurationDescriptor(0);
        assertEquals(0x21, config[18 + 1], "the HID descriptor follows the interface descriptor");
    }
}
