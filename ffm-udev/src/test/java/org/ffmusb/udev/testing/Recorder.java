package org.ffmusb.udev.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ffmusb.udev.UsbEvent;
import org.ffmusb.udev.UsbEventListener;

/** A listener that keeps every event and lets a test wait for the ones it expects. */
public final class Recorder implements UsbEventListener {
    private final List<UsbEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();
    private int lost;

    @Override
    public synchronized void onEvent(UsbEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    @Override
    public synchronized void onEventsLost(String reason) {
        lost++;
    }

    /** Forgets the events so far. */
    public synchronized void clear() {
        events.clear();
        threads.clear();
    }

    public synchronized List<UsbEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    public synchronized int lost() {
        return lost;
    }

    /** Waits until {@code count} events match, then returns all events so far; fails after the timeout. */
    public synchronized List<UsbEvent> await(Predicate<UsbEvent> match, int count, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (events.stream().filter(match).count() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching events within " + timeout + ", got "
                        + events.stream().filter(match).count() + " of " + events.size() + ": " + tail());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(events);
    }

    private String tail() {
        return events.subList(Math.max(0, events.size() - 10), events.size()).toString();
    }
}
