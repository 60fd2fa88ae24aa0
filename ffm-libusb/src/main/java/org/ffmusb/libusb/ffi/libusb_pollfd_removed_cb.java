// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.26; written by hand because jextract
// cannot be installed on our machines. Regenerate with ffm-libusb/jextract/regenerate.sh, then re-apply the
// patches listed in ffm-libusb/jextract/README.md.

package org.ffmusb.libusb.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static org.ffmusb.libusb.ffi.libusb_h$shared.*;

/**
 * {@snippet lang=c :
 * typedef void (*libusb_pollfd_removed_cb)(int fd, void *user_data)
 * }
 */
public class libusb_pollfd_removed_cb {

    libusb_pollfd_removed_cb() {
        // Should not be called directly
    }

    /**
     * The function pointer signature, expressed as a functional interface
     */
    public interface Function {
        void apply(int fd, MemorySegment user_data);
    }

    private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
        C_INT,
        C_POINTER
    );

    /**
     * The descriptor of this function pointer
     */
    public static FunctionDescriptor descriptor() {
        return $DESC;
    }

    private static final MethodHandle UP$MH = upcallHandle(libusb_pollfd_removed_cb.Function.class, "apply", $DESC);

    /**
     * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
     * The lifetime of the returned segment is managed by {@code arena}
     */
    public static MemorySegment allocate(libusb_pollfd_removed_cb.Function fi, Arena arena) {
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }

    private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

    /**
     * Invoke the upcall stub {@code funcPtr}, with given parameters
     */
    public static void invoke(MemorySegment funcPtr, int fd, MemorySegment user_data) {
        try {
            DOWN$MH.invokeExact(funcPtr, fd, user_data);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
