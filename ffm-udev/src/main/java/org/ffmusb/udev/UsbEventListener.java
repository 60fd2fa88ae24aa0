package org.ffmusb.udev;

/**
 * Receives the events of a {@link UdevMonitor}.
 *
 * <p><b>Thread:</b> every method runs on the monitor's own thread (named {@code udev-monitor} unless the
 * builder says otherwise), one call at a time, in the order the events arrived. While a listener runs, the
 * monitor reads no further events; they wait in the socket's receive buffer, which the monitor enlarges,
 * but a listener that blocks for long can still make the kernel drop events ({@link #onEventsLost}). Hand
 * slow work to another thread. A listener that throws is logged and skipped; the monitor and the other
 * listeners carry on.
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
