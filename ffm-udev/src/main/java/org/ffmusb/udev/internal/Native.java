package org.ffmusb.udev.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.udev.UdevException;
import org.ffmusb.udev.ffi.errno_h;
import org.ffmusb.udev.ffi.libc_h;
import org.ffmusb.udev.ffi.libudev_h;

/**
 * The checks that come before the first native call, and the small conversions every caller needs: C
 * strings to Java, errno to a readable reason. A missing library or disabled native access becomes a
 * {@link UdevException} that says what to install or which flag to add (the Lucene PosixNativeAccess way),
 * instead of an {@code ExceptionInInitializerError} from a holder class.
 */
public final class Native {
    private Native() {}

    private static final System.Logger LOG = System.getLogger("org.ffmusb.udev");
    private static final String FLAG = "--enable-native-access=org.ffmusb.udev (ALL-UNNAMED on the class path)";
    private static volatile String unavailable;
    private static volatile boolean checked;

    /** Links libudev once; throws a {@link UdevException} with the remedy when that is impossible. */
    public static void requireLibudev() {
        if (!checked) {
            check();
        }
        if (unavailable != null) {
            throw new UdevException(unavailable, 0);
        }
    }

    private static synchronized void check() {
        if (checked) {
            return;
        }
        if (!Native.class.getModule().isNativeAccessEnabled()) {
            LOG.log(System.Logger.Level.WARNING, "native access is not enabled for org.ffmusb.udev: start java with "
                    + FLAG + "; this JDK warns, later ones will refuse");
        }
        try {
            libudev_h.udev_new$handle();
            libc_h.poll$handle();
        } catch (UnsatisfiedLinkError e) {
            unavailable = "libudev cannot be loaded: " + e.getMessage();
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            unavailable = cause instanceof IllegalCallerException
                    ? "native access is denied to org.ffmusb.udev: start java with " + FLAG
                    : "libudev cannot be loaded: " + cause.getMessage() + " (install the Debian package libudev1)";
        } catch (IllegalCallerException e) {
            unavailable = "native access is denied to org.ffmusb.udev: start java with " + FLAG;
        }
        checked = true;
    }

    /** The C string at {@code pointer}, or null for NULL. */
    public static String string(MemorySegment pointer) {
        return pointer.address() == 0 ? null : pointer.getString(0);
    }

    /** "No such file or directory (ENOENT)" for errno 2. */
    public static String reason(int errno) {
        String text = string(libc_h.strerror(errno));
        String name = name(errno);
        return (text == null ? "errno " + errno : text) + (name == null ? " (errno " + errno + ")" : " (" + name + ")");
    }

    private static String name(int errno) {
        return switch (errno) {
            case errno_h.EPERM -> "EPERM";
            case errno_h.ENOENT -> "ENOENT";
            case errno_h.EINTR -> "EINTR";
            case errno_h.EIO -> "EIO";
            case errno_h.EBADF -> "EBADF";
            case errno_h.EAGAIN -> "EAGAIN";
            case errno_h.ENOMEM -> "ENOMEM";
            case errno_h.EACCES -> "EACCES";
            case errno_h.ENODEV -> "ENODEV";
            case errno_h.EINVAL -> "EINVAL";
            case errno_h.ENFILE -> "ENFILE";
            case errno_h.EMFILE -> "EMFILE";
            case errno_h.ENOSYS -> "ENOSYS";
            case errno_h.EPROTONOSUPPORT -> "EPROTONOSUPPORT";
            case errno_h.ENOBUFS -> "ENOBUFS";
            default -> null;
        };
    }
}
