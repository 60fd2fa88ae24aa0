package org.ffmusb.emulator.internal;

import java.util.Arrays;

/**
 * Where a device sits in the USB tree: its bus and the port numbers from the root hub down, as Linux
 * names it ({@code usb1} for the root hub itself, {@code 1-2} on port 2 of root hub 1, {@code 1-2.3} on
 * port 3 of the hub on that port). Immutable.
 */
final class PortPath {
    /** USB 2.0 §4.1.1 (Linux's MAX_TOPO_LEVEL): at most five hubs between the root hub and a device, so
     *  a device is at most six ports below the root hub. */
    static final int MAX_PORTS = 6;

    private final int bus;
    private final int[] ports;

    private PortPath(int bus, int[] ports) {
        this.bus = bus;
        this.ports = ports;
    }

    /** The root hub of a bus. */
    static PortPath root(int bus) {
        return new PortPath(bus, new int[0]);
    }

    /** The device on {@code port} of the hub at this path (which is at most five hubs deep, see {@link EmulatorCore}). */
    PortPath child(int port) {
        int[] p = Arrays.copyOf(ports, ports.length + 1);
        p[ports.length] = port;
        return new PortPath(bus, p);
    }

    int bus() {
        return bus;
    }

    boolean isRoot() {
        return ports.length == 0;
    }

    /** The port on the parent hub, 0 for a root hub. */
    int port() {
        return ports.length == 0 ? 0 : ports[ports.length - 1];
    }

    /** The ports from the root hub down (CONNINFO_EX's ports[], libusb_get_port_numbers). */
    int[] ports() {
        return ports.clone();
    }

    /** The kernel's name of the device: {@code usb1}, {@code 1-2}, {@code 1-2.3}. */
    String name() {
        return isRoot() ? "usb" + bus : bus + "-" + dotted(".");
    }

    /** The {@code devpath} attribute: {@code 0} for a root hub, else the ports joined by dots. */
    String devpath() {
        return isRoot() ? "0" : dotted(".");
    }

    /** The sysfs path without {@code /sys}: each hub's directory holds the devices on its ports. */
    String sysfsPath() {
        StringBuilder s = new StringBuilder(SysfsRecord.CONTROLLER).append("/usb").append(bus);
        for (int depth = 1; depth <= ports.length; depth++) {
            s.append('/').append(new PortPath(bus, Arrays.copyOf(ports, depth)).name());
        }
        return s.toString();
    }

    /** The name of an interface of this device: {@code 1-0:1.0} for a root hub's, {@code 1-2.3:1.0}. */
    String interfaceName(int configuration, int number) {
        return (isRoot() ? bus + "-0" : name()) + ":" + configuration + "." + number;
    }

    /** The sysfs path of an interface, without {@code /sys}. */
    String interfacePath(int configuration, int number) {
        return sysfsPath() + "/" + interfaceName(configuration, number);
    }

    /** What udev's path_id builtin names the port: {@code usb-0:2.3} (ID_PATH), joined by {@code sep}. */
    String dotted(String sep) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < ports.length; i++) {
            s.append(i == 0 ? "" : sep).append(ports[i]);
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortPath p && p.bus == bus && Arrays.equals(p.ports, ports);
    }

    @Override
    public int hashCode() {
        return bus * 31 + Arrays.hashCode(ports);
    }

    @Override
    public String toString() {
        return name();
    }
}
