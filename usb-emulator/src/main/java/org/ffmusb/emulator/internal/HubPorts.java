package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;

/**
 * The ports of a root hub as the hub class sees them (USB 2.0 §11.24.2.7, USB 3.2 §10.16.2.6): a status
 * word and a change word per port, and the status change endpoint that reports which ports changed
 * (bit 0 the hub, bit N port N) to interrupt IN transfers waiting for it. Thread-safe: connections
 * change on the thread that plugs or unplugs, requests come from the I/O thread.
 */
final class HubPorts {
    static final int PORT_CONNECTION = 0x0001;
    static final int PORT_ENABLE = 0x0002;
    static final int PORT_POWER = 0x0100;
    static final int PORT_LOW_SPEED = 0x0200;
    static final int PORT_HIGH_SPEED = 0x0400;
    /** USB 3: port power is bit 9, the link state bits 8..5 (0 = U0, 5 = Rx.Detect). */
    static final int SS_PORT_POWER = 0x0200;
    static final int SS_LINK_RX_DETECT = 5 << 5;
    static final int C_PORT_CONNECTION = 0x0001;

    private final boolean superSpeed;
    private final int[] status;
    private final int[] change;
    private final int[] address;
    private final ArrayDeque<Transfer> waiting = new ArrayDeque<>();
    /** While the hub driver is bound it acknowledges every change at once, as Linux's hub_event does. */
    private boolean acknowledging;

    HubPorts(int count, boolean superSpeed) {
        this.superSpeed = superSpeed;
        this.status = new int[count + 1];
        this.change = new int[count + 1];
        this.address = new int[count + 1];
        for (int p = 1; p <= count; p++) {
            status[p] = empty();
        }
    }

    int count() {
        return status.length - 1;
    }

    /** The bytes of the status change bitmap: one bit for the hub and one per port. */
    int bitmapBytes() {
        return (count() + 1 + 7) / 8;
    }

    /** A device with address {@code devnum} appeared on {@code port}: connected and enabled at its
     *  speed, connection change set. */
    void connect(int port, Speed speed, int devnum) {
        synchronized (this) {
            int s = PORT_CONNECTION | PORT_ENABLE;
            if (superSpeed) {
                s |= SS_PORT_POWER; // link state U0, speed field 0 = 5 Gbit/s
            } else {
                s |= PORT_POWER | (speed == Speed.HIGH ? PORT_HIGH_SPEED : speed == Speed.LOW ? PORT_LOW_SPEED : 0);
            }
            status[port] = s;
            address[port] = devnum;
            change[port] |= acknowledging ? 0 : C_PORT_CONNECTION;
        }
        deliver();
    }

    /** The device on {@code port} went away: powered and empty, connection change set. */
    void disconnect(int port) {
        synchronized (this) {
            status[port] = empty();
            address[port] = 0;
            change[port] |= acknowledging ? 0 : C_PORT_CONNECTION;
        }
        deliver();
    }

    /** Binding the hub driver acknowledges every pending change and keeps acknowledging new ones. */
    synchronized void acknowledgeChanges(boolean on) {
        acknowledging = on;
        if (on) {
            java.util.Arrays.fill(change, 0);
        }
    }

    /** Per port, the address of the device plugged there or 0. */
    synchronized byte[] addresses() {
        byte[] a = new byte[count()];
        for (int p = 1; p <= count(); p++) {
            a[p - 1] = (byte) address[p];
        }
        return a;
    }

    /** GET_STATUS(port): wPortStatus then wPortChange, little-endian. */
    synchronized byte[] portStatus(int port) {
        int s = status[port];
        int c = change[port];
        return new byte[] {(byte) s, (byte) (s >> 8), (byte) c, (byte) (c >> 8)};
    }

    /** CLEAR_FEATURE(C_PORT_xxx): clears change bit {@code bit} (the feature selector minus 16). */
    synchronized void clearChange(int port, int bit) {
        change[port] &= ~(1 << bit);
    }

    /** An interrupt IN transfer on the status change endpoint: answered when some port has a change. */
    void poll(Transfer t) {
        synchronized (this) {
            waiting.add(t);
        }
        t.onCancel(() -> forget(t));
        deliver();
    }

    private synchronized void forget(Transfer t) {
        waiting.remove(t);
    }

    private int empty() {
        return superSpeed ? SS_PORT_POWER | SS_LINK_RX_DETECT : PORT_POWER;
    }

    /** Completes a waiting transfer while some port has a change bit set, as a hub keeps reporting
     *  a change until the host clears it. */
    private void deliver() {
        while (true) {
            Transfer t;
            byte[] bitmap;
            synchronized (this) {
                bitmap = new byte[bitmapBytes()];
                boolean any = false;
                for (int p = 1; p <= count(); p++) {
                    if (change[p] != 0) {
                        bitmap[p / 8] |= (byte) (1 << (p % 8));
                        any = true;
                    }
                }
                while (!waiting.isEmpty() && !waiting.peek().isPending()) {
                    waiting.poll();
                }
                if (!any || waiting.isEmpty()) {
                    return;
                }
                t = waiting.poll();
            }
            int n = Math.min(bitmap.length, t.length());
            t.complete(MemorySegment.ofArray(bitmap).asSlice(0, n));
        }
    }
}
