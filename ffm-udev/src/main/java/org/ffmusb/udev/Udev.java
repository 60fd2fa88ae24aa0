package org.ffmusb.udev;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A libudev context for reading USB devices, confined to the thread that opened it (like
 * {@code Arena.ofConfined()}): libudev(3) allows each object to be used by one thread only, so every
 * method must be called on that thread, and {@link #close()} too. Snapshots it returns are immutable and
 * may go anywhere.
 *
 * {@snippet :
 * try (Udev udev = Udev.open()) {
 *     for (UsbDevice d : udev.usbDevices()) {
 *         System.out.println(d.busAddress() + " " + d.displayName());   // 001:004 SanDisk Corp. Cruzer Blade
 *         d.interfaces().forEach(i -> System.out.println("  " + i.sysname() + " " + i.driver()));
 *     }
 *     Optional<UsbDevice> byLibusb = udev.usbDevice(new BusAddress(1, 4)); // bus number + device address
 * }
 * }
 *
 * <p>A context is cheap (a few allocations); the hardware database is mapped on first use of names.
 * For device events use {@link UdevMonitor}, which runs its own context on its own thread.
 */
public final class Udev implements AutoCloseable {
    private final UdevContext context;

    private Udev(UdevContext context) {
        this.context = context;
    }

    /**
     * Opens a context owned by the calling thread.
     *
     * @throws UdevException when libudev cannot be loaded or native access is denied (the message says what
     *     to install or which flag to add), or the context cannot be created
     */
    public static Udev open() {
        return new Udev(UdevContext.open());
    }

    /** Opens a context, lists the USB devices and closes it again: {@link #usbDevices()} in one call. */
    public static List<UsbDevice> listUsbDevices() {
        try (Udev udev = open()) {
            return udev.usbDevices();
        }
    }

    /** Every USB device present (root hubs included), in sysfs order, each with its interfaces. */
    public List<UsbDevice> usbDevices() {
        context.checkThread();
        return context.usbDevices();
    }

    /**
     * The udev device of a libusb device: the one at this bus number ({@code libusb_get_bus_number}) and
     * device address ({@code libusb_get_device_address}). The way back is {@link UsbDevice#busAddress()}.
     */
    public Optional<UsbDevice> usbDevice(BusAddress address) {
        Objects.requireNonNull(address, "address");
        context.checkThread();
        return Optional.ofNullable(context.usbDevice(address));
    }

    /** The USB device at a sysfs path, e.g. from {@link UsbDevice#parentSyspath()}; empty when there is none. */
    public Optional<UsbDevice> usbDevice(String syspath) {
        Objects.requireNonNull(syspath, "syspath");
        context.checkThread();
        return Optional.ofNullable(context.usbDevice(syspath));
    }

    /** The hardware database's names for a vendor and product id; {@link UsbNames#NONE} without a database. */
    public UsbNames hardwareDatabaseNames(int vendorId, int productId) {
        context.checkThread();
        Hwdb hwdb = context.hwdb();
        return hwdb == null ? UsbNames.NONE : hwdb.usbNames(vendorId, productId);
    }

    /** Whether a hardware database (hwdb.bin from Debian's udev package) was found; names fall back to
     *  the devices' own strings without one. */
    public boolean hasHardwareDatabase() {
        context.checkThread();
        return context.hasHwdb();
    }

    /** Releases the context; on the thread that opened it. Snapshots stay valid. */
    @Override
    public void close() {
        context.checkThreadForClose();
        context.close();
    }
}
