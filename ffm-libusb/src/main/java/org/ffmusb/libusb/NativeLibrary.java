package org.ffmusb.libusb;

import java.lang.foreign.MemorySegment;
import org.ffmusb.libusb.ffi.libusb_h;

/**
 * Loads libusb once and turns the ways that can fail into errors that say what to do (Lucene's
 * {@code PosixNativeAccess} pattern): libusb missing names the Debian package, native access denied names
 * the {@code --enable-native-access} flag, and native access merely not granted is logged once with that flag.
 */
final class NativeLibrary {
    private NativeLibrary() {}

    private static final System.Logger LOG = System.getLogger("org.ffmusb.libusb");

    /** The flag that grants this module native access, as the JVM needs it on its command line. */
    static String nativeAccessFlag() {
        Module module = NativeLibrary.class.getModule();
        return "--enable-native-access=" + (module.isNamed() ? module.getName() : "ALL-UNNAMED");
    }

    private static final class Holder {
        static final RuntimeException FAILURE = load();
    }

    private static RuntimeException load() {
        if (!NativeLibrary.class.getModule().isNativeAccessEnabled()) {
            LOG.log(System.Logger.Level.WARNING, "native access is not enabled for " + NativeLibrary.class.getModule()
                    + ": add " + nativeAccessFlag() + " to the java command line (the JVM warns now and will refuse later)");
        }
        try {
            MemorySegment version = libusb_h.libusb_get_version();
            return version.equals(MemorySegment.NULL)
                    ? new IllegalStateException("libusb_get_version returned NULL: the libusb installation is broken")
                    : null;
        } catch (IllegalCallerException | ExceptionInInitializerError | IllegalArgumentException | UnsatisfiedLinkError e) {
            return explain(e);
        }
    }

    /** The error a person reads when loading libusb threw {@code e}: what to install or which flag to add. */
    static IllegalStateException explain(Throwable e) {
        Throwable cause = e instanceof ExceptionInInitializerError ei && ei.getCause() != null ? ei.getCause() : e;
        if (cause instanceof IllegalCallerException) {
            return new IllegalStateException("native access is denied to " + NativeLibrary.class.getModule()
                    + ": add " + nativeAccessFlag() + " to the java command line", cause);
        }
        return new IllegalStateException("libusb-1.0 is not installed (cannot load " + libusb_h.LIBRARY_NAME + ": "
                + cause.getMessage() + "): install it with  apt-get install libusb-1.0-0  (Debian, Ubuntu) or"
                + "  dnf install libusb1  (Fedora)", cause);
    }

    /** Throws the loading failure, if any, as an {@link IllegalStateException} that says what to do. */
    static void ensureLoaded() {
        RuntimeException failure = Holder.FAILURE;
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure.getCause());
        }
    }

    /** The C string at {@code address}, or {@code ""} for NULL. */
    static String string(MemorySegment address) {
        return address.equals(MemorySegment.NULL) ? "" : address.reinterpret(Integer.MAX_VALUE).getString(0);
    }
}
