package org.ffmusb.libusb;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Maps the small integers passed to libusb as {@code user_data} back to Java objects, so that one upcall
 * stub per callback kind serves the whole process (reference §4.5). Lookups from the upcall take no lock
 * and allocate nothing; adding and removing is synchronized and reuses freed slots.
 */
final class SlotTable<T> {
    private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(Object[].class);

    private volatile Object[] slots = new Object[64];
    private int[] free = new int[64];
    private int freeCount;
    private int next;
    private int live;

    /** Stores {@code value} and returns its slot. */
    synchronized int add(T value) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            slot = next++;
            if (slot == slots.length) {
                slots = Arrays.copyOf(slots, slots.length * 2);
            }
        }
        ELEMENT.setVolatile(slots, slot, value);
        live++;
        return slot;
    }

    /** Frees {@code slot}; later lookups of it return {@code null} until it is reused. */
    synchronized void remove(int slot) {
        if (slot < 0 || slot >= next || ELEMENT.getVolatile(slots, slot) == null) {
            return;
        }
        ELEMENT.setVolatile(slots, slot, null);
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
        live--;
    }

    /** The object in {@code slot}, or {@code null}. Safe from any thread, including upcalls. */
    @SuppressWarnings("unchecked")
    T get(long slot) {
        Object[] s = slots;
        return slot >= 0 && slot < s.length ? (T) ELEMENT.getVolatile(s, (int) slot) : null;
    }

    /** How many slots are in use. */
    synchronized int size() {
        return live;
    }
}
