package org.ffmusb.udev;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.udev.ffi.errno_h;
import org.ffmusb.udev.ffi.libudev_h;
import org.ffmusb.udev.internal.Native;

/**
 * One {@code struct udev} and everything made from it, confined to the thread that opened it: libudev(3)
 * allows an object to be used by one thread only, for its whole life, so the context, its enumerations,
 * devices and hardware database are created, used and unref'd here, on {@link #owner}. {@link Udev} is
 * the public face of a context on a caller's thread; each of a monitor's two threads owns a context of its own.
 */
final class UdevContext implements AutoCloseable {
    private final Thread owner = Thread.currentThread();
    private final Arena arena = Arena.ofConfined();
    /** errno of the last call linked with captureCallState; one per context, so one per thread. */
    final MemorySegment errno = errno_h.allocateCaptureState(arena);
    final MemorySegment udev;
    private final Map<String, MemorySegment> strings = new HashMap<>();
    private Hwdb hwdb;
    private boolean closed;

    private UdevContext(MemorySegment udev) {
        this.udev = udev;
    }

    static UdevContext open() {
        Native.requireLibudev();
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment state = errno_h.allocateCaptureState(scratch);
            MemorySegment udev = libudev_h.udev_new(state);
            if (udev.address() == 0) {
                int e = errno_h.errno(state);
                throw new UdevException("cannot create a libudev context: " + Native.reason(e)
                        + "; the process is out of memory or file descriptors", e);
            }
            return new UdevContext(udev);
        }
    }

    /** Throws unless called on the thread that opened this context, and while it is open. */
    void checkThread() {
        if (Thread.currentThread() != owner) {
            throw new WrongThreadException("this Udev belongs to thread " + owner.getName()
                    + ": libudev objects may only be used by the thread that created them (libudev(3));"
                    + " open a Udev on " + Thread.currentThread().getName() + " instead");
        }
        if (closed) {
            throw new IllegalStateException("this Udev is closed");
        }
    }

    /** Like {@link #checkThread()} but a second close is allowed. */
    void checkThreadForClose() {
        if (!closed) {
            checkThread();
        }
    }

    /** A C copy of a constant string, made once and kept for the life of the context. */
    MemorySegment cstring(String s) {
        return strings.computeIfAbsent(s, arena::allocateFrom);
    }

    /** The hardware database, opened on first use; null when the system has none (notice logged once). */
    Hwdb hwdb() {
        if (hwdb == null) {
            hwdb = Hwdb.open(this);
        }
        return hwdb.available() ? hwdb : null;
    }

    boolean hasHwdb() {
        return hwdb() != null;
    }

    /** Every USB device with its interfaces, in sysfs order. */
    List<UsbDevice> usbDevices() {
        MemorySegment e = newEnumerate();
        try {
            check(libudev_h.udev_enumerate_add_match_subsystem(e, cstring("usb")), "udev_enumerate_add_match_subsystem");
            return scan(e, true);
        } finally {
            libudev_h.udev_enumerate_unref(e);
        }
    }

    /** The device at this bus and address, or null. Only usb_device directories have busnum and devnum. */
    UsbDevice usbDevice(BusAddress address) {
        MemorySegment e = newEnumerate();
        try (Arena scratch = Arena.ofConfined()) {
            check(libudev_h.udev_enumerate_add_match_subsystem(e, cstring("usb")), "udev_enumerate_add_match_subsystem");
            check(libudev_h.udev_enumerate_add_match_sysattr(e, cstring("busnum"),
                    scratch.allocateFrom(Integer.toString(address.bus()))), "udev_enumerate_add_match_sysattr");
            check(libudev_h.udev_enumerate_add_match_sysattr(e, cstring("devnum"),
                    scratch.allocateFrom(Integer.toString(address.address()))), "udev_enumerate_add_match_sysattr");
            List<UsbDevice> found = scan(e, false);
            return found.isEmpty() ? null : found.getFirst();
        } finally {
            libudev_h.udev_enumerate_unref(e);
        }
    }

    /** The USB device at this sysfs path, or null when there is none (or it is not a USB device). */
    UsbDevice usbDevice(String syspath) {
        MemorySegment dev = deviceAt(syspath);
        if (dev.address() == 0) {
            return null;
        }
        try {
            String devtype = SnapshotReader.devtype(dev);
            return DeviceFacts.USB_DEVICE.equals(devtype)
                    ? SnapshotReader.device(this, SnapshotReader.read(this, dev, devtype), interfacesOf(dev)) : null;
        } finally {
            libudev_h.udev_device_unref(dev);
        }
    }

    /** A new reference to the device at a sysfs path (the caller unrefs it), or NULL when there is none. */
    MemorySegment deviceAt(String syspath) {
        try (Arena scratch = Arena.ofConfined()) {
            return libudev_h.udev_device_new_from_syspath(errno, udev, scratch.allocateFrom(syspath));
        }
    }

    /** The interfaces below the device at a sysfs path; empty when it is gone. */
    List<UsbInterface> interfacesOf(String syspath) {
        MemorySegment dev = deviceAt(syspath);
        if (dev.address() == 0) {
            return List.of();
        }
        try {
            return interfacesOf(dev);
        } finally {
            libudev_h.udev_device_unref(dev);
        }
    }

    /** The interfaces below a device, by scanning its sysfs directory. */
    List<UsbInterface> interfacesOf(MemorySegment dev) {
        MemorySegment e = newEnumerate();
        try {
            check(libudev_h.udev_enumerate_add_match_parent(e, dev), "udev_enumerate_add_match_parent");
            check(libudev_h.udev_enumerate_add_match_subsystem(e, cstring("usb")), "udev_enumerate_add_match_subsystem");
            List<UsbInterface> result = new ArrayList<>();
            forEachDevice(e, child -> {
                String devtype = SnapshotReader.devtype(child);
                if (DeviceFacts.USB_INTERFACE.equals(devtype)) {
                    result.add(SnapshotReader.usbInterface(SnapshotReader.read(this, child, devtype)));
                }
            });
            return result;
        } finally {
            libudev_h.udev_enumerate_unref(e);
        }
    }

    /**
     * The devices of one scan, in sysfs order. With {@code withInterfaces} the interfaces of the same scan
     * go to their devices; otherwise (a filtered scan, which has none) each device's directory is scanned.
     */
    private List<UsbDevice> scan(MemorySegment e, boolean withInterfaces) {
        List<DeviceFacts> devices = new ArrayList<>();
        Map<String, List<UsbInterface>> interfaces = new HashMap<>();
        Map<String, List<UsbInterface>> scanned = new HashMap<>();
        forEachDevice(e, dev -> {
            String devtype = SnapshotReader.devtype(dev);
            if (DeviceFacts.USB_DEVICE.equals(devtype)) {
                DeviceFacts facts = SnapshotReader.read(this, dev, devtype);
                devices.add(facts);
                if (!withInterfaces) {
                    scanned.put(facts.syspath(), interfacesOf(dev));
                }
            } else if (withInterfaces && DeviceFacts.USB_INTERFACE.equals(devtype)) {
                UsbInterface i = SnapshotReader.usbInterface(SnapshotReader.read(this, dev, devtype));
                interfaces.computeIfAbsent(i.deviceSyspath(), k -> new ArrayList<>()).add(i);
            }
        });
        List<UsbDevice> result = new ArrayList<>(devices.size());
        for (DeviceFacts facts : devices) {
            Map<String, List<UsbInterface>> source = withInterfaces ? interfaces : scanned;
            result.add(SnapshotReader.device(this, facts, source.getOrDefault(facts.syspath(), List.of())));
        }
        return result;
    }

    interface DeviceConsumer {
        void accept(MemorySegment dev);
    }

    /** Scans and visits every device of an enumeration; devices that vanished since the scan are skipped. */
    private void forEachDevice(MemorySegment e, DeviceConsumer consumer) {
        int r = libudev_h.udev_enumerate_scan_devices(e);
        if (r < 0) {
            throw new UdevException("cannot scan /sys for USB devices: " + Native.reason(-r)
                    + "; check that /sys is mounted and readable", -r);
        }
        for (MemorySegment entry = libudev_h.udev_enumerate_get_list_entry(e); entry.address() != 0;
                entry = libudev_h.udev_list_entry_get_next(entry)) {
            MemorySegment dev = libudev_h.udev_device_new_from_syspath(errno, udev,
                    libudev_h.udev_list_entry_get_name(entry));
            if (dev.address() == 0) {
                continue; // unplugged between the scan and now
            }
            try {
                consumer.accept(dev);
            } finally {
                libudev_h.udev_device_unref(dev);
            }
        }
    }

    private MemorySegment newEnumerate() {
        MemorySegment e = libudev_h.udev_enumerate_new(errno, udev);
        if (e.address() == 0) {
            int err = errno_h.errno(errno);
            throw new UdevException("cannot start a udev enumeration: " + Native.reason(err), err);
        }
        return e;
    }

    private static void check(int result, String function) {
        if (result < 0) {
            throw new UdevException(function + " failed: " + Native.reason(-result), -result);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (hwdb != null) {
            hwdb.close();
        }
        libudev_h.udev_unref(udev);
        arena.close();
    }
}
