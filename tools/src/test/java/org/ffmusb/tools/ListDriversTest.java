package org.ffmusb.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What ffm-udev adds to {@code ffmusb list}: names from the udev hardware database and the driver bound to
 * each interface. A child JVM runs under {@code umockdev-run} with a static testbed (test-rigs R1) of a
 * USB stick held by usb-storage and a keyboard whose first interface usbhid holds and whose second is free.
 */
class ListDriversTest {
    private static final Path TESTBED = Path.of("src/test/resources/testbed/bound-drivers.umockdev");

    private static String list(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("umockdev-run", "--device", TESTBED.toString(), "--"));
        command.addAll(ChildJvm.ffmusb("list"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "ffmusb list " + String.join(" ", args) + " (umockdev-run from apt umockdev):\n" + out);
        return out;
    }

    @Test
    void eachDeviceShowsTheDatabaseNamesAndTheDriversOfItsInterfaces() throws Exception {
        assertEquals("""
                Bus 001 Device 001: ID 1d6b:0002 480M Linux Foundation 2.0 root hub [hub]
                Bus 001 Device 002: ID 0781:5567 480M SanDisk Corp. Cruzer Blade [usb-storage]
                Bus 001 Device 003: ID 046d:c31c 12M Logitech, Inc. Keyboard K120 [usbhid]
                """, list(), "hwdb names, not the devices' own \"SanDisk Cruzer\" / \"Logitech USB Keyboard\"");
        assertEquals("""
                Bus 001 Device 001: ID 1d6b:0002 480M Linux Foundation 2.0 root hub [hub]
                    |__ Port 1: Bus 001 Device 002: ID 0781:5567 480M SanDisk Corp. Cruzer Blade [usb-storage]
                    |__ Port 2: Bus 001 Device 003: ID 046d:c31c 12M Logitech, Inc. Keyboard K120 [usbhid]
                """, list("--tree"));
    }

    @Test
    void verboseNamesTheIdsAndGivesEachInterfaceItsDriver() throws Exception {
        String out = list("-v");
        for (String expected : List.of("idVendor 0x0781 SanDisk Corp.", "idProduct 0x5567 Cruzer Blade",
                "iManufacturer 1 SanDisk", "iProduct 2 Cruzer", "bInterfaceClass 8\n      bInterfaceSubClass 6\n"
                        + "      bInterfaceProtocol 80\n      iInterface 0\n      Driver usb-storage",
                "bInterfaceClass 255\n      bInterfaceSubClass 0\n      bInterfaceProtocol 0\n      iInterface 0\n"
                        + "      Driver (none)")) {
            assertTrue(out.contains(expected), expected + " in\n" + out);
        }
    }

    @Test
    void jsonCarriesNamesAndDrivers() throws Exception {
        String out = list("--json");
        assertTrue(out.contains("\"manufacturer\":\"SanDisk\",\"product\":\"Cruzer\",\"serial\":\"4C530001\","
                + "\"vendorName\":\"SanDisk Corp.\",\"productName\":\"Cruzer Blade\","
                + "\"drivers\":[{\"interface\":0,\"driver\":\"usb-storage\"}]"), out);
        assertTrue(out.contains("\"drivers\":[{\"interface\":0,\"driver\":\"usbhid\"},{\"interface\":1,\"driver\":null}]"),
                out);
    }
}
