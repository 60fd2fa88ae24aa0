package org.ffmusb.libusb.testing;

import java.time.Duration;
import java.util.Optional;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbDeviceHandle;

/**
 * The rig of the device tests: a {@link UsbEmulator} (an in-process umockdev testbed whose usbfs ioctls
 * are answered by Java device models) and a {@link UsbContext} on the real libusb of this JVM, which sees
 * only the emulated devices. The test JVM runs with {@code LD_PRELOAD=libumockdev-preload.so.0} (set in
 * this module's pom). One per test class: the emulator allows one testbed per process at a time.
 */
public final class EmulatedUsb implements AutoCloseable {
    private final UsbEmulator emulator;
    private final UsbContext usb;

    private EmulatedUsb(UsbEmulator emulator, UsbContext usb) {
        this.emulator = emulator;
        this.usb = usb;
    }

    /** Opens the testbed, then the context (whose event thread inherits this thread's 1 ns timer slack). */
    public static EmulatedUsb open() {
        return open(UsbContext.Options.DEFAULT);
    }

    public static EmulatedUsb open(UsbContext.Options options) {
        TimerSlack.lowerForThisThread();
        UsbEmulator emulator = UsbEmulator.open();
        try {
            return new EmulatedUsb(emulator, UsbContext.open(options));
        } catch (RuntimeException | Error e) {
            emulator.close();
            throw e;
        }
    }

    public UsbEmulator emulator() {
        return emulator;
    }

    public UsbContext usb() {
        return usb;
    }

    /** Plugs {@code model} in and waits until libusb lists it. */
    public PluggedDevice plug(DeviceModel model) {
        PluggedDevice plugged = emulator.plug(model);
        device(plugged);
        return plugged;
    }

    /** Our object for a plugged device, once libusb's hotplug monitor has added it (10 s at most). */
    public UsbDevice device(PluggedDevice plugged) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<UsbDevice> found = usb.devices().stream()
                    .filter(d -> d.busNumber() == plugged.busNumber() && d.address() == plugged.deviceAddress())
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("libusb does not list " + plugged + " 10 s after it was plugged");
            }
            sleep(10);
        }
    }

    /** Opens a plugged device. */
    public UsbDeviceHandle open(PluggedDevice plugged) {
        return device(plugged).open();
    }

    /** Plugs {@code model} in, opens it and claims interface 0. */
    public UsbDeviceHandle plugAndClaim(DeviceModel model) {
        UsbDeviceHandle h = open(plug(model));
        h.claimInterface(0);
        return h;
    }

    /** Unplugs every emulated device, so that the next test starts on an empty bus. */
    public void unplugAll() {
        emulator.devices().forEach(PluggedDevice::unplug);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            usb.close();
        } finally {
            emulator.close();
        }
    }
}
