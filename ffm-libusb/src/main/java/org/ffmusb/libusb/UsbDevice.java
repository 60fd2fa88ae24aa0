package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.ffmusb.libusb.ffi.libusb_h.*;

/**
 * A USB device as libusb sees it ({@code libusb_device}), holding one reference to it. Location, speed and
 * every configuration descriptor are read once, when the object is created, into immutable values, so
 * they stay readable after the device is unplugged. One object per device per {@link UsbContext}: listing
 * devices again or a hotplug event returns the same object.
 *
 * <p>Thread-safe. {@link #open()} and {@link #activeConfiguration()} may be called on the event thread
 * (they do not block on the device).
 */
public final class UsbDevice {
    private final UsbContext context;
    private final MemorySegment device;
    private final int bus;
    private final int address;
    private final int port;
    private final List<Integer> portPath;
    private final Speed speed;
    private final DeviceDescriptor descriptor;
    private final List<ConfigDescriptor> configurations;
    private volatile UsbDevice parent;
    private volatile boolean connected = true;
    private boolean released;

    UsbDevice(UsbContext context, MemorySegment device) {
        this.context = context;
        this.device = libusb_ref_device(device);
        this.bus = Byte.toUnsignedInt(libusb_get_bus_number(device));
        this.address = Byte.toUnsignedInt(libusb_get_device_address(device));
        this.port = Byte.toUnsignedInt(libusb_get_port_number(device));
        this.speed = Speed.of(libusb_get_device_speed(device));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ports = arena.allocate(7);
            int n = libusb_get_port_numbers(device, ports, 7);
            List<Integer> path = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                path.add(Byte.toUnsignedInt(ports.get(JAVA_BYTE, i)));
            }
            this.portPath = List.copyOf(path);
        }
        this.descriptor = Descriptors.device(device);
        List<ConfigDescriptor> configs = new ArrayList<>();
        for (int i = 0; i < descriptor.numConfigurations(); i++) {
            Descriptors.config(context.pointer(), device, i).ifPresent(configs::add);
        }
        this.configurations = List.copyOf(configs);
    }

    /** The context this device belongs to. */
    public UsbContext context() {
        return context;
    }

    /** The bus number ({@code libusb_get_bus_number}). */
    public int busNumber() {
        return bus;
    }

    /** The device address on its bus ({@code libusb_get_device_address}). */
    public int address() {
        return address;
    }

    /** The port on the parent hub, 0 for a root hub ({@code libusb_get_port_number}). */
    public int portNumber() {
        return port;
    }

    /** The ports from the root hub down to this device ({@code libusb_get_port_numbers}); empty for a root hub. */
    public List<Integer> portPath() {
        return portPath;
    }

    /** The negotiated speed ({@code libusb_get_device_speed}). */
    public Speed speed() {
        return speed;
    }

    /** The device descriptor. */
    public DeviceDescriptor descriptor() {
        return descriptor;
    }

    /** Every configuration descriptor, in index order. */
    public List<ConfigDescriptor> configurations() {
        return configurations;
    }

    /**
     * The parent hub as of the last {@link UsbContext#devices()} ({@code libusb_get_parent} is only valid
     * while a device list is held); empty for root hubs and devices not yet listed.
     */
    public Optional<UsbDevice> parent() {
        return Optional.ofNullable(parent);
    }

    void parent(UsbDevice parent) {
        this.parent = parent;
    }

    /** False once a hotplug listener saw the device leave. */
    public boolean isConnected() {
        return connected;
    }

    /** The sysfs name of the device, as the kernel names it: "1-1.4", or "usb1" for a root hub. */
    public String sysfsName() {
        if (portPath.isEmpty()) {
            return "usb" + bus;
        }
        StringBuilder sb = new StringBuilder().append(bus).append('-');
        for (int i = 0; i < portPath.size(); i++) {
            sb.append(i == 0 ? "" : ".").append(portPath.get(i));
        }
        return sb.toString();
    }

    /** The currently active configuration, read again on each call; empty if the device is unconfigured. */
    public synchronized Optional<ConfigDescriptor> activeConfiguration() {
        checkNotReleased();
        return Descriptors.config(context.pointer(), device, -1);
    }

    /** {@code wMaxPacketSize} of an endpoint of the active configuration ({@code libusb_get_max_packet_size}). */
    public synchronized int maxPacketSize(int endpoint) {
        checkNotReleased();
        return UsbException.check(libusb_get_max_packet_size(device, (byte) endpoint), "libusb_get_max_packet_size");
    }

    /** The bytes per service interval of an endpoint, multipliers applied ({@code libusb_get_max_iso_packet_size}). */
    public synchronized int maxIsoPacketSize(int endpoint) {
        checkNotReleased();
        return UsbException.check(libusb_get_max_iso_packet_size(device, (byte) endpoint),
                "libusb_get_max_iso_packet_size");
    }

    /**
     * Opens the device ({@code libusb_open}). Allowed on the event thread in a hotplug listener, not in a
     * transfer callback (libusb would deadlock there).
     *
     * @throws UsbException ACCESS with the udev rule to add, NO_DEVICE if it was unplugged, ...
     */
    public UsbDeviceHandle open() {
        context.checkNotInTransferCallback("opening " + this);
        MemorySegment handle;
        synchronized (this) {
            checkNotReleased();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment out = arena.allocate(ADDRESS);
                int r = libusb_open(device, out);
                if (r == LIBUSB_ERROR_ACCESS()) {
                    throw UsbException.accessDenied(bus, address, descriptor.vendorId(), descriptor.productId());
                }
                UsbException.check(r, "libusb_open(" + this + ")");
                handle = out.get(ADDRESS, 0);
            }
        }
        return context.adopt(this, handle);
    }

    boolean markDisconnected() {
        synchronized (this) {
            boolean was = connected;
            connected = false;
            return was;
        }
    }

    synchronized boolean isReleased() {
        return released;
    }

    /** Drops our reference; the device object stays usable for its cached values. */
    synchronized void release() {
        if (!released) {
            released = true;
            libusb_unref_device(device);
        }
    }

    private void checkNotReleased() {
        if (released) {
            throw new UsbException(UsbError.NO_DEVICE, this + " is no longer present (unplugged, or its context closed)");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Bus %03d Device %03d: ID %04x:%04x", bus, address, descriptor.vendorId(),
                descriptor.productId());
    }
}
