package org.ffmusb.libusb;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DescriptorParser} on the descriptor bytes of the static testbed, whose libusb reading
 * {@link StaticTestbedTest} pins down: the same records, field for field (extra bytes included); and
 * malformed bytes end where libusb ends or fail as libusb fails.
 */
class DescriptorParserTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The {@code descriptors} sysfs attributes of superspeed-static.umockdev, in file order. */
    private static List<byte[]> testbedDescriptors() throws IOException {
        List<byte[]> all = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/testbed/superspeed-static.umockdev"))) {
            if (line.startsWith("H: descriptors=")) {
                all.add(HEX.parseHex(line.substring("H: descriptors=".length()).toLowerCase()));
            }
        }
        return all;
    }

    /** StaticTestbedMain's lines for a device's descriptors. */
    private static String describe(byte[] sysfs) {
        DeviceDescriptor dd = DescriptorParser.device(java.util.Arrays.copyOf(sysfs, 18));
        StringBuilder out = new StringBuilder(String.format("  descriptor usb=%s class=%d mps0=%d bcdDevice=%04x strings=%d/%d/%d configs=%d%n",
                dd.usbVersion(), dd.deviceClass(), dd.maxPacketSize0(), dd.bcdDevice(), dd.manufacturerIndex(),
                dd.productIndex(), dd.serialNumberIndex(), dd.numConfigurations()));
        ConfigDescriptor c = DescriptorParser.configuration(java.util.Arrays.copyOfRange(sysfs, 18, sysfs.length));
        out.append(String.format("  config value=%d total=%d attributes=%02x maxPower=%d selfPowered=%b wakeup=%b interfaces=%d%n",
                c.configurationValue(), c.totalLength(), c.attributes(), c.maxPower(), c.selfPowered(), c.remoteWakeup(),
                c.interfaces().size()));
        for (UsbInterface itf : c.interfaces()) {
            for (InterfaceDescriptor alt : itf.altSettings()) {
                out.append(String.format("    interface %d alt %d class=%02x/%02x/%02x iInterface=%d endpoints=%d extra=%s%n",
                        alt.number(), alt.alternateSetting(), alt.interfaceClass(), alt.interfaceSubClass(),
                        alt.interfaceProtocol(), alt.interfaceIndex(), alt.endpoints().size(), HEX.formatHex(alt.extra())));
                for (EndpointDescriptor e : alt.endpoints()) {
                    out.append(String.format("      endpoint %02x %s %s mps=%d interval=%d companion=%s%n", e.address(),
                            e.isIn() ? "IN" : "OUT", e.transferType(), e.maxPacketSize(), e.interval(),
                            e.ssCompanion().map(s -> s.maxBurst() + "/" + s.attributes() + "/" + s.bytesPerInterval())
                                    .orElse("-")));
                }
            }
        }
        return out.toString();
    }

    @Test
    void parsesWhatLibusbParsesFromTheSameBytes() throws IOException {
        List<byte[]> devices = testbedDescriptors();
        assertEquals(2, devices.size());
        // The lines StaticTestbedTest expects from libusb for these two devices.
        assertEquals("""
                  descriptor usb=3.20 class=0 mps0=9 bcdDevice=0100 strings=1/2/3 configs=1
                  config value=1 total=80 attributes=a0 maxPower=50 selfPowered=false wakeup=true interfaces=2
                    interface 0 alt 0 class=ff/00/00 iInterface=4 endpoints=2 extra=
                      endpoint 81 IN BULK mps=1024 interval=0 companion=15/0/0
                      endpoint 02 OUT BULK mps=1024 interval=0 companion=15/0/0
                    interface 1 alt 0 class=ff/01/00 iInterface=0 endpoints=0 extra=0524010001
                    interface 1 alt 1 class=ff/01/00 iInterface=0 endpoints=1 extra=
                      endpoint 83 IN ISOCHRONOUS mps=1024 interval=1 companion=0/0/1024
                """, describe(devices.get(0)));
        assertEquals("""
                  descriptor usb=3.00 class=9 mps0=9 bcdDevice=0601 strings=3/2/1 configs=1
                  config value=1 total=31 attributes=e0 maxPower=0 selfPowered=true wakeup=true interfaces=1
                    interface 0 alt 0 class=09/00/00 iInterface=0 endpoints=1 extra=
                      endpoint 81 IN INTERRUPT mps=4 interval=12 companion=0/0/2
                """, describe(devices.get(1)));
        EndpointDescriptor bulk = DescriptorParser.configuration(java.util.Arrays.copyOfRange(devices.get(0), 18, 98))
                .interfaces().get(0).altSettings().get(0).endpoints().get(0);
        assertEquals("06300f000000", HEX.formatHex(bulk.extra()), "the companion stays in extra, as in libusb");
    }

    @Test
    void truncatedAndMalformedBytes() throws IOException {
        byte[] config = java.util.Arrays.copyOfRange(testbedDescriptors().get(0), 18, 98);
        // Cut inside interface 1 alt 1's endpoint: libusb keeps the setting without the endpoint.
        byte[] cut = java.util.Arrays.copyOf(config, 70);
        cut[2] = 70;
        ConfigDescriptor c = DescriptorParser.configuration(cut);
        assertEquals(2, c.interfaces().size());
        assertEquals(List.of(), c.interfaces().get(1).altSettings().get(1).endpoints());
        // Cut inside that endpoint's companion: the endpoint stays, without extra bytes or companion.
        cut = java.util.Arrays.copyOf(config, 76);
        cut[2] = 76;
        EndpointDescriptor iso = DescriptorParser.configuration(cut).interfaces().get(1).altSettings().get(1)
                .endpoints().getFirst();
        assertEquals(0x83, iso.address());
        assertEquals(0, iso.extra().length);
        assertTrue(iso.ssCompanion().isEmpty());
        // wTotalLength below what the header says is there: only the header's interfaces that fit.
        byte[] headerOnly = java.util.Arrays.copyOf(config, 9);
        headerOnly[2] = 9;
        assertEquals(List.of(), DescriptorParser.configuration(headerOnly).interfaces());
        // A zero-length descriptor is an error (libusb: LIBUSB_ERROR_IO), not an endless loop.
        byte[] zero = config.clone();
        zero[9 + 9] = 0;
        assertThrows(IllegalArgumentException.class, () -> DescriptorParser.configuration(zero));
        assertThrows(IllegalArgumentException.class, () -> DescriptorParser.device(new byte[5]));
        assertThrows(IllegalArgumentException.class, () -> DescriptorParser.configuration(new byte[] {9, 4, 0, 0, 0, 0, 0, 0, 0}));
    }
}
