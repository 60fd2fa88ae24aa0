package org.ffmusb.emulator;

import java.util.Map;
import java.util.Optional;
import org.ffmusb.emulator.internal.EmulatedDevice;
import org.ffmusb.emulator.internal.EmulatorCore;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceModel;

/** A device plugged into a {@link UsbEmulator}: where it is, and the way to pull it out. */
public final class PluggedDevice {
    private final EmulatorCore core;
    private final EmulatedDevice device;

    PluggedDevice(EmulatorCore core, EmulatedDevice device) {
        this.core = core;
        this.device = device;
    }

    /** The bus number (1: low/full/high speed, 2: SuperSpeed), as lsusb prints it. */
    public int busNumber() {
        return device.busNumber();
    }

    /** The device address on its bus, as lsusb prints it. */
    public int deviceAddress() {
        return device.deviceAddress();
    }

    /** The ports from the root hub down, as {@code libusb_get_port_numbers} gives them: {2, 3} for 1-2.3. */
    public int[] portNumbers() {
        return device.portNumbers();
    }

    /** True for an emulated hub ({@link UsbEmulator#plugHub}): devices can be plugged into it. */
    public boolean isHub() {
        return device.isHub();
    }

    /**
     * Plugs a device into the first free port of this hub.
     *
     * @throws IllegalArgumentException if this is no hub
     * @throws IllegalStateException if this hub was unplugged
     * @throws EmulatorException if its ports are all in use, or the device is a SuperSpeed one (the
     *     emulated hubs are USB 2.0 hubs)
     */
    public PluggedDevice plug(DeviceModel model) {
        return new PluggedDevice(core, core.plug(model, device));
    }

    /**
     * Plugs another emulated USB 2.0 hub into the first free port of this hub; see {@link #plug}.
     *
     * @throws EmulatorException also if this hub is the fifth below the root hub, as deep as USB allows
     */
    public PluggedDevice plugHub(int ports) {
        return new PluggedDevice(core, core.plugHub(ports, device));
    }

    /** The sysfs path, e.g. {@code /sys/devices/pci0000:00/0000:00:14.0/usb1/1-1}. */
    public String sysfsPath() {
        return device.syspath();
    }

    /** The usbfs device node, e.g. {@code /dev/bus/usb/001/002}. */
    public String deviceNode() {
        return device.devnode();
    }

    /** {@code BUS-ADDRESS} as usbredirect's {@code --device} takes it, e.g. {@code 1-2}. */
    public String busDevice() {
        return busNumber() + "-" + deviceAddress();
    }

    public DeviceModel model() {
        return device.model();
    }

    public DescriptorSet descriptors() {
        return device.descriptors();
    }

    public boolean isPlugged() {
        return !device.isGone();
    }

    /**
     * Sends a {@code change} uevent for the device, as Linux does when a driver reports that the device
     * changed ({@code kobject_uevent_env(KOBJ_CHANGE)}, with the driver's own variables) or when
     * something writes {@code change} to its {@code uevent} file ({@code udevadm trigger}; the kernel
     * then adds {@code SYNTH_UUID=0}). libudev monitors receive it with the device's properties, its
     * driver ({@code usb}) and {@code variables}, e.g. {@code Map.of("SYNTH_UUID", "0")}. Nothing in
     * sysfs changes. (A new configuration is no change event on Linux: its interfaces are removed and
     * added, each with its own events.)
     *
     * @throws IllegalStateException if the device was unplugged
     */
    public void sendChangeEvent(Map<String, String> variables) {
        if (!device.sysfs().changed(Map.copyOf(variables))) {
            throw new IllegalStateException(this + " is unplugged: it sends no more uevents");
        }
    }

    /** {@link #sendChangeEvent(Map)} without variables of its own. */
    public void sendChangeEvent() {
        sendChangeEvent(Map.of());
    }

    /**
     * Binds a kernel driver to an interface of the active configuration, as when Linux loads its module
     * (e.g. "usb-storage", "usbhid"; the testbed's drivers do nothing but hold the interface): sysfs
     * gets the {@code driver} link, libudev monitors a "bind" with DRIVER set. Programs see it with
     * {@code libusb_kernel_driver_active}, their claims fail with BUSY until they detach it
     * ({@code libusb_detach_kernel_driver}: "unbind"), {@code libusb_attach_kernel_driver} binds it
     * again, as does every new configuration with that interface.
     *
     * @return true if it is bound now; false if a program holds the interface (then it binds at the next
     *     attach)
     * @throws IllegalArgumentException if the active configuration has no such interface, or this is a hub
     * @throws IllegalStateException if the device was unplugged
     */
    public boolean bindKernelDriver(int interfaceNumber, String driver) {
        return device.bindKernelDriver(interfaceNumber, driver);
    }

    /**
     * The driver bound to an interface of the active configuration now, as {@code USBDEVFS_GETDRIVER}
     * and the sysfs {@code driver} link tell it: a kernel driver ({@link #bindKernelDriver}), "usbfs"
     * while a program has claimed the interface, or empty (no driver, no such interface, unplugged).
     */
    public Optional<String> driver(int interfaceNumber) {
        return Optional.ofNullable(device.boundDriver(interfaceNumber));
    }

    /**
     * Pulls the device out: transfers in flight end with "no device" (usbfs ESHUTDOWN), processes
     * polling the device file see POLLERR, libudev monitors see what Linux sends: per interface an
     * "unbind" if a driver held it (usbfs for a claimed one) and a "remove", then the device's "unbind"
     * and "remove". A hub's devices are unplugged first. Idempotent.
     */
    public void unplug() {
        core.unplug(device);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluggedDevice p && p.device == device;
    }

    @Override
    public int hashCode() {
        return device.hashCode();
    }

    @Override
    public String toString() {
        return device.toString();
    }
}
