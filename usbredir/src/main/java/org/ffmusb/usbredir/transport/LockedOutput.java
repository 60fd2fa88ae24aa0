package org.ffmusb.usbredir.transport;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.locks.ReentrantLock;
import org.ffmusb.usbredir.proto.UsbRedirParser;

/**
 * The output side of a {@link UsbRedirPeer} whose parser is guarded by one lock: what an engine's
 * {@link UsbRedirPeer#hasOutput}, {@link UsbRedirPeer#writeTo} and {@link UsbRedirPeer#tryWriteTo}
 * do, so each engine only delegates. Any thread, as those methods.
 */
public final class LockedOutput {
    private final ReentrantLock lock;
    private final UsbRedirParser<?, ?> parser;

    public LockedOutput(ReentrantLock lock, UsbRedirParser<?, ?> parser) {
        this.lock = lock;
        this.parser = parser;
    }

    public boolean hasOutput() {
        lock.lock();
        try {
            return parser.hasOutput();
        } finally {
            lock.unlock();
        }
    }

    public long writeTo(WritableByteChannel nonBlockingChannel) throws IOException {
        lock.lock();
        return writeLocked(nonBlockingChannel);
    }

    /** -1 at once if another thread holds the lock (see {@link UsbRedirPeer#tryWriteTo}). */
    public long tryWriteTo(WritableByteChannel nonBlockingChannel) throws IOException {
        return lock.tryLock() ? writeLocked(nonBlockingChannel) : -1;
    }

    private long writeLocked(WritableByteChannel channel) throws IOException {
        try {
            return parser.writeTo(channel);
        } finally {
            lock.unlock();
        }
    }
}
