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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.LogLevel;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbException;
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

    /** The device's three names, and every other string it refers to when it could be opened. */
    private record Names(String manufacturer, String product, String serial, Map<Integer, String> others) {
        String string(int index) {
            return others.getOrDefault(index, "");
        }
    }

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
        LsusbFormat.descriptors(out, d.descriptor(), d.configurations(), n::string,
                "Port path " + d.sysfsName() + ", speed " + d.speed(),
                new LsusbFormat.UdevExtras(f.names().vendor(), f.names().product(), f.drivers()));
    }

    /**
     * String descriptors when the device opens and answers (every string the descriptors refer to), else
     * the kernel's copies of the three device names in sysfs, else "".
     */
    private static Names names(UsbDevice d) {
        DeviceDescriptor dd = d.descriptor();
        var strings = new TreeMap<Integer, String>();
        try (var handle = d.open()) {
            var indices = new TreeSet<>(List.of(dd.manufacturerIndex(), dd.productIndex(), dd.serialNumberIndex()));
            for (ConfigDescriptor c : d.configurations()) {
                indices.add(c.configurationIndex());
                c.interfaces().forEach(i -> i.altSettings().forEach(a -> indices.add(a.interfaceIndex())));
            }
            indices.remove(0);
            for (int index : indices) {
                try {
                    strings.put(index, handle.stringDescriptor(index));
                } catch (UsbException e) {
                    // a string the device does not answer: the sysfs copy below, or nothing
                }
            }
        } catch (UsbException e) {
            // not ours to open: the kernel's copies
        }
        Path sysfs = Path.of("/sys/bus/usb/devices", d.sysfsName());
        fill(strings, dd.manufacturerIndex(), sysfs, "manufacturer");
        fill(strings, dd.productIndex(), sysfs, "product");
        fill(strings, dd.serialNumberIndex(), sysfs, "serial");
        return new Names(strings.getOrDefault(dd.manufacturerIndex(), ""), strings.getOrDefault(dd.productIndex(), ""),
                strings.getOrDefault(dd.serialNumberIndex(), ""), strings);
    }

    private static void fill(Map<Integer, String> strings, int index, Path sysfs, String attribute) {
        if (index != 0 && !strings.containsKey(index)) {
            String s = sysfs(sysfs, attribute);
            if (!s.isEmpty()) {
                strings.put(index, s);
            }
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
