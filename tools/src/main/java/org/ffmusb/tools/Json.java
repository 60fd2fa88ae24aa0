package org.ffmusb.tools;

import java.util.HexFormat;
import java.util.List;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.EndpointDescriptor;
import org.ffmusb.libusb.InterfaceDescriptor;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbInterface;

/** The JSON of {@code ffmusb list --json}: one object per device, descriptors with {@code -v}. */
final class Json {
    private Json() {}

    static String devices(List<UsbDevice> devices, List<String[]> names, List<UdevFacts> facts, boolean verbose) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < devices.size(); i++) {
            UsbDevice d = devices.get(i);
            DeviceDescriptor dd = d.descriptor();
            String[] n = names.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"bus\":").append(d.busNumber()).append(",\"device\":").append(d.address())
                    .append(",\"id\":").append(str(String.format("%04x:%04x", dd.vendorId(), dd.productId())))
                    .append(",\"vendorId\":").append(dd.vendorId()).append(",\"productId\":").append(dd.productId())
                    .append(",\"speed\":").append(str(d.speed().name())).append(",\"port\":").append(d.portNumber())
                    .append(",\"portPath\":").append(d.portPath()).append(",\"sysfs\":").append(str(d.sysfsName()))
                    .append(",\"parent\":").append(d.parent().map(p -> str(p.busNumber() + "/" + p.address())).orElse("null"))
                    .append(",\"manufacturer\":").append(str(n[0])).append(",\"product\":").append(str(n[1]))
                    .append(",\"serial\":").append(str(n[2]));
            udev(sb, facts.get(i));
            if (verbose) {
                descriptors(sb, dd, d.configurations());
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    /** {@code ,"descriptor":{...},"configurations":[...]}: the descriptor fields of list -v and probe. */
    static void descriptors(StringBuilder sb, DeviceDescriptor dd, List<ConfigDescriptor> configurations) {
        sb.append(",\"descriptor\":{\"bcdUSB\":").append(dd.bcdUSB()).append(",\"class\":").append(dd.deviceClass())
                .append(",\"subClass\":").append(dd.deviceSubClass()).append(",\"protocol\":").append(dd.deviceProtocol())
                .append(",\"maxPacketSize0\":").append(dd.maxPacketSize0()).append(",\"bcdDevice\":").append(dd.bcdDevice())
                .append(",\"numConfigurations\":").append(dd.numConfigurations()).append("},\"configurations\":[");
        for (int c = 0; c < configurations.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(config(configurations.get(c)));
        }
        sb.append(']');
    }

    static String strOrNull(String s) {
        return s == null ? "null" : str(s);
    }

    /** The hardware database's names (null when unknown) and the driver of each interface (null: none). */
    private static void udev(StringBuilder sb, UdevFacts f) {
        sb.append(",\"vendorName\":").append(strOrNull(f.names().vendor())).append(",\"productName\":")
                .append(strOrNull(f.names().product())).append(",\"drivers\":[");
        boolean first = true;
        for (var e : f.drivers().entrySet()) {
            sb.append(first ? "" : ",").append("{\"interface\":").append(e.getKey()).append(",\"driver\":")
                    .append(strOrNull(e.getValue())).append('}');
            first = false;
        }
        sb.append(']');
    }

    private static String config(ConfigDescriptor c) {
        StringBuilder sb = new StringBuilder("{\"value\":").append(c.configurationValue()).append(",\"totalLength\":")
                .append(c.totalLength()).append(",\"attributes\":").append(c.attributes()).append(",\"maxPower\":")
                .append(c.maxPower()).append(",\"interfaces\":[");
        boolean first = true;
        for (UsbInterface itf : c.interfaces()) {
            for (InterfaceDescriptor alt : itf.altSettings()) {
                sb.append(first ? "" : ",").append("{\"number\":").append(alt.number()).append(",\"alt\":")
                        .append(alt.alternateSetting()).append(",\"class\":").append(alt.interfaceClass())
                        .append(",\"subClass\":").append(alt.interfaceSubClass()).append(",\"protocol\":")
                        .append(alt.interfaceProtocol()).append(",\"extra\":").append(str(HexFormat.of().formatHex(alt.extra())))
                        .append(",\"endpoints\":[");
                first = false;
                for (int e = 0; e < alt.endpoints().size(); e++) {
                    EndpointDescriptor ep = alt.endpoints().get(e);
                    sb.append(e == 0 ? "" : ",").append("{\"address\":").append(ep.address()).append(",\"type\":")
                            .append(str(ep.transferType().name())).append(",\"maxPacketSize\":").append(ep.maxPacketSize())
                            .append(",\"interval\":").append(ep.interval());
                    ep.ssCompanion().ifPresent(s -> sb.append(",\"ssCompanion\":{\"maxBurst\":").append(s.maxBurst())
                            .append(",\"attributes\":").append(s.attributes()).append(",\"bytesPerInterval\":")
                            .append(s.bytesPerInterval()).append('}'));
                    sb.append('}');
                }
                sb.append("]}");
            }
        }
        return sb.append("]}").toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
