package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A C program on real libusb 1.0 drives every transfer type of the loopback model (src/test/c/loopback_test.c). */
@Timeout(120)
class LibusbLoopbackTest {
    static UsbEmulator emulator;
    static Path program;

    @BeforeAll
    static void open() {
        program = Programs.compile("loopback_test.c", "libusb-1.0");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void everyTransferType() {
        PluggedDevice dev = emulator.plug(new Loopback());
        try {
            var r = Programs.run(emulator.processBuilder(program.toString()), 90);
            assertTrue(r.stdout().contains("DONE 0 failures"), () -> r.stdout() + "\n" + r.stderr());
            for (String c : List.of("control_out_in", "bulk_loop_1", "bulk_loop_4194304", "bulk_zero_length_packet",
                    "interrupt", "cancel", "stall_clear_halt", "babble", "iso_in", "iso_out", "reset")) {
                assertTrue(r.stdout().contains("PASS " + c + "\n"), c + " did not pass:\n" + r.stdout());
            }
            assertEquals(0, r.exitCode(), r.stderr());
        } finally {
            dev.unplug();
        }
    }

    @Test
    void superSpeedWithBulkStreams() {
        PluggedDevice dev = emulator.plug(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true)));
        try {
            assertEquals(2, dev.busNumber(), "SuperSpeed devices sit behind the USB 3 root hub");
            var r = Programs.run(emulator.processBuilder(program.toString(), "--super-speed"), 90);
            assertTrue(r.stdout().contains("DONE 0 failures"), () -> r.stdout() + "\n" + r.stderr());
            for (String c : List.of("control_standard", "bulk_loop_1025", "bulk_loop_4194304", "streams", "iso_in")) {
                assertTrue(r.stdout().contains("PASS " + c + "\n"), c + " did not pass:\n" + r.stdout());
            }
        } finally {
            dev.unplug();
        }
    }

    /** Closing the file releases a program's claims, so the next program can claim the device (usbdev_release). */
    @Test
    void aProgramThatExitsLeavesTheDeviceFreeForTheNext() {
        PluggedDevice dev = emulator.plug(new Loopback());
        try {
            for (int run = 0; run < 3; run++) {
                var r = Programs.run(emulator.processBuilder(program.toString(), "--claim-and-exit"), 30);
                assertTrue(r.stdout().contains("PASS claim_and_exit"), "run " + run + ":\n" + r.stdout() + r.stderr());
                assertEquals(0, r.exitCode(), r.stdout());
            }
        } finally {
            dev.unplug();
        }
    }

    @Test
    void unplugWithUrbsInFlightEndsThemAllWithNoDevice() throws Exception {
        PluggedDevice dev = emulator.plug(new Loopback());
        Process p = emulator.processBuilder(program.toString(), "--removal").redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.equals("READY")) {
                    dev.unplug();
                }
            }
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the program hangs after the unplug");
        assertTrue(lines.contains("PASS removal"), String.join("\n", lines));
        assertEquals(0, p.exitValue(), String.join("\n", lines));
    }
}
