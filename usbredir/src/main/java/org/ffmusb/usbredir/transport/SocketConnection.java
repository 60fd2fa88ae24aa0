package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;

/**
 * One usbredir connection over a stream socket (TCP, or a unix socket such as a QEMU chardev): a named
 * platform I/O thread moves bytes between the socket and a {@link UsbRedirPeer}, as that interface
 * describes. The peer's {@link UsbRedirPeer#disconnected} runs exactly once, on the I/O thread, when the
 * connection ends: with null when the remote closed it or {@link #close()} was called, with the
 * exception when it failed.
 *
 * <p>{@link TcpClient} and {@link TcpServer} make these; {@link #start} serves a socket opened elsewhere.
 * Thread-safe.
 */
public final class SocketConnection implements AutoCloseable {
    private final SocketLoop loop;
    private final SocketAddress remote;
    private final SocketAddress local;
    private final TransportCounters counters;

    SocketConnection(SocketChannel channel, UsbRedirPeer peer, TransportCounters parent) throws IOException {
        this.remote = channel.getRemoteAddress();
        this.local = channel.getLocalAddress();
        this.counters = new TransportCounters(parent);
        this.loop = new SocketLoop(channel, peer, counters);
    }

    /**
     * Serves {@code peer} over a connected {@code channel} (switched to non-blocking) on a new I/O thread
     * named {@code usbredir-socket <remote address>}.
     */
    public static SocketConnection start(SocketChannel channel, UsbRedirPeer peer) throws IOException {
        SocketConnection connection = new SocketConnection(channel, peer, null);
        connection.startThread();
        return connection;
    }

    void startThread() {
        Thread.ofPlatform().name(threadName()).daemon().start(loop);
    }

    /** Runs the I/O loop on the calling thread until the connection ends. */
    void runHere() {
        Thread current = Thread.currentThread();
        String name = current.getName();
        current.setName(threadName());
        try {
            loop.run();
        } finally {
            current.setName(name);
        }
    }

    private String threadName() {
        return "usbredir-socket " + remote;
    }

    public SocketAddress remoteAddress() {
        return remote;
    }

    public SocketAddress localAddress() {
        return local;
    }

    /** Bytes and packets of this connection. */
    public TransportCounters counters() {
        return counters;
    }

    /** Completes when the connection has ended and the peer's {@code disconnected} has returned. */
    public CompletableFuture<Void> closed() {
        return loop.done();
    }

    /** Why the connection ended once {@link #closed()} completed: null for an orderly end. */
    public IOException cause() {
        return loop.cause();
    }

    /**
     * Ends the connection: output the peer has already queued is written for up to a second, then the
     * socket closes. Returns at once; {@link #closed()} tells when it is over. Idempotent.
     */
    @Override
    public void close() {
        loop.requestClose();
    }

    @Override
    public String toString() {
        return "usbredir connection " + local + " <-> " + remote;
    }
}
