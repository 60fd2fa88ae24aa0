package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentHashMap;
import org.ffmusb.libusb.ffi.libusb_hotplug_callback_fn;
import org.ffmusb.libusb.ffi.libusb_log_cb;
import org.ffmusb.libusb.ffi.libusb_transfer;
import org.ffmusb.libusb.ffi.libusb_transfer_cb_fn;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The one upcall stub per callback kind for the whole process (reference §4.5), created in the global
 * arena so that it outlives every transfer, and the tables that route a call to its Java object by
 * {@code user_data}. An exception escaping an upcall would kill the JVM: each entry point catches
 * {@link Throwable} and logs it.
 */
final class Upcalls {
    private Upcalls() {}

    private static final System.Logger LOG = System.getLogger("org.ffmusb.libusb");

    /** Every in-flight or idle {@link Transfer}, by the slot stored in its {@code user_data}. */
    static final SlotTable<Transfer> TRANSFERS = new SlotTable<>();
    /** Every live hotplug registration, by the slot stored in its {@code user_data}. */
    static final SlotTable<HotplugRegistration> HOTPLUG = new SlotTable<>();
    /** Contexts by {@code libusb_context*}, for the log callback (which has no user_data). */
    static final ConcurrentHashMap<Long, UsbContext> CONTEXTS = new ConcurrentHashMap<>();

    /**
     * All of memory, to read {@code transfer->user_data} in the upcall without creating a segment per
     * call; only ever read at addresses libusb hands us.
     */
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    private static final long USER_DATA = libusb_transfer.user_data$offset();

    /**
     * {@code libusb_transfer_cb_fn}, linked with the transfer pointer as a {@code long} rather than as the
     * {@code ADDRESS} of {@link libusb_transfer_cb_fn}'s descriptor: the stub would box every pointer into a
     * new MemorySegment (the only allocation left per transfer), and a pointer argument is passed exactly as
     * a 64-bit integer on every 64-bit ABI the FFM linker supports.
     */
    static final MemorySegment TRANSFER_CALLBACK = transferCallback();

    private static MemorySegment transferCallback() {
        try {
            var target = java.lang.invoke.MethodHandles.lookup().findStatic(Upcalls.class, "transferCompleted",
                    java.lang.invoke.MethodType.methodType(void.class, long.class));
            return java.lang.foreign.Linker.nativeLinker().upcallStub(target,
                    java.lang.foreign.FunctionDescriptor.ofVoid(JAVA_LONG), Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    static final MemorySegment HOTPLUG_CALLBACK =
            libusb_hotplug_callback_fn.allocate(Upcalls::hotplug, Arena.global());
    static final MemorySegment LOG_CALLBACK = libusb_log_cb.allocate(Upcalls::log, Arena.global());

    /** {@code libusb_transfer_cb_fn}: runs on the context's event thread; {@code transfer} is the struct's address. */
    private static void transferCompleted(long transfer) {
        try {
            Transfer t = TRANSFERS.get(ALL.get(JAVA_LONG, transfer + USER_DATA));
            if (t != null) {
                t.completed();
            }
        } catch (Throwable e) {
            report("transfer callback", e);
        }
    }

    /**
     * {@code libusb_hotplug_callback_fn}: on the event thread, or on the registering thread for the
     * devices enumerated by {@code LIBUSB_HOTPLUG_ENUMERATE}. Returns 0 (stay registered); deregistration
     * goes through {@link HotplugRegistration#close()}.
     */
    private static int hotplug(MemorySegment context, MemorySegment device, int event, MemorySegment userData) {
        try {
            HotplugRegistration registration = HOTPLUG.get(userData.address());
            if (registration != null) {
                registration.context().hotplugEvent(registration, device, event);
            }
        } catch (Throwable e) {
            report("hotplug callback", e);
        }
        return 0;
    }

    /** {@code libusb_log_cb}: on whichever thread libusb logs from, libusb's own threads included. */
    private static void log(MemorySegment context, int level, MemorySegment message) {
        try {
            UsbContext ctx = CONTEXTS.get(context.address());
            String text = NativeLibrary.string(message).stripTrailing();
            if (ctx != null) {
                ctx.logged(LogLevel.of(level), text);
            }
        } catch (Throwable e) {
            report("log callback", e);
        }
    }

    /** Logs a throwable caught in an upcall; never throws. */
    static void report(String where, Throwable e) {
        try {
            LOG.log(System.Logger.Level.ERROR, "exception in " + where + " (caught: an upcall must not throw)", e);
        } catch (Throwable ignored) {
            // nothing left to do: throwing from here would kill the JVM
        }
    }
}
