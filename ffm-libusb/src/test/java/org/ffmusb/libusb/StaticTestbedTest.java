package org.ffmusb.libusb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ffmusb.libusb.testing.NativeBuild;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Enumeration, every descriptor libusb reads from sysfs, port paths, parents, hotplug enumeration and open,
 * through real libusb 1.0.26 under {@code umockdev-run} with a static SuperSpeed device and its root hub
 * (rig R1: no ioctl emulation, so live transfers fail with LIBUSB_ERROR_IO). Each case runs
 * {@link StaticTestbedMain} in a child JVM.
 */
class StaticTestbedTest {
    private static final Path DEVICES = Path.of("src/test/resources/testbed/superspeed-static.umockdev");

    private static String run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("umockdev-run", "--device", DEVICES.toString(), "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", "target/classes" + java.io.File.pathSeparator + "target/test-classes",
                StaticTestbedMain.class.getName()));
        command.addAll(List.of(args));
        return NativeBuild.run(command, Map.of(), 60).requireSuccess("umockdev-run (apt-get install umockdev)").stdout();
    }

    @Test
    void enumerationAndEveryConfigurationDescriptorField() throws IOException {
        String out = run("list");
        String expected = """
                count 2
                same-objects true
                device cafe:4001 bus=2 addr=3 port=1 path=[1] speed=SUPER parent=2/1 sysfs=2-1
                  descriptor usb=3.20 class=0 mps0=9 bcdDevice=0100 strings=1/2/3 configs=1
                  config value=1 total=80 attributes=a0 maxPower=50 selfPowered=false wakeup=true interfaces=2
                    interface 0 alt 0 class=ff/00/00 iInterface=4 endpoints=2 extra=
                      endpoint 81 IN BULK mps=1024 interval=0 companion=15/0/0
                      endpoint 02 OUT BULK mps=1024 interval=0 companion=15/0/0
                    interface 1 alt 0 class=ff/01/00 iInterface=0 endpoints=0 extra=0524010001
                    interface 1 alt 1 class=ff/01/00 iInterface=0 endpoints=1 extra=
                      endpoint 83 IN ISOCHRONOUS mps=1024 interval=1 companion=0/0/1024
                  active 1
                  maxPacketSize81 1024 maxIso83 1024
                device 1d6b:0003 bus=2 addr=1 port=0 path=[] speed=SUPER parent=- sysfs=usb2
                  descriptor usb=3.00 class=9 mps0=9 bcdDevice=0601 strings=3/2/1 configs=1
                  config value=1 total=31 attributes=e0 maxPower=0 selfPowered=true wakeup=true interfaces=1
                    interface 0 alt 0 class=09/00/00 iInterface=0 endpoints=1 extra=
                      endpoint 81 IN INTERRUPT mps=4 interval=12 companion=0/0/2
                  active 1
                """;
        assertEquals(expected, out);
    }

    @Test
    void hotplugEnumerationDeliversPresentDevicesOnTheEventThread() throws IOException {
        String out = run("hotplug");
        assertEquals("""
                delivered true active true
                arrived Bus 002 Device 001: ID 1d6b:0003 on libusb-events-1 eventThread=true
                arrived Bus 002 Device 003: ID cafe:4001 on libusb-events-1 eventThread=true
                """, out);
    }

    @Test
    void openByVendorAndProductAndALiveTransferFailsTyped() throws IOException {
        String out = run("open", "cafe", "4001");
        assertEquals("""
                opened Bus 002 Device 003: ID cafe:4001
                configuration 1
                string IO
                absent false
                """, out);
    }
}
