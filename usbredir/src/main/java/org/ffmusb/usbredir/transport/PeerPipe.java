package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Two peers connected in process, without a socket: a host engine and a guest engine in one JVM (the
 * demo, tests, benchmarks). The same contract as a socket transport: one I/O thread,
 * {@code usbredir-pipe}, makes every call on both peers; output is written by one peer's
 * {@link UsbRedirPeer#writeTo} straight into the other's receive buffer (one copy, as a socket makes
 * in the kernel), at most {@value #CHUNK} bytes per step so both directions progress. A peer that
 * stops {@link UsbRedirPeer#acceptsInput() accepting input} holds the other's output back in that peer.
 *
 * <p>{@link #close()} moves what is already queued, then calls each peer's
 * {@link UsbRedirPeer#disconnected} once with null. Thread-safe.
 */
public final class PeerPipe implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.transport");
    static final int CHUNK = 256 * 1024;

    private final UsbRedirPeer a;
    private final UsbRedirPeer b;
    private final TransportCounters counters = new TransportCounters();
    private final FrameCounter aToB = new FrameCounter();
    private final FrameCounter bToA = new FrameCounter();
    private final Sink sink = new Sink();
    private final AtomicBoolean awake = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final Runnable wake = this::wake;
    private volatile boolean closing;
    private volatile IOException cause;
    private Thread thread;

    private PeerPipe(UsbRedirPeer a, UsbRedirPeer b) {
        this.a = a;
        this.b = b;
        FrameCounter.pair(aToB, bToA);
    }

    /** Connects {@code a} and {@code b} and starts moving bytes. */
    public static PeerPipe connect(UsbRedirPeer a, UsbRedirPeer b) {
        PeerPipe pipe = new PeerPipe(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
        pipe.thread = Thread.ofPlatform().name("usbredir-pipe").daemon().unstarted(pipe::run);
        pipe.thread.start();
        return pipe;
    }

    /** Bytes and packets as {@code a} sees them: sent = a to b, received = b to a. */
    public TransportCounters counters() {
        return counters;
    }

    /** Completes once both peers' {@code disconnected} have returned. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /** Null, or what failed when a peer threw. */
    public IOException cause() {
        return cause;
    }

    /** Ends the pipe from any thread; returns at once. Idempotent. */
    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
    }

    private void wake() {
        if (Thread.currentThread() != thread && !awake.getAndSet(true)) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        IOException failure = null;
        try {
            a.setOutputListener(wake);
            b.setOutputListener(wake);
            while (!closing) {
                awake.set(false);
                if (moveBoth() > 0) {
                    continue;
                }
                if (!awake.get() && !closing) {
                    LockSupport.park(this);
                }
            }
            for (int i = 0; i < 64 && moveBoth() > 0; i++) {
                // deliver what was queued before the close, boundedly: peers may keep answering each other
            }
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = new IOException("a usbredir engine failed: " + e, e);
            LOG.log(System.Logger.Level.ERROR, "usbredir engine failed on usbredir-pipe", e);
        } finally {
            cause = failure;
            end(a, failure);
            end(b, failure);
            closed.complete(null);
        }
    }

    private static void end(UsbRedirPeer peer, IOException failure) {
        try {
            peer.setOutputListener(() -> {});
            peer.disconnected(failure);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "usbredir engine failed handling the end of its pipe", e);
        }
    }

    private long moveBoth() throws IOException {
        return move(a, b, aToB) + move(b, a, bToA);
    }

    private long move(UsbRedirPeer from, UsbRedirPeer to, FrameCounter frames) throws IOException {
        if (!from.hasOutput() || !to.acceptsInput()) {
            return 0;
        }
        ByteBuffer target = to.receiveBuffer(CHUNK);
        int start = target.position();
        target.limit(Math.min(target.limit(), start + CHUNK));
        sink.target = target;
        long n = from.writeTo(sink);
        sink.target = null;
        if (n > 0) {
            long packets = frames.scan(target, start, (int) n);
            if (from == a) {
                counters.sent(n, packets);
            } else {
                counters.received(n, packets);
            }
            to.received((int) n);
        }
        return n;
    }

    /** A non-blocking channel writing into the receiving peer's buffer until it is full. */
    private static final class Sink implements WritableByteChannel {
        ByteBuffer target;

        @Override
        public int write(ByteBuffer src) {
            int n = Math.min(src.remaining(), target.remaining());
            target.put(target.position(), src, src.position(), n);
            target.position(target.position() + n);
            src.position(src.position() + n);
            return n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException();
        }
    }
}
