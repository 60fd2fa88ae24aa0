package org.ffmusb.usbredir.guest;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests in flight by id: an open-addressing hash table on primitive {@code long} keys (linear
 * probing, backward-shift deletion), so putting and taking a request allocates nothing. Grows when
 * half full; never shrinks. Not thread-safe: the guest's lock guards it.
 */
final class PendingTable {
    private static final long EMPTY = -1; // ids are u32 or u64 on the wire; -1 is never chosen (see UsbRedirGuest)

    private long[] keys;
    private RedirRequest<?>[] values;
    private int size;

    PendingTable() {
        allocate(64);
    }

    int size() {
        return size;
    }

    boolean contains(long id) {
        return values[find(id)] != null;
    }

    void put(long id, RedirRequest<?> request) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = find(id);
        if (values[slot] != null) {
            throw new IllegalStateException("id " + id + " is already in flight");
        }
        keys[slot] = id;
        values[slot] = request;
        size++;
    }

    /** Removes and returns the request with this id, or null. */
    RedirRequest<?> take(long id) {
        int slot = find(id);
        RedirRequest<?> request = values[slot];
        if (request == null) {
            return null;
        }
        delete(slot);
        return request;
    }

    /** Removes and returns every request (device gone, connection lost). */
    List<RedirRequest<?>> takeAll() {
        List<RedirRequest<?>> all = new ArrayList<>(size);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                all.add(values[i]);
                values[i] = null;
                keys[i] = EMPTY;
            }
        }
        size = 0;
        return all;
    }

    /** The slot holding {@code id}, or the empty slot where it would go. */
    private int find(long id) {
        int mask = keys.length - 1;
        int slot = hash(id) & mask;
        while (values[slot] != null && keys[slot] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Backward-shift deletion: later entries of the probe run move up, so lookups need no tombstones. */
    private void delete(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        int next = (slot + 1) & mask;
        while (values[next] != null) {
            int home = hash(keys[next]) & mask;
            // Move the entry into the hole if its home slot is not in (hole, next] cyclically.
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = EMPTY;
        values[hole] = null;
        size--;
    }

    private void grow() {
        long[] oldKeys = keys;
        RedirRequest<?>[] oldValues = values;
        allocate(keys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        java.util.Arrays.fill(keys, EMPTY);
        values = new RedirRequest<?>[capacity];
    }

    private static int hash(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
