package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The keyboard model as a HID driver on real libusb sees it (src/test/c/hid_test.c). */
@Timeout(60)
class LibusbKeyboardTest {
    static UsbEmulator emulator;
    static Path program;

    @BeforeAll
    static void open() {
        program = Programs.compile("hid_test.c", "libusb-1.0");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void descriptorsRequestsLedsAndTypedKeys() throws Exception {
        HidKeyboard keyboard = new HidKeyboard();
        PluggedDevice dev = emulator.plug(keyboard);
        List<String> lines = new ArrayList<>();
        try {
            Process p = emulator.start(emulator.processBuilder(program.toString(), "6").redirectErrorStream(true));
            try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                    if (line.equals("READY")) {
                        assertEquals(0x03, keyboard.leds(), "SET_REPORT did not reach the LEDs");
                        assertEquals(0, keyboard.protocol());
                        assertEquals(0, keyboard.idleRate());
                        keyboard.type("Ab1");
                    }
                }
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), String.join("\n", lines));
        } finally {
            dev.unplug();
        }
        // left shift + a, release, b, release, 1, release (HID usage tables, keyboard page)
        assertEquals(List.of("REPORT 02 04", "REPORT 00 00", "REPORT 00 05", "REPORT 00 00", "REPORT 00 1e",
                "REPORT 00 00"), lines.stream().filter(l -> l.startsWith("REPORT")).toList(), String.join("\n", lines));
        for (String c : List.of("hid_descriptor", "report_descriptor", "idle", "protocol", "leds", "typed_keys")) {
            assertTrue(lines.contains("PASS " + c), c + " did not pass:\n" + String.join("\n", lines));
        }
    }

    @Test
    void charactersWithoutAKeyAreRefusedWhole() {
        HidKeyboard keyboard = new HidKeyboard();
        var e = assertThrows(IllegalArgumentException.class, () -> keyboard.type("ok\u00e9"));
        assertTrue(e.getMessage().contains("U+00E9"), e.getMessage());
        assertEquals(0, keyboard.queuedReports());
    }
}
