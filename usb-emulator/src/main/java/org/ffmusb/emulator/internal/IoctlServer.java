package org.ffmusb.emulator.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentHashMap;
import org.ffmusb.emulator.ffi.client_callback;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.gobject_h;
import org.ffmusb.emulator.ffi.handle_ioctl_callback;
import org.ffmusb.emulator.ffi.notify_callback;
import org.ffmusb.emulator.ffi.umockdev_h;

/**
 * The upcalls umockdev makes into Java: {@code handle-ioctl} for every ioctl a client process makes on
 * an emulated device file, {@code client-connected} when a process opens it, and {@code
 * notify::connected} when it closes it — which umockdev 0.17 never emits in practice (GIO does not notify
 * a stream's "closed"), so each ioctl first ends the sessions of closed clients
 * ({@link EmulatedDevice#endClosedSessions}). They all run on umockdev's worker thread (renamed
 * {@value #IO_THREAD_NAME}). No exception ever leaves an upcall: a failure is logged and the ioctl is
 * answered with EIO, as a misbehaving device would leave it.
 */
final class IoctlServer {
    private IoctlServer() {}

    static final String IO_THREAD_NAME = "usb-emulator-io";
    private static final System.Logger LOG = System.getLogger("org.ffmusb.emulator");

    /** Plugged devices by the id passed as user data to the signal handlers. */
    static final ConcurrentHashMap<Long, EmulatedDevice> DEVICES = new ConcurrentHashMap<>();

    private static final MemorySegment HANDLE_IOCTL = handle_ioctl_callback.allocate(IoctlServer::onIoctl, Arena.global());
    private static final MemorySegment CLIENT_CONNECTED = client_callback.allocate(IoctlServer::onClient, Arena.global());
    private static final MemorySegment CLIENT_NOTIFY = notify_callback.allocate(IoctlServer::onNotify, Arena.global());

    /** A new UMockdevIoctlBase whose signals reach the device with this id. */
    static MemorySegment newHandler(long deviceId) {
        MemorySegment base = umockdev_h.umockdev_ioctl_base_new();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment id = MemorySegment.ofAddress(deviceId);
            gobject_h.g_signal_connect_data(base, arena.allocateFrom("handle-ioctl"), HANDLE_IOCTL, id,
                    MemorySegment.NULL, 0);
            gobject_h.g_signal_connect_data(base, arena.allocateFrom("client-connected"), CLIENT_CONNECTED, id,
                    MemorySegment.NULL, 0);
        }
        return base;
    }

    private static int onIoctl(MemorySegment handler, MemorySegment client, MemorySegment userData) {
        IoctlCall call = null;
        try {
            EmulatorCore.noteIoThread();
            call = new IoctlCall(client);
            EmulatedDevice dev = DEVICES.get(userData.address());
            if (dev == null) {
                call.fail(errno_h.ENODEV);
            } else {
                dev.releaseOrphans();
                dev.endClosedSessions();
                UsbdevfsRequests.handle(dev, dev.session(client), call);
                // Bindings the call changed without saying so (a claim implied by a transfer, a close)
                dev.sysfs.syncDrivers();
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "usbfs ioctl failed inside the emulator; answering EIO", t);
            if (call != null) {
                call.fail(errno_h.EIO);
            }
        } finally {
            if (call != null && call.isCompleted()) {
                call.release();
            }
        }
        return 1;
    }

    private static void onClient(MemorySegment handler, MemorySegment client, MemorySegment userData) {
        try {
            EmulatorCore.noteIoThread();
            EmulatedDevice dev = DEVICES.get(userData.address());
            if (dev != null) {
                dev.session(client);
                try (Arena arena = Arena.ofConfined()) {
                    gobject_h.g_signal_connect_data(client, arena.allocateFrom("notify::connected"), CLIENT_NOTIFY,
                            userData, MemorySegment.NULL, 0);
                }
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "cannot track a new client of an emulated device", t);
        }
    }

    private static void onNotify(MemorySegment client, MemorySegment pspec, MemorySegment userData) {
        try {
            if (umockdev_h.umockdev_ioctl_client_get_connected(client) == 0) {
                EmulatedDevice dev = DEVICES.get(userData.address());
                if (dev != null) {
                    dev.clientGone(client);
                    dev.sysfs.syncDrivers();
                }
            }
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "cannot clean up after a client closed an emulated device", t);
        }
    }
}
