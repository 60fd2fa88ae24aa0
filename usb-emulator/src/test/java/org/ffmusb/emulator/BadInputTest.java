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
 * Linux and real hardware give, and the device (and the JVM) keep working.
 */
@Timeout(60)
class BadInputTest {
    static UsbEmulator emulator;
    static Path program;

    @BeforeAll
    static void open() {
        program = Programs.compile("bad_input.c");
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
}
