package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LsusbTest {
    static UsbEmulator emulator;

    @BeforeAll
    static void open() {
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        emulator.close();
    }

    @Test
    void loopback() {
        Programs.require("lsusb");
        PluggedDevice dev = emulator.plug(new Loopback());
        var r = Programs.run(emulator.processBuilder("lsusb", "-v", "-d", "1209:0001"), 30);
        System.out.println(r.stdout());
        System.out.println(r.stderr());
        dev.unplug();
        assertEquals(0, r.exitCode());
    }
}
