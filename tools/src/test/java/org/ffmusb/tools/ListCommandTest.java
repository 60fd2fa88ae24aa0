package org.ffmusb.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code ffmusb list} through real libusb: in this JVM on the machine's own devices (none on our build
 * machines), and in a child JVM under {@code umockdev-run} with a static SuperSpeed device and its hub.
 */
class ListCommandTest {
    private static final Path TESTBED = Path.of("../ffm-libusb/src/test/resources/testbed/superspeed-static.umockdev");

    @Test
    void withoutDevicesTheListIsEmptyAndSucceeds() {
        var out = new StringWriter();
        var cli = Ffmusb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("list", "--json"));
        assertTrue(out.toString().startsWith("["), out.toString());
    }

    private static String underTestbed(String... args) throws IOException, InterruptedException {
        // Surefire runs us on the module path: hand the same modules to the child.
        List<String> command = new ArrayList<>(List.of("umockdev-run", "--device", TESTBED.toString(), "--"));
        command.addAll(ChildJvm.ffmusb(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "ffmusb " + String.join(" ", args) + " (umockdev-run from apt umockdev):\n" + out);
        return out;
    }

    @Test
    void listsBusDeviceIdSpeedAndNamesLikeLsusb() throws Exception {
        assertEquals("""
                Bus 002 Device 001: ID 1d6b:0003 5000M Linux Foundation 3.0 root hub
                Bus 002 Device 003: ID cafe:4001 5000M ffm-usbredir Static SuperSpeed Rig
                """, underTestbed("list"), "hwdb names for the root hub, the device's strings for cafe:4001");
    }

    @Test
    void treeShowsDevicesUnderTheirHub() throws Exception {
        assertEquals("""
                Bus 002 Device 001: ID 1d6b:0003 5000M Linux Foundation 3.0 root hub
                    |__ Port 1: Bus 002 Device 003: ID cafe:4001 5000M ffm-usbredir Static SuperSpeed Rig
                """, underTestbed("list", "--tree"));
    }

    @Test
    void verboseShowsEveryDescriptor() throws Exception {
        String out = underTestbed("list", "-v");
        for (String expected : List.of("idVendor 0xcafe", "bcdUSB 3.20", "bConfigurationValue 1", "bmAttributes 0xa0 bus-powered, remote wakeup",
                "bInterfaceNumber 1", "bAlternateSetting 1", "extra 0524010001", "bEndpointAddress 0x83 EP 3 IN",
                "Transfer Type ISOCHRONOUS", "wMaxPacketSize 0x0400", "bMaxBurst 15", "wBytesPerInterval 1024",
                "Port path 2-1, speed SUPER")) {
            assertTrue(out.contains(expected), expected + " in\n" + out);
        }
    }

    @Test
    void jsonCarriesTheSameFacts() throws Exception {
        String out = underTestbed("list", "--json", "-v").strip();
        assertTrue(out.startsWith("[{\"bus\":2,\"device\":1,\"id\":\"1d6b:0003\""), out);
        assertTrue(out.contains("{\"bus\":2,\"device\":3,\"id\":\"cafe:4001\",\"vendorId\":51966,\"productId\":16385,"
                + "\"speed\":\"SUPER\",\"port\":1,\"portPath\":[1],\"sysfs\":\"2-1\",\"parent\":\"2/1\","
                + "\"manufacturer\":\"ffm-usbredir\",\"product\":\"Static SuperSpeed Rig\",\"serial\":\"S-0001\""), out);
        assertTrue(out.contains("{\"address\":131,\"type\":\"ISOCHRONOUS\",\"maxPacketSize\":1024,\"interval\":1,"
                + "\"ssCompanion\":{\"maxBurst\":0,\"attributes\":0,\"bytesPerInterval\":1024}}"), out);
        assertTrue(out.endsWith("]"), out);
        assertTrue(out.contains("\"sysfs\":\"usb2\",\"parent\":null"), "a root hub has no parent: " + out);
    }
}
