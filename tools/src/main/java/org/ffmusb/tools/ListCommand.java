package org.ffmusb.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.EndpointDescriptor;
import org.ffmusb.libusb.InterfaceDescriptor;
import org.ffmusb.libusb.LogLevel;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbException;
import org.ffmusb.libusb.UsbInterface;
import org.ffmusb.udev.BusAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ffmusb list}: the USB devices libusb sees, like lsusb, through ffm-libusb. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the USB devices libusb sees, with their names and drivers.",
                "Bus, device, ID, speed, vendor and product, and the kernel drivers bound to the interfaces.",
                "Names come from the udev hardware database, else from the device's string descriptors",
                "(or sysfs when the device cannot be opened)."},
        footer = {"", "Examples:", "  ffmusb list", "  ffmusb list --tree", "  ffmusb list -v --json | jq '.[0].configurations'",
                "", "Exit status: 0 on success (also with no devices), 1 when libusb cannot be used."})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tree", description = "Show devices under their hubs, by port.")
    boolean tree;

    @Option(names = {"-v", "--verbose"}, description = "Show every descriptor: device, configurations, interfaces, endpoints.")
    boolean verbose;

    @Option(names = "--json", description = "One JSON array of device objects.")
    boolean json;

    private record Names(String manufacturer, String product, String serial) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // libusb's own log would report the expected failures of devices that cannot be opened; errors that
        // matter reach us as exceptions.
        try (var context = UsbContext.open(UsbContext.Options.DEFAULT.withLogLevel(LogLevel.NONE))) {
            List<UsbDevice> devices = new ArrayList<>(context.devices());
            devices.sort(Comparator.comparingInt(UsbDevice::busNumber).thenComparingInt(UsbDevice::address));
            List<Names> names = devices.stream().map(ListCommand::names).toList();
            Map<BusAddress, UdevFacts> udev = UdevFacts.read(spec.commandLine().getErr());
            List<UdevFacts> facts = devices.stream()
                    .map(d -> udev.getOrDefault(new BusAddress(d.busNumber(), d.address()), UdevFacts.NONE)).toList();
            if (json) {
                out.println(Json.devices(devices, names.stream().map(n -> new String[] {n.manufacturer, n.product, n.serial})
                        .toList(), facts, verbose));
            } else if (tree) {
                for (UsbDevice root : devices) {
                    if (root.parent().isEmpty()) {
                        printTree(out, root, devices, names, facts, 0);
                    }
                }
            } else {
                for (int i = 0; i < devices.size(); i++) {
                    out.println(line(devices.get(i), names.get(i), facts.get(i)));
                    if (verbose) {
                        printDescriptors(out, devices.get(i), names.get(i), facts.get(i));
                    }
                }
            }
            out.flush();
            return 0;
        } catch (IllegalStateException | UsbException e) {
            spec.commandLine().getErr().println("ffmusb list: " + e.getMessage());
            return 1;
        }
    }

    private static String line(UsbDevice d, Names n, UdevFacts f) {
        DeviceDescriptor dd = d.descriptor();
        String name = (f.vendorOr(n.manufacturer) + " " + f.productOr(n.product)).trim();
        return (String.format(Locale.ROOT, "Bus %03d Device %03d: ID %04x:%04x %s %s", d.busNumber(), d.address(),
                dd.vendorId(), dd.productId(), d.speed().lsusbName(), name).stripTrailing() + f.driverSuffix());
    }

    private void printTree(PrintWriter out, UsbDevice device, List<UsbDevice> all, List<Names> names,
            List<UdevFacts> facts, int depth) {
        String indent = "    ".repeat(depth);
        String prefix = depth == 0 ? "" : "|__ Port " + device.portNumber() + ": ";
        int index = all.indexOf(device);
        out.println(indent + prefix + line(device, names.get(index), facts.get(index)));
        all.stream().filter(c -> c.parent().orElse(null) == device)
                .sorted(Comparator.comparingInt(UsbDevice::portNumber))
                .forEach(c -> printTree(out, c, all, names, facts, depth + 1));
    }

    private static void printDescriptors(PrintWriter out, UsbDevice d, Names n, UdevFacts f) {
        DeviceDescriptor dd = d.descriptor();
        out.printf("Device Descriptor:%n  bcdUSB %s%n  bDeviceClass %d%n  bDeviceSubClass %d%n  bDeviceProtocol %d%n"
                        + "  bMaxPacketSize0 %d%n  idVendor 0x%04x%s%n  idProduct 0x%04x%s%n  bcdDevice %s%n"
                        + "  iManufacturer %d %s%n  iProduct %d %s%n  iSerial %d %s%n  bNumConfigurations %d%n",
                dd.usbVersion(), dd.deviceClass(), dd.deviceSubClass(), dd.deviceProtocol(), dd.maxPacketSize0(),
                dd.vendorId(), f.names().vendor() == null ? "" : " " + f.names().vendor(), dd.productId(),
                f.names().product() == null ? "" : " " + f.names().product(), DeviceDescriptor.bcd(dd.bcdDevice()),
                dd.manufacturerIndex(), n.manufacturer,
                dd.productIndex(), n.product, dd.serialNumberIndex(), n.serial, dd.numConfigurations());
        out.printf("  Port path %s, speed %s%n", d.sysfsName(), d.speed());
        for (ConfigDescriptor c : d.configurations()) {
            out.printf("  Configuration Descriptor:%n    wTotalLength %d%n    bNumInterfaces %d%n    bConfigurationValue %d%n"
                            + "    iConfiguration %d%n    bmAttributes 0x%02x%s%s%n    MaxPower %d%n",
                    c.totalLength(), c.interfaces().size(), c.configurationValue(), c.configurationIndex(), c.attributes(),
                    c.selfPowered() ? " self-powered" : " bus-powered", c.remoteWakeup() ? ", remote wakeup" : "",
                    c.maxPower());
            for (UsbInterface itf : c.interfaces()) {
                for (InterfaceDescriptor alt : itf.altSettings()) {
                    out.printf("    Interface Descriptor:%n      bInterfaceNumber %d%n      bAlternateSetting %d%n"
                                    + "      bNumEndpoints %d%n      bInterfaceClass %d%n      bInterfaceSubClass %d%n"
                                    + "      bInterfaceProtocol %d%n      iInterface %d%n",
                            alt.number(), alt.alternateSetting(), alt.endpoints().size(), alt.interfaceClass(),
                            alt.interfaceSubClass(), alt.interfaceProtocol(), alt.interfaceIndex());
                    if (alt.alternateSetting() == 0 && f.drivers().containsKey(alt.number())) {
                        String driver = f.drivers().get(alt.number());
                        out.printf("      Driver %s%n", driver == null ? "(none)" : driver);
                    }
                    if (alt.extra().length > 0) {
                        out.printf("      extra %s%n", java.util.HexFormat.of().formatHex(alt.extra()));
                    }
                    for (EndpointDescriptor e : alt.endpoints()) {
                        out.printf("      Endpoint Descriptor:%n        bEndpointAddress 0x%02x EP %d %s%n"
                                        + "        Transfer Type %s%n        wMaxPacketSize 0x%04x%n        bInterval %d%n",
                                e.address(), e.number(), e.isIn() ? "IN" : "OUT", e.transferType(), e.maxPacketSize(),
                                e.interval());
                        e.ssCompanion().ifPresent(s -> out.printf("        SuperSpeed Endpoint Companion:%n"
                                        + "          bMaxBurst %d%n          bmAttributes 0x%02x%n          wBytesPerInterval %d%n",
                                s.maxBurst(), s.attributes(), s.bytesPerInterval()));
                    }
                }
            }
        }
    }

    /** String descriptors when the device opens and answers, else the kernel's copies in sysfs, else "". */
    private static Names names(UsbDevice d) {
        DeviceDescriptor dd = d.descriptor();
        try (var handle = d.open()) {
            return new Names(handle.stringDescriptor(dd.manufacturerIndex()), handle.stringDescriptor(dd.productIndex()),
                    handle.stringDescriptor(dd.serialNumberIndex()));
        } catch (UsbException e) {
            Path sysfs = Path.of("/sys/bus/usb/devices", d.sysfsName());
            return new Names(sysfs(sysfs, "manufacturer"), sysfs(sysfs, "product"), sysfs(sysfs, "serial"));
        }
    }

    private static String sysfs(Path device, String attribute) {
        try {
            return Files.readString(device.resolve(attribute)).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
