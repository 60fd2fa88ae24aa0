package org.ffmusb.tools;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.ffmusb.udev.UsbDevice;
import org.ffmusb.udev.UsbDeviceEvent;
import org.ffmusb.udev.UsbEvent;
import org.ffmusb.udev.UsbInterface;
import org.ffmusb.udev.UsbInterfaceEvent;

/** The text and JSON lines of {@code ffmusb monitor}: one line per event. */
final class UdevEventFormat {
    private UdevEventFormat() {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    /** {@code 14:03:22.125 bind   device    1-1        001:002 0781:5567 SanDisk Corp. Cruzer Blade [usb]}. */
    static String text(UsbEvent event, LocalTime time) {
        String head = String.format("%s %-6s ", TIME.format(time), event.actionName());
        return switch (event) {
            case UsbDeviceEvent e -> {
                UsbDevice d = e.device();
                yield head + String.format("device    %-10s %s %s:%s %s%s", d.sysname(),
                        d.busAddress() == null ? "???:???" : d.busAddress(), hex4(d.vendorId()), hex4(d.productId()),
                        d.displayName(), d.driver() == null ? "" : " [" + d.driver() + "]");
            }
            case UsbInterfaceEvent e -> {
                UsbInterface i = e.usbInterface();
                yield head + String.format("interface %-10s class %s/%s/%s%s", i.sysname(), hex2(i.interfaceClass()),
                        hex2(i.interfaceSubClass()), hex2(i.interfaceProtocol()),
                        i.driver() == null ? "" : " [" + i.driver() + "]");
            }
        };
    }

    /** One JSON object with every field of the event's snapshot that a script would want. */
    static String json(UsbEvent event, long epochMillis) {
        var json = new StringBuilder("{");
        field(json, "time", epochMillis);
        field(json, "action", event.actionName());
        field(json, "seqnum", event.seqnum());
        switch (event) {
            case UsbDeviceEvent e -> {
                UsbDevice d = e.device();
                field(json, "kind", "device");
                field(json, "syspath", d.syspath());
                field(json, "sysname", d.sysname());
                field(json, "devnode", d.devnode());
                if (d.busAddress() != null) {
                    field(json, "bus", d.busAddress().bus());
                    field(json, "address", d.busAddress().address());
                }
                field(json, "vendorId", d.vendorId() < 0 ? null : hex4(d.vendorId()));
                field(json, "productId", d.productId() < 0 ? null : hex4(d.productId()));
                field(json, "vendor", d.vendorName());
                field(json, "product", d.productName());
                field(json, "manufacturer", d.manufacturer());
                field(json, "productString", d.product());
                field(json, "serial", d.serial());
                field(json, "speed", d.speed().sysfsValue().isEmpty() ? null : d.speed().sysfsValue());
                field(json, "driver", d.driver());
                json.append("\"interfaces\":[");
                for (int k = 0; k < d.interfaces().size(); k++) {
                    UsbInterface i = d.interfaces().get(k);
                    json.append(k == 0 ? "{" : ",{");
                    field(json, "sysname", i.sysname());
                    field(json, "class", hex2(i.interfaceClass()));
                    json.append("\"driver\":").append(quote(i.driver())).append('}');
                }
                json.append("]}");
            }
            case UsbInterfaceEvent e -> {
                UsbInterface i = e.usbInterface();
                field(json, "kind", "interface");
                field(json, "syspath", i.syspath());
                field(json, "sysname", i.sysname());
                field(json, "device", i.deviceSyspath());
                field(json, "number", i.number());
                field(json, "class", i.interfaceClass() < 0 ? null : hex2(i.interfaceClass()));
                field(json, "subclass", i.interfaceSubClass() < 0 ? null : hex2(i.interfaceSubClass()));
                field(json, "protocol", i.interfaceProtocol() < 0 ? null : hex2(i.interfaceProtocol()));
                json.append("\"driver\":").append(quote(i.driver())).append('}');
            }
        }
        return json.toString();
    }

    private static void field(StringBuilder json, String name, Object value) {
        json.append('"').append(name).append("\":");
        json.append(value instanceof Number n ? n.toString() : quote((String) value)).append(',');
    }

    /** A JSON string literal, or {@code null}. */
    static String quote(String s) {
        return Json.strOrNull(s);
    }

    private static String hex4(int v) {
        return v < 0 ? "????" : String.format("%04x", v);
    }

    private static String hex2(int v) {
        return v < 0 ? "??" : String.format("%02x", v);
    }
}
