package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.testing.LineWatcher;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The root hub of bus 1 through usbfs (src/test/c/hub_watch.c): hub descriptor, hub and port status,
 * stalls for what it does not do, EISDIR for a reset, the kernel's hub driver bound to it (GETDRIVER,
 * EBUSY, HUB_PORTINFO, DISCONNECT_CLAIM, CONNECT), port claims, and its status change endpoint
 * reporting a device plugged and unplugged while a program waits on it.
 */
@Timeout(60)
class RootHubTest {
    static UsbEmulator emulator;
    static Path program;

    @BeforeAll
    static void open() {
        program = Programs.compile("hub_watch.c");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void statusChangesReachAProgramWaitingOnTheHub() throws Exception {
        try (LineWatcher w = LineWatcher.start(emulator.processBuilder(program.toString(), "/dev/bus/usb/001/001"))) {
            w.await("READY");
            w.await("WAITING");
            PluggedDevice dev = emulator.plug(new Loopback());
            w.await("PLUGGED-SEEN");
            w.await("WAITING");
            dev.unplug();
            List<String> all = w.finish(30);
            assertTrue(all.contains("PASS"), w.output());
            assertEquals(0, w.exitCode(), w.output());
            // high speed device: connection, enable, power, high-speed bits; then powered and empty
            assertTrue(all.contains("CHANGE port 1 status 0503 change 0001"), w.output());
            assertTrue(all.contains("CHANGE port 1 status 0100 change 0001"), w.output());
        }
    }

    @Test
    void theHubDriverReportsWhichDeviceIsOnWhichPort() {
        PluggedDevice a = emulator.plug(new Loopback());
        PluggedDevice b = emulator.plug(new org.ffmusb.emulator.models.hid.HidKeyboard());
        try {
            var r = Programs.run(emulator.processBuilder(program.toString(), "/dev/bus/usb/001/001", "portinfo"), 30);
            assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
            assertEquals("PORTINFO 15 " + a.deviceAddress() + " " + b.deviceAddress() + " 0 0 0 0 0 0 0 0 0 0 0 0 0",
                    r.stdout().strip());
        } finally {
            b.unplug();
            a.unplug();
        }
    }
}
