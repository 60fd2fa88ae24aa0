package org.ffmusb.libusb.testing;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.EndpointDescriptor;
import org.ffmusb.libusb.InterfaceDescriptor;
import org.ffmusb.libusb.UsbInterface;

/** Descriptor records as text (one field group per line) and back to the bytes a device sends. */
public final class Describe {
    private Describe() {}

    private static final HexFormat HEX = HexFormat.of();

    /** A configuration tree, indented, every field of every record. */
    public static String config(ConfigDescriptor c) {
        var sb = new StringBuilder();
        sb.append(String.format("config value=%d total=%d iConfiguration=%d attributes=%02x maxPower=%d selfPowered=%b"
                        + " wakeup=%b extra=%s%n", c.configurationValue(), c.totalLength(), c.configurationIndex(),
                c.attributes(), c.maxPower(), c.selfPowered(), c.remoteWakeup(), HEX.formatHex(c.extra())));
        for (UsbInterface itf : c.interfaces()) {
            for (InterfaceDescriptor alt : itf.altSettings()) {
                sb.append(String.format("  interface %d alt %d class=%02x/%02x/%02x iInterface=%d extra=%s%n",
                        alt.number(), alt.alternateSetting(), alt.interfaceClass(), alt.interfaceSubClass(),
                        alt.interfaceProtocol(), alt.interfaceIndex(), HEX.formatHex(alt.extra())));
                for (EndpointDescriptor e : alt.endpoints()) {
                    sb.append(String.format("    endpoint %02x %s %s attributes=%02x mps=%d interval=%d companion=%s%n",
                            e.address(), e.isIn() ? "IN" : "OUT", e.transferType(), e.attributes(), e.maxPacketSize(),
                            e.interval(), e.ssCompanion().map(s -> "burst " + s.maxBurst() + " attributes "
                                    + s.attributes() + " bytesPerInterval " + s.bytesPerInterval()).orElse("-")));
                }
            }
        }
        return sb.toString();
    }

    /** The 18 bytes of a device descriptor. */
    public static byte[] encode(DeviceDescriptor d) {
        return new byte[] {18, 1, (byte) d.bcdUSB(), (byte) (d.bcdUSB() >> 8), (byte) d.deviceClass(),
                (byte) d.deviceSubClass(), (byte) d.deviceProtocol(), (byte) d.maxPacketSize0(), (byte) d.vendorId(),
                (byte) (d.vendorId() >> 8), (byte) d.productId(), (byte) (d.productId() >> 8), (byte) d.bcdDevice(),
                (byte) (d.bcdDevice() >> 8), (byte) d.manufacturerIndex(), (byte) d.productIndex(),
                (byte) d.serialNumberIndex(), (byte) d.numConfigurations()};
    }

    /**
     * A whole configuration descriptor from the record: header, then each alternate setting with its
     * class descriptors ({@code extra}) and endpoints (7 bytes each, then their {@code extra}, which holds
     * the SuperSpeed companion as libusb leaves it there).
     */
    public static byte[] encode(ConfigDescriptor c) {
        var out = new ByteArrayOutputStream();
        int interfaces = c.interfaces().size();
        out.writeBytes(new byte[] {9, 2, (byte) c.totalLength(), (byte) (c.totalLength() >> 8), (byte) interfaces,
                (byte) c.configurationValue(), (byte) c.configurationIndex(), (byte) c.attributes(), (byte) c.maxPower()});
        out.writeBytes(c.extra());
        for (UsbInterface itf : c.interfaces()) {
            for (InterfaceDescriptor a : itf.altSettings()) {
                out.writeBytes(new byte[] {9, 4, (byte) a.number(), (byte) a.alternateSetting(),
                        (byte) a.endpoints().size(), (byte) a.interfaceClass(), (byte) a.interfaceSubClass(),
                        (byte) a.interfaceProtocol(), (byte) a.interfaceIndex()});
                out.writeBytes(a.extra());
                for (EndpointDescriptor e : a.endpoints()) {
                    out.writeBytes(new byte[] {7, 5, (byte) e.address(), (byte) e.attributes(), (byte) e.maxPacketSize(),
                            (byte) (e.maxPacketSize() >> 8), (byte) e.interval()});
                    out.writeBytes(e.extra());
                }
            }
        }
        return out.toByteArray();
    }
}
