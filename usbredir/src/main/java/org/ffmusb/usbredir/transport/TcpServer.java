package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The TCP server side of usbredirect's {@code --as ADDRESS:PORT}: listens and serves one
 * {@link UsbRedirPeer} per connection, one connection at a time. A client that connects while another
 * is served is accepted and closed at once (so it sees the refusal instead of waiting unanswered).
 * Without {@link Options#keepListening()} the server stops when its first connection ends, like
 * usbredirect; with it, it waits for the next peer with a new peer from the supplier.
 *
 * <h2>Threads</h2>
 * The platform thread {@code usbredir-tcp-server ADDRESS:PORT} accepts; each connection gets its own
 * I/O thread (see {@link SocketConnection}). The peer supplier and {@link TransportListener#connected}
 * run on the accept thread, the peer's methods and {@link TransportListener#disconnected} on the
 * connection's thread. Thread-safe.
 */
public final class TcpServer implements AutoCloseable {
    /** How long a new client waits for the previous connection to finish closing. */
    private static final java.time.Duration ENDING_GRACE = java.time.Duration.ofMillis(500);
    /**
     * @param keepAlive     SO_KEEPALIVE on accepted sockets (usbredirect {@code -k})
     * @param keepListening serve the next peer after a connection ends, until closed
     */
    public record Options(boolean keepAlive, boolean keepListening) {
        /** Serve one connection, no keepalive (usbredirect's behaviour). */
        public static final Options DEFAULT = new Options(false, false);

        public Options withKeepAlive(boolean value) {
            return new Options(value, keepListening);
        }

        public Options withKeepListening(boolean value) {
            return new Options(keepAlive, value);
        }
    }

    private final ServerSocketChannel server;
    private final SocketAddress local;
    private final Options options;
    private final Supplier<? extends UsbRedirPeer> peers;
    private final TransportListener listener;
    private final TransportCounters counters = new TransportCounters();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile SocketConnection connection;
    private volatile boolean closing;

    private TcpServer(ServerSocketChannel server, Options options, Supplier<? extends UsbRedirPeer> peers,
                      TransportListener listener) throws IOException {
        this.server = server;
        this.local = server.getLocalAddress();
        this.options = options;
        this.peers = peers;
        this.listener = listener;
    }

    /**
     * Binds {@code address} now (so a port in use fails here) and starts accepting.
     *
     * @param peers    called on the accept thread for each accepted connection
     * @param listener events; see the class documentation for their threads
     * @throws IOException if the address cannot be bound
     */
    public static TcpServer listen(InetSocketAddress address, Options options, Supplier<? extends UsbRedirPeer> peers,
                                   TransportListener listener) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open();
        TcpServer server;
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(address, 1);
            server = new TcpServer(channel, Objects.requireNonNull(options), Objects.requireNonNull(peers, "peers"),
                    Objects.requireNonNull(listener, "listener"));
        } catch (IOException e) {
            channel.close();
            throw new IOException("cannot listen on " + address.getHostString() + ":" + address.getPort() + ": "
                    + e.getMessage(), e);
        }
        Thread.ofPlatform().name("usbredir-tcp-server " + server.local).daemon().start(server::run);
        return server;
    }

    /** The bound address, with the actual port when 0 was asked. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) local;
    }

    /** Bytes and packets of every connection so far. */
    public TransportCounters counters() {
        return counters;
    }

    /** The connection being served, or null. */
    public SocketConnection connection() {
        return connection;
    }

    /** Completes when the server has stopped accepting and its last connection has ended. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Stops listening and ends the connection being served (see {@link SocketConnection#close()}). */
    @Override
    public void close() {
        closing = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // the accept thread sees the close either way
        }
        SocketConnection c = connection;
        if (c != null) {
            c.close();
        }
    }

    private void run() {
        IOException failure = null;
        listener.listening(local);
        try {
            while (!closing) {
                SocketChannel channel = server.accept();
                awaitEndingConnection();
                if (connection != null || closing) {
                    SocketAddress remote = channel.getRemoteAddress();
                    TcpClient.closeQuietly(channel);
                    listener.refused(remote);
                    continue;
                }
                serve(channel);
            }
        } catch (ClosedChannelException e) {
            // closed: by close(), or after the one connection we were to serve
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new IOException("usbredir TCP server failed: " + e, e);
        } finally {
            finish(failure);
        }
    }

    /**
     * A guest that reconnects at once may arrive while its previous connection is still winding down
     * (the peer told, the socket not yet closed): give that connection a moment to end rather than
     * turning the new guest away.
     */
    private void awaitEndingConnection() {
        SocketConnection c = connection;
        if (c != null) {
            try {
                c.closed().get(ENDING_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // still serving (or failed): the new client is refused below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // closed() completes before its whenComplete clears the field: wait for that too
            for (int i = 0; i < 100 && connection == c && c.closed().isDone(); i++) {
                Thread.onSpinWait();
                Thread.yield();
            }
        }
    }

    private void serve(SocketChannel channel) {
        SocketConnection c;
        try {
            TcpClient.configure(channel, options.keepAlive());
            c = new SocketConnection(channel, Objects.requireNonNull(peers.get(), "the peer supplier gave null"), counters);
        } catch (IOException e) {
            TcpClient.closeQuietly(channel);
            return;
        } catch (RuntimeException e) {
            TcpClient.closeQuietly(channel); // the peer supplier failed: no connection without a peer
            throw e;
        }
        connection = c;
        c.closed().whenComplete((ok, e) -> {
            connection = null;
            listener.disconnected(c, c.cause());
            if (!options.keepListening()) {
                close();
            }
        });
        listener.connected(c);
        c.startThread();
    }

    private void finish(IOException failure) {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        SocketConnection c = connection;
        CompletableFuture<Void> last = c == null ? CompletableFuture.completedFuture(null) : c.closed();
        last.whenComplete((ok, e) -> {
            listener.stopped(failure);
            stopped.complete(null);
        });
    }
}
