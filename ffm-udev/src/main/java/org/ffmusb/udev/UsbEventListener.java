package org.ffmusb.udev;

/**
 * Receives the events of a {@link UdevMonitor}.
 *
 * <p><b>Thread:</b> every method runs on the monitor's events thread (named {@code udev-monitor-events}
 * unless the builder says otherwise), one call at a time, in the order the events arrived. A slow listener
 * delays the listeners and events after it, not the receiving of events: the monitor thread keeps taking
 * them off the socket. Still, hand slow work to another thread: a listener that falls far behind makes the
 * monitor drop events ({@link #onEventsLost}). A listener that throws is logged and skipped; the monitor and
 * the other listeners carry on.
 */
@FunctionalInterface
public interface UsbEventListener {

    /** A device or interface event. */
    void onEvent(UsbEvent event);

    /**
     * The kernel dropped events because the receive buffer was full ({@code ENOBUFS}): the picture built from
     * events is no longer complete. Re-read the devices with {@link Udev#usbDevices()}. The monitor goes on.
     *
     * @param reason what was reported
     */
    default void onEventsLost(String reason) {}

    /**
     * The monitor stopped because its socket failed; no further events will come. Called once, last.
     *
     * @param error what failed
     */
    default void onMonitorFailed(UdevException error) {}
}
