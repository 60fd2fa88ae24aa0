package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.ffmusb.libusb.ffi.timeval;

import static org.ffmusb.libusb.ffi.libusb_h.*;

/**
 * The event thread of one context: a named platform thread (a native call would pin a virtual thread's
 * carrier) looping on {@code libusb_handle_events_timeout_completed}, so every transfer callback and every
 * hotplug event of the context runs here. Woken with {@code libusb_interrupt_event_handler} to run queued
 * tasks and to stop (reference §4.5).
 */
final class EventLoop {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.libusb");

    private final MemorySegment context;
    private final Thread thread;
    private final MemorySegment timeout;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    /** Transfer callbacks running on the event thread now (nested: a callback's cancel may complete another). */
    private int callbackDepth;

    EventLoop(MemorySegment context, Arena arena, String name) {
        this.context = context;
        // A backstop only: interrupt_event_handler wakes the loop at once.
        this.timeout = timeval.allocate(arena);
        timeval.tv_sec(timeout, 1);
        timeval.tv_usec(timeout, 0);
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    Thread thread() {
        return thread;
    }

    boolean isEventThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Whether the calling thread is the event thread inside a transfer callback. libusb runs those callbacks
     * while it holds the context's list of open devices locked ({@code open_devs_lock} in
     * {@code op_handle_events}), so {@code libusb_open} and {@code libusb_close} would deadlock there.
     */
    boolean inTransferCallback() {
        return isEventThread() && callbackDepth > 0; // the depth is the event thread's own: read it only there
    }

    void enterTransferCallback() {
        callbackDepth++;
    }

    void exitTransferCallback() {
        callbackDepth--;
    }

    /** Runs {@code task} on the event thread after the current round of event handling. */
    void execute(Runnable task) {
        tasks.add(task);
        if (!isEventThread()) {
            libusb_interrupt_event_handler(context);
        }
    }

    private void run() {
        long failures = 0;
        while (running) {
            int r = libusb_handle_events_timeout_completed(context, timeout, MemorySegment.NULL);
            if (r < 0 && r != LIBUSB_ERROR_INTERRUPTED()) {
                // A device node that keeps failing (reap errors) would make this loop spin: log the first
                // failure and every 1000th, and back off 1 ms so the process stays responsive.
                if (failures++ % 1000 == 0) {
                    LOG.log(System.Logger.Level.WARNING, "libusb_handle_events_timeout_completed failed with "
                            + UsbError.of(r).cName() + " (" + failures + " times so far)");
                }
                LockSupport.parkNanos(1_000_000L);
            }
            runTasks();
        }
        runTasks();
    }

    private void runTasks() {
        for (Runnable task; (task = tasks.poll()) != null; ) {
            try {
                task.run();
            } catch (Throwable e) {
                Upcalls.report("event-thread task", e);
            }
        }
    }

    /** Stops the loop and waits for the thread to end. Must not be called on the event thread. */
    void stop() {
        running = false;
        libusb_interrupt_event_handler(context);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join(100);
                libusb_interrupt_event_handler(context);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
