package org.ffmusb.benchmarks.libusb;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Lowers the calling thread's timer slack to 1 ns, the slack {@code UsbEmulator.start} gives the C anchor:
 * umockdev's preload library ends every emulated ioctl with {@code usleep(0)}, which lasts up to the
 * thread's timer slack (50 µs by default). A thread inherits the slack of the thread that creates it, so
 * calling this before {@code UsbContext.open()} gives the event thread, which makes the ioctls, the same.
 */
public final class TimerSlack {
    private TimerSlack() {}

    private static final MethodHandle PRCTL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("prctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG), Linker.Option.firstVariadicArg(1));

    public static void lowerForThisThread() {
        try {
            int r = (int) PRCTL.invokeExact(29 /* PR_SET_TIMERSLACK */, 1L);
            if (r != 0) {
                throw new IllegalStateException("prctl(PR_SET_TIMERSLACK, 1) returned " + r);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
