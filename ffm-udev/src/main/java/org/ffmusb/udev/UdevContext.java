package org.ffmusb.udev;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.udev.ffi.errno_h;
import org.ffmusb.udev.ffi.libudev_h;
import org.ffmusb.udev.internal.Native;

/**
 * One {@code struct udev} and everything made from it, confined to the thread that opened it: libudev(3)
 * allows an object to be used by one thread only, for its whole life, so the context, its enumerations,
 * devices and hardware database are created, used and unref'd here, on {@link #owner}. {@link Udev} is
 * the public face of a context on a caller's thread; the monitor thread owns a context of its own.
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
        try (Arena scratch = Arena.ofConfined()) {
            MemorySegment dev = libudev_h.udev_device_new_from_syspath(errno, udev, scratch.allocateFrom(syspath));
            if (dev.address() == 0) {
                return null;
            }
            try {
                return SnapshotReader.isUsbDevice(dev) ? SnapshotReader.device(this, dev, interfacesOf(dev), false) : null;
            } finally {
                libudev_h.udev_device_unref(dev);
            }
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
                if (SnapshotReader.isUsbInterface(child)) {
                    result.add(SnapshotReader.usbInterface(this, child, false));
                }
            });
            return result;
        } finally {
            libudev_h.udev_enumerate_unref(e);
        }
    }

    /** Devices and interfaces of one scan; interfaces go to their devices (withInterfaces) or are scanned per device. */
    private List<UsbDevice> scan(MemorySegment e, boolean withInterfaces) {
        Map<String, List<UsbInterface>> interfaces = new HashMap<>();
        Map<String, MemorySegment> pending = new LinkedHashMap<>();
        List<UsbDevice> result = new ArrayList<>();
        try {
            visitDevices(e, dev -> {
                if (SnapshotReader.isUsbDevice(dev)) {
                    if (withInterfaces) {
                        // Read once every interface of the scan is known; keep the device until then.
                        pending.put(Native.string(libudev_h.udev_device_get_syspath(dev)), dev);
                        return false;
                    }
                    result.add(SnapshotReader.device(this, dev, interfacesOf(dev), false));
                } else if (withInterfaces && SnapshotReader.isUsbInterface(dev)) {
                    UsbInterface i = SnapshotReader.usbInterface(this, dev, false);
                    interfaces.computeIfAbsent(i.deviceSyspath(), k -> new ArrayList<>()).add(i);
                }
                return true;
            });
            for (var p : pending.entrySet()) {
                result.add(SnapshotReader.device(this, p.getValue(), interfaces.getOrDefault(p.getKey(), List.of()), false));
            }
            return result;
        } finally {
            for (MemorySegment dev : pending.values()) {
                libudev_h.udev_device_unref(dev);
            }
        }
    }

    interface DeviceVisitor {
        /** Returns false to keep the device: the visitor then owns the reference and unrefs it. */
        boolean visit(MemorySegment dev);
    }

    interface DeviceConsumer {
        void accept(MemorySegment dev);
    }

    private void forEachDevice(MemorySegment e, DeviceConsumer consumer) {
        visitDevices(e, dev -> {
            consumer.accept(dev);
            return true;
        });
    }

    /** Scans and visits every device of an enumeration; devices that vanished since the scan are skipped. */
    private void visitDevices(MemorySegment e, DeviceVisitor visitor) {
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
            boolean release = true;
            try {
                release = visitor.visit(dev);
            } finally {
                if (release) {
                    libudev_h.udev_device_unref(dev);
                }
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
