package org.ffmusb.emulator.models.loopback;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import org.ffmusb.emulator.model.Transfer;
import org.ffmusb.emulator.model.TransferError;

/**
 * An OUT endpoint looped back to an IN endpoint through a bounded FIFO of packets, as a loopback
 * device's firmware does it. An OUT transfer is cut into packets of the endpoint's size (plus a
 * zero-length packet for an empty transfer, or when the host asks for one after a full last packet);
 * when the FIFO is full the rest of the OUT transfer waits (the device NAKs). An IN transfer takes
 * packets until it is full or a short packet ends it, waiting (NAK) while the FIFO is empty; a packet
 * that does not fit what is left of the IN buffer is babble, as the host controller would see it.
 *
 * <p>Transfers arrive in the model's callbacks, cancellations on any thread (an unplug, say), and a
 * cancelled IN may let the next one take data at once; buffers are therefore only touched inside
 * {@link Transfer#access}, which works on any thread.
 */
final class EchoPipe {
    private final int packetSize;
    private final int capacity;
    private byte[] ring = new byte[64 * 1024];
    private int head;
    private int used;
    private final ArrayDeque<Integer> packets = new ArrayDeque<>();
    private final ArrayDeque<Transfer> waitingOut = new ArrayDeque<>();
    private final ArrayDeque<Transfer> waitingIn = new ArrayDeque<>();
    private int outDone;
    private int inDone;

    EchoPipe(int packetSize, int capacity) {
        this.packetSize = packetSize;
        this.capacity = capacity;
    }

    synchronized void out(Transfer t) {
        waitingOut.add(t);
        t.onCancel(() -> cancelled(t));
        pump();
    }

    synchronized void in(Transfer t) {
        waitingIn.add(t);
        t.onCancel(() -> cancelled(t));
        pump();
    }

    /** Drops everything, as a reset or a new configuration does. */
    synchronized void clear() {
        head = 0;
        used = 0;
        packets.clear();
        waitingOut.clear();
        waitingIn.clear();
        outDone = 0;
        inDone = 0;
    }

    private synchronized void cancelled(Transfer t) {
        if (waitingOut.peek() == t) {
            outDone = 0;
        }
        if (waitingIn.peek() == t) {
            inDone = 0;
        }
        waitingOut.remove(t);
        waitingIn.remove(t);
        pump();
    }

    /** Moves data until neither side can progress. */
    private void pump() {
        boolean progress = true;
        while (progress) {
            progress = pumpOut() | pumpIn();
        }
    }

    private boolean pumpOut() {
        Transfer t = waitingOut.peek();
        if (t == null) {
            return false;
        }
        boolean[] finished = new boolean[1];
        int before = outDone;
        boolean pending = t.access(data -> {
            while (outDone < t.length()) {
                int n = Math.min(packetSize, t.length() - outDone);
                if (!fits(n)) {
                    return;
                }
                push(data, outDone, n);
                outDone += n;
            }
            boolean trailingZlp = t.length() == 0 || (t.zeroPacket() && t.length() % packetSize == 0);
            if (trailingZlp) {
                if (!fits(0)) {
                    return;
                }
                push(data, 0, 0);
            }
            finished[0] = true;
            t.complete(t.length());
        });
        if (!pending || finished[0]) {
            waitingOut.poll();
            outDone = 0;
            return true;
        }
        return outDone != before;
    }

    private boolean pumpIn() {
        Transfer t = waitingIn.peek();
        if (t == null) {
            return false;
        }
        boolean[] finished = new boolean[1];
        int packetsBefore = packets.size();
        boolean pending = t.access(buffer -> {
            while (!packets.isEmpty()) {
                int n = packets.poll();
                int room = t.length() - inDone;
                if (n > room) {
                    pop(buffer, inDone, room, n);
                    finished[0] = true;
                    t.fail(TransferError.BABBLE, t.length());
                    return;
                }
                pop(buffer, inDone, n, n);
                inDone += n;
                if (n < packetSize || inDone == t.length()) {
                    finished[0] = true;
                    t.complete(inDone);
                    return;
                }
            }
        });
        if (!pending || finished[0]) {
            waitingIn.poll();
            inDone = 0;
            return true;
        }
        return packets.size() != packetsBefore;
    }

    private boolean fits(int n) {
        if (used + n > capacity) {
            return false;
        }
        if (used + n > ring.length) {
            byte[] grown = new byte[Math.min(capacity, Math.max(ring.length * 2, used + n))];
            int first = Math.min(used, ring.length - head);
            System.arraycopy(ring, head, grown, 0, first);
            System.arraycopy(ring, 0, grown, first, used - first);
            ring = grown;
            head = 0;
        }
        return true;
    }

    private void push(MemorySegment src, int offset, int n) {
        MemorySegment r = MemorySegment.ofArray(ring);
        int tail = (head + used) % ring.length;
        int first = Math.min(n, ring.length - tail);
        MemorySegment.copy(src, offset, r, tail, first);
        MemorySegment.copy(src, offset + first, r, 0, n - first);
        used += n;
        packets.add(n);
    }

    /** Takes a packet of {@code n} bytes off the FIFO, copying its first {@code keep} into {@code dst}. */
    private void pop(MemorySegment dst, int offset, int keep, int n) {
        MemorySegment r = MemorySegment.ofArray(ring);
        int first = Math.min(keep, ring.length - head);
        MemorySegment.copy(r, head, dst, offset, first);
        MemorySegment.copy(r, 0, dst, offset + first, keep - first);
        head = (head + n) % ring.length;
        used -= n;
    }
}
