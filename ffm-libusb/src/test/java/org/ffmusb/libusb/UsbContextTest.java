package org.ffmusb.libusb;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Contexts and their event threads, on whatever devices the machine has (none on ours). */
class UsbContextTest {
    @Test
    void eachContextOwnsOneNamedPlatformEventThreadThatCloseStops() throws Exception {
        Thread first;
        Thread second;
        try (var a = UsbContext.open(); var b = UsbContext.open()) {
            first = a.eventThread();
            second = b.eventThread();
            assertNotSame(first, second);
            for (Thread t : List.of(first, second)) {
                assertTrue(t.getName().startsWith("libusb-events-"), t.getName());
                assertFalse(t.isVirtual());
                assertTrue(t.isDaemon());
                assertTrue(t.isAlive());
            }
            assertFalse(a.isEventThread());
            var onThread = new CompletableFuture<Boolean>();
            a.eventLoop().execute(() -> onThread.complete(a.isEventThread() && !b.isEventThread()));
            assertTrue(onThread.get(5, TimeUnit.SECONDS), "tasks run on the event thread");
        }
        assertFalse(first.isAlive());
        assertFalse(second.isAlive());
    }

    @Test
    void closeIsIdempotentAndRefusedOnTheEventThread() throws Exception {
        var context = UsbContext.open();
        var refused = new CompletableFuture<Throwable>();
        context.eventLoop().execute(() -> {
            try {
                context.close();
                refused.complete(null);
            } catch (Throwable e) {
                refused.complete(e);
            }
        });
        Throwable e = refused.get(5, TimeUnit.SECONDS);
        assertInstanceOf(IllegalStateException.class, e);
        assertTrue(e.getMessage().contains("another thread"), e.getMessage());
        assertFalse(context.isClosed());
        context.close();
        context.close();
        assertTrue(context.isClosed());
        assertThrows(IllegalStateException.class, context::devices);
    }

    @Test
    void blockingCallsAreRefusedOnTheEventThread() throws Exception {
        try (var context = UsbContext.open()) {
            var refused = new CompletableFuture<Throwable>();
            context.eventLoop().execute(() -> {
                try {
                    context.checkNotEventThread("libusb_bulk_transfer");
                    refused.complete(null);
                } catch (Throwable e) {
                    refused.complete(e);
                }
            });
            Throwable e = refused.get(5, TimeUnit.SECONDS);
            assertInstanceOf(IllegalStateException.class, e);
            assertTrue(e.getMessage().contains("submit an async transfer"), e.getMessage());
        }
    }

    @Test
    void libusbLogMessagesReachTheListenerAtTheChosenLevel() throws InterruptedException {
        List<String> messages = new CopyOnWriteArrayList<>();
        var options = UsbContext.Options.DEFAULT.withLogLevel(LogLevel.DEBUG)
                .withLogListener((level, message) -> messages.add(level + " " + message));
        try (var context = UsbContext.open(options)) {
            context.devices();
            context.setLogLevel(LogLevel.NONE);
            // The event thread may be inside a log call that began before the change: let it finish.
            Thread.sleep(200);
            int before = messages.size();
            context.devices();
            Thread.sleep(200);
            assertEquals(before, messages.size(), "LogLevel.NONE silences libusb: " + messages.subList(before,
                    messages.size()));
        }
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("DEBUG ") && m.contains("libusb")), messages.toString());
    }

    @Test
    void aHotplugListenerCanBeAddedAndRemovedWithoutDevices() {
        try (var context = UsbContext.open()) {
            List<UsbDevice> seen = new CopyOnWriteArrayList<>();
            var registration = context.addHotplugListener(seen::add);
            assertTrue(registration.isActive());
            registration.close();
            assertFalse(registration.isActive());
            registration.close();
            // Devices the machine has (none on our build machines) arrive by enumeration.
            assertEquals(context.devices().size(), seen.size());
        }
    }

    @Test
    void aContextClosesItsListenersOnClose() {
        HotplugRegistration registration;
        try (var context = UsbContext.open()) {
            registration = context.addHotplugListener(d -> {});
        }
        assertFalse(registration.isActive());
        assertEquals(0, Upcalls.HOTPLUG.size(), "the routing slot is freed");
    }

    @Test
    void openingManyContextsLeavesNoThreadBehind() {
        for (int i = 0; i < 50; i++) {
            try (var context = UsbContext.open()) {
                assertTrue(context.eventThread().isAlive());
            }
        }
        long alive = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("libusb-events-")).count();
        assertEquals(0, alive);
    }
}
