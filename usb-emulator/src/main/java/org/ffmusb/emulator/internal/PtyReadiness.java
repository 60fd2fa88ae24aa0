package org.ffmusb.emulator.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.EmulatorException;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.fcntl_h;
import org.ffmusb.emulator.ffi.libc_h;

/**
 * What poll() says about an emulated usbfs file. libusb (and so usbredirect) waits for completed URBs
 * with poll(POLLOUT) on the device fd, and treats POLLERR as "unplugged" (reference: ffm-libusb-udev.md
 * §1.2; Linux usbdev_poll). umockdev backs device nodes with plain files, which are always ready, so a
 * client would spin on REAPURBNDELAY. The device node is instead a symlink to the slave of a pseudo
 * terminal we own: with the slave's output stopped (tcflow TCOOFF) it has no write room and poll() does
 * not report POLLOUT; restarting it (TCOON) wakes every poller; closing the master hangs the slave up,
 * which reports POLLOUT|POLLERR|POLLHUP, exactly what usbfs reports for a disconnected device.
 *
 * <p>One terminal per device is shared by every process that opened it; a process without completed
 * URBs may wake up spuriously and get EAGAIN, which libusb handles. Thread-safe.
 */
final class PtyReadiness implements AutoCloseable {
    private final int master;
    private final int slave;
    private final String slavePath;
    private boolean ready = true;
    private boolean hungUp;

    private PtyReadiness(int master, int slave, String slavePath) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
    }

    static PtyReadiness open() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = errno_h.allocateCaptureState(arena);
            int master = libc_h.posix_openpt(errno, fcntl_h.O_RDWR | fcntl_h.O_NOCTTY | fcntl_h.O_CLOEXEC);
            if (master < 0) {
                throw new EmulatorException("cannot open a pseudo terminal (posix_openpt: errno "
                        + errno_h.errno(errno) + "); the emulator needs /dev/ptmx and a mounted /dev/pts");
            }
            MemorySegment name = arena.allocate(128);
            if (libc_h.grantpt(errno, master) != 0 || libc_h.unlockpt(errno, master) != 0
                    || libc_h.ptsname_r(master, name, name.byteSize()) != 0) {
                libc_h.close(errno, master);
                throw new EmulatorException("cannot set up a pseudo terminal (errno " + errno_h.errno(errno) + ")");
            }
            String path = name.getString(0);
            int slave = libc_h.open(errno, arena.allocateFrom(path),
                    fcntl_h.O_RDWR | fcntl_h.O_NOCTTY | fcntl_h.O_CLOEXEC | fcntl_h.O_NONBLOCK, 0);
            if (slave < 0) {
                libc_h.close(errno, master);
                throw new EmulatorException("cannot open " + path + " (errno " + errno_h.errno(errno) + ")");
            }
            PtyReadiness pty = new PtyReadiness(master, slave, path);
            pty.setReady(false);
            return pty;
        }
    }

    /** The terminal the device node points to, e.g. /dev/pts/3. */
    String slavePath() {
        return slavePath;
    }

    /** POLLOUT on or off for every process that has the device open. */
    synchronized void setReady(boolean value) {
        if (hungUp || value == ready) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = errno_h.allocateCaptureState(arena);
            if (libc_h.tcflow(errno, slave, value ? fcntl_h.TCOON : fcntl_h.TCOOFF) == 0) {
                ready = value;
            }
        }
    }

    /** From now on poll() reports POLLERR|POLLHUP, as for an unplugged device. */
    synchronized void hangUp() {
        if (!hungUp) {
            hungUp = true;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment errno = errno_h.allocateCaptureState(arena);
                libc_h.close(errno, master);
                libc_h.close(errno, slave);
            }
        }
    }

    @Override
    public void close() {
        hangUp();
    }
}
