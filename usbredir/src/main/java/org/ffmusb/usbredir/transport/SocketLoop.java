package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import jdk.net.ExtendedSocketOptions;

/**
 * The I/O loop of one socket connection: a {@link Selector} over a non-blocking {@link SocketChannel},
 * run by exactly one thread. Reads go straight into the peer's receive buffer; the peer writes its
 * output to the channel when it has some and the socket takes it. When the socket is full the loop
 * waits for OP_WRITE, and the peer's further output waits in the peer: threads queueing output never
 * block, and their output listener calls return at once. Such a call writes the output in place when
 * no other thread is writing and the socket is not full (as C usbredirect's event thread does: a reply
 * costs no selector wakeup); otherwise it wakes the selector, at most once per sleep and not at all
 * while the loop waits for the socket to drain. One thread at a time writes ({@link #writeLock}).
 */
final class SocketLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.transport");
    /** Free space asked of the peer for each read; the parser may offer more. */
    private static final int READ_SIZE = 64 * 1024;
    /** Bytes read per wakeup before output gets its turn. */
    private static final int READ_BUDGET = 4 * 1024 * 1024;
    /** How long a local close keeps writing the peer's remaining output. */
    private static final long CLOSE_FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final SocketChannel channel;
    /**
     * Acknowledge every read at once (Linux TCP_QUICKACK, which the kernel drops again after a while, so
     * it is renewed per read). C usbredirect leaves Nagle on: a reply it writes behind an unacknowledged
     * small segment waits for our ACK, which Linux delays up to 40 ms. Measured on a Bulk-Only READ(10) of
     * 64 KiB with CBW, data and CSW requests in flight together: 44 ms per command without, 4 ms with.
     */
    private final boolean quickAck;
    private final UsbRedirPeer peer;
    private final TransportCounters counters;
    private final FrameCounter in = new FrameCounter();
    private final FrameCounter out = new FrameCounter();
    private final CountingChannel countingChannel = new CountingChannel();
    private final Selector selector;
    private final AtomicBoolean awake = new AtomicBoolean();
    /**
     * Held by the thread writing the peer's output: the I/O thread (which may wait for it), or a thread
     * writing its output in place (which only tries it). Orders the writes and guards {@link #out}.
     */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Thread thread;
    private volatile boolean writeBlocked;
    private volatile boolean closeRequested;
    private volatile IOException cause;
    /** What the last select found ready; set by {@link #onReady}, allocated once. */
    private int readyOps;
    private final java.util.function.Consumer<SelectionKey> onReady = k -> readyOps = k.readyOps();

    SocketLoop(SocketChannel channel, UsbRedirPeer peer, TransportCounters counters) throws IOException {
        this.channel = channel;
        this.peer = peer;
        this.counters = counters;
        this.selector = Selector.open();
        this.quickAck = channel.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        FrameCounter.pair(in, out);
    }

    CompletableFuture<Void> done() {
        return done;
    }

    /** Why the connection ended: null for an orderly end (the remote closed, or {@link #requestClose}). */
    IOException cause() {
        return cause;
    }

    /** Ends the connection from any thread: output already queued is written for up to a second. */
    void requestClose() {
        closeRequested = true;
        selector.wakeup();
    }

    /**
     * The peer's output listener. On the I/O thread it does nothing (the loop writes before it sleeps);
     * elsewhere it writes the output in place if it can, else wakes the loop unless the loop is awake or
     * waits for the socket. Never blocks and never throws: it runs inside the engine's callers (a libusb
     * completion upcall).
     */
    private void wake() {
        if (writeBlocked || Thread.currentThread() == thread) {
            return;
        }
        if (writeLock.tryLock()) {
            boolean allWritten;
            try {
                allWritten = writeInPlace();
            } finally {
                writeLock.unlock();
            }
            if (allWritten) {
                return;
            }
        }
        if (!awake.getAndSet(true)) {
            selector.wakeup();
        }
    }

    /** With {@link #writeLock} held, off the I/O thread: true if the peer's output all went out. */
    private boolean writeInPlace() {
        if (closeRequested) {
            return false;
        }
        try {
            countingChannel.filled = false;
            if (peer.tryWriteTo(countingChannel) < 0) {
                return false; // another thread is inside the peer: the loop writes
            }
            if (countingChannel.filled) {
                writeBlocked = true;
            }
            return !writeBlocked;
        } catch (IOException | RuntimeException e) {
            return false; // the loop meets the failure on its own next write or read and ends the connection
        }
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        IOException failure = null;
        try {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            peer.setOutputListener(this::wake);
            failure = loop(key);
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException | Error e) {
            failure = new IOException("the usbredir engine failed: " + e, e);
            LOG.log(System.Logger.Level.ERROR, "usbredir engine failed on " + thread.getName(), e);
        } finally {
            cause = failure;
            try {
                peer.setOutputListener(() -> {});
            } catch (RuntimeException ignored) {
                // the engine is failing already; it still hears about the end below
            }
            closeQuietly();
            try {
                peer.disconnected(failure);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "usbredir engine failed handling the end of its connection", e);
            } finally {
                done.complete(null);
            }
        }
    }

    /** Runs until the remote closes (null), a local close (null) or an I/O error (thrown). */
    private IOException loop(SelectionKey key) throws IOException {
        while (true) {
            if (closeRequested) {
                flushBeforeClose();
                return null;
            }
            flush();
            boolean reading = peer.acceptsInput();
            boolean waitForSocket = writeBlocked;
            key.interestOps((reading ? SelectionKey.OP_READ : 0) | (waitForSocket ? SelectionKey.OP_WRITE : 0));
            awake.set(false);
            if (writeBlocked != waitForSocket || !writeBlocked && peer.hasOutput() || closeRequested) {
                // output arrived after the flush (write it before sleeping), or a thread writing in place
                // filled the socket meanwhile (wait for OP_WRITE: its wakeup may have found us awake)
                continue;
            }
            readyOps = 0;
            selector.select(onReady);
            if ((readyOps & SelectionKey.OP_WRITE) != 0) {
                writeBlocked = false;
            }
            if (reading && (readyOps & SelectionKey.OP_READ) != 0 && !read()) {
                return null;
            }
        }
    }

    /** Reads what the socket has (up to a budget) into the peer; false at end of stream. */
    private boolean read() throws IOException {
        int total = 0;
        while (total < READ_BUDGET && peer.acceptsInput()) {
            ByteBuffer buffer = peer.receiveBuffer(READ_SIZE);
            int from = buffer.position();
            int n = channel.read(buffer);
            if (n < 0) {
                return false;
            }
            if (n == 0) {
                break;
            }
            counters.received(n, in.scan(buffer, from, n));
            if (quickAck) {
                channel.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            }
            peer.received(n);
            total += n;
        }
        return true;
    }

    private void flush() throws IOException {
        if (writeBlocked || !peer.hasOutput()) {
            return;
        }
        writeLock.lock(); // a thread writing in place holds it for one non-blocking write at most
        try {
            writeLocked();
        } finally {
            writeLock.unlock();
        }
    }

    private void writeLocked() throws IOException {
        if (!writeBlocked && peer.hasOutput()) {
            peer.writeTo(countingChannel);
            writeBlocked = peer.hasOutput();
        }
    }

    private void flushBeforeClose() {
        long deadline = System.nanoTime() + CLOSE_FLUSH_NANOS;
        writeLock.lock();
        try {
            while (peer.hasOutput() && System.nanoTime() < deadline) {
                if (peer.writeTo(countingChannel) == 0) {
                    channel.register(selector, SelectionKey.OP_WRITE);
                    selector.select(onReady, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
            channel.shutdownOutput();
        } catch (IOException e) {
            // closing anyway; what did not make it is lost with the connection
        } finally {
            writeLock.unlock();
        }
    }

    private void closeQuietly() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed by the remote
        }
    }

    /** The channel the peer writes to, with {@link #writeLock} held: counts bytes and packets on their way out. */
    private final class CountingChannel implements WritableByteChannel {
        /** The socket took less than it was offered since this was cleared: its send buffer is full. */
        boolean filled;

        @Override
        public int write(ByteBuffer src) throws IOException {
            int from = src.position();
            int n = channel.write(src);
            if (n > 0) {
                counters.sent(n, out.scan(src, from, n));
            }
            if (src.hasRemaining()) {
                filled = true;
            }
            return n;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException("the transport closes its channel itself");
        }
    }
}
