package org.ffmusb.udev;

import java.util.concurrent.LinkedBlockingDeque;

/**
 * The hand-over from the receiving thread to the delivering thread: received events in order, with the
 * news that events were lost or the socket failed in their place in the stream. Bounded, so a listener
 * that never returns cannot make the receiving thread eat memory: once full, further events are counted,
 * dropped and reported as lost, as the kernel does when a socket's buffer is full.
 */
final class MonitorQueue {
    /** What the receiving thread hands over. */
    sealed interface Item permits Received, Lost, Failed, Stop {}

    /** An event: what its message said, and when it was taken off the socket. */
    record Received(String actionName, long seqnum, long receivedNanos, DeviceFacts message) implements Item {}

    /** Events were lost before this point. */
    record Lost(String reason) implements Item {}

    /** The socket failed; nothing follows. */
    record Failed(UdevException error) implements Item {}

    /** Wakes the delivering thread to end it. */
    record Stop() implements Item {}

    static final int CAPACITY = 1 << 16;

    private final LinkedBlockingDeque<Item> items = new LinkedBlockingDeque<>(CAPACITY);
    /** Events dropped because the queue was full and not yet reported; receiving thread only. */
    private long dropped;

    /** Hands over an item; never blocks (receiving thread). */
    void put(Item item) {
        if (dropped > 0) {
            if (!items.offer(new Lost(dropped + " udev events were dropped: the listeners fell " + CAPACITY
                    + " events behind"))) {
                dropped++;
                return;
            }
            dropped = 0;
        }
        if (!items.offer(item)) {
            dropped++;
        }
    }

    /** Puts the stop item first, so the delivering thread sees it next (any thread). */
    void stop() {
        items.offerFirst(new Stop());
    }

    /** The next item, waiting for one (delivering thread). */
    Item take() throws InterruptedException {
        return items.take();
    }
}
