package org.ffmusb.emulator.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import org.ffmusb.emulator.EmulatorException;
import org.ffmusb.emulator.ffi.gobject_h;
import org.ffmusb.emulator.ffi.umockdev_h;

/**
 * The process's UMockdevTestbed. Creating it sets {@code UMOCKDEV_DIR} in the native environment:
 * from then on the preloaded libumockdev-preload redirects /sys, /dev and the uevent netlink socket of
 * every native library in the process into the testbed directory. There can be one at a time.
 * The methods are safe to call from any thread: umockdev serialises them on the filesystem.
 */
final class Testbed implements AutoCloseable {
    private final MemorySegment testbed;
    private final Path root;

    private Testbed(MemorySegment testbed, Path root) {
        this.testbed = testbed;
        this.root = root;
    }

    static Testbed create() {
        try {
            umockdev_h.umockdev_in_mock_environment();
        } catch (LinkageError e) {
            throw new EmulatorException("libumockdev.so.0 cannot be loaded (" + e + "): install the Debian packages "
                    + "umockdev and libumockdev0 (./test installs what the tests need)", e);
        }
        checkPreloaded();
        MemorySegment tb = umockdev_h.umockdev_testbed_new();
        if (tb.equals(MemorySegment.NULL)) {
            throw new EmulatorException("umockdev_testbed_new() failed; see umockdev's message on stderr");
        }
        String root = GLib.takeString(umockdev_h.umockdev_testbed_get_root_dir(tb));
        return new Testbed(tb, Path.of(root));
    }

    /** Fails with what to do when the JVM runs without the preload library. */
    static void checkPreloaded() {
        String preload = System.getenv("LD_PRELOAD");
        boolean loaded = umockdev_h.umockdev_in_mock_environment() != 0
                || (preload != null && preload.contains("libumockdev-preload"));
        if (!loaded) {
            throw new EmulatorException("the JVM was started without LD_PRELOAD=libumockdev-preload.so.0, so umockdev "
                    + "cannot redirect /sys and /dev for the USB libraries in this process. Start it as "
                    + "'LD_PRELOAD=libumockdev-preload.so.0 java ...' (or through umockdev-wrapper); the ffmusb "
                    + "launcher and this module's surefire configuration do that. Package: umockdev");
        }
    }

    /** The testbed directory ({@code UMOCKDEV_DIR}): sys/, dev/, ioctl/ live under it. */
    Path root() {
        return root;
    }

    /** Adds devices from umockdev's text format. umockdev 0.17 sends no uevent for them: see {@link UeventSender}. */
    void add(String record) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment err = GLib.errorSlot(arena);
            if (umockdev_h.umockdev_testbed_add_from_string(testbed, arena.allocateFrom(record), err) == 0) {
                throw new EmulatorException("umockdev rejected a device record: "
                        + GLib.takeError(err, "no reason given") + "\n" + record);
            }
        }
    }

    /** Removes a device (and its children) from sysfs, without a uevent. */
    void remove(String syspath) {
        try (Arena arena = Arena.ofConfined()) {
            umockdev_h.umockdev_testbed_remove_device(testbed, arena.allocateFrom(syspath));
        }
    }

    /** Writes a sysfs attribute file, as the kernel updates e.g. bConfigurationValue. */
    void setAttribute(String syspath, String name, String value) {
        try (Arena arena = Arena.ofConfined()) {
            umockdev_h.umockdev_testbed_set_attribute(testbed, arena.allocateFrom(syspath), arena.allocateFrom(name),
                    arena.allocateFrom(value));
        }
    }

    /** Routes the ioctls (and reads/writes) of every process that opens {@code devnode} to {@code handler}. */
    void attachIoctl(String devnode, MemorySegment handler) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment err = GLib.errorSlot(arena);
            if (umockdev_h.umockdev_testbed_attach_ioctl(testbed, arena.allocateFrom(devnode), handler, err) == 0) {
                throw new EmulatorException("umockdev cannot emulate ioctls on " + devnode + ": "
                        + GLib.takeError(err, "no reason given"));
            }
        }
    }

    /** Stops accepting new opens of {@code devnode}; processes that have it open keep talking to the handler. */
    void detachIoctl(String devnode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment err = GLib.errorSlot(arena);
            if (umockdev_h.umockdev_testbed_detach_ioctl(testbed, arena.allocateFrom(devnode), err) == 0) {
                GLib.takeError(err, "");
            }
        }
    }

    /** Removes the testbed directory; {@code UMOCKDEV_DIR} is unset again. */
    @Override
    public void close() {
        gobject_h.g_object_unref(testbed);
    }
}
