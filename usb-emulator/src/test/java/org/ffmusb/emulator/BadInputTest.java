package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Raw usbfs ioctls a careless or hostile program could make (src/test/c/bad_input.c) get the errno
 * Linux and real hardware give, and the device (and the JVM) keep working; the calls libusb leaves
 * aside work as on Linux (src/test/c/usbfs_calls.c).
 */
@Timeout(60)
class BadInputTest {
    static UsbEmulator emulator;
    static Path program;
    static Path calls;
    static Path fuzz;

    @BeforeAll
    static void open() {
        program = Programs.compile("bad_input.c");
        calls = Programs.compile("usbfs_calls.c");
        fuzz = Programs.compile("fuzz_urbs.c");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void everyBadRequestGetsTheKernelsAnswer() {
        PluggedDevice dev = emulator.plug(new Loopback());
        try {
            var r = Programs.run(emulator.processBuilder(program.toString(), dev.deviceNode()), 30);
            assertTrue(r.stdout().contains("DONE 0 failures"), r.stdout() + r.stderr());
            assertTrue(r.stdout().lines().filter(l -> l.startsWith("PASS ")).count() >= 40, r.stdout());
            assertEquals(0, r.exitCode());
        } finally {
            dev.unplug();
        }
    }

    @Test
    void theOtherUsbfsCallsWorkAsOnLinux() {
        PluggedDevice dev = emulator.plug(new Loopback());
        try {
            var r = Programs.run(emulator.processBuilder(calls.toString(), dev.deviceNode(),
                    Integer.toString(dev.busNumber()), Integer.toString(dev.deviceAddress()), dev.sysfsPath()), 30);
            assertTrue(r.stdout().contains("DONE 0 failures"), r.stdout() + r.stderr());
            for (String c : java.util.List.of("usbdevfs_control", "usbdevfs_bulk", "blocking_reap", "conninfo_ex",
                    "disconnect_claim", "driver_disconnect", "set_same_configuration", "unconfigure", "drop_privileges")) {
                assertTrue(r.stdout().contains("PASS " + c + "\n"), c + " did not pass:\n" + r.stdout());
            }
        } finally {
            dev.unplug();
        }
    }

    @Test
    void randomUsbfsTrafficNeverBreaksTheEmulator() {
        for (int seed = 1; seed <= 3; seed++) {
            PluggedDevice dev = emulator.plug(new Loopback());
            try {
                var r = Programs.run(emulator.processBuilder(fuzz.toString(), dev.deviceNode(), "6000",
                        Integer.toString(seed)), 120);
                assertTrue(r.stdout().contains("PASS fuzz"), "seed " + seed + ":\n" + r.stdout() + r.stderr());
                assertTrue(r.stdout().contains(" EIO 0"), r.stdout());
            } finally {
                dev.unplug();
            }
        }
    }
}
