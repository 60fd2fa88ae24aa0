package org.ffmusb.udev;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ffmusb.udev.ffi.libudev_h;

/**
 * The udev hardware database ({@code hwdb.bin}, built from {@code /usr/lib/udev/hwdb.d} by Debian's udev
 * package), queried the way udevd's hwdb builtin does for USB devices: the modalias
 * {@code usb:v<VID>p<PID>*} with upper-case hex digits. Belongs to its context's thread.
 */
final class Hwdb implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.udev");
    private static final AtomicBoolean NOTICE_GIVEN = new AtomicBoolean();
    static final String VENDOR_KEY = "ID_VENDOR_FROM_DATABASE";
    static final String MODEL_KEY = "ID_MODEL_FROM_DATABASE";

    private final MemorySegment hwdb;

    private Hwdb(MemorySegment hwdb) {
        this.hwdb = hwdb;
    }

    static Hwdb open(UdevContext context) {
        MemorySegment hwdb = libudev_h.udev_hwdb_new(context.errno, context.udev);
        if (hwdb.address() == 0 && NOTICE_GIVEN.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "no udev hardware database (hwdb.bin): USB names fall back to the"
                    + " devices' own strings; install Debian's udev package (apt-get install udev) for names such as"
                    + " \"SanDisk Corp. Cruzer Blade\"");
        }
        return new Hwdb(hwdb);
    }

    boolean available() {
        return hwdb.address() != 0;
    }

    /** The database's names for a vendor and product; either may be null. */
    UsbNames usbNames(int vendorId, int productId) {
        if (vendorId < 0 || productId < 0) {
            return UsbNames.NONE;
        }
        String vendor = null;
        String model = null;
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment modalias = scratch.allocateFrom(String.format("usb:v%04Xp%04X*", vendorId, productId));
            for (MemorySegment e = libudev_h.udev_hwdb_get_properties_list_entry(hwdb, modalias, 0); e.address() != 0;
                    e = libudev_h.udev_list_entry_get_next(e)) {
                String key = libudev_h.udev_list_entry_get_name(e).getString(0);
                if (key.equals(VENDOR_KEY)) {
                    vendor = libudev_h.udev_list_entry_get_value(e).getString(0);
                } else if (key.equals(MODEL_KEY)) {
                    model = libudev_h.udev_list_entry_get_value(e).getString(0);
                }
            }
        }
        return vendor == null && model == null ? UsbNames.NONE : new UsbNames(vendor, model);
    }

    @Override
    public void close() {
        if (available()) {
            libudev_h.udev_hwdb_unref(hwdb);
        }
    }
}
