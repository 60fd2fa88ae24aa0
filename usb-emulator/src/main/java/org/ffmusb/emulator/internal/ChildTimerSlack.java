package org.ffmusb.emulator.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.libc_h;
import org.ffmusb.emulator.ffi.prctl_h;

/**
 * Starts testbed processes with a 1 ns timer slack. umockdev's preload library ends every emulated
 * ioctl with {@code usleep(0)} (to let other threads take its socket lock); a zero-length sleep still
 * lasts up to the thread's timer slack, 50 us by default, which is more than the ioctl itself costs.
 * A child inherits the slack of the thread that forks it, so the calling thread's slack is lowered
 * around {@link ProcessBuilder#start} and put back afterwards.
 */
public final class ChildTimerSlack {
    private ChildTimerSlack() {}

    public static Process start(ProcessBuilder pb) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = errno_h.allocateCaptureState(arena);
            int previous = libc_h.prctl(errno, prctl_h.PR_GET_TIMERSLACK, 0L);
            boolean lowered = previous > 1 && libc_h.prctl(errno, prctl_h.PR_SET_TIMERSLACK, 1L) == 0;
            try {
                return pb.start();
            } finally {
                if (lowered) {
                    libc_h.prctl(errno, prctl_h.PR_SET_TIMERSLACK, previous);
                }
            }
        }
    }
}
