package org.ffmusb.udev;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.ffmusb.udev.ffi.libudev_h;

/**
 * The body of the delivering thread: takes the received events in order, completes each from sysfs with
 * a libudev context of its own (created, used and released on this thread), and calls the listeners.
 * Slow sysfs or slow listeners delay only this thread; the receiving thread keeps the socket drained.
 */
final class MonitorDispatcher implements Runnable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.udev");

    private final MonitorQueue queue;
    final List<UsbEventListener> listeners = new CopyOnWriteArrayList<>();
    /** Completes once the context exists, or with the error that prevented it. */
    final CompletableFuture<Void> started = new CompletableFuture<>();
    final AtomicLong listenerFailures = new AtomicLong();
    final AtomicLong eventsDelivered = new AtomicLong();
    private volatile boolean stopping;
    /** Called when the socket failed, to stop the receiving side too. */
    private final Runnable onFailure;

    MonitorDispatcher(MonitorQueue queue, List<UsbEventListener> initial, Runnable onFailure) {
        this.queue = queue;
        this.listeners.addAll(initial);
        this.onFailure = onFailure;
    }

    /** Ends the thread before the next event; any thread. */
    void stop() {
        stopping = true;
        queue.stop();
    }

    @Override
    public void run() {
        UdevContext context;
        try {
            context = UdevContext.open();
            libudev_h.udev_unref$handle(); // linked now: a close must not wait for a first link
        } catch (Throwable t) {
            started.completeExceptionally(t);
            return;
        }
        started.complete(null);
        try (context) {
            while (!stopping) {
                MonitorQueue.Item item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    continue; // only stop() ends this thread
                }
                if (stopping) {
                    return;
                }
                switch (item) {
                    case MonitorQueue.Received r -> deliver(context, r);
                    case MonitorQueue.Lost l -> lost(l.reason());
                    case MonitorQueue.Failed f -> {
                        failed(f.error());
                        return;
                    }
                    case MonitorQueue.Stop s -> {
                        return;
                    }
                }
            }
        } catch (Throwable t) {
            // A bug of ours: report it, and stop receiving events nobody would deliver.
            LOG.log(System.Logger.Level.ERROR, "udev event delivery failed", t);
            failed(new UdevException("udev event delivery failed: " + t, 0));
            onFailure.run();
        }
    }

    private void deliver(UdevContext context, MonitorQueue.Received r) {
        UsbEvent event = snapshot(context, r);
        if (event == null || stopping) {
            return;
        }
        for (UsbEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (Throwable t) {
                listenerFailures.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "a udev event listener threw on " + event.actionName() + " "
                        + event.syspath() + "; the monitor carries on", t);
            }
        }
        eventsDelivered.incrementAndGet();
    }

    /**
     * The event as a snapshot. A removed device is described by its message alone: what sysfs still holds
     * is stale, and a device plugged into the same port meanwhile would lend its attributes. On add the
     * kernel has not created the interfaces yet (each comes as its own event), so only other actions look.
     */
    private static UsbEvent snapshot(UdevContext context, MonitorQueue.Received r) {
        UdevAction action = UdevAction.of(r.actionName());
        boolean removed = action == UdevAction.REMOVE;
        DeviceFacts facts = removed ? r.message() : SnapshotReader.withSysfs(context, r.message());
        if (facts.isUsbInterface()) {
            return new UsbInterfaceEvent(action, r.actionName(), r.seqnum(), r.receivedNanos(),
                    SnapshotReader.usbInterface(facts));
        }
        if (!facts.isUsbDevice()) {
            return null;
        }
        List<UsbInterface> present = removed || action == UdevAction.ADD ? List.of() : interfaces(context, facts);
        return new UsbDeviceEvent(action, r.actionName(), r.seqnum(), r.receivedNanos(),
                SnapshotReader.device(context, facts, present));
    }

    private static List<UsbInterface> interfaces(UdevContext context, DeviceFacts facts) {
        try {
            return context.interfacesOf(facts.syspath());
        } catch (UdevException e) {
            return List.of(); // the device went away while we looked: the event still counts
        }
    }

    private void lost(String reason) {
        LOG.log(System.Logger.Level.WARNING, reason + "; re-enumerate the devices");
        for (UsbEventListener listener : listeners) {
            try {
                listener.onEventsLost(reason);
            } catch (Throwable t) {
                listenerFailures.incrementAndGet();
                LOG.log(System.Logger.Level.WARNING, "a udev event listener threw in onEventsLost", t);
            }
        }
    }

    private void failed(UdevException error) {
        for (UsbEventListener listener : listeners) {
            try {
                listener.onMonitorFailed(error);
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.WARNING, "a udev event listener threw in onMonitorFailed", t);
            }
        }
    }
}
