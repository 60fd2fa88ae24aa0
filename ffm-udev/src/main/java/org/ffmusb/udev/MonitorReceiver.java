package org.ffmusb.udev;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.udev.ffi.errno_h;
import org.ffmusb.udev.ffi.libc_h;
import org.ffmusb.udev.ffi.libudev_h;
import org.ffmusb.udev.ffi.pollfd;
import org.ffmusb.udev.internal.Native;

/**
 * The body of the receiving thread: it owns the monitor (its libudev context and socket live and die on
 * this thread, libudev(3)), waits in poll(2) on the socket and an eventfd(2) that {@link #wake()} writes,
 * and does nothing slow: each message is copied into plain Java values and handed to the delivering thread.
 * The socket's queue therefore stays short however slow sysfs or the listeners are (netlink drops what
 * does not fit; the umockdev testbed even aborts the sending process when a listener's queue is full).
 */
final class MonitorReceiver implements Runnable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.udev");
    /** Most messages taken off the socket in one go before poll is asked again. */
    private static final int BATCH = 256;

    private final UdevMonitor.Source source;
    private final boolean interfaces;
    private final int requestedBufferSize;
    private final MonitorQueue queue;
    /** Completes with the effective receive buffer size once the socket listens, or with the setup error. */
    final CompletableFuture<Integer> started = new CompletableFuture<>();
    private volatile boolean stopping;

    /** Guards the eventfd between {@link #wake()} (any thread) and its close (this thread). */
    private final Object wakeLock = new Object();
    private int eventfd = -1;

    MonitorReceiver(UdevMonitor.Source source, boolean interfaces, int requestedBufferSize, MonitorQueue queue) {
        this.source = source;
        this.interfaces = interfaces;
        this.requestedBufferSize = requestedBufferSize;
        this.queue = queue;
    }

    /** Asks the thread to end; safe from any thread. */
    void wake() {
        stopping = true;
        synchronized (wakeLock) {
            if (eventfd >= 0) {
                try (Arena scratch = Arena.ofConfined()) {
                    // Only fails when the 64-bit counter would overflow: the thread is being woken anyway.
                    libc_h.eventfd_write(errno_h.allocateCaptureState(scratch), eventfd, 1);
                }
            }
        }
    }

    @Override
    public void run() {
        UdevContext context = null;
        MemorySegment monitor = MemorySegment.NULL;
        try (Arena arena = Arena.ofConfined()) {
            context = UdevContext.open();
            linkShutdownCalls();
            int wakeFd = libc_h.eventfd(context.errno, 0, libc_h.EFD_CLOEXEC | libc_h.EFD_NONBLOCK);
            if (wakeFd < 0) {
                int e = errno_h.errno(context.errno);
                throw new UdevException("cannot create the monitor's eventfd: " + Native.reason(e)
                        + "; the process is out of file descriptors", e);
            }
            synchronized (wakeLock) {
                eventfd = wakeFd;
            }
            // Everything else is ready before the socket starts to receive: from then on it is drained.
            monitor = openMonitor(context);
            int socket = libudev_h.udev_monitor_get_fd(monitor);
            started.complete(receiveBufferSize(arena, context, socket));
            loop(arena, context, monitor, socket, wakeFd);
        } catch (UdevException e) {
            fail(e);
        } catch (Throwable t) {
            // A bug of ours must not end the thread silently: report it like a socket failure.
            LOG.log(System.Logger.Level.ERROR, "udev monitor thread failed", t);
            fail(new UdevException("the udev monitor thread failed: " + t, 0));
        } finally {
            if (monitor.address() != 0) {
                libudev_h.udev_monitor_unref(monitor);
            }
            if (context != null) {
                context.close();
            }
            synchronized (wakeLock) {
                if (eventfd >= 0) {
                    try (Arena scratch = Arena.ofConfined()) {
                        libc_h.close(errno_h.allocateCaptureState(scratch), eventfd);
                    }
                    eventfd = -1;
                }
            }
        }
    }

    /** Links now what {@link #wake()} and the end of {@link #run()} call: a first link takes milliseconds. */
    private static void linkShutdownCalls() {
        libc_h.eventfd_write$handle();
        libc_h.close$handle();
        libudev_h.udev_monitor_unref$handle();
        libudev_h.udev_unref$handle();
    }

    private MemorySegment openMonitor(UdevContext context) {
        MemorySegment monitor = libudev_h.udev_monitor_new_from_netlink(context.errno, context.udev,
                context.cstring(source.netlinkName()));
        if (monitor.address() == 0) {
            int e = errno_h.errno(context.errno);
            throw new UdevException("cannot open the uevent netlink socket: " + Native.reason(e)
                    + "; device events need a Linux kernel with netlink (in a container, the host's network"
                    + " namespace)", e);
        }
        try {
            filter(context, monitor, DeviceFacts.USB_DEVICE);
            if (interfaces) {
                filter(context, monitor, DeviceFacts.USB_INTERFACE);
            }
            int r = libudev_h.udev_monitor_set_receive_buffer_size(monitor, requestedBufferSize);
            if (r < 0) {
                // systemd has already raised it as far as net.core.rmem_max allows; only forcing it failed.
                LOG.log(System.Logger.Level.DEBUG, "receive buffer not forced to " + requestedBufferSize + " bytes: "
                        + Native.reason(-r) + " (needs CAP_NET_ADMIN above net.core.rmem_max)");
            }
            r = libudev_h.udev_monitor_enable_receiving(monitor);
            if (r < 0) {
                throw new UdevException("cannot listen for udev events: " + Native.reason(-r), -r);
            }
            return monitor;
        } catch (RuntimeException e) {
            libudev_h.udev_monitor_unref(monitor);
            throw e;
        }
    }

    private static void filter(UdevContext context, MemorySegment monitor, String devtype) {
        int r = libudev_h.udev_monitor_filter_add_match_subsystem_devtype(monitor, context.cstring("usb"),
                context.cstring(devtype));
        if (r < 0) {
            throw new UdevException("cannot filter udev events on usb/" + devtype + ": " + Native.reason(-r), -r);
        }
    }

    /** SO_RCVBUF as the kernel reports it (twice what was set: the kernel's bookkeeping share). */
    private static int receiveBufferSize(Arena arena, UdevContext context, int socket) {
        MemorySegment value = arena.allocate(ValueLayout.JAVA_INT);
        MemorySegment length = arena.allocate(ValueLayout.JAVA_INT, 1);
        length.set(ValueLayout.JAVA_INT, 0, 4);
        int r = libc_h.getsockopt(context.errno, socket, libc_h.SOL_SOCKET, libc_h.SO_RCVBUF, value, length);
        return r < 0 ? -1 : value.get(ValueLayout.JAVA_INT, 0);
    }

    private void loop(Arena arena, UdevContext context, MemorySegment monitor, int socket, int wakeFd) {
        MemorySegment fds = pollfd.allocateArray(2, arena);
        MemorySegment socketFd = pollfd.asSlice(fds, 0);
        MemorySegment wakeupFd = pollfd.asSlice(fds, 1);
        pollfd.fd(socketFd, socket);
        pollfd.events(socketFd, (short) libc_h.POLLIN);
        pollfd.fd(wakeupFd, wakeFd);
        pollfd.events(wakeupFd, (short) libc_h.POLLIN);
        while (!stopping) {
            pollfd.revents(socketFd, (short) 0);
            pollfd.revents(wakeupFd, (short) 0);
            int n = libc_h.poll(context.errno, fds, 2, -1);
            if (n < 0) {
                int e = errno_h.errno(context.errno);
                if (e == errno_h.EINTR) {
                    continue;
                }
                throw new UdevException("poll on the udev monitor failed: " + Native.reason(e), e);
            }
            if (pollfd.revents(wakeupFd) != 0 || stopping) {
                return;
            }
            int revents = pollfd.revents(socketFd);
            if ((revents & (libc_h.POLLIN | libc_h.POLLERR)) != 0) {
                receive(context, monitor);
            }
            if ((revents & (libc_h.POLLHUP | libc_h.POLLNVAL)) != 0) {
                throw new UdevException("the uevent socket was closed under the monitor (poll revents 0x"
                        + Integer.toHexString(revents) + ")", 0);
            }
        }
    }

    /** Takes what the socket holds (a batch at most, then poll is asked again), copied, to the queue. */
    private void receive(UdevContext context, MemorySegment monitor) {
        for (int count = 0; count < BATCH && !stopping; ) {
            MemorySegment dev = libudev_h.udev_monitor_receive_device(context.errno, monitor);
            if (dev.address() == 0) {
                int e = errno_h.errno(context.errno);
                if (e == errno_h.EINTR) {
                    continue;
                }
                if (e == errno_h.ENOBUFS) {
                    queue.put(new MonitorQueue.Lost("the kernel dropped udev events: the receive buffer overflowed ("
                            + Native.reason(e) + ")"));
                    continue;
                }
                if (e != errno_h.EAGAIN) {
                    // A malformed or untrusted message was skipped; poll tells whether more are queued.
                    LOG.log(System.Logger.Level.DEBUG, "udev monitor skipped a message: " + Native.reason(e));
                }
                return;
            }
            long received = System.nanoTime();
            try {
                queue.put(new MonitorQueue.Received(Native.string(libudev_h.udev_device_get_action(dev)),
                        libudev_h.udev_device_get_seqnum(dev), received, SnapshotReader.message(dev)));
            } finally {
                libudev_h.udev_device_unref(dev);
            }
            count++;
        }
    }

    private void fail(UdevException e) {
        if (started.completeExceptionally(e) || stopping) {
            return; // start() reports it to the caller, or the monitor is being closed anyway
        }
        LOG.log(System.Logger.Level.ERROR, "udev monitor stopped: " + e.getMessage());
        queue.put(new MonitorQueue.Failed(e));
    }
}
