package org.ffmusb.usbredir.guest;

import java.io.IOException;

/**
 * Device and connection events of a {@link UsbRedirGuest}, on the transport's I/O thread (see there for
 * what may be done on it). All methods do nothing by default.
 */
public interface GuestListener {
    /** The host sent device_connect; the guest now reads the descriptors (when enumerating). */
    default void deviceConnected(RedirectedDevice device) {}

    /** The device is ready for use: enumerated, and {@link UsbRedirGuest#device()} completed with it. */
    default void deviceAttached(RedirectedDevice device) {}

    /** The host sent device_disconnect (the parser has acknowledged it), or the connection ended. */
    default void deviceDetached(RedirectedDevice device) {}

    /** The transport reported the end of the connection: {@code cause} null when orderly. */
    default void connectionClosed(IOException cause) {}
}
