package org.ffmusb.emulator;

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
     * Pulls the device out: transfers in flight end with "no device" (usbfs ESHUTDOWN), processes
     * polling the device file see POLLERR, libudev monitors see one "remove". Idempotent.
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
