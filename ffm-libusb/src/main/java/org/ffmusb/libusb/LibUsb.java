package org.ffmusb.libusb;

import java.lang.foreign.MemorySegment;
import org.ffmusb.libusb.ffi.libusb_h;
import org.ffmusb.libusb.ffi.libusb_version;

/**
 * Process-wide facts about the loaded libusb: version, capabilities, error names. Everything else starts
 * from a {@link UsbContext}. Every method may be called from any thread, including callbacks.
 */
public final class LibUsb {
    private LibUsb() {}

    /** {@code LIBUSB_API_VERSION} of the header the bindings were written against (1.0.26). */
    public static final int BINDING_API_VERSION = libusb_h.LIBUSB_API_VERSION();

    /**
     * The version of the loaded library.
     *
     * @throws IllegalStateException if libusb is not installed or native access is denied (the message
     *     says what to install or which flag to add)
     */
    public static LibUsbVersion version() {
        NativeLibrary.ensureLoaded();
        MemorySegment v = libusb_h.libusb_get_version().reinterpret(libusb_version.sizeof());
        return new LibUsbVersion(Short.toUnsignedInt(libusb_version.major(v)), Short.toUnsignedInt(libusb_version.minor(v)),
                Short.toUnsignedInt(libusb_version.micro(v)), Short.toUnsignedInt(libusb_version.nano(v)),
                NativeLibrary.string(libusb_version.rc(v)), NativeLibrary.string(libusb_version.describe(v)));
    }

    /** Whether the loaded libusb has {@code capability} on this platform. */
    public static boolean hasCapability(Capability capability) {
        NativeLibrary.ensureLoaded();
        return libusb_h.libusb_has_capability(capability.code()) != 0;
    }

    /** libusb's name of an error code, e.g. {@code "LIBUSB_ERROR_PIPE"} (also transfer status values). */
    public static String errorName(int code) {
        NativeLibrary.ensureLoaded();
        return NativeLibrary.string(libusb_h.libusb_error_name(code));
    }

    /** libusb's English description of an error code. */
    public static String strerror(int code) {
        NativeLibrary.ensureLoaded();
        return NativeLibrary.string(libusb_h.libusb_strerror(code));
    }

    /** Whether the loaded libusb has {@code libusb_init_context} (1.0.27+), used by {@link UsbContext#open}. */
    public static boolean hasInitContext() {
        NativeLibrary.ensureLoaded();
        return libusb_h.libusb_init_context$isAvailable();
    }
}
