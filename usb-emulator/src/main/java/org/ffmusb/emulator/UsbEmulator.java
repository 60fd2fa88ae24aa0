package org.ffmusb.emulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.internal.EmulatorCore;
import org.ffmusb.emulator.model.DeviceModel;

/**
 * USB devices written in Java, visible to every native library in this process and in child
 * processes started through {@link #processBuilder}: libusb, libudev, lsusb, C usbredirect.
 *
 * <p>Opening creates an in-process umockdev testbed: from then on /sys, /dev and the uevent netlink
 * socket of the whole process are redirected into a temporary directory holding only emulated devices
 * (and two xHCI root hubs). The JVM must have been started with
 * {@code LD_PRELOAD=libumockdev-preload.so.0}; {@link #open()} says so if it was not. One emulator can
 * be open per process at a time.
 *
 * <pre>{@code
 * try (var emulator = UsbEmulator.open()) {
 *     PluggedDevice stick = emulator.plug(new MassStorage(DiskImage.open(path, false)));
 *     Process lsusb = emulator.start(emulator.processBuilder("lsusb", "-v", "-d", "1209:0002").inheritIO());
 *     lsusb.waitFor();
 *     stick.unplug();
 * }
 * }</pre>
 *
 * <h2>Threads</h2>
 * The usbfs ioctls of all processes are answered on one platform thread, {@code usb-emulator-io}
 * (umockdev's worker); device model callbacks run there (see {@link DeviceModel}). Timeouts of
 * synchronous transfers fire on {@code usb-emulator-timer}. This class is thread-safe.
 */
public final class UsbEmulator implements AutoCloseable {
    private static final String PRELOAD = "libumockdev-preload.so.0";

    private final EmulatorCore core;

    private UsbEmulator(EmulatorCore core) {
        this.core = core;
    }

    /**
     * Creates the testbed.
     *
     * @throws EmulatorException if the JVM lacks the preload library, umockdev is not installed, or an
     *     emulator is already open
     */
    public static UsbEmulator open() {
        return new UsbEmulator(EmulatorCore.open());
    }

    /**
     * Plugs a device into the next free port of its bus (SuperSpeed devices: bus 2, others: bus 1): a
     * port of the bus's root hub, or once its 15 are taken, of the hubs plugged on that bus, in the order
     * they were plugged. libudev monitors see the device's "add", its interfaces' "add" and its "bind" to
     * the generic driver "usb", as on Linux.
     *
     * @throws EmulatorException if every port of the bus is in use
     */
    public PluggedDevice plug(DeviceModel model) {
        return new PluggedDevice(core, core.plug(model, null));
    }

    /**
     * Plugs an emulated USB 2.0 hub (high speed, one transaction translator, {@code ports} downstream
     * ports) into the next free port of bus 1, as {@link #plug} places a device. Devices go behind it
     * with {@link PluggedDevice#plug}, or by {@link #plug} once the root hub's ports are taken; their
     * paths are then those of a real tree (1-2.3, /sys/.../usb1/1-2/1-2.3). The kernel's hub driver is
     * bound to its interface, as to the root hubs'.
     *
     * @param ports 1 to 15 (real USB 2.0 hubs have 4 or 7)
     */
    public PluggedDevice plugHub(int ports) {
        return new PluggedDevice(core, core.plugHub(ports, null));
    }

    /** The devices plugged in now (hubs included, root hubs not), in the order they were plugged. */
    public List<PluggedDevice> devices() {
        List<PluggedDevice> list = new ArrayList<>();
        core.devices().forEach(d -> list.add(new PluggedDevice(core, d)));
        return list;
    }

    /** The testbed directory (the value of {@code UMOCKDEV_DIR} in this process). */
    public Path root() {
        return core.root();
    }

    /**
     * A process builder whose process runs inside the testbed: it sees the emulated devices instead of
     * the machine's. (Sets {@code LD_PRELOAD} and {@code UMOCKDEV_DIR}, as umockdev-run does.) When
     * the emulator closes, such processes lose their devices; a process still using one then fails.
     */
    public ProcessBuilder processBuilder(String... command) {
        return processBuilder(List.of(command));
    }

    /** See {@link #processBuilder(String...)}. */
    public ProcessBuilder processBuilder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        String preload = env.get("LD_PRELOAD");
        env.put("LD_PRELOAD", preload == null || preload.isBlank() ? PRELOAD
                : preload.contains(PRELOAD) ? preload : PRELOAD + ":" + preload);
        env.put("UMOCKDEV_DIR", core.root().toString());
        return pb;
    }

    /**
     * Starts a process built by {@link #processBuilder}. The same as {@code pb.start()}, except that
     * the child gets a 1 ns timer slack: umockdev's preload library sleeps for 0 us after every
     * emulated ioctl, and such a sleep lasts up to the timer slack (50 us by default), so this about
     * halves the cost of each usbfs call the child makes. Call it on a platform thread; the calling
     * thread's slack is lowered only for the time of the fork.
     */
    public Process start(ProcessBuilder pb) throws java.io.IOException {
        return org.ffmusb.emulator.internal.ChildTimerSlack.start(pb);
    }

    /** Unplugs every device and removes the testbed. */
    @Override
    public void close() {
        core.close();
    }
}
