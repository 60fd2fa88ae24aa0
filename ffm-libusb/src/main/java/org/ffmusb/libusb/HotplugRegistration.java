package org.ffmusb.libusb;

/**
 * A registered {@link HotplugListener}; {@link #close()} deregisters it
 * ({@code libusb_hotplug_deregister_callback}). The listener runs on the context's event thread (see
 * {@link HotplugListener}); {@link #close()} may be called from any thread, the listener itself included.
 * Once it returned no further event starts (called on another thread, one already running on the event
 * thread may still finish).
 */
public final class HotplugRegistration implements AutoCloseable {
    private final UsbContext context;
    private final HotplugListener listener;
    private int slot;
    private int handle;
    private volatile boolean active = true;

    HotplugRegistration(UsbContext context, HotplugListener listener) {
        this.context = context;
        this.listener = listener;
    }

    UsbContext context() {
        return context;
    }

    void slot(int slot) {
        this.slot = slot;
    }

    int slot() {
        return slot;
    }

    void handle(int handle) {
        this.handle = handle;
    }

    int handle() {
        return handle;
    }

    /** Runs on the event thread. */
    void deliver(boolean arrived, UsbDevice device) {
        if (!active) {
            return;
        }
        try {
            if (arrived) {
                listener.arrived(device);
            } else {
                listener.left(device);
            }
        } catch (Throwable e) {
            Upcalls.report("hotplug listener", e);
        }
    }

    /** Whether the listener is still registered. */
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        active = false;
        context.deregister(this);
    }
}
