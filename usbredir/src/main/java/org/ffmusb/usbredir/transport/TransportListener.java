package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.net.SocketAddress;
import java.time.Duration;

/**
 * What a {@link TcpClient} or {@link TcpServer} reports, for logs and status lines. Every method runs
 * on the transport's own thread (the client's I/O thread, the server's accept thread) and must return
 * quickly without blocking. All methods do nothing by default.
 */
public interface TransportListener {
    /** The server listens on {@code local} (with the actual port when 0 was asked). */
    default void listening(SocketAddress local) {}

    /** A connection is up; its peer is about to get its first bytes. */
    default void connected(SocketConnection connection) {}

    /** A connection ended ({@code cause} null when orderly); its peer's {@code disconnected} has run. */
    default void disconnected(SocketConnection connection, IOException cause) {}

    /** The server turned a second client away while serving one (one connection at a time). */
    default void refused(SocketAddress remote) {}

    /** The client failed to connect and tries again after {@code delay} (attempt counts from 1). */
    default void retrying(int attempt, Duration delay, IOException cause) {}

    /** The client or server stopped for good: closed ({@code cause} null), or it gave up. */
    default void stopped(IOException cause) {}
}
