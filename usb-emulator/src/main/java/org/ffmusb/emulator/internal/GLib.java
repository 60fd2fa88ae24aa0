package org.ffmusb.emulator.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.ffmusb.emulator.ffi.GError;
import org.ffmusb.emulator.ffi.glib_h;

/** Small helpers around GLib conventions: GError out-parameters and strings to free. */
final class GLib {
    private GLib() {}

    /** A {@code GError **} slot, initialised to NULL. */
    static MemorySegment errorSlot(Arena arena) {
        return arena.allocate(ValueLayout.ADDRESS);
    }

    /** The message of the GError in {@code slot} (freeing it), or {@code fallback} if none was set. */
    static String takeError(MemorySegment slot, String fallback) {
        MemorySegment error = slot.get(ValueLayout.ADDRESS, 0);
        if (error.equals(MemorySegment.NULL)) {
            return fallback;
        }
        MemorySegment e = error.reinterpret(GError.sizeof());
        String message = GError.message(e).reinterpret(Long.MAX_VALUE).getString(0);
        glib_h.g_error_free(error);
        return message;
    }

    /** Reads a {@code gchar *} the caller owns and frees it. */
    static String takeString(MemorySegment s) {
        if (s.equals(MemorySegment.NULL)) {
            return null;
        }
        String value = s.reinterpret(Long.MAX_VALUE).getString(0);
        glib_h.g_free(s);
        return value;
    }
}
