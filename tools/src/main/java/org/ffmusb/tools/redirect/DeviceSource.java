package org.ffmusb.tools.redirect;

import java.util.Optional;
import org.ffmusb.usbredir.host.HostBackend;

/**
 * Where {@code ffmusb redirect} gets its device: a libusb device chosen by {@link DeviceSpec}, or a
 * device written in Java ({@code --emulate}).
 */
interface DeviceSource extends AutoCloseable {
    /** The device, opened and ready to attach, or empty (with {@link #whyNot()}) when it is not there now. */
    Optional<HostBackend> open();

    /** Why the last {@link #open()} found nothing, for a person. */
    String whyNot();

    /**
     * Runs {@code arrived} each time a matching device may have come back after being unplugged, and
     * {@code left} when the device last opened is unplugged; both on an internal thread, quickly.
     */
    void watch(Runnable arrived, Runnable left);

    /** For messages: what is redirected. */
    String describe();

    @Override
    void close();
}
