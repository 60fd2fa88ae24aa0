package org.ffmusb.usbredir.host;

import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;

/**
 * What a {@link UsbRedirHost} tells its application (C usbredirhost's read return codes and filter
 * accessor). Runs on the thread that fed the host the guest's bytes, or on the backend's completion
 * thread for a device lost during a transfer, never while the host's lock is held; it may call
 * {@link UsbRedirHost#detach()}.
 */
public interface HostListener {
    /** The guest refused the device (filter_reject): detach it (C read returns -3). */
    default void deviceRejected() {}

    /**
     * The device is gone: unplugged, or a reset or reconfiguration failed and the host let it go (C
     * read returns -4). The guest has been sent device_disconnect.
     */
    default void deviceLost() {}

    /** The guest sent its filter (filter_filter); an application may check devices against it. */
    default void guestFilter(List<FilterRule> rules) {}
}
