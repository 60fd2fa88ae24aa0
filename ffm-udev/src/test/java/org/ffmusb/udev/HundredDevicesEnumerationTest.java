package org.ffmusb.udev;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.udev.testing.TestDevices;
import org.junit.jupiter.api.Test;

/**
 * Enumeration of a hundred USB sticks behind emulated hubs (the tree of a real machine: 1-3.5, sysfs
 * nested under the hub) sees every one with its bus number, address, serial and its hub as parent.
 */
class HundredDevicesEnumerationTest {

    @Test
    void aHundredDevicesBehindHubsAreAllSeenWithTheirPlaceInTheTree() {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            List<PluggedDevice> hubs = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                hubs.add(emulator.plugHub(7));
            }
            List<PluggedDevice> sticks = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                sticks.add(emulator.plug(TestDevices.stick(0x0781, 0x5567, "SanDisk", "Cruzer", "H" + i)));
            }
            Map<String, UsbDevice> seen;
            try (Udev udev = Udev.open()) {
                seen = udev.usbDevices().stream().collect(Collectors.toMap(UsbDevice::syspath, Function.identity()));
            }
            assertEquals(100 + 15 + 2, seen.size(), "the sticks, the hubs and the two root hubs");
            for (int i = 0; i < 100; i++) {
                PluggedDevice p = sticks.get(i);
                UsbDevice d = seen.get(p.sysfsPath());
                assertNotNull(d, p.sysfsPath());
                assertEquals(new BusAddress(p.busNumber(), p.deviceAddress()), d.busAddress());
                assertEquals("H" + i, d.serial());
                assertEquals(1, d.interfaces().size());
                assertEquals("usb", d.driver());
                int[] ports = p.portNumbers();
                assertEquals(2, ports.length, "every root port has a hub");
                UsbDevice hub = seen.get(d.parentSyspath());
                assertNotNull(hub, "the parent " + d.parentSyspath() + " is enumerated too");
                assertEquals(hubs.get(ports[0] - 1).sysfsPath(), hub.syspath());
                assertEquals(9, hub.deviceClass());
                assertEquals("hub", hub.interfaces().getFirst().driver());
                assertEquals(ports[0] + "." + ports[1], d.sysattrs().get("devpath"));
                assertEquals(hub.syspath() + "/1-" + ports[0] + "." + ports[1], d.syspath());
            }
        }
    }
}
