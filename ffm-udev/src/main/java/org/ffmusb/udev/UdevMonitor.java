package org.ffmusb.udev;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ffmusb.udev.internal.Native;

/**
 * Watches USB devices come and go: a platform thread of its own receives udev's events for subsystem
 * {@code usb} and hands each one, as an immutable {@link UsbEvent}, to the listeners in the order the
 * events arrived.
 *
 * {@snippet :
 * try (UdevMonitor monitor = UdevMonitor.start(event -> {
 *         if (event instanceof UsbDeviceEvent e && e.action() == UdevAction.ADD) {
 *             System.out.println("plugged: " + e.device().displayName());
 *         }
 *     })) {
 *     ...
 * }
 * }
 *
 * <p><b>Threads.</b> Listeners run on the monitor thread ({@code udev-monitor}); see
 * {@link UsbEventListener}. The thread owns a libudev context of its own, created and released on it, as
 * libudev(3) requires; no libudev object crosses to another thread. It waits in poll(2) on the socket and
 * an eventfd, so {@link #close()} wakes it at once.
 *
 * <p><b>Not missing events.</b> The socket's receive buffer is enlarged (128 MiB by default, as
 * {@code udevadm monitor} does; above {@code net.core.rmem_max} only with CAP_NET_ADMIN) so bursts wait in
 * the kernel while listeners work. If the kernel drops events anyway, listeners hear of it through
 * {@link UsbEventListener#onEventsLost}.
 *
 * <p><b>Sources.</b> {@link Source#UDEV} (the default) delivers events after udevd has applied its rules
 * (device permissions set, hwdb properties added); where no udevd runs, as in most containers, it receives
 * nothing, and {@link Source#KERNEL} gives the raw kernel events instead.
 */
public final class UdevMonitor implements AutoCloseable {
    /** Which netlink group to listen to. */
    public enum Source {
        /** Events processed by udevd ({@code "udev"}). */
        UDEV("udev"),
        /** Raw kernel uevents ({@code "kernel"}), before udevd has seen them. */
        KERNEL("kernel");

        private final String netlinkName;

        Source(String netlinkName) {
            this.netlinkName = netlinkName;
        }

        String netlinkName() {
            return netlinkName;
        }
    }

    /** The receive buffer asked for by default, as {@code udevadm monitor} does. */
    public static final int DEFAULT_RECEIVE_BUFFER_SIZE = 128 * 1024 * 1024;

    private final MonitorLoop loop;
    private final Thread thread;
    private final int receiveBufferSize;
    private final AtomicBoolean closed = new AtomicBoolean();

    private UdevMonitor(MonitorLoop loop, Thread thread, int receiveBufferSize) {
        this.loop = loop;
        this.thread = thread;
        this.receiveBufferSize = receiveBufferSize;
    }

    /** Starts a monitor of devices and interfaces from the udev source with one listener. */
    public static UdevMonitor start(UsbEventListener listener) {
        return builder().listener(listener).start();
    }

    /** Options for a monitor; {@link Builder#start()} starts it. */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds a listener; it receives the events that arrive from now on. Any thread. */
    public void addListener(UsbEventListener listener) {
        loop.listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener; an event being delivered right now may still reach it. Any thread. */
    public void removeListener(UsbEventListener listener) {
        loop.listeners.remove(listener);
    }

    /** Whether the monitor thread is still receiving (false after {@link #close()} or a socket failure). */
    public boolean isRunning() {
        return thread.isAlive() && !closed.get();
    }

    /** The name of the monitor thread, on which listeners run. */
    public String threadName() {
        return thread.getName();
    }

    /** The socket's receive buffer as the kernel reports it (SO_RCVBUF, twice the size set), or -1. */
    public int receiveBufferSize() {
        return receiveBufferSize;
    }

    /** How many listener calls threw so far. */
    public long listenerFailures() {
        return loop.listenerFailures.get();
    }

    /** How many events were handed to the listeners so far. */
    public long eventsDelivered() {
        return loop.eventsDelivered.get();
    }

    /**
     * Stops the monitor. Returns once the thread has released its libudev objects and ended; an event being
     * delivered is finished first, so a listener that blocks delays this. From a listener (on the monitor
     * thread) it returns at once and the thread ends when the listener returns. Idempotent, any thread.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            loop.wake();
        }
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "UdevMonitor[" + thread.getName() + (isRunning() ? ", running" : ", stopped") + "]";
    }

    /** Options of a monitor. Not thread-safe; use on one thread, then {@link #start()}. */
    public static final class Builder {
        private Source source = Source.UDEV;
        private boolean interfaces = true;
        private int receiveBufferSize = DEFAULT_RECEIVE_BUFFER_SIZE;
        private String threadName = "udev-monitor";
        private final List<UsbEventListener> listeners = new ArrayList<>();

        private Builder() {}

        /** The netlink source; {@link Source#UDEV} by default. */
        public Builder source(Source source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Whether interface events (add/remove/bind/unbind of {@code usb_interface}) are wanted too;
         *  true by default. With false the kernel filters them out before they reach the socket. */
        public Builder interfaces(boolean interfaces) {
            this.interfaces = interfaces;
            return this;
        }

        /** The receive buffer to ask for, in bytes; {@link #DEFAULT_RECEIVE_BUFFER_SIZE} by default. */
        public Builder receiveBufferSize(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("receive buffer size must be positive, not " + bytes);
            }
            this.receiveBufferSize = bytes;
            return this;
        }

        /** The name of the monitor thread; {@code udev-monitor} by default. */
        public Builder threadName(String name) {
            this.threadName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Adds a listener that receives every event from the first one on. */
        public Builder listener(UsbEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Starts the monitor thread and returns once it listens: every event after this returns is delivered.
         *
         * @throws UdevException when libudev cannot be used or the socket cannot be opened; the message says why
         *     and what to do
         */
        public UdevMonitor start() {
            Native.requireLibudev();
            MonitorLoop loop = new MonitorLoop(source, interfaces, receiveBufferSize, listeners);
            Thread thread = Thread.ofPlatform().name(threadName).daemon(true).unstarted(loop);
            thread.start();
            try {
                int buffer = loop.started.get(30, TimeUnit.SECONDS);
                return new UdevMonitor(loop, thread, buffer);
            } catch (ExecutionException e) {
                joinQuietly(thread);
                throw e.getCause() instanceof UdevException u ? u
                        : new UdevException("the udev monitor could not start: " + e.getCause(), 0);
            } catch (TimeoutException e) {
                loop.wake();
                throw new UdevException("the udev monitor did not start within 30 s", 0);
            } catch (InterruptedException e) {
                loop.wake();
                Thread.currentThread().interrupt();
                throw new UdevException("interrupted while the udev monitor started", 0);
            }
        }

        private static void joinQuietly(Thread thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
