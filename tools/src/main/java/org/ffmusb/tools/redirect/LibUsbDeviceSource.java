package org.ffmusb.tools.redirect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.HotplugListener;
import org.ffmusb.libusb.HotplugRegistration;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.ffmusb.libusb.UsbException;
import org.ffmusb.libusb.UsbInterface;
import org.ffmusb.usbredir.host.HostBackend;
import org.ffmusb.usbredir.host.LibUsbBackend;

/**
 * Devices through libusb, chosen like usbredirect 0.14 chooses them: among identical devices the first
 * whose interfaces can all be claimed (test claim and release) wins. Remembers where the device was
 * plugged, so a device given by BUS-DEVNUM is found again on the same port after a re-plug (it gets a
 * new address there).
 */
final class LibUsbDeviceSource implements DeviceSource {
    private final UsbContext usb;
    private final DeviceSpec spec;
    private List<Integer> portPath;
    private int bus = -1;
    private int address = -1;
    private String whyNot = "";
    private HotplugRegistration registration;

    LibUsbDeviceSource(UsbContext usb, DeviceSpec spec) {
        this.usb = usb;
        this.spec = spec;
    }

    @Override
    public synchronized Optional<HostBackend> open() {
        List<String> refusals = new ArrayList<>();
        for (UsbDevice d : candidates()) {
            UsbDeviceHandle handle;
            try {
                handle = d.open();
            } catch (UsbException e) {
                refusals.add(d + ": " + e.getMessage());
                continue;
            }
            String busy = testClaim(handle);
            if (busy == null) {
                bus = d.busNumber();
                address = d.address();
                portPath = d.portPath();
                return Optional.of(new LibUsbBackend(handle));
            }
            refusals.add(d + ": " + busy);
            handle.close();
        }
        whyNot = refusals.isEmpty() ? "no USB device " + spec + " is plugged in (see ffmusb list)"
                : String.join("; ", refusals);
        return Optional.empty();
    }

    /** The devices to try: by spec, or — after the first one was found — on the same port again. */
    private List<UsbDevice> candidates() {
        List<UsbDevice> all = usb.devices();
        if (spec.byLocation() && portPath != null) {
            return all.stream().filter(d -> d.busNumber() == bus && d.portPath().equals(portPath)).toList();
        }
        return spec.candidates(all);
    }

    /** Claims and releases every interface of the active configuration; null if all worked, else why not. */
    private static String testClaim(UsbDeviceHandle handle) {
        Optional<ConfigDescriptor> config = handle.device().activeConfiguration();
        if (config.isEmpty()) {
            return null;
        }
        handle.setAutoDetachKernelDriver(true);
        List<Integer> claimed = new ArrayList<>();
        try {
            for (UsbInterface i : config.get().interfaces()) {
                int number = i.altSettings().getFirst().number();
                handle.claimInterface(number);
                claimed.add(number);
            }
            return null;
        } catch (UsbException e) {
            return e.getMessage();
        } finally {
            for (int number : claimed) {
                try {
                    handle.releaseInterface(number);
                } catch (UsbException ignored) {
                    // released with the handle
                }
            }
        }
    }

    @Override
    public synchronized String whyNot() {
        return whyNot;
    }

    @Override
    public synchronized void watch(Runnable arrived, Runnable left) {
        if (registration != null) {
            registration.close();
        }
        int vendor = spec.byLocation() ? HotplugListener.ANY : spec.vendorId();
        int product = spec.byLocation() ? HotplugListener.ANY : spec.productId();
        registration = usb.addHotplugListener(vendor, product, HotplugListener.ANY, false, new HotplugListener() {
            @Override
            public void arrived(UsbDevice device) {
                arrived.run();
            }

            @Override
            public void left(UsbDevice device) {
                if (isCurrent(device)) {
                    left.run();
                }
            }
        });
    }

    private synchronized boolean isCurrent(UsbDevice device) {
        return device.busNumber() == bus && device.address() == address;
    }

    @Override
    public String describe() {
        return spec.toString();
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
        }
    }
}
