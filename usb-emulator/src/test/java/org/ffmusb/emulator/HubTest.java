package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Emulated external hubs: devices behind them get the paths of a real tree (1-2.3, sysfs nested under
 * the hub), lsusb walks the tree with the hub driver bound, and a plain plug fills the root hub before
 * the hubs, so devices plugged without hubs land where they always did.
 */
@Timeout(90)
class HubTest {

    @Test
    void devicesBehindHubsSitInTheTree() throws Exception {
        Programs.require("lsusb");
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice first = emulator.plug(new Loopback());
            PluggedDevice hub = emulator.plugHub(4);
            PluggedDevice behind = hub.plug(new Loopback());
            PluggedDevice inner = hub.plugHub(7);
            PluggedDevice deep = inner.plug(new Loopback());
            assertArrayEquals(new int[] {1}, first.portNumbers());
            assertArrayEquals(new int[] {2}, hub.portNumbers());
            assertTrue(hub.isHub());
            assertArrayEquals(new int[] {2, 2, 1}, deep.portNumbers());
            assertTrue(behind.sysfsPath().endsWith("/usb1/1-2/1-2.1"), behind.sysfsPath());
            assertTrue(deep.sysfsPath().endsWith("/usb1/1-2/1-2.2/1-2.2.1"), deep.sysfsPath());
            assertEquals("2.2.1\n", Files.readString(emulator.root().resolve(deep.sysfsPath().substring(1) + "/devpath")));
            String tree = Programs.run(emulator.processBuilder("lsusb", "-t"), 30).requireSuccess("lsusb -t").stdout();
            assertTrue(tree.contains("    |__ Port 2: Dev " + hub.deviceAddress() + ", If 0, Class=Hub, Driver=hub/4p, 480M\n"
                    + "        |__ Port 1: Dev " + behind.deviceAddress() + ", If "), tree);
            assertTrue(tree.contains("        |__ Port 2: Dev " + inner.deviceAddress() + ", If 0, Class=Hub, Driver=hub/7p"
                    + ", 480M\n            |__ Port 1: Dev " + deep.deviceAddress() + ", If "), tree);

            hub.unplug();
            assertFalse(behind.isPlugged());
            assertFalse(deep.isPlugged());
            assertEquals(List.of(first), emulator.devices(), "a hub's devices go with it");
            assertFalse(Files.exists(emulator.root().resolve(hub.sysfsPath().substring(1))));
        }
    }

    @Test
    void aPlainPlugFillsTheRootHubFirstThenTheHubs() {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice hub = emulator.plugHub(7);
            List<PluggedDevice> devices = new ArrayList<>();
            for (int i = 0; i < 14 + 7; i++) {
                devices.add(emulator.plug(new Loopback()));
            }
            assertArrayEquals(new int[] {2}, devices.getFirst().portNumbers());
            assertArrayEquals(new int[] {15}, devices.get(13).portNumbers());
            assertArrayEquals(new int[] {1, 1}, devices.get(14).portNumbers());
            assertArrayEquals(new int[] {1, 7}, devices.getLast().portNumbers());
            var full = assertThrows(EmulatorException.class, () -> emulator.plug(new Loopback()));
            assertTrue(full.getMessage().contains("plug a hub"), full.getMessage());
            devices.get(20).unplug();
            assertArrayEquals(new int[] {1, 7}, emulator.plug(new Loopback()).portNumbers(), "a freed port is reused");
        }
    }

    @Test
    void hubsRefuseWhatUsbForbids() {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice hub = emulator.plugHub(4);
            var superSpeed = assertThrows(EmulatorException.class,
                    () -> hub.plug(new Loopback(LoopbackOptions.DEFAULT.withSuperSpeed(true))));
            assertTrue(superSpeed.getMessage().contains("USB 2.0 hubs"), superSpeed.getMessage());
            PluggedDevice chain = hub;
            for (int depth = 2; depth <= 5; depth++) {
                chain = chain.plugHub(2);
            }
            assertEquals(5, chain.portNumbers().length, "five hubs below the root hub");
            PluggedDevice last = chain.plug(new Loopback());
            assertEquals(6, last.portNumbers().length);
            PluggedDevice fifth = chain;
            var deep = assertThrows(EmulatorException.class, () -> fifth.plugHub(2));
            assertTrue(deep.getMessage().contains("five hubs"), deep.getMessage());
            assertThrows(IllegalArgumentException.class, () -> last.plug(new Loopback()), "no hub");
            assertThrows(IllegalArgumentException.class, () -> emulator.plugHub(16));
        }
    }
}
