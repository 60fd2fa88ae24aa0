package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A transport test fixture that behaves like an engine under load: every byte it receives comes back as
 * output (a host answering requests), other threads can queue output too ({@link #send}), and it stops
 * accepting input while more than {@code bound} bytes wait to be sent, as {@link UsbRedirPeer#acceptsInput}
 * asks of engines. It follows the threading contract of {@link UsbRedirPeer}: a lock never held while
 * blocking, the output listener run after queueing.
 */
final class EchoPeer implements UsbRedirPeer {
    private final long bound;
    private final ReentrantLock lock = new ReentrantLock();
    private final ByteBuffer receive = ByteBuffer.allocateDirect(256 * 1024);
    private final MemorySegment receiveSegment = MemorySegment.ofBuffer(receive);
    private MemorySegment queue = Arena.ofAuto().allocate(1 << 20);
    private long head;
    private long tail;
    private volatile Runnable listener = () -> {};
    final AtomicLong received = new AtomicLong();
    final AtomicLong maxPending = new AtomicLong();
    final AtomicInteger disconnects = new AtomicInteger();
    /** The threads whose {@link #writeTo} calls wrote something. */
    final Set<Thread> writers = ConcurrentHashMap.newKeySet();
    final CompletableFuture<IOException> disconnected = new CompletableFuture<>();
    private final boolean echo;

    EchoPeer(long bound, boolean echo) {
        this.bound = bound;
        this.echo = echo;
    }

    /** Queues bytes from any thread, as an engine's completion thread would. */
    void send(byte[] bytes) {
        if (queue(bytes)) {
            runOutputListener();
        }
    }

    /** The first half of {@link #send}: queues, and says whether the output listener is due. */
    boolean queue(byte[] bytes) {
        lock.lock();
        try {
            boolean idle = head == tail;
            append(MemorySegment.ofArray(bytes), bytes.length);
            return idle;
        } finally {
            lock.unlock();
        }
    }

    /** The second half of {@link #send}, run after the lock was let go. */
    void runOutputListener() {
        listener.run();
    }

    long pending() {
        lock.lock();
        try {
            return tail - head;
        } finally {
            lock.unlock();
        }
    }

    private void append(MemorySegment bytes, long n) {
        if (tail + n > queue.byteSize()) {
            long used = tail - head;
            MemorySegment bigger = Arena.ofAuto().allocate(Math.max(queue.byteSize(), 2 * (used + n)));
            MemorySegment.copy(queue, head, bigger, 0, used);
            queue = bigger;
            head = 0;
            tail = used;
        }
        MemorySegment.copy(bytes, 0, queue, tail, n);
        tail += n;
        maxPending.accumulateAndGet(tail - head, Math::max);
    }

    @Override
    public ByteBuffer receiveBuffer(int minBytes) {
        return receive.clear();
    }

    /** Runs inside {@link #received}, the lock held: what an engine does there (a reset may wait for a device). */
    volatile Runnable whileReceiving = () -> {};

    @Override
    public void received(int bytes) {
        lock.lock();
        try {
            whileReceiving.run();
        } finally {
            lock.unlock();
        }
        received.addAndGet(bytes);
        if (echo) {
            lock.lock();
            try {
                append(receiveSegment, bytes);
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public boolean hasOutput() {
        return pending() > 0;
    }

    @Override
    public boolean acceptsInput() {
        return pending() <= bound;
    }

    @Override
    public long writeTo(WritableByteChannel channel) throws IOException {
        lock.lock();
        return writeLocked(channel);
    }

    @Override
    public long tryWriteTo(WritableByteChannel channel) throws IOException {
        return lock.tryLock() ? writeLocked(channel) : -1;
    }

    /** Writes with the lock held, and lets go of it. */
    private long writeLocked(WritableByteChannel channel) throws IOException {
        try {
            long total = 0;
            while (head < tail) {
                int n = channel.write(queue.asSlice(head, tail - head).asByteBuffer());
                if (n <= 0) {
                    break;
                }
                head += n;
                total += n;
            }
            if (head == tail) {
                head = tail = 0;
            }
            if (total > 0) {
                writers.add(Thread.currentThread());
            }
            return total;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setOutputListener(Runnable listener) {
        this.listener = listener;
    }

    @Override
    public void disconnected(IOException cause) {
        disconnects.incrementAndGet();
        disconnected.complete(cause);
    }
}
