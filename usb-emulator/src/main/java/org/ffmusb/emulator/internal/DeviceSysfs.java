package org.ffmusb.emulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.Interface;

/**
 * The sysfs side of one plugged device and what udev hears of it: the records of the device and of the
 * interfaces of its active configuration, the driver bound to each (a {@code driver} link and DRIVER= in
 * the {@code uevent} file, as Linux's driver core keeps them), and the uevents, in the order Linux sends
 * them (drivers/base/core.c, dd.c; drivers/usb/core/hub.c usb_new_device/usb_disconnect, message.c
 * usb_set_configuration):
 * <ul>
 *   <li>plug: {@code add} of the device, then per interface {@code add} and, when a kernel driver takes
 *   it (the hub driver on a hub), {@code bind}; last the device's {@code bind} to the generic driver
 *   "usb", which chose the configuration;</li>
 *   <li>a driver taking or leaving an interface: {@code bind} (DRIVER=usbfs when a program claims it
 *   through usbfs) or {@code unbind} (no DRIVER); the link and the uevent file change before the event;</li>
 *   <li>a new configuration: per old interface (last first) {@code unbind} if bound and {@code remove},
 *   then the new interfaces as on plug; the device itself sends nothing;</li>
 *   <li>unplug: per interface (last first) {@code unbind} if bound and {@code remove}, then the device's
 *   {@code unbind} and {@code remove}.</li>
 * </ul>
 * Every change and its event happen under the {@link UeventSender#lock}, so the events of all devices
 * go out in the order sysfs changed. That lock is taken before the device's lock, never inside it.
 */
public final class DeviceSysfs {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.emulator");
    /** The generic USB device driver, bound to every usb_device (drivers/usb/core/generic.c). */
    static final String GENERIC_DRIVER = "usb";

    private final EmulatedDevice dev;
    private final Testbed testbed;
    private final UeventSender uevents;
    /** The driver bindings changed since the last {@link #syncDrivers}; set by {@link Claims} and {@link KernelDrivers}. */
    private volatile boolean driversChanged;

    // Guarded by uevents.lock.
    private boolean present;
    private final List<Shown> shown = new ArrayList<>();

    /** An interface as sysfs shows it now. */
    private static final class Shown {
        final int number;
        final String syspath;
        final Map<String, String> properties;
        String driver;

        Shown(int number, String syspath, Map<String, String> properties) {
            this.number = number;
            this.syspath = syspath;
            this.properties = properties;
        }
    }

    DeviceSysfs(EmulatedDevice dev, Testbed testbed, UeventSender uevents) {
        this.dev = dev;
        this.testbed = testbed;
        this.uevents = uevents;
    }

    /** The device record, its interfaces, their drivers, with Linux's events. Plugging thread. */
    void plugged(Configuration active, int maxchild) {
        uevents.lock.lock();
        try {
            // umockdev 0.17 writes the records without a uevent; like the kernel, announce the device
            // once it is complete, then each interface.
            testbed.add(SysfsRecord.device(dev.descriptors, active, dev.at, dev.devnum, maxchild));
            present = true;
            send("add", dev.syspath, deviceProperties(), null);
            showInterfaces(active);
            bind(dev.syspath, deviceProperties(), GENERIC_DRIVER);
        } finally {
            uevents.lock.unlock();
        }
    }

    /** Interfaces, driver links and the device leave sysfs, with Linux's events. Unplugging thread. */
    void unplugged() {
        uevents.lock.lock();
        try {
            if (!present) {
                return;
            }
            hideInterfaces();
            unbind(dev.syspath, deviceProperties());
            send("remove", dev.syspath, deviceProperties(), null);
            testbed.remove(dev.syspath);
            present = false;
        } finally {
            uevents.lock.unlock();
        }
    }

    /**
     * After SET_CONFIGURATION chose another configuration: the old interfaces go, bConfigurationValue and
     * bNumInterfaces follow, the new interfaces come with the kernel drivers that took them.
     */
    void configurationChanged(Configuration c) {
        uevents.lock.lock();
        try {
            if (!present) {
                return;
            }
            hideInterfaces();
            // Unconfigured, Linux's attribute is empty (no newline): libusb reads 0 bytes as "unconfigured"
            testbed.setAttribute(dev.syspath, "bConfigurationValue", c == null ? "" : c.value() + "\n");
            testbed.setAttribute(dev.syspath, "bNumInterfaces",
                    String.format("%2d%n", c == null ? 0 : c.interfaces().size()));
            showInterfaces(c);
        } finally {
            uevents.lock.unlock();
        }
    }

    /** A binding changed (a claim, a release, a driver detached or attached): sync before the ioctl ends. */
    void driversChanged() {
        driversChanged = true;
    }

    /**
     * Brings the interfaces' driver links in line with the bindings, with one {@code unbind} for a driver
     * that left and one {@code bind} for one that came (both when one replaced the other). Cheap when
     * nothing changed; any thread, no device lock held.
     */
    void syncDrivers() {
        if (!driversChanged) {
            return;
        }
        uevents.lock.lock();
        try {
            driversChanged = false;
            if (!present) {
                return;
            }
            String[] bound = new String[shown.size()];
            dev.lock.lock();
            try {
                for (int k = 0; k < bound.length; k++) {
                    bound[k] = dev.state.boundDriver(shown.get(k).number);
                }
            } finally {
                dev.lock.unlock();
            }
            for (int k = 0; k < bound.length; k++) {
                Shown i = shown.get(k);
                if (i.driver != null && !i.driver.equals(bound[k])) {
                    unbind(i.syspath, i.properties);
                    i.driver = null;
                }
                if (bound[k] != null && i.driver == null) {
                    bind(i.syspath, i.properties, bound[k]);
                    i.driver = bound[k];
                }
            }
        } finally {
            uevents.lock.unlock();
        }
    }

    /**
     * A {@code change} uevent of the device with its properties, its driver and {@code extra} variables,
     * as a driver's kobject_uevent_env(KOBJ_CHANGE) sends it; false if the device is gone.
     */
    public boolean changed(Map<String, String> extra) {
        uevents.lock.lock();
        try {
            if (!present) {
                return false;
            }
            Map<String, String> p = deviceProperties();
            p.putAll(extra);
            send("change", dev.syspath, p, GENERIC_DRIVER);
            return true;
        } finally {
            uevents.lock.unlock();
        }
    }

    // ---- under uevents.lock ----

    private Map<String, String> deviceProperties() {
        Configuration active;
        dev.lock.lock();
        try {
            active = dev.state.active();
        } finally {
            dev.lock.unlock();
        }
        return SysfsRecord.deviceProperties(dev.descriptors, active, dev.at, dev.devnum);
    }

    private void showInterfaces(Configuration c) {
        if (c == null) {
            return;
        }
        for (Interface i : c.interfaces()) {
            testbed.add(SysfsRecord.iface(dev.descriptors, c, i, 0, dev.at));
            Shown s = new Shown(i.number(), "/sys" + dev.at.interfacePath(c.value(), i.number()),
                    SysfsRecord.interfaceProperties(dev.descriptors, i, i.altSetting(0)));
            shown.add(s);
            send("add", s.syspath, s.properties, null);
            String driver;
            dev.lock.lock();
            try {
                driver = dev.state.boundDriver(i.number());
            } finally {
                dev.lock.unlock();
            }
            if (driver != null) {
                bind(s.syspath, s.properties, driver);
                s.driver = driver;
            }
        }
    }

    private void hideInterfaces() {
        for (Shown i : shown.reversed()) {
            if (i.driver != null) {
                unbind(i.syspath, i.properties);
            }
            send("remove", i.syspath, i.properties, null);
            testbed.remove(i.syspath);
        }
        shown.clear();
    }

    /** device_bind_driver: the link, then DRIVER= in the uevent file, then the event naming the driver. */
    private void bind(String syspath, Map<String, String> properties, String driver) {
        Path dir = sysfs(syspath);
        try {
            Files.createDirectories(sysfs("/sys/bus/usb/drivers/" + driver));
            Files.deleteIfExists(dir.resolve("driver"));
            Files.createSymbolicLink(dir.resolve("driver"), Path.of(up(syspath) + "bus/usb/drivers/" + driver));
            writeDriverProperty(dir, driver, testbed.root());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot bind " + driver + " to " + syspath + " in sysfs", e);
        }
        send("bind", syspath, properties, driver);
    }

    /** __device_release_driver: link and DRIVER= go, then the event (without DRIVER). */
    private void unbind(String syspath, Map<String, String> properties) {
        Path dir = sysfs(syspath);
        try {
            Files.deleteIfExists(dir.resolve("driver"));
            writeDriverProperty(dir, null, testbed.root());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot unbind the driver of " + syspath + " in sysfs", e);
        }
        send("unbind", syspath, properties, null);
    }

    private void send(String action, String syspath, Map<String, String> properties, String driver) {
        Map<String, String> p = properties;
        if (driver != null) {
            p = new LinkedHashMap<>();
            for (var e : properties.entrySet()) {
                p.put(e.getKey(), e.getValue());
                if (e.getKey().equals("DEVTYPE")) {
                    p.put("DRIVER", driver);
                }
            }
        }
        uevents.send(action, syspath.substring("/sys".length()), "usb", p);
    }

    /**
     * The uevent file as the kernel shows it: DRIVER= while a driver is bound, after DEVTYPE. The rest of
     * what umockdev wrote stays as it is.
     */
    private static void writeDriverProperty(Path dir, String driver, Path root) throws IOException {
        Path file = dir.resolve("uevent");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("DRIVER=")) {
                lines.add(line);
                if (driver != null && line.startsWith("DEVTYPE=")) {
                    lines.add("DRIVER=" + driver);
                }
            }
        }
        // Written aside (outside the device's directory, where it would look like an attribute) and
        // renamed, so a reader sees the old file or the new one, never half of it.
        Path next = root.resolve(".uevent.new");
        Files.writeString(next, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path sysfs(String syspath) {
        return testbed.root().resolve(syspath.substring(1));
    }

    /** "../" once per directory below /sys: the start of a relative link to /sys/bus/... */
    private static String up(String syspath) {
        int depth = (int) syspath.substring("/sys/".length()).chars().filter(c -> c == '/').count() + 1;
        return "../".repeat(depth);
    }
}
