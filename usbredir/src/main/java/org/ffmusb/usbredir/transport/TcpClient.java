package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The TCP client side of usbredirect's {@code --to HOST:PORT}: connects to a listening peer (QEMU's
 * {@code server=on} chardev, a {@link TcpServer}) and serves one {@link UsbRedirPeer} per connection.
 * By default it makes one attempt and ends with the connection. With {@link Options#retry()} failed
 * attempts are retried with exponential backoff; with {@link Options#reconnect()} a connection that ended
 * is made again after the initial backoff, with a new peer from the supplier.
 *
 * <h2>Threads</h2>
 * One platform thread, {@code usbredir-tcp-client HOST:PORT}, connects, waits out the backoff and is
 * the I/O thread of each connection (renamed {@code usbredir-socket ...} meanwhile): the peer supplier,
 * the peer's methods and the {@link TransportListener} all run on it. Thread-safe.
 */
public final class TcpClient implements AutoCloseable {
    /**
     * @param keepAlive      SO_KEEPALIVE on the socket (usbredirect {@code -k})
     * @param retry          retry a failed connect, with backoff, until connected or closed
     * @param reconnect      connect again (with a new peer) after a connection ends, until closed
     * @param initialBackoff the first wait between attempts; it doubles after each failure
     * @param maxBackoff     the longest wait between attempts
     * @param connectTimeout how long one attempt may take
     */
    public record Options(boolean keepAlive, boolean retry, boolean reconnect, Duration initialBackoff,
                          Duration maxBackoff, Duration connectTimeout) {
        /** One attempt, no keepalive; backoff 200 ms doubling to 5 s when retrying; 10 s per attempt. */
        public static final Options DEFAULT = new Options(false, false, false, Duration.ofMillis(200),
                Duration.ofSeconds(5), Duration.ofSeconds(10));

        public Options {
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max: " + initialBackoff + ", "
                        + maxBackoff);
            }
        }

        public Options withKeepAlive(boolean value) {
            return new Options(value, retry, reconnect, initialBackoff, maxBackoff, connectTimeout);
        }

        public Options withRetry(boolean value) {
            return new Options(keepAlive, value, reconnect, initialBackoff, maxBackoff, connectTimeout);
        }

        public Options withReconnect(boolean value) {
            return new Options(keepAlive, retry, value, initialBackoff, maxBackoff, connectTimeout);
        }

        public Options withBackoff(Duration initial, Duration max) {
            return new Options(keepAlive, retry, reconnect, initial, max, connectTimeout);
        }
    }

    private final InetSocketAddress target;
    private final Options options;
    private final Supplier<? extends UsbRedirPeer> peers;
    private final TransportListener listener;
    private final TransportCounters counters = new TransportCounters();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile SocketChannel connecting;
    private volatile SocketConnection connection;

    private TcpClient(InetSocketAddress target, Options options, Supplier<? extends UsbRedirPeer> peers,
                      TransportListener listener) {
        this.target = target;
        this.options = options;
        this.peers = peers;
        this.listener = listener;
    }

    /**
     * Starts connecting to {@code target} (resolved at each attempt) and returns at once; see
     * {@link #stopped()} for the outcome.
     *
     * @param peers    called on the client thread for each new connection
     * @param listener events, on the client thread
     */
    public static TcpClient start(InetSocketAddress target, Options options, Supplier<? extends UsbRedirPeer> peers,
                                  TransportListener listener) {
        TcpClient client = new TcpClient(Objects.requireNonNull(target, "target"), Objects.requireNonNull(options),
                Objects.requireNonNull(peers, "peers"), Objects.requireNonNull(listener, "listener"));
        Thread.ofPlatform().name("usbredir-tcp-client " + target.getHostString() + ":" + target.getPort()).daemon()
                .start(client::run);
        return client;
    }

    /** Bytes and packets of every connection so far. */
    public TransportCounters counters() {
        return counters;
    }

    /** The connection now up, or null. */
    public SocketConnection connection() {
        return connection;
    }

    /**
     * Completes when the client has stopped: normally after {@link #close()} or after its one connection
     * ended, exceptionally with the {@link IOException} when it could not connect and was not asked to
     * retry.
     */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Stops: ends the connection (see {@link SocketConnection#close()}) and any attempt or wait. */
    @Override
    public void close() {
        closing.countDown();
        SocketChannel c = connecting;
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // the attempt fails, which is what we want
            }
        }
        SocketConnection s = connection;
        if (s != null) {
            s.close();
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void run() {
        IOException failure = null;
        Duration delay = options.initialBackoff();
        int attempt = 0;
        try {
            while (!isClosing()) {
                SocketChannel channel;
                try {
                    channel = connect();
                } catch (IOException e) {
                    if (isClosing()) {
                        break;
                    }
                    if (!options.retry()) {
                        failure = e;
                        break;
                    }
                    attempt++;
                    listener.retrying(attempt, delay, e);
                    pause(delay);
                    delay = delay.multipliedBy(2).compareTo(options.maxBackoff()) > 0 ? options.maxBackoff()
                            : delay.multipliedBy(2);
                    continue;
                }
                attempt = 0;
                delay = options.initialBackoff();
                serve(channel);
                if (!options.reconnect()) {
                    break;
                }
                pause(options.initialBackoff()); // a peer that accepts and drops at once must not spin us
            }
        } catch (RuntimeException e) {
            failure = new IOException("usbredir TCP client failed: " + e, e);
        } finally {
            listener.stopped(failure);
            if (failure != null) {
                stopped.completeExceptionally(failure);
            } else {
                stopped.complete(null);
            }
        }
    }

    private SocketChannel connect() throws IOException {
        InetSocketAddress resolved = new InetSocketAddress(target.getHostString(), target.getPort());
        if (resolved.isUnresolved()) {
            throw new UnknownHostException("cannot resolve " + target.getHostString());
        }
        SocketChannel channel = SocketChannel.open();
        connecting = channel;
        try {
            if (isClosing()) {
                throw new IOException("closed");
            }
            channel.socket().connect(resolved, (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()));
            configure(channel, options.keepAlive());
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (e instanceof IOException io) {
                throw new IOException("cannot connect to " + target.getHostString() + ":" + target.getPort() + ": "
                        + io.getMessage(), io);
            }
            throw e;
        } finally {
            connecting = null;
        }
    }

    private void serve(SocketChannel channel) {
        SocketConnection c;
        try {
            c = new SocketConnection(channel, Objects.requireNonNull(peers.get(), "the peer supplier gave null"), counters);
        } catch (IOException e) {
            closeQuietly(channel);
            return;
        } catch (RuntimeException e) {
            closeQuietly(channel); // the peer supplier failed: no connection without a peer
            throw e;
        }
        connection = c;
        if (isClosing()) {
            c.close();
        }
        listener.connected(c);
        c.runHere();
        connection = null;
        listener.disconnected(c, c.cause());
    }

    private void pause(Duration delay) {
        try {
            closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    /** TCP_NODELAY always: usbredir is request/reply, and Nagle would hold small replies back. */
    static void configure(SocketChannel channel, boolean keepAlive) throws IOException {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        if (keepAlive) {
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        }
    }

    static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
