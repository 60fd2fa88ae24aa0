package org.ffmusb.udev;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ffmusb.udev.internal.Native;

/**
 * Watches USB devices come and go: udev's events for subsystem {@code usb} reach the listeners, as immutable
 * {@link UsbEvent}s, in the order they arrived.
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
 * <p><b>Threads.</b> Two platform threads, each with a libudev context of its own, created and released on
 * it as libudev(3) requires (no libudev object crosses threads). The monitor thread ({@code udev-monitor})
 * waits in poll(2) on the netlink socket and an eventfd, takes each message off the socket and hands a copy
 * on; it never does anything slow, so the socket's queue stays short. The events thread
 * ({@code udev-monitor-events}) completes each event from sysfs and runs the listeners: see
 * {@link UsbEventListener}. {@link #close()} wakes both at once.
 *
 * <p><b>Not missing events.</b> The socket's receive buffer is enlarged (128 MiB by default, as
 * {@code udevadm monitor} does; above {@code net.core.rmem_max} only with CAP_NET_ADMIN). If events are
 * lost anyway (the kernel's buffer overflowed, or listeners fell {@value MonitorQueue#CAPACITY} events
 * behind), listeners hear of it through {@link UsbEventListener#onEventsLost}, in its place in the stream.
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

    private final MonitorReceiver receiver;
    private final MonitorDispatcher dispatcher;
    private final Thread receiving;
    private final Thread delivering;
    private final int receiveBufferSize;
    private final AtomicBoolean closed = new AtomicBoolean();

    private UdevMonitor(MonitorReceiver receiver, MonitorDispatcher dispatcher, Thread receiving, Thread delivering,
            int receiveBufferSize) {
        this.receiver = receiver;
        this.dispatcher = dispatcher;
        this.receiving = receiving;
        this.delivering = delivering;
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

    /** Adds a listener; it receives the events delivered from now on. Any thread. */
    public void addListener(UsbEventListener listener) {
        dispatcher.listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener; an event being delivered right now may still reach it. Any thread. */
    public void removeListener(UsbEventListener listener) {
        dispatcher.listeners.remove(listener);
    }

    /** Whether the monitor still receives and delivers (false after {@link #close()} or a socket failure). */
    public boolean isRunning() {
        return !closed.get() && receiving.isAlive() && delivering.isAlive();
    }

    /** The name of the thread that waits on the socket, e.g. {@code udev-monitor}. */
    public String threadName() {
        return receiving.getName();
    }

    /** The name of the thread the listeners run on, e.g. {@code udev-monitor-events}. */
    public String listenerThreadName() {
        return delivering.getName();
    }

    /** The socket's receive buffer as the kernel reports it (SO_RCVBUF, twice the size set), or -1. */
    public int receiveBufferSize() {
        return receiveBufferSize;
    }

    /** How many listener calls threw so far. */
    public long listenerFailures() {
        return dispatcher.listenerFailures.get();
    }

    /** How many events were handed to the listeners so far. */
    public long eventsDelivered() {
        return dispatcher.eventsDelivered.get();
    }

    /**
     * Stops the monitor. Returns once both threads have released their libudev objects and ended, and no
     * listener is called after it returns; an event being delivered is finished first, so a listener that
     * blocks delays this. From a listener it returns at once, and the events thread ends when the listener
     * returns. Idempotent, any thread.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            receiver.wake();
            dispatcher.stop();
        }
        joinUninterruptibly(receiving);
        if (Thread.currentThread() != delivering) {
            joinUninterruptibly(delivering);
        }
    }

    private static void joinUninterruptibly(Thread thread) {
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
        return "UdevMonitor[" + receiving.getName() + (isRunning() ? ", running" : ", stopped") + "]";
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

        /** The name of the monitor thread ({@code udev-monitor} by default); the listeners' thread is
         *  called the same with {@code -events} appended. */
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
         * Starts both threads and returns once the socket listens: every event after this returns is delivered.
         *
         * @throws UdevException when libudev cannot be used or the socket cannot be opened; the message says why
         *     and what to do
         */
        public UdevMonitor start() {
            Native.requireLibudev();
            MonitorQueue queue = new MonitorQueue();
            MonitorReceiver receiver = new MonitorReceiver(source, interfaces, receiveBufferSize, queue);
            MonitorDispatcher dispatcher = new MonitorDispatcher(queue, listeners, receiver::wake);
            Thread delivering = Thread.ofPlatform().name(threadName + "-events").daemon(true).unstarted(dispatcher);
            Thread receiving = Thread.ofPlatform().name(threadName).daemon(true).unstarted(receiver);
            delivering.start();
            try {
                await(dispatcher.started);
                receiving.start();
                int buffer = await(receiver.started);
                return new UdevMonitor(receiver, dispatcher, receiving, delivering, buffer);
            } catch (RuntimeException | Error e) {
                receiver.wake();
                dispatcher.stop();
                joinUninterruptibly(receiving);
                joinUninterruptibly(delivering);
                throw e;
            }
        }

        private static <T> T await(CompletableFuture<T> started) {
            try {
                return started.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof UdevException u ? u
                        : new UdevException("the udev monitor could not start: " + e.getCause(), 0);
            } catch (TimeoutException e) {
                throw new UdevException("the udev monitor did not start within 30 s", 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UdevException("interrupted while the udev monitor started", 0);
            }
        }
    }
}
