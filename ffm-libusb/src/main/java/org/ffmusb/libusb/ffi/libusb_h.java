// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.26; written by hand because jextract
// cannot be installed on our machines. Regenerate with ffm-libusb/jextract/regenerate.sh, then re-apply the
// patches listed in ffm-libusb/jextract/README.md.

package org.ffmusb.libusb.ffi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The functions of {@code <libusb-1.0/libusb.h>} 1.0.26 (one lazily linked holder each, so a symbol missing
 * from an older or newer libusb fails only when that function is called), plus {@code libusb_init_context}
 * (1.0.27+, detected at run time). Constants are in {@link libusb_h_1}, the C types in {@link libusb_h$shared}.
 */
public class libusb_h extends libusb_h_1 {

    libusb_h() {
        // Should not be called directly
    }

    private static class libusb_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_init");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_init(libusb_context **ctx)
     * }
     */
    public static FunctionDescriptor libusb_init$descriptor() {
        return libusb_init.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_init(libusb_context **ctx)
     * }
     */
    public static MethodHandle libusb_init$handle() {
        return libusb_init.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_init(libusb_context **ctx)
     * }
     */
    public static MemorySegment libusb_init$address() {
        return libusb_init.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_init(libusb_context **ctx)
     * }
     */
    public static int libusb_init(MemorySegment ctx) {
        var mh$ = libusb_init.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_init", ctx);
            }
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_exit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_exit");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_exit(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_exit$descriptor() {
        return libusb_exit.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_exit(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_exit$handle() {
        return libusb_exit.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_exit(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_exit$address() {
        return libusb_exit.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_exit(libusb_context *ctx)
     * }
     */
    public static void libusb_exit(MemorySegment ctx) {
        var mh$ = libusb_exit.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_exit", ctx);
            }
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_set_debug {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER, libusb_h.C_INT);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_debug");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_set_debug(libusb_context *ctx, int level)
     * }
     */
    public static FunctionDescriptor libusb_set_debug$descriptor() {
        return libusb_set_debug.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_set_debug(libusb_context *ctx, int level)
     * }
     */
    public static MethodHandle libusb_set_debug$handle() {
        return libusb_set_debug.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_set_debug(libusb_context *ctx, int level)
     * }
     */
    public static MemorySegment libusb_set_debug$address() {
        return libusb_set_debug.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_set_debug(libusb_context *ctx, int level)
     * }
     */
    public static void libusb_set_debug(MemorySegment ctx, int level) {
        var mh$ = libusb_set_debug.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_set_debug", ctx, level);
            }
            mh$.invokeExact(ctx, level);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_set_log_cb {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER, libusb_h.C_POINTER, libusb_h.C_INT);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_log_cb");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_set_log_cb(libusb_context *ctx, libusb_log_cb cb, int mode)
     * }
     */
    public static FunctionDescriptor libusb_set_log_cb$descriptor() {
        return libusb_set_log_cb.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_set_log_cb(libusb_context *ctx, libusb_log_cb cb, int mode)
     * }
     */
    public static MethodHandle libusb_set_log_cb$handle() {
        return libusb_set_log_cb.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_set_log_cb(libusb_context *ctx, libusb_log_cb cb, int mode)
     * }
     */
    public static MemorySegment libusb_set_log_cb$address() {
        return libusb_set_log_cb.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_set_log_cb(libusb_context *ctx, libusb_log_cb cb, int mode)
     * }
     */
    public static void libusb_set_log_cb(MemorySegment ctx, MemorySegment cb, int mode) {
        var mh$ = libusb_set_log_cb.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_set_log_cb", ctx, cb, mode);
            }
            mh$.invokeExact(ctx, cb, mode);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const struct libusb_version *libusb_get_version(void)
     * }
     */
    public static FunctionDescriptor libusb_get_version$descriptor() {
        return libusb_get_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const struct libusb_version *libusb_get_version(void)
     * }
     */
    public static MethodHandle libusb_get_version$handle() {
        return libusb_get_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const struct libusb_version *libusb_get_version(void)
     * }
     */
    public static MemorySegment libusb_get_version$address() {
        return libusb_get_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const struct libusb_version *libusb_get_version(void)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static MemorySegment libusb_get_version() {
        var mh$ = libusb_get_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_version");
            }
            return (MemorySegment) mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_has_capability {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_has_capability");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_has_capability(uint32_t capability)
     * }
     */
    public static FunctionDescriptor libusb_has_capability$descriptor() {
        return libusb_has_capability.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_has_capability(uint32_t capability)
     * }
     */
    public static MethodHandle libusb_has_capability$handle() {
        return libusb_has_capability.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_has_capability(uint32_t capability)
     * }
     */
    public static MemorySegment libusb_has_capability$address() {
        return libusb_has_capability.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_has_capability(uint32_t capability)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static int libusb_has_capability(int capability) {
        var mh$ = libusb_has_capability.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_has_capability", capability);
            }
            return (int) mh$.invokeExact(capability);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_error_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_error_name");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *libusb_error_name(int errcode)
     * }
     */
    public static FunctionDescriptor libusb_error_name$descriptor() {
        return libusb_error_name.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *libusb_error_name(int errcode)
     * }
     */
    public static MethodHandle libusb_error_name$handle() {
        return libusb_error_name.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *libusb_error_name(int errcode)
     * }
     */
    public static MemorySegment libusb_error_name$address() {
        return libusb_error_name.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const char *libusb_error_name(int errcode)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static MemorySegment libusb_error_name(int errcode) {
        var mh$ = libusb_error_name.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_error_name", errcode);
            }
            return (MemorySegment) mh$.invokeExact(errcode);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_setlocale {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_setlocale");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_setlocale(const char *locale)
     * }
     */
    public static FunctionDescriptor libusb_setlocale$descriptor() {
        return libusb_setlocale.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_setlocale(const char *locale)
     * }
     */
    public static MethodHandle libusb_setlocale$handle() {
        return libusb_setlocale.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_setlocale(const char *locale)
     * }
     */
    public static MemorySegment libusb_setlocale$address() {
        return libusb_setlocale.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_setlocale(const char *locale)
     * }
     */
    public static int libusb_setlocale(MemorySegment locale) {
        var mh$ = libusb_setlocale.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_setlocale", locale);
            }
            return (int) mh$.invokeExact(locale);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_strerror {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_strerror");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *libusb_strerror(int errcode)
     * }
     */
    public static FunctionDescriptor libusb_strerror$descriptor() {
        return libusb_strerror.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *libusb_strerror(int errcode)
     * }
     */
    public static MethodHandle libusb_strerror$handle() {
        return libusb_strerror.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *libusb_strerror(int errcode)
     * }
     */
    public static MemorySegment libusb_strerror$address() {
        return libusb_strerror.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const char *libusb_strerror(int errcode)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static MemorySegment libusb_strerror(int errcode) {
        var mh$ = libusb_strerror.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_strerror", errcode);
            }
            return (MemorySegment) mh$.invokeExact(errcode);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_device_list {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_LONG,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_device_list");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * ssize_t libusb_get_device_list(libusb_context *ctx, libusb_device ***list)
     * }
     */
    public static FunctionDescriptor libusb_get_device_list$descriptor() {
        return libusb_get_device_list.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * ssize_t libusb_get_device_list(libusb_context *ctx, libusb_device ***list)
     * }
     */
    public static MethodHandle libusb_get_device_list$handle() {
        return libusb_get_device_list.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * ssize_t libusb_get_device_list(libusb_context *ctx, libusb_device ***list)
     * }
     */
    public static MemorySegment libusb_get_device_list$address() {
        return libusb_get_device_list.ADDR;
    }

    /**
     * {@snippet lang=c :
     * ssize_t libusb_get_device_list(libusb_context *ctx, libusb_device ***list)
     * }
     */
    public static long libusb_get_device_list(MemorySegment ctx, MemorySegment list) {
        var mh$ = libusb_get_device_list.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_device_list", ctx, list);
            }
            return (long) mh$.invokeExact(ctx, list);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_device_list {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER, libusb_h.C_INT);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_device_list");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_device_list(libusb_device **list, int unref_devices)
     * }
     */
    public static FunctionDescriptor libusb_free_device_list$descriptor() {
        return libusb_free_device_list.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_device_list(libusb_device **list, int unref_devices)
     * }
     */
    public static MethodHandle libusb_free_device_list$handle() {
        return libusb_free_device_list.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_device_list(libusb_device **list, int unref_devices)
     * }
     */
    public static MemorySegment libusb_free_device_list$address() {
        return libusb_free_device_list.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_device_list(libusb_device **list, int unref_devices)
     * }
     */
    public static void libusb_free_device_list(MemorySegment list, int unref_devices) {
        var mh$ = libusb_free_device_list.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_device_list", list, unref_devices);
            }
            mh$.invokeExact(list, unref_devices);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_ref_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_ref_device");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * libusb_device *libusb_ref_device(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_ref_device$descriptor() {
        return libusb_ref_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * libusb_device *libusb_ref_device(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_ref_device$handle() {
        return libusb_ref_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * libusb_device *libusb_ref_device(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_ref_device$address() {
        return libusb_ref_device.ADDR;
    }

    /**
     * {@snippet lang=c :
     * libusb_device *libusb_ref_device(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_ref_device(MemorySegment dev) {
        var mh$ = libusb_ref_device.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_ref_device", dev);
            }
            return (MemorySegment) mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_unref_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_unref_device");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_unref_device(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_unref_device$descriptor() {
        return libusb_unref_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_unref_device(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_unref_device$handle() {
        return libusb_unref_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_unref_device(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_unref_device$address() {
        return libusb_unref_device.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_unref_device(libusb_device *dev)
     * }
     */
    public static void libusb_unref_device(MemorySegment dev) {
        var mh$ = libusb_unref_device.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_unref_device", dev);
            }
            mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_configuration {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_configuration");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_configuration(libusb_device_handle *dev, int *config)
     * }
     */
    public static FunctionDescriptor libusb_get_configuration$descriptor() {
        return libusb_get_configuration.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_configuration(libusb_device_handle *dev, int *config)
     * }
     */
    public static MethodHandle libusb_get_configuration$handle() {
        return libusb_get_configuration.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_configuration(libusb_device_handle *dev, int *config)
     * }
     */
    public static MemorySegment libusb_get_configuration$address() {
        return libusb_get_configuration.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_configuration(libusb_device_handle *dev, int *config)
     * }
     */
    public static int libusb_get_configuration(MemorySegment dev, MemorySegment config) {
        var mh$ = libusb_get_configuration.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_configuration", dev, config);
            }
            return (int) mh$.invokeExact(dev, config);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_device_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_device_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc)
     * }
     */
    public static FunctionDescriptor libusb_get_device_descriptor$descriptor() {
        return libusb_get_device_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc)
     * }
     */
    public static MethodHandle libusb_get_device_descriptor$handle() {
        return libusb_get_device_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc)
     * }
     */
    public static MemorySegment libusb_get_device_descriptor$address() {
        return libusb_get_device_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_device_descriptor(libusb_device *dev, struct libusb_device_descriptor *desc)
     * }
     */
    public static int libusb_get_device_descriptor(MemorySegment dev, MemorySegment desc) {
        var mh$ = libusb_get_device_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_device_descriptor", dev, desc);
            }
            return (int) mh$.invokeExact(dev, desc);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_active_config_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_active_config_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_active_config_descriptor(libusb_device *dev, struct libusb_config_descriptor **config)
     * }
     */
    public static FunctionDescriptor libusb_get_active_config_descriptor$descriptor() {
        return libusb_get_active_config_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_active_config_descriptor(libusb_device *dev, struct libusb_config_descriptor **config)
     * }
     */
    public static MethodHandle libusb_get_active_config_descriptor$handle() {
        return libusb_get_active_config_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_active_config_descriptor(libusb_device *dev, struct libusb_config_descriptor **config)
     * }
     */
    public static MemorySegment libusb_get_active_config_descriptor$address() {
        return libusb_get_active_config_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_active_config_descriptor(libusb_device *dev, struct libusb_config_descriptor **config)
     * }
     */
    public static int libusb_get_active_config_descriptor(MemorySegment dev, MemorySegment config) {
        var mh$ = libusb_get_active_config_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_active_config_descriptor", dev, config);
            }
            return (int) mh$.invokeExact(dev, config);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_config_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_config_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_config_descriptor(libusb_device *dev, uint8_t config_index, struct libusb_config_descriptor **config)
     * }
     */
    public static FunctionDescriptor libusb_get_config_descriptor$descriptor() {
        return libusb_get_config_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_config_descriptor(libusb_device *dev, uint8_t config_index, struct libusb_config_descriptor **config)
     * }
     */
    public static MethodHandle libusb_get_config_descriptor$handle() {
        return libusb_get_config_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_config_descriptor(libusb_device *dev, uint8_t config_index, struct libusb_config_descriptor **config)
     * }
     */
    public static MemorySegment libusb_get_config_descriptor$address() {
        return libusb_get_config_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_config_descriptor(libusb_device *dev, uint8_t config_index, struct libusb_config_descriptor **config)
     * }
     */
    public static int libusb_get_config_descriptor(MemorySegment dev, byte config_index, MemorySegment config) {
        var mh$ = libusb_get_config_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_config_descriptor", dev, config_index, config);
            }
            return (int) mh$.invokeExact(dev, config_index, config);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_config_descriptor_by_value {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_config_descriptor_by_value");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_config_descriptor_by_value(libusb_device *dev, uint8_t bConfigurationValue, struct libusb_config_descriptor **config)
     * }
     */
    public static FunctionDescriptor libusb_get_config_descriptor_by_value$descriptor() {
        return libusb_get_config_descriptor_by_value.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_config_descriptor_by_value(libusb_device *dev, uint8_t bConfigurationValue, struct libusb_config_descriptor **config)
     * }
     */
    public static MethodHandle libusb_get_config_descriptor_by_value$handle() {
        return libusb_get_config_descriptor_by_value.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_config_descriptor_by_value(libusb_device *dev, uint8_t bConfigurationValue, struct libusb_config_descriptor **config)
     * }
     */
    public static MemorySegment libusb_get_config_descriptor_by_value$address() {
        return libusb_get_config_descriptor_by_value.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_config_descriptor_by_value(libusb_device *dev, uint8_t bConfigurationValue, struct libusb_config_descriptor **config)
     * }
     */
    public static int libusb_get_config_descriptor_by_value(MemorySegment dev, byte bConfigurationValue, MemorySegment config) {
        var mh$ = libusb_get_config_descriptor_by_value.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_config_descriptor_by_value", dev, bConfigurationValue, config);
            }
            return (int) mh$.invokeExact(dev, bConfigurationValue, config);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_config_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_config_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_config_descriptor(struct libusb_config_descriptor *config)
     * }
     */
    public static FunctionDescriptor libusb_free_config_descriptor$descriptor() {
        return libusb_free_config_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_config_descriptor(struct libusb_config_descriptor *config)
     * }
     */
    public static MethodHandle libusb_free_config_descriptor$handle() {
        return libusb_free_config_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_config_descriptor(struct libusb_config_descriptor *config)
     * }
     */
    public static MemorySegment libusb_free_config_descriptor$address() {
        return libusb_free_config_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_config_descriptor(struct libusb_config_descriptor *config)
     * }
     */
    public static void libusb_free_config_descriptor(MemorySegment config) {
        var mh$ = libusb_free_config_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_config_descriptor", config);
            }
            mh$.invokeExact(config);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_ss_endpoint_companion_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_ss_endpoint_companion_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_ss_endpoint_companion_descriptor(libusb_context *ctx, const struct libusb_endpoint_descriptor *endpoint, struct libusb_ss_endpoint_companion_descriptor **ep_comp)
     * }
     */
    public static FunctionDescriptor libusb_get_ss_endpoint_companion_descriptor$descriptor() {
        return libusb_get_ss_endpoint_companion_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_ss_endpoint_companion_descriptor(libusb_context *ctx, const struct libusb_endpoint_descriptor *endpoint, struct libusb_ss_endpoint_companion_descriptor **ep_comp)
     * }
     */
    public static MethodHandle libusb_get_ss_endpoint_companion_descriptor$handle() {
        return libusb_get_ss_endpoint_companion_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_ss_endpoint_companion_descriptor(libusb_context *ctx, const struct libusb_endpoint_descriptor *endpoint, struct libusb_ss_endpoint_companion_descriptor **ep_comp)
     * }
     */
    public static MemorySegment libusb_get_ss_endpoint_companion_descriptor$address() {
        return libusb_get_ss_endpoint_companion_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_ss_endpoint_companion_descriptor(libusb_context *ctx, const struct libusb_endpoint_descriptor *endpoint, struct libusb_ss_endpoint_companion_descriptor **ep_comp)
     * }
     */
    public static int libusb_get_ss_endpoint_companion_descriptor(MemorySegment ctx, MemorySegment endpoint, MemorySegment ep_comp) {
        var mh$ = libusb_get_ss_endpoint_companion_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_ss_endpoint_companion_descriptor", ctx, endpoint, ep_comp);
            }
            return (int) mh$.invokeExact(ctx, endpoint, ep_comp);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_ss_endpoint_companion_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_ss_endpoint_companion_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_ss_endpoint_companion_descriptor(struct libusb_ss_endpoint_companion_descriptor *ep_comp)
     * }
     */
    public static FunctionDescriptor libusb_free_ss_endpoint_companion_descriptor$descriptor() {
        return libusb_free_ss_endpoint_companion_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_ss_endpoint_companion_descriptor(struct libusb_ss_endpoint_companion_descriptor *ep_comp)
     * }
     */
    public static MethodHandle libusb_free_ss_endpoint_companion_descriptor$handle() {
        return libusb_free_ss_endpoint_companion_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_ss_endpoint_companion_descriptor(struct libusb_ss_endpoint_companion_descriptor *ep_comp)
     * }
     */
    public static MemorySegment libusb_free_ss_endpoint_companion_descriptor$address() {
        return libusb_free_ss_endpoint_companion_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_ss_endpoint_companion_descriptor(struct libusb_ss_endpoint_companion_descriptor *ep_comp)
     * }
     */
    public static void libusb_free_ss_endpoint_companion_descriptor(MemorySegment ep_comp) {
        var mh$ = libusb_free_ss_endpoint_companion_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_ss_endpoint_companion_descriptor", ep_comp);
            }
            mh$.invokeExact(ep_comp);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_bos_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_bos_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_bos_descriptor(libusb_device_handle *dev_handle, struct libusb_bos_descriptor **bos)
     * }
     */
    public static FunctionDescriptor libusb_get_bos_descriptor$descriptor() {
        return libusb_get_bos_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_bos_descriptor(libusb_device_handle *dev_handle, struct libusb_bos_descriptor **bos)
     * }
     */
    public static MethodHandle libusb_get_bos_descriptor$handle() {
        return libusb_get_bos_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_bos_descriptor(libusb_device_handle *dev_handle, struct libusb_bos_descriptor **bos)
     * }
     */
    public static MemorySegment libusb_get_bos_descriptor$address() {
        return libusb_get_bos_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_bos_descriptor(libusb_device_handle *dev_handle, struct libusb_bos_descriptor **bos)
     * }
     */
    public static int libusb_get_bos_descriptor(MemorySegment dev_handle, MemorySegment bos) {
        var mh$ = libusb_get_bos_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_bos_descriptor", dev_handle, bos);
            }
            return (int) mh$.invokeExact(dev_handle, bos);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_bos_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_bos_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_bos_descriptor(struct libusb_bos_descriptor *bos)
     * }
     */
    public static FunctionDescriptor libusb_free_bos_descriptor$descriptor() {
        return libusb_free_bos_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_bos_descriptor(struct libusb_bos_descriptor *bos)
     * }
     */
    public static MethodHandle libusb_free_bos_descriptor$handle() {
        return libusb_free_bos_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_bos_descriptor(struct libusb_bos_descriptor *bos)
     * }
     */
    public static MemorySegment libusb_free_bos_descriptor$address() {
        return libusb_free_bos_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_bos_descriptor(struct libusb_bos_descriptor *bos)
     * }
     */
    public static void libusb_free_bos_descriptor(MemorySegment bos) {
        var mh$ = libusb_free_bos_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_bos_descriptor", bos);
            }
            mh$.invokeExact(bos);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_usb_2_0_extension_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_usb_2_0_extension_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_usb_2_0_extension_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_usb_2_0_extension_descriptor **usb_2_0_extension)
     * }
     */
    public static FunctionDescriptor libusb_get_usb_2_0_extension_descriptor$descriptor() {
        return libusb_get_usb_2_0_extension_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_usb_2_0_extension_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_usb_2_0_extension_descriptor **usb_2_0_extension)
     * }
     */
    public static MethodHandle libusb_get_usb_2_0_extension_descriptor$handle() {
        return libusb_get_usb_2_0_extension_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_usb_2_0_extension_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_usb_2_0_extension_descriptor **usb_2_0_extension)
     * }
     */
    public static MemorySegment libusb_get_usb_2_0_extension_descriptor$address() {
        return libusb_get_usb_2_0_extension_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_usb_2_0_extension_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_usb_2_0_extension_descriptor **usb_2_0_extension)
     * }
     */
    public static int libusb_get_usb_2_0_extension_descriptor(MemorySegment ctx, MemorySegment dev_cap, MemorySegment usb_2_0_extension) {
        var mh$ = libusb_get_usb_2_0_extension_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_usb_2_0_extension_descriptor", ctx, dev_cap, usb_2_0_extension);
            }
            return (int) mh$.invokeExact(ctx, dev_cap, usb_2_0_extension);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_usb_2_0_extension_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_usb_2_0_extension_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_usb_2_0_extension_descriptor(struct libusb_usb_2_0_extension_descriptor *usb_2_0_extension)
     * }
     */
    public static FunctionDescriptor libusb_free_usb_2_0_extension_descriptor$descriptor() {
        return libusb_free_usb_2_0_extension_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_usb_2_0_extension_descriptor(struct libusb_usb_2_0_extension_descriptor *usb_2_0_extension)
     * }
     */
    public static MethodHandle libusb_free_usb_2_0_extension_descriptor$handle() {
        return libusb_free_usb_2_0_extension_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_usb_2_0_extension_descriptor(struct libusb_usb_2_0_extension_descriptor *usb_2_0_extension)
     * }
     */
    public static MemorySegment libusb_free_usb_2_0_extension_descriptor$address() {
        return libusb_free_usb_2_0_extension_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_usb_2_0_extension_descriptor(struct libusb_usb_2_0_extension_descriptor *usb_2_0_extension)
     * }
     */
    public static void libusb_free_usb_2_0_extension_descriptor(MemorySegment usb_2_0_extension) {
        var mh$ = libusb_free_usb_2_0_extension_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_usb_2_0_extension_descriptor", usb_2_0_extension);
            }
            mh$.invokeExact(usb_2_0_extension);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_ss_usb_device_capability_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_ss_usb_device_capability_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_ss_usb_device_capability_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_ss_usb_device_capability_descriptor **ss_usb_device_cap)
     * }
     */
    public static FunctionDescriptor libusb_get_ss_usb_device_capability_descriptor$descriptor() {
        return libusb_get_ss_usb_device_capability_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_ss_usb_device_capability_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_ss_usb_device_capability_descriptor **ss_usb_device_cap)
     * }
     */
    public static MethodHandle libusb_get_ss_usb_device_capability_descriptor$handle() {
        return libusb_get_ss_usb_device_capability_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_ss_usb_device_capability_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_ss_usb_device_capability_descriptor **ss_usb_device_cap)
     * }
     */
    public static MemorySegment libusb_get_ss_usb_device_capability_descriptor$address() {
        return libusb_get_ss_usb_device_capability_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_ss_usb_device_capability_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_ss_usb_device_capability_descriptor **ss_usb_device_cap)
     * }
     */
    public static int libusb_get_ss_usb_device_capability_descriptor(MemorySegment ctx, MemorySegment dev_cap, MemorySegment ss_usb_device_cap) {
        var mh$ = libusb_get_ss_usb_device_capability_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_ss_usb_device_capability_descriptor", ctx, dev_cap, ss_usb_device_cap);
            }
            return (int) mh$.invokeExact(ctx, dev_cap, ss_usb_device_cap);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_ss_usb_device_capability_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_ss_usb_device_capability_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_ss_usb_device_capability_descriptor(struct libusb_ss_usb_device_capability_descriptor *ss_usb_device_cap)
     * }
     */
    public static FunctionDescriptor libusb_free_ss_usb_device_capability_descriptor$descriptor() {
        return libusb_free_ss_usb_device_capability_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_ss_usb_device_capability_descriptor(struct libusb_ss_usb_device_capability_descriptor *ss_usb_device_cap)
     * }
     */
    public static MethodHandle libusb_free_ss_usb_device_capability_descriptor$handle() {
        return libusb_free_ss_usb_device_capability_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_ss_usb_device_capability_descriptor(struct libusb_ss_usb_device_capability_descriptor *ss_usb_device_cap)
     * }
     */
    public static MemorySegment libusb_free_ss_usb_device_capability_descriptor$address() {
        return libusb_free_ss_usb_device_capability_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_ss_usb_device_capability_descriptor(struct libusb_ss_usb_device_capability_descriptor *ss_usb_device_cap)
     * }
     */
    public static void libusb_free_ss_usb_device_capability_descriptor(MemorySegment ss_usb_device_cap) {
        var mh$ = libusb_free_ss_usb_device_capability_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_ss_usb_device_capability_descriptor", ss_usb_device_cap);
            }
            mh$.invokeExact(ss_usb_device_cap);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_container_id_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_container_id_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_container_id_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_container_id_descriptor **container_id)
     * }
     */
    public static FunctionDescriptor libusb_get_container_id_descriptor$descriptor() {
        return libusb_get_container_id_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_container_id_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_container_id_descriptor **container_id)
     * }
     */
    public static MethodHandle libusb_get_container_id_descriptor$handle() {
        return libusb_get_container_id_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_container_id_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_container_id_descriptor **container_id)
     * }
     */
    public static MemorySegment libusb_get_container_id_descriptor$address() {
        return libusb_get_container_id_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_container_id_descriptor(libusb_context *ctx, struct libusb_bos_dev_capability_descriptor *dev_cap, struct libusb_container_id_descriptor **container_id)
     * }
     */
    public static int libusb_get_container_id_descriptor(MemorySegment ctx, MemorySegment dev_cap, MemorySegment container_id) {
        var mh$ = libusb_get_container_id_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_container_id_descriptor", ctx, dev_cap, container_id);
            }
            return (int) mh$.invokeExact(ctx, dev_cap, container_id);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_container_id_descriptor {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_container_id_descriptor");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_container_id_descriptor(struct libusb_container_id_descriptor *container_id)
     * }
     */
    public static FunctionDescriptor libusb_free_container_id_descriptor$descriptor() {
        return libusb_free_container_id_descriptor.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_container_id_descriptor(struct libusb_container_id_descriptor *container_id)
     * }
     */
    public static MethodHandle libusb_free_container_id_descriptor$handle() {
        return libusb_free_container_id_descriptor.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_container_id_descriptor(struct libusb_container_id_descriptor *container_id)
     * }
     */
    public static MemorySegment libusb_free_container_id_descriptor$address() {
        return libusb_free_container_id_descriptor.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_container_id_descriptor(struct libusb_container_id_descriptor *container_id)
     * }
     */
    public static void libusb_free_container_id_descriptor(MemorySegment container_id) {
        var mh$ = libusb_free_container_id_descriptor.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_container_id_descriptor", container_id);
            }
            mh$.invokeExact(container_id);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_bus_number {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_CHAR,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_bus_number");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uint8_t libusb_get_bus_number(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_get_bus_number$descriptor() {
        return libusb_get_bus_number.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * uint8_t libusb_get_bus_number(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_get_bus_number$handle() {
        return libusb_get_bus_number.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * uint8_t libusb_get_bus_number(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_get_bus_number$address() {
        return libusb_get_bus_number.ADDR;
    }

    /**
     * {@snippet lang=c :
     * uint8_t libusb_get_bus_number(libusb_device *dev)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static byte libusb_get_bus_number(MemorySegment dev) {
        var mh$ = libusb_get_bus_number.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_bus_number", dev);
            }
            return (byte) mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_port_number {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_CHAR,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_port_number");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uint8_t libusb_get_port_number(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_get_port_number$descriptor() {
        return libusb_get_port_number.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * uint8_t libusb_get_port_number(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_get_port_number$handle() {
        return libusb_get_port_number.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * uint8_t libusb_get_port_number(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_get_port_number$address() {
        return libusb_get_port_number.ADDR;
    }

    /**
     * {@snippet lang=c :
     * uint8_t libusb_get_port_number(libusb_device *dev)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static byte libusb_get_port_number(MemorySegment dev) {
        var mh$ = libusb_get_port_number.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_port_number", dev);
            }
            return (byte) mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_port_numbers {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_port_numbers");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_port_numbers(libusb_device *dev, uint8_t *port_numbers, int port_numbers_len)
     * }
     */
    public static FunctionDescriptor libusb_get_port_numbers$descriptor() {
        return libusb_get_port_numbers.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_port_numbers(libusb_device *dev, uint8_t *port_numbers, int port_numbers_len)
     * }
     */
    public static MethodHandle libusb_get_port_numbers$handle() {
        return libusb_get_port_numbers.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_port_numbers(libusb_device *dev, uint8_t *port_numbers, int port_numbers_len)
     * }
     */
    public static MemorySegment libusb_get_port_numbers$address() {
        return libusb_get_port_numbers.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_port_numbers(libusb_device *dev, uint8_t *port_numbers, int port_numbers_len)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static int libusb_get_port_numbers(MemorySegment dev, MemorySegment port_numbers, int port_numbers_len) {
        var mh$ = libusb_get_port_numbers.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_port_numbers", dev, port_numbers, port_numbers_len);
            }
            return (int) mh$.invokeExact(dev, port_numbers, port_numbers_len);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_port_path {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_port_path");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_port_path(libusb_context *ctx, libusb_device *dev, uint8_t *path, uint8_t path_length)
     * }
     */
    public static FunctionDescriptor libusb_get_port_path$descriptor() {
        return libusb_get_port_path.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_port_path(libusb_context *ctx, libusb_device *dev, uint8_t *path, uint8_t path_length)
     * }
     */
    public static MethodHandle libusb_get_port_path$handle() {
        return libusb_get_port_path.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_port_path(libusb_context *ctx, libusb_device *dev, uint8_t *path, uint8_t path_length)
     * }
     */
    public static MemorySegment libusb_get_port_path$address() {
        return libusb_get_port_path.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_port_path(libusb_context *ctx, libusb_device *dev, uint8_t *path, uint8_t path_length)
     * }
     */
    public static int libusb_get_port_path(MemorySegment ctx, MemorySegment dev, MemorySegment path, byte path_length) {
        var mh$ = libusb_get_port_path.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_port_path", ctx, dev, path, path_length);
            }
            return (int) mh$.invokeExact(ctx, dev, path, path_length);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_parent {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_parent");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * libusb_device *libusb_get_parent(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_get_parent$descriptor() {
        return libusb_get_parent.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * libusb_device *libusb_get_parent(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_get_parent$handle() {
        return libusb_get_parent.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * libusb_device *libusb_get_parent(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_get_parent$address() {
        return libusb_get_parent.ADDR;
    }

    /**
     * {@snippet lang=c :
     * libusb_device *libusb_get_parent(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_get_parent(MemorySegment dev) {
        var mh$ = libusb_get_parent.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_parent", dev);
            }
            return (MemorySegment) mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_device_address {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_CHAR,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_device_address");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uint8_t libusb_get_device_address(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_get_device_address$descriptor() {
        return libusb_get_device_address.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * uint8_t libusb_get_device_address(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_get_device_address$handle() {
        return libusb_get_device_address.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * uint8_t libusb_get_device_address(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_get_device_address$address() {
        return libusb_get_device_address.ADDR;
    }

    /**
     * {@snippet lang=c :
     * uint8_t libusb_get_device_address(libusb_device *dev)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static byte libusb_get_device_address(MemorySegment dev) {
        var mh$ = libusb_get_device_address.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_device_address", dev);
            }
            return (byte) mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_device_speed {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_device_speed");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_device_speed(libusb_device *dev)
     * }
     */
    public static FunctionDescriptor libusb_get_device_speed$descriptor() {
        return libusb_get_device_speed.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_device_speed(libusb_device *dev)
     * }
     */
    public static MethodHandle libusb_get_device_speed$handle() {
        return libusb_get_device_speed.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_device_speed(libusb_device *dev)
     * }
     */
    public static MemorySegment libusb_get_device_speed$address() {
        return libusb_get_device_speed.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_device_speed(libusb_device *dev)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static int libusb_get_device_speed(MemorySegment dev) {
        var mh$ = libusb_get_device_speed.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_device_speed", dev);
            }
            return (int) mh$.invokeExact(dev);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_max_packet_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_max_packet_size");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_max_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static FunctionDescriptor libusb_get_max_packet_size$descriptor() {
        return libusb_get_max_packet_size.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_max_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static MethodHandle libusb_get_max_packet_size$handle() {
        return libusb_get_max_packet_size.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_max_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static MemorySegment libusb_get_max_packet_size$address() {
        return libusb_get_max_packet_size.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_max_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static int libusb_get_max_packet_size(MemorySegment dev, byte endpoint) {
        var mh$ = libusb_get_max_packet_size.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_max_packet_size", dev, endpoint);
            }
            return (int) mh$.invokeExact(dev, endpoint);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_max_iso_packet_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_max_iso_packet_size");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_max_iso_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static FunctionDescriptor libusb_get_max_iso_packet_size$descriptor() {
        return libusb_get_max_iso_packet_size.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_max_iso_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static MethodHandle libusb_get_max_iso_packet_size$handle() {
        return libusb_get_max_iso_packet_size.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_max_iso_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static MemorySegment libusb_get_max_iso_packet_size$address() {
        return libusb_get_max_iso_packet_size.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_max_iso_packet_size(libusb_device *dev, unsigned char endpoint)
     * }
     */
    public static int libusb_get_max_iso_packet_size(MemorySegment dev, byte endpoint) {
        var mh$ = libusb_get_max_iso_packet_size.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_max_iso_packet_size", dev, endpoint);
            }
            return (int) mh$.invokeExact(dev, endpoint);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_wrap_sys_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_LONG,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_wrap_sys_device");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_wrap_sys_device(libusb_context *ctx, intptr_t sys_dev, libusb_device_handle **dev_handle)
     * }
     */
    public static FunctionDescriptor libusb_wrap_sys_device$descriptor() {
        return libusb_wrap_sys_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_wrap_sys_device(libusb_context *ctx, intptr_t sys_dev, libusb_device_handle **dev_handle)
     * }
     */
    public static MethodHandle libusb_wrap_sys_device$handle() {
        return libusb_wrap_sys_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_wrap_sys_device(libusb_context *ctx, intptr_t sys_dev, libusb_device_handle **dev_handle)
     * }
     */
    public static MemorySegment libusb_wrap_sys_device$address() {
        return libusb_wrap_sys_device.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_wrap_sys_device(libusb_context *ctx, intptr_t sys_dev, libusb_device_handle **dev_handle)
     * }
     */
    public static int libusb_wrap_sys_device(MemorySegment ctx, long sys_dev, MemorySegment dev_handle) {
        var mh$ = libusb_wrap_sys_device.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_wrap_sys_device", ctx, sys_dev, dev_handle);
            }
            return (int) mh$.invokeExact(ctx, sys_dev, dev_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_open");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_open(libusb_device *dev, libusb_device_handle **dev_handle)
     * }
     */
    public static FunctionDescriptor libusb_open$descriptor() {
        return libusb_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_open(libusb_device *dev, libusb_device_handle **dev_handle)
     * }
     */
    public static MethodHandle libusb_open$handle() {
        return libusb_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_open(libusb_device *dev, libusb_device_handle **dev_handle)
     * }
     */
    public static MemorySegment libusb_open$address() {
        return libusb_open.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_open(libusb_device *dev, libusb_device_handle **dev_handle)
     * }
     */
    public static int libusb_open(MemorySegment dev, MemorySegment dev_handle) {
        var mh$ = libusb_open.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_open", dev, dev_handle);
            }
            return (int) mh$.invokeExact(dev, dev_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_close(libusb_device_handle *dev_handle)
     * }
     */
    public static FunctionDescriptor libusb_close$descriptor() {
        return libusb_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_close(libusb_device_handle *dev_handle)
     * }
     */
    public static MethodHandle libusb_close$handle() {
        return libusb_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_close(libusb_device_handle *dev_handle)
     * }
     */
    public static MemorySegment libusb_close$address() {
        return libusb_close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_close(libusb_device_handle *dev_handle)
     * }
     */
    public static void libusb_close(MemorySegment dev_handle) {
        var mh$ = libusb_close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_close", dev_handle);
            }
            mh$.invokeExact(dev_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_device");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC, Linker.Option.critical(false));
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * libusb_device *libusb_get_device(libusb_device_handle *dev_handle)
     * }
     */
    public static FunctionDescriptor libusb_get_device$descriptor() {
        return libusb_get_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * libusb_device *libusb_get_device(libusb_device_handle *dev_handle)
     * }
     */
    public static MethodHandle libusb_get_device$handle() {
        return libusb_get_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * libusb_device *libusb_get_device(libusb_device_handle *dev_handle)
     * }
     */
    public static MemorySegment libusb_get_device$address() {
        return libusb_get_device.ADDR;
    }

    /**
     * {@snippet lang=c :
     * libusb_device *libusb_get_device(libusb_device_handle *dev_handle)
     * }
     * <p>Linked with {@code Linker.Option.critical(false)}: short, never blocks, never calls back
     * (ffm-libusb/jextract/README.md, patch 2).
     */
    public static MemorySegment libusb_get_device(MemorySegment dev_handle) {
        var mh$ = libusb_get_device.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_device", dev_handle);
            }
            return (MemorySegment) mh$.invokeExact(dev_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_set_configuration {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_configuration");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_set_configuration(libusb_device_handle *dev_handle, int configuration)
     * }
     */
    public static FunctionDescriptor libusb_set_configuration$descriptor() {
        return libusb_set_configuration.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_set_configuration(libusb_device_handle *dev_handle, int configuration)
     * }
     */
    public static MethodHandle libusb_set_configuration$handle() {
        return libusb_set_configuration.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_set_configuration(libusb_device_handle *dev_handle, int configuration)
     * }
     */
    public static MemorySegment libusb_set_configuration$address() {
        return libusb_set_configuration.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_set_configuration(libusb_device_handle *dev_handle, int configuration)
     * }
     */
    public static int libusb_set_configuration(MemorySegment dev_handle, int configuration) {
        var mh$ = libusb_set_configuration.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_set_configuration", dev_handle, configuration);
            }
            return (int) mh$.invokeExact(dev_handle, configuration);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_claim_interface {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_claim_interface");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_claim_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static FunctionDescriptor libusb_claim_interface$descriptor() {
        return libusb_claim_interface.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_claim_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MethodHandle libusb_claim_interface$handle() {
        return libusb_claim_interface.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_claim_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MemorySegment libusb_claim_interface$address() {
        return libusb_claim_interface.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_claim_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static int libusb_claim_interface(MemorySegment dev_handle, int interface_number) {
        var mh$ = libusb_claim_interface.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_claim_interface", dev_handle, interface_number);
            }
            return (int) mh$.invokeExact(dev_handle, interface_number);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_release_interface {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_release_interface");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_release_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static FunctionDescriptor libusb_release_interface$descriptor() {
        return libusb_release_interface.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_release_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MethodHandle libusb_release_interface$handle() {
        return libusb_release_interface.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_release_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MemorySegment libusb_release_interface$address() {
        return libusb_release_interface.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_release_interface(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static int libusb_release_interface(MemorySegment dev_handle, int interface_number) {
        var mh$ = libusb_release_interface.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_release_interface", dev_handle, interface_number);
            }
            return (int) mh$.invokeExact(dev_handle, interface_number);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_open_device_with_vid_pid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_SHORT,
            libusb_h.C_SHORT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_open_device_with_vid_pid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * libusb_device_handle *libusb_open_device_with_vid_pid(libusb_context *ctx, uint16_t vendor_id, uint16_t product_id)
     * }
     */
    public static FunctionDescriptor libusb_open_device_with_vid_pid$descriptor() {
        return libusb_open_device_with_vid_pid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * libusb_device_handle *libusb_open_device_with_vid_pid(libusb_context *ctx, uint16_t vendor_id, uint16_t product_id)
     * }
     */
    public static MethodHandle libusb_open_device_with_vid_pid$handle() {
        return libusb_open_device_with_vid_pid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * libusb_device_handle *libusb_open_device_with_vid_pid(libusb_context *ctx, uint16_t vendor_id, uint16_t product_id)
     * }
     */
    public static MemorySegment libusb_open_device_with_vid_pid$address() {
        return libusb_open_device_with_vid_pid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * libusb_device_handle *libusb_open_device_with_vid_pid(libusb_context *ctx, uint16_t vendor_id, uint16_t product_id)
     * }
     */
    public static MemorySegment libusb_open_device_with_vid_pid(MemorySegment ctx, short vendor_id, short product_id) {
        var mh$ = libusb_open_device_with_vid_pid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_open_device_with_vid_pid", ctx, vendor_id, product_id);
            }
            return (MemorySegment) mh$.invokeExact(ctx, vendor_id, product_id);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_set_interface_alt_setting {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_interface_alt_setting");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_set_interface_alt_setting(libusb_device_handle *dev_handle, int interface_number, int alternate_setting)
     * }
     */
    public static FunctionDescriptor libusb_set_interface_alt_setting$descriptor() {
        return libusb_set_interface_alt_setting.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_set_interface_alt_setting(libusb_device_handle *dev_handle, int interface_number, int alternate_setting)
     * }
     */
    public static MethodHandle libusb_set_interface_alt_setting$handle() {
        return libusb_set_interface_alt_setting.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_set_interface_alt_setting(libusb_device_handle *dev_handle, int interface_number, int alternate_setting)
     * }
     */
    public static MemorySegment libusb_set_interface_alt_setting$address() {
        return libusb_set_interface_alt_setting.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_set_interface_alt_setting(libusb_device_handle *dev_handle, int interface_number, int alternate_setting)
     * }
     */
    public static int libusb_set_interface_alt_setting(MemorySegment dev_handle, int interface_number, int alternate_setting) {
        var mh$ = libusb_set_interface_alt_setting.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_set_interface_alt_setting", dev_handle, interface_number, alternate_setting);
            }
            return (int) mh$.invokeExact(dev_handle, interface_number, alternate_setting);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_clear_halt {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_clear_halt");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_clear_halt(libusb_device_handle *dev_handle, unsigned char endpoint)
     * }
     */
    public static FunctionDescriptor libusb_clear_halt$descriptor() {
        return libusb_clear_halt.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_clear_halt(libusb_device_handle *dev_handle, unsigned char endpoint)
     * }
     */
    public static MethodHandle libusb_clear_halt$handle() {
        return libusb_clear_halt.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_clear_halt(libusb_device_handle *dev_handle, unsigned char endpoint)
     * }
     */
    public static MemorySegment libusb_clear_halt$address() {
        return libusb_clear_halt.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_clear_halt(libusb_device_handle *dev_handle, unsigned char endpoint)
     * }
     */
    public static int libusb_clear_halt(MemorySegment dev_handle, byte endpoint) {
        var mh$ = libusb_clear_halt.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_clear_halt", dev_handle, endpoint);
            }
            return (int) mh$.invokeExact(dev_handle, endpoint);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_reset_device {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_reset_device");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_reset_device(libusb_device_handle *dev_handle)
     * }
     */
    public static FunctionDescriptor libusb_reset_device$descriptor() {
        return libusb_reset_device.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_reset_device(libusb_device_handle *dev_handle)
     * }
     */
    public static MethodHandle libusb_reset_device$handle() {
        return libusb_reset_device.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_reset_device(libusb_device_handle *dev_handle)
     * }
     */
    public static MemorySegment libusb_reset_device$address() {
        return libusb_reset_device.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_reset_device(libusb_device_handle *dev_handle)
     * }
     */
    public static int libusb_reset_device(MemorySegment dev_handle) {
        var mh$ = libusb_reset_device.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_reset_device", dev_handle);
            }
            return (int) mh$.invokeExact(dev_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_alloc_streams {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_alloc_streams");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_alloc_streams(libusb_device_handle *dev_handle, uint32_t num_streams, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static FunctionDescriptor libusb_alloc_streams$descriptor() {
        return libusb_alloc_streams.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_alloc_streams(libusb_device_handle *dev_handle, uint32_t num_streams, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static MethodHandle libusb_alloc_streams$handle() {
        return libusb_alloc_streams.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_alloc_streams(libusb_device_handle *dev_handle, uint32_t num_streams, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static MemorySegment libusb_alloc_streams$address() {
        return libusb_alloc_streams.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_alloc_streams(libusb_device_handle *dev_handle, uint32_t num_streams, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static int libusb_alloc_streams(MemorySegment dev_handle, int num_streams, MemorySegment endpoints, int num_endpoints) {
        var mh$ = libusb_alloc_streams.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_alloc_streams", dev_handle, num_streams, endpoints, num_endpoints);
            }
            return (int) mh$.invokeExact(dev_handle, num_streams, endpoints, num_endpoints);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_streams {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_streams");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_free_streams(libusb_device_handle *dev_handle, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static FunctionDescriptor libusb_free_streams$descriptor() {
        return libusb_free_streams.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_free_streams(libusb_device_handle *dev_handle, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static MethodHandle libusb_free_streams$handle() {
        return libusb_free_streams.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_free_streams(libusb_device_handle *dev_handle, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static MemorySegment libusb_free_streams$address() {
        return libusb_free_streams.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_free_streams(libusb_device_handle *dev_handle, unsigned char *endpoints, int num_endpoints)
     * }
     */
    public static int libusb_free_streams(MemorySegment dev_handle, MemorySegment endpoints, int num_endpoints) {
        var mh$ = libusb_free_streams.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_streams", dev_handle, endpoints, num_endpoints);
            }
            return (int) mh$.invokeExact(dev_handle, endpoints, num_endpoints);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_dev_mem_alloc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_LONG
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_dev_mem_alloc");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * unsigned char *libusb_dev_mem_alloc(libusb_device_handle *dev_handle, size_t length)
     * }
     */
    public static FunctionDescriptor libusb_dev_mem_alloc$descriptor() {
        return libusb_dev_mem_alloc.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * unsigned char *libusb_dev_mem_alloc(libusb_device_handle *dev_handle, size_t length)
     * }
     */
    public static MethodHandle libusb_dev_mem_alloc$handle() {
        return libusb_dev_mem_alloc.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * unsigned char *libusb_dev_mem_alloc(libusb_device_handle *dev_handle, size_t length)
     * }
     */
    public static MemorySegment libusb_dev_mem_alloc$address() {
        return libusb_dev_mem_alloc.ADDR;
    }

    /**
     * {@snippet lang=c :
     * unsigned char *libusb_dev_mem_alloc(libusb_device_handle *dev_handle, size_t length)
     * }
     */
    public static MemorySegment libusb_dev_mem_alloc(MemorySegment dev_handle, long length) {
        var mh$ = libusb_dev_mem_alloc.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_dev_mem_alloc", dev_handle, length);
            }
            return (MemorySegment) mh$.invokeExact(dev_handle, length);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_dev_mem_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_LONG
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_dev_mem_free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_dev_mem_free(libusb_device_handle *dev_handle, unsigned char *buffer, size_t length)
     * }
     */
    public static FunctionDescriptor libusb_dev_mem_free$descriptor() {
        return libusb_dev_mem_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_dev_mem_free(libusb_device_handle *dev_handle, unsigned char *buffer, size_t length)
     * }
     */
    public static MethodHandle libusb_dev_mem_free$handle() {
        return libusb_dev_mem_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_dev_mem_free(libusb_device_handle *dev_handle, unsigned char *buffer, size_t length)
     * }
     */
    public static MemorySegment libusb_dev_mem_free$address() {
        return libusb_dev_mem_free.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_dev_mem_free(libusb_device_handle *dev_handle, unsigned char *buffer, size_t length)
     * }
     */
    public static int libusb_dev_mem_free(MemorySegment dev_handle, MemorySegment buffer, long length) {
        var mh$ = libusb_dev_mem_free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_dev_mem_free", dev_handle, buffer, length);
            }
            return (int) mh$.invokeExact(dev_handle, buffer, length);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_kernel_driver_active {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_kernel_driver_active");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_kernel_driver_active(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static FunctionDescriptor libusb_kernel_driver_active$descriptor() {
        return libusb_kernel_driver_active.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_kernel_driver_active(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MethodHandle libusb_kernel_driver_active$handle() {
        return libusb_kernel_driver_active.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_kernel_driver_active(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MemorySegment libusb_kernel_driver_active$address() {
        return libusb_kernel_driver_active.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_kernel_driver_active(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static int libusb_kernel_driver_active(MemorySegment dev_handle, int interface_number) {
        var mh$ = libusb_kernel_driver_active.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_kernel_driver_active", dev_handle, interface_number);
            }
            return (int) mh$.invokeExact(dev_handle, interface_number);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_detach_kernel_driver {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_detach_kernel_driver");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_detach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static FunctionDescriptor libusb_detach_kernel_driver$descriptor() {
        return libusb_detach_kernel_driver.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_detach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MethodHandle libusb_detach_kernel_driver$handle() {
        return libusb_detach_kernel_driver.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_detach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MemorySegment libusb_detach_kernel_driver$address() {
        return libusb_detach_kernel_driver.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_detach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static int libusb_detach_kernel_driver(MemorySegment dev_handle, int interface_number) {
        var mh$ = libusb_detach_kernel_driver.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_detach_kernel_driver", dev_handle, interface_number);
            }
            return (int) mh$.invokeExact(dev_handle, interface_number);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_attach_kernel_driver {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_attach_kernel_driver");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_attach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static FunctionDescriptor libusb_attach_kernel_driver$descriptor() {
        return libusb_attach_kernel_driver.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_attach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MethodHandle libusb_attach_kernel_driver$handle() {
        return libusb_attach_kernel_driver.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_attach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static MemorySegment libusb_attach_kernel_driver$address() {
        return libusb_attach_kernel_driver.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_attach_kernel_driver(libusb_device_handle *dev_handle, int interface_number)
     * }
     */
    public static int libusb_attach_kernel_driver(MemorySegment dev_handle, int interface_number) {
        var mh$ = libusb_attach_kernel_driver.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_attach_kernel_driver", dev_handle, interface_number);
            }
            return (int) mh$.invokeExact(dev_handle, interface_number);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_set_auto_detach_kernel_driver {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_auto_detach_kernel_driver");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_set_auto_detach_kernel_driver(libusb_device_handle *dev_handle, int enable)
     * }
     */
    public static FunctionDescriptor libusb_set_auto_detach_kernel_driver$descriptor() {
        return libusb_set_auto_detach_kernel_driver.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_set_auto_detach_kernel_driver(libusb_device_handle *dev_handle, int enable)
     * }
     */
    public static MethodHandle libusb_set_auto_detach_kernel_driver$handle() {
        return libusb_set_auto_detach_kernel_driver.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_set_auto_detach_kernel_driver(libusb_device_handle *dev_handle, int enable)
     * }
     */
    public static MemorySegment libusb_set_auto_detach_kernel_driver$address() {
        return libusb_set_auto_detach_kernel_driver.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_set_auto_detach_kernel_driver(libusb_device_handle *dev_handle, int enable)
     * }
     */
    public static int libusb_set_auto_detach_kernel_driver(MemorySegment dev_handle, int enable) {
        var mh$ = libusb_set_auto_detach_kernel_driver.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_set_auto_detach_kernel_driver", dev_handle, enable);
            }
            return (int) mh$.invokeExact(dev_handle, enable);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_alloc_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_alloc_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * struct libusb_transfer *libusb_alloc_transfer(int iso_packets)
     * }
     */
    public static FunctionDescriptor libusb_alloc_transfer$descriptor() {
        return libusb_alloc_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * struct libusb_transfer *libusb_alloc_transfer(int iso_packets)
     * }
     */
    public static MethodHandle libusb_alloc_transfer$handle() {
        return libusb_alloc_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * struct libusb_transfer *libusb_alloc_transfer(int iso_packets)
     * }
     */
    public static MemorySegment libusb_alloc_transfer$address() {
        return libusb_alloc_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * struct libusb_transfer *libusb_alloc_transfer(int iso_packets)
     * }
     */
    public static MemorySegment libusb_alloc_transfer(int iso_packets) {
        var mh$ = libusb_alloc_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_alloc_transfer", iso_packets);
            }
            return (MemorySegment) mh$.invokeExact(iso_packets);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_submit_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_submit_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_submit_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static FunctionDescriptor libusb_submit_transfer$descriptor() {
        return libusb_submit_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_submit_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static MethodHandle libusb_submit_transfer$handle() {
        return libusb_submit_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_submit_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static MemorySegment libusb_submit_transfer$address() {
        return libusb_submit_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_submit_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static int libusb_submit_transfer(MemorySegment transfer) {
        var mh$ = libusb_submit_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_submit_transfer", transfer);
            }
            return (int) mh$.invokeExact(transfer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_cancel_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_cancel_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_cancel_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static FunctionDescriptor libusb_cancel_transfer$descriptor() {
        return libusb_cancel_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_cancel_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static MethodHandle libusb_cancel_transfer$handle() {
        return libusb_cancel_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_cancel_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static MemorySegment libusb_cancel_transfer$address() {
        return libusb_cancel_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_cancel_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static int libusb_cancel_transfer(MemorySegment transfer) {
        var mh$ = libusb_cancel_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_cancel_transfer", transfer);
            }
            return (int) mh$.invokeExact(transfer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static FunctionDescriptor libusb_free_transfer$descriptor() {
        return libusb_free_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static MethodHandle libusb_free_transfer$handle() {
        return libusb_free_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static MemorySegment libusb_free_transfer$address() {
        return libusb_free_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_transfer(struct libusb_transfer *transfer)
     * }
     */
    public static void libusb_free_transfer(MemorySegment transfer) {
        var mh$ = libusb_free_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_transfer", transfer);
            }
            mh$.invokeExact(transfer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_transfer_set_stream_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER, libusb_h.C_INT);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_transfer_set_stream_id");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_transfer_set_stream_id(struct libusb_transfer *transfer, uint32_t stream_id)
     * }
     */
    public static FunctionDescriptor libusb_transfer_set_stream_id$descriptor() {
        return libusb_transfer_set_stream_id.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_transfer_set_stream_id(struct libusb_transfer *transfer, uint32_t stream_id)
     * }
     */
    public static MethodHandle libusb_transfer_set_stream_id$handle() {
        return libusb_transfer_set_stream_id.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_transfer_set_stream_id(struct libusb_transfer *transfer, uint32_t stream_id)
     * }
     */
    public static MemorySegment libusb_transfer_set_stream_id$address() {
        return libusb_transfer_set_stream_id.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_transfer_set_stream_id(struct libusb_transfer *transfer, uint32_t stream_id)
     * }
     */
    public static void libusb_transfer_set_stream_id(MemorySegment transfer, int stream_id) {
        var mh$ = libusb_transfer_set_stream_id.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_transfer_set_stream_id", transfer, stream_id);
            }
            mh$.invokeExact(transfer, stream_id);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_transfer_get_stream_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_transfer_get_stream_id");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * uint32_t libusb_transfer_get_stream_id(struct libusb_transfer *transfer)
     * }
     */
    public static FunctionDescriptor libusb_transfer_get_stream_id$descriptor() {
        return libusb_transfer_get_stream_id.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * uint32_t libusb_transfer_get_stream_id(struct libusb_transfer *transfer)
     * }
     */
    public static MethodHandle libusb_transfer_get_stream_id$handle() {
        return libusb_transfer_get_stream_id.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * uint32_t libusb_transfer_get_stream_id(struct libusb_transfer *transfer)
     * }
     */
    public static MemorySegment libusb_transfer_get_stream_id$address() {
        return libusb_transfer_get_stream_id.ADDR;
    }

    /**
     * {@snippet lang=c :
     * uint32_t libusb_transfer_get_stream_id(struct libusb_transfer *transfer)
     * }
     */
    public static int libusb_transfer_get_stream_id(MemorySegment transfer) {
        var mh$ = libusb_transfer_get_stream_id.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_transfer_get_stream_id", transfer);
            }
            return (int) mh$.invokeExact(transfer);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_control_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR,
            libusb_h.C_CHAR,
            libusb_h.C_SHORT,
            libusb_h.C_SHORT,
            libusb_h.C_POINTER,
            libusb_h.C_SHORT,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_control_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_control_transfer(libusb_device_handle *dev_handle, uint8_t request_type, uint8_t bRequest, uint16_t wValue, uint16_t wIndex, unsigned char *data, uint16_t wLength, unsigned int timeout)
     * }
     */
    public static FunctionDescriptor libusb_control_transfer$descriptor() {
        return libusb_control_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_control_transfer(libusb_device_handle *dev_handle, uint8_t request_type, uint8_t bRequest, uint16_t wValue, uint16_t wIndex, unsigned char *data, uint16_t wLength, unsigned int timeout)
     * }
     */
    public static MethodHandle libusb_control_transfer$handle() {
        return libusb_control_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_control_transfer(libusb_device_handle *dev_handle, uint8_t request_type, uint8_t bRequest, uint16_t wValue, uint16_t wIndex, unsigned char *data, uint16_t wLength, unsigned int timeout)
     * }
     */
    public static MemorySegment libusb_control_transfer$address() {
        return libusb_control_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_control_transfer(libusb_device_handle *dev_handle, uint8_t request_type, uint8_t bRequest, uint16_t wValue, uint16_t wIndex, unsigned char *data, uint16_t wLength, unsigned int timeout)
     * }
     */
    public static int libusb_control_transfer(MemorySegment dev_handle, byte request_type, byte bRequest, short wValue, short wIndex, MemorySegment data, short wLength, int timeout) {
        var mh$ = libusb_control_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_control_transfer", dev_handle, request_type, bRequest, wValue, wIndex, data, wLength, timeout);
            }
            return (int) mh$.invokeExact(dev_handle, request_type, bRequest, wValue, wIndex, data, wLength, timeout);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_bulk_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR,
            libusb_h.C_POINTER,
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_bulk_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_bulk_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static FunctionDescriptor libusb_bulk_transfer$descriptor() {
        return libusb_bulk_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_bulk_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static MethodHandle libusb_bulk_transfer$handle() {
        return libusb_bulk_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_bulk_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static MemorySegment libusb_bulk_transfer$address() {
        return libusb_bulk_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_bulk_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static int libusb_bulk_transfer(MemorySegment dev_handle, byte endpoint, MemorySegment data, int length, MemorySegment actual_length, int timeout) {
        var mh$ = libusb_bulk_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_bulk_transfer", dev_handle, endpoint, data, length, actual_length, timeout);
            }
            return (int) mh$.invokeExact(dev_handle, endpoint, data, length, actual_length, timeout);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_interrupt_transfer {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR,
            libusb_h.C_POINTER,
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_interrupt_transfer");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_interrupt_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static FunctionDescriptor libusb_interrupt_transfer$descriptor() {
        return libusb_interrupt_transfer.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_interrupt_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static MethodHandle libusb_interrupt_transfer$handle() {
        return libusb_interrupt_transfer.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_interrupt_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static MemorySegment libusb_interrupt_transfer$address() {
        return libusb_interrupt_transfer.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_interrupt_transfer(libusb_device_handle *dev_handle, unsigned char endpoint, unsigned char *data, int length, int *actual_length, unsigned int timeout)
     * }
     */
    public static int libusb_interrupt_transfer(MemorySegment dev_handle, byte endpoint, MemorySegment data, int length, MemorySegment actual_length, int timeout) {
        var mh$ = libusb_interrupt_transfer.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_interrupt_transfer", dev_handle, endpoint, data, length, actual_length, timeout);
            }
            return (int) mh$.invokeExact(dev_handle, endpoint, data, length, actual_length, timeout);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_string_descriptor_ascii {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_CHAR,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_string_descriptor_ascii");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_string_descriptor_ascii(libusb_device_handle *dev_handle, uint8_t desc_index, unsigned char *data, int length)
     * }
     */
    public static FunctionDescriptor libusb_get_string_descriptor_ascii$descriptor() {
        return libusb_get_string_descriptor_ascii.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_string_descriptor_ascii(libusb_device_handle *dev_handle, uint8_t desc_index, unsigned char *data, int length)
     * }
     */
    public static MethodHandle libusb_get_string_descriptor_ascii$handle() {
        return libusb_get_string_descriptor_ascii.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_string_descriptor_ascii(libusb_device_handle *dev_handle, uint8_t desc_index, unsigned char *data, int length)
     * }
     */
    public static MemorySegment libusb_get_string_descriptor_ascii$address() {
        return libusb_get_string_descriptor_ascii.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_string_descriptor_ascii(libusb_device_handle *dev_handle, uint8_t desc_index, unsigned char *data, int length)
     * }
     */
    public static int libusb_get_string_descriptor_ascii(MemorySegment dev_handle, byte desc_index, MemorySegment data, int length) {
        var mh$ = libusb_get_string_descriptor_ascii.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_string_descriptor_ascii", dev_handle, desc_index, data, length);
            }
            return (int) mh$.invokeExact(dev_handle, desc_index, data, length);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_try_lock_events {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_try_lock_events");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_try_lock_events(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_try_lock_events$descriptor() {
        return libusb_try_lock_events.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_try_lock_events(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_try_lock_events$handle() {
        return libusb_try_lock_events.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_try_lock_events(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_try_lock_events$address() {
        return libusb_try_lock_events.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_try_lock_events(libusb_context *ctx)
     * }
     */
    public static int libusb_try_lock_events(MemorySegment ctx) {
        var mh$ = libusb_try_lock_events.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_try_lock_events", ctx);
            }
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_lock_events {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_lock_events");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_lock_events(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_lock_events$descriptor() {
        return libusb_lock_events.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_lock_events(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_lock_events$handle() {
        return libusb_lock_events.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_lock_events(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_lock_events$address() {
        return libusb_lock_events.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_lock_events(libusb_context *ctx)
     * }
     */
    public static void libusb_lock_events(MemorySegment ctx) {
        var mh$ = libusb_lock_events.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_lock_events", ctx);
            }
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_unlock_events {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_unlock_events");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_unlock_events(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_unlock_events$descriptor() {
        return libusb_unlock_events.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_unlock_events(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_unlock_events$handle() {
        return libusb_unlock_events.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_unlock_events(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_unlock_events$address() {
        return libusb_unlock_events.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_unlock_events(libusb_context *ctx)
     * }
     */
    public static void libusb_unlock_events(MemorySegment ctx) {
        var mh$ = libusb_unlock_events.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_unlock_events", ctx);
            }
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_event_handling_ok {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_event_handling_ok");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_event_handling_ok(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_event_handling_ok$descriptor() {
        return libusb_event_handling_ok.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_event_handling_ok(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_event_handling_ok$handle() {
        return libusb_event_handling_ok.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_event_handling_ok(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_event_handling_ok$address() {
        return libusb_event_handling_ok.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_event_handling_ok(libusb_context *ctx)
     * }
     */
    public static int libusb_event_handling_ok(MemorySegment ctx) {
        var mh$ = libusb_event_handling_ok.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_event_handling_ok", ctx);
            }
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_event_handler_active {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_event_handler_active");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_event_handler_active(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_event_handler_active$descriptor() {
        return libusb_event_handler_active.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_event_handler_active(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_event_handler_active$handle() {
        return libusb_event_handler_active.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_event_handler_active(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_event_handler_active$address() {
        return libusb_event_handler_active.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_event_handler_active(libusb_context *ctx)
     * }
     */
    public static int libusb_event_handler_active(MemorySegment ctx) {
        var mh$ = libusb_event_handler_active.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_event_handler_active", ctx);
            }
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_interrupt_event_handler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_interrupt_event_handler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_interrupt_event_handler(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_interrupt_event_handler$descriptor() {
        return libusb_interrupt_event_handler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_interrupt_event_handler(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_interrupt_event_handler$handle() {
        return libusb_interrupt_event_handler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_interrupt_event_handler(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_interrupt_event_handler$address() {
        return libusb_interrupt_event_handler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_interrupt_event_handler(libusb_context *ctx)
     * }
     */
    public static void libusb_interrupt_event_handler(MemorySegment ctx) {
        var mh$ = libusb_interrupt_event_handler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_interrupt_event_handler", ctx);
            }
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_lock_event_waiters {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_lock_event_waiters");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_lock_event_waiters(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_lock_event_waiters$descriptor() {
        return libusb_lock_event_waiters.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_lock_event_waiters(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_lock_event_waiters$handle() {
        return libusb_lock_event_waiters.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_lock_event_waiters(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_lock_event_waiters$address() {
        return libusb_lock_event_waiters.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_lock_event_waiters(libusb_context *ctx)
     * }
     */
    public static void libusb_lock_event_waiters(MemorySegment ctx) {
        var mh$ = libusb_lock_event_waiters.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_lock_event_waiters", ctx);
            }
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_unlock_event_waiters {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_unlock_event_waiters");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_unlock_event_waiters(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_unlock_event_waiters$descriptor() {
        return libusb_unlock_event_waiters.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_unlock_event_waiters(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_unlock_event_waiters$handle() {
        return libusb_unlock_event_waiters.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_unlock_event_waiters(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_unlock_event_waiters$address() {
        return libusb_unlock_event_waiters.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_unlock_event_waiters(libusb_context *ctx)
     * }
     */
    public static void libusb_unlock_event_waiters(MemorySegment ctx) {
        var mh$ = libusb_unlock_event_waiters.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_unlock_event_waiters", ctx);
            }
            mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_wait_for_event {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_wait_for_event");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_wait_for_event(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static FunctionDescriptor libusb_wait_for_event$descriptor() {
        return libusb_wait_for_event.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_wait_for_event(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MethodHandle libusb_wait_for_event$handle() {
        return libusb_wait_for_event.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_wait_for_event(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MemorySegment libusb_wait_for_event$address() {
        return libusb_wait_for_event.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_wait_for_event(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static int libusb_wait_for_event(MemorySegment ctx, MemorySegment tv) {
        var mh$ = libusb_wait_for_event.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_wait_for_event", ctx, tv);
            }
            return (int) mh$.invokeExact(ctx, tv);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_handle_events_timeout {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_handle_events_timeout");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_handle_events_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static FunctionDescriptor libusb_handle_events_timeout$descriptor() {
        return libusb_handle_events_timeout.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_handle_events_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MethodHandle libusb_handle_events_timeout$handle() {
        return libusb_handle_events_timeout.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_handle_events_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MemorySegment libusb_handle_events_timeout$address() {
        return libusb_handle_events_timeout.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_handle_events_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static int libusb_handle_events_timeout(MemorySegment ctx, MemorySegment tv) {
        var mh$ = libusb_handle_events_timeout.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_handle_events_timeout", ctx, tv);
            }
            return (int) mh$.invokeExact(ctx, tv);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_handle_events_timeout_completed {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_handle_events_timeout_completed");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_handle_events_timeout_completed(libusb_context *ctx, struct timeval *tv, int *completed)
     * }
     */
    public static FunctionDescriptor libusb_handle_events_timeout_completed$descriptor() {
        return libusb_handle_events_timeout_completed.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_handle_events_timeout_completed(libusb_context *ctx, struct timeval *tv, int *completed)
     * }
     */
    public static MethodHandle libusb_handle_events_timeout_completed$handle() {
        return libusb_handle_events_timeout_completed.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_handle_events_timeout_completed(libusb_context *ctx, struct timeval *tv, int *completed)
     * }
     */
    public static MemorySegment libusb_handle_events_timeout_completed$address() {
        return libusb_handle_events_timeout_completed.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_handle_events_timeout_completed(libusb_context *ctx, struct timeval *tv, int *completed)
     * }
     */
    public static int libusb_handle_events_timeout_completed(MemorySegment ctx, MemorySegment tv, MemorySegment completed) {
        var mh$ = libusb_handle_events_timeout_completed.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_handle_events_timeout_completed", ctx, tv, completed);
            }
            return (int) mh$.invokeExact(ctx, tv, completed);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_handle_events {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_handle_events");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_handle_events(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_handle_events$descriptor() {
        return libusb_handle_events.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_handle_events(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_handle_events$handle() {
        return libusb_handle_events.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_handle_events(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_handle_events$address() {
        return libusb_handle_events.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_handle_events(libusb_context *ctx)
     * }
     */
    public static int libusb_handle_events(MemorySegment ctx) {
        var mh$ = libusb_handle_events.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_handle_events", ctx);
            }
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_handle_events_completed {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_handle_events_completed");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_handle_events_completed(libusb_context *ctx, int *completed)
     * }
     */
    public static FunctionDescriptor libusb_handle_events_completed$descriptor() {
        return libusb_handle_events_completed.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_handle_events_completed(libusb_context *ctx, int *completed)
     * }
     */
    public static MethodHandle libusb_handle_events_completed$handle() {
        return libusb_handle_events_completed.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_handle_events_completed(libusb_context *ctx, int *completed)
     * }
     */
    public static MemorySegment libusb_handle_events_completed$address() {
        return libusb_handle_events_completed.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_handle_events_completed(libusb_context *ctx, int *completed)
     * }
     */
    public static int libusb_handle_events_completed(MemorySegment ctx, MemorySegment completed) {
        var mh$ = libusb_handle_events_completed.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_handle_events_completed", ctx, completed);
            }
            return (int) mh$.invokeExact(ctx, completed);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_handle_events_locked {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_handle_events_locked");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_handle_events_locked(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static FunctionDescriptor libusb_handle_events_locked$descriptor() {
        return libusb_handle_events_locked.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_handle_events_locked(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MethodHandle libusb_handle_events_locked$handle() {
        return libusb_handle_events_locked.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_handle_events_locked(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MemorySegment libusb_handle_events_locked$address() {
        return libusb_handle_events_locked.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_handle_events_locked(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static int libusb_handle_events_locked(MemorySegment ctx, MemorySegment tv) {
        var mh$ = libusb_handle_events_locked.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_handle_events_locked", ctx, tv);
            }
            return (int) mh$.invokeExact(ctx, tv);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_pollfds_handle_timeouts {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_pollfds_handle_timeouts");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_pollfds_handle_timeouts(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_pollfds_handle_timeouts$descriptor() {
        return libusb_pollfds_handle_timeouts.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_pollfds_handle_timeouts(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_pollfds_handle_timeouts$handle() {
        return libusb_pollfds_handle_timeouts.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_pollfds_handle_timeouts(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_pollfds_handle_timeouts$address() {
        return libusb_pollfds_handle_timeouts.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_pollfds_handle_timeouts(libusb_context *ctx)
     * }
     */
    public static int libusb_pollfds_handle_timeouts(MemorySegment ctx) {
        var mh$ = libusb_pollfds_handle_timeouts.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_pollfds_handle_timeouts", ctx);
            }
            return (int) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_next_timeout {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_next_timeout");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_get_next_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static FunctionDescriptor libusb_get_next_timeout$descriptor() {
        return libusb_get_next_timeout.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_get_next_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MethodHandle libusb_get_next_timeout$handle() {
        return libusb_get_next_timeout.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_get_next_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static MemorySegment libusb_get_next_timeout$address() {
        return libusb_get_next_timeout.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_get_next_timeout(libusb_context *ctx, struct timeval *tv)
     * }
     */
    public static int libusb_get_next_timeout(MemorySegment ctx, MemorySegment tv) {
        var mh$ = libusb_get_next_timeout.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_next_timeout", ctx, tv);
            }
            return (int) mh$.invokeExact(ctx, tv);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_get_pollfds {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_get_pollfds");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const struct libusb_pollfd **libusb_get_pollfds(libusb_context *ctx)
     * }
     */
    public static FunctionDescriptor libusb_get_pollfds$descriptor() {
        return libusb_get_pollfds.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const struct libusb_pollfd **libusb_get_pollfds(libusb_context *ctx)
     * }
     */
    public static MethodHandle libusb_get_pollfds$handle() {
        return libusb_get_pollfds.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const struct libusb_pollfd **libusb_get_pollfds(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_get_pollfds$address() {
        return libusb_get_pollfds.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const struct libusb_pollfd **libusb_get_pollfds(libusb_context *ctx)
     * }
     */
    public static MemorySegment libusb_get_pollfds(MemorySegment ctx) {
        var mh$ = libusb_get_pollfds.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_get_pollfds", ctx);
            }
            return (MemorySegment) mh$.invokeExact(ctx);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_free_pollfds {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_free_pollfds");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_free_pollfds(const struct libusb_pollfd **pollfds)
     * }
     */
    public static FunctionDescriptor libusb_free_pollfds$descriptor() {
        return libusb_free_pollfds.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_free_pollfds(const struct libusb_pollfd **pollfds)
     * }
     */
    public static MethodHandle libusb_free_pollfds$handle() {
        return libusb_free_pollfds.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_free_pollfds(const struct libusb_pollfd **pollfds)
     * }
     */
    public static MemorySegment libusb_free_pollfds$address() {
        return libusb_free_pollfds.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_free_pollfds(const struct libusb_pollfd **pollfds)
     * }
     */
    public static void libusb_free_pollfds(MemorySegment pollfds) {
        var mh$ = libusb_free_pollfds.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_free_pollfds", pollfds);
            }
            mh$.invokeExact(pollfds);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_set_pollfd_notifiers {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER, libusb_h.C_POINTER, libusb_h.C_POINTER, libusb_h.C_POINTER);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_pollfd_notifiers");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_set_pollfd_notifiers(libusb_context *ctx, libusb_pollfd_added_cb added_cb, libusb_pollfd_removed_cb removed_cb, void *user_data)
     * }
     */
    public static FunctionDescriptor libusb_set_pollfd_notifiers$descriptor() {
        return libusb_set_pollfd_notifiers.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_set_pollfd_notifiers(libusb_context *ctx, libusb_pollfd_added_cb added_cb, libusb_pollfd_removed_cb removed_cb, void *user_data)
     * }
     */
    public static MethodHandle libusb_set_pollfd_notifiers$handle() {
        return libusb_set_pollfd_notifiers.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_set_pollfd_notifiers(libusb_context *ctx, libusb_pollfd_added_cb added_cb, libusb_pollfd_removed_cb removed_cb, void *user_data)
     * }
     */
    public static MemorySegment libusb_set_pollfd_notifiers$address() {
        return libusb_set_pollfd_notifiers.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_set_pollfd_notifiers(libusb_context *ctx, libusb_pollfd_added_cb added_cb, libusb_pollfd_removed_cb removed_cb, void *user_data)
     * }
     */
    public static void libusb_set_pollfd_notifiers(MemorySegment ctx, MemorySegment added_cb, MemorySegment removed_cb, MemorySegment user_data) {
        var mh$ = libusb_set_pollfd_notifiers.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_set_pollfd_notifiers", ctx, added_cb, removed_cb, user_data);
            }
            mh$.invokeExact(ctx, added_cb, removed_cb, user_data);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_hotplug_register_callback {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_INT,
            libusb_h.C_INT,
            libusb_h.C_INT,
            libusb_h.C_INT,
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_hotplug_register_callback");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_hotplug_register_callback(libusb_context *ctx, int events, int flags, int vendor_id, int product_id, int dev_class, libusb_hotplug_callback_fn cb_fn, void *user_data, libusb_hotplug_callback_handle *callback_handle)
     * }
     */
    public static FunctionDescriptor libusb_hotplug_register_callback$descriptor() {
        return libusb_hotplug_register_callback.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_hotplug_register_callback(libusb_context *ctx, int events, int flags, int vendor_id, int product_id, int dev_class, libusb_hotplug_callback_fn cb_fn, void *user_data, libusb_hotplug_callback_handle *callback_handle)
     * }
     */
    public static MethodHandle libusb_hotplug_register_callback$handle() {
        return libusb_hotplug_register_callback.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_hotplug_register_callback(libusb_context *ctx, int events, int flags, int vendor_id, int product_id, int dev_class, libusb_hotplug_callback_fn cb_fn, void *user_data, libusb_hotplug_callback_handle *callback_handle)
     * }
     */
    public static MemorySegment libusb_hotplug_register_callback$address() {
        return libusb_hotplug_register_callback.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int libusb_hotplug_register_callback(libusb_context *ctx, int events, int flags, int vendor_id, int product_id, int dev_class, libusb_hotplug_callback_fn cb_fn, void *user_data, libusb_hotplug_callback_handle *callback_handle)
     * }
     */
    public static int libusb_hotplug_register_callback(MemorySegment ctx, int events, int flags, int vendor_id, int product_id, int dev_class, MemorySegment cb_fn, MemorySegment user_data, MemorySegment callback_handle) {
        var mh$ = libusb_hotplug_register_callback.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_hotplug_register_callback", ctx, events, flags, vendor_id, product_id, dev_class, cb_fn, user_data, callback_handle);
            }
            return (int) mh$.invokeExact(ctx, events, flags, vendor_id, product_id, dev_class, cb_fn, user_data, callback_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_hotplug_deregister_callback {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(libusb_h.C_POINTER, libusb_h.C_INT);

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_hotplug_deregister_callback");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void libusb_hotplug_deregister_callback(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static FunctionDescriptor libusb_hotplug_deregister_callback$descriptor() {
        return libusb_hotplug_deregister_callback.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void libusb_hotplug_deregister_callback(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static MethodHandle libusb_hotplug_deregister_callback$handle() {
        return libusb_hotplug_deregister_callback.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void libusb_hotplug_deregister_callback(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static MemorySegment libusb_hotplug_deregister_callback$address() {
        return libusb_hotplug_deregister_callback.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void libusb_hotplug_deregister_callback(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static void libusb_hotplug_deregister_callback(MemorySegment ctx, int callback_handle) {
        var mh$ = libusb_hotplug_deregister_callback.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_hotplug_deregister_callback", ctx, callback_handle);
            }
            mh$.invokeExact(ctx, callback_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_hotplug_get_user_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_hotplug_get_user_data");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *libusb_hotplug_get_user_data(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static FunctionDescriptor libusb_hotplug_get_user_data$descriptor() {
        return libusb_hotplug_get_user_data.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *libusb_hotplug_get_user_data(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static MethodHandle libusb_hotplug_get_user_data$handle() {
        return libusb_hotplug_get_user_data.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *libusb_hotplug_get_user_data(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static MemorySegment libusb_hotplug_get_user_data$address() {
        return libusb_hotplug_get_user_data.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *libusb_hotplug_get_user_data(libusb_context *ctx, libusb_hotplug_callback_handle callback_handle)
     * }
     */
    public static MemorySegment libusb_hotplug_get_user_data(MemorySegment ctx, int callback_handle) {
        var mh$ = libusb_hotplug_get_user_data.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_hotplug_get_user_data", ctx, callback_handle);
            }
            return (MemorySegment) mh$.invokeExact(ctx, callback_handle);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class libusb_init_context {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libusb_h.C_INT,
            libusb_h.C_POINTER,
            libusb_h.C_POINTER,
            libusb_h.C_INT
        );

        public static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_init_context");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int libusb_init_context(libusb_context **ctx, const struct libusb_init_option options[], int num_options)
     * }
     */
    public static FunctionDescriptor libusb_init_context$descriptor() {
        return libusb_init_context.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int libusb_init_context(libusb_context **ctx, const struct libusb_init_option options[], int num_options)
     * }
     */
    public static MethodHandle libusb_init_context$handle() {
        return libusb_init_context.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int libusb_init_context(libusb_context **ctx, const struct libusb_init_option options[], int num_options)
     * }
     */
    public static MemorySegment libusb_init_context$address() {
        return libusb_init_context.ADDR;
    }

    /**
     * Whether the loaded libusb exports {@code libusb_init_context} (patch 3).
     */
    public static boolean libusb_init_context$isAvailable() {
        return SYMBOL_LOOKUP.find("libusb_init_context").isPresent();
    }

    /**
     * {@snippet lang=c :
     * int libusb_init_context(libusb_context **ctx, const struct libusb_init_option options[], int num_options)
     * }
     * <p>Newer than libusb 1.0.26: check {@link #libusb_init_context$isAvailable()} before calling
     * (ffm-libusb/jextract/README.md, patch 3).
     */
    public static int libusb_init_context(MemorySegment ctx, MemorySegment options, int num_options) {
        var mh$ = libusb_init_context.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("libusb_init_context", ctx, options, num_options);
            }
            return (int) mh$.invokeExact(ctx, options, num_options);
        } catch (Error | RuntimeException ex) {
            throw ex;
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Variadic function:
     * {@snippet lang=c :
     * int libusb_set_option(libusb_context *ctx, enum libusb_option option, ...)
     * }
     * Link one invoker per argument shape, e.g. {@code makeInvoker()} for options without a value,
     * {@code makeInvoker(C_INT)} for LIBUSB_OPTION_LOG_LEVEL, {@code makeInvoker(C_POINTER)} for
     * LIBUSB_OPTION_LOG_CB (1.0.27+). Only promoted types may be passed (int, long, double, pointer).
     */
    public static class libusb_set_option {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(
                libusb_h.C_INT,
                libusb_h.C_POINTER,
                libusb_h.C_INT
            );
        private static final MemorySegment ADDR = libusb_h.findOrThrow("libusb_set_option");

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private libusb_set_option(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        /**
         * Variadic invoker factory for:
         * {@snippet lang=c :
         * int libusb_set_option(libusb_context *ctx, enum libusb_option option, ...)
         * }
         */
        public static libusb_set_option makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = Linker.nativeLinker().downcallHandle(ADDR, desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new libusb_set_option(mh$, desc$, spreader$);
        }

        /**
         * {@return the address}
         */
        public static MemorySegment address() {
            return ADDR;
        }

        /**
         * {@return the specialized method handle}
         */
        public MethodHandle handle() {
            return handle;
        }

        /**
         * {@return the specialized descriptor}
         */
        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(MemorySegment ctx, int option, Object... x2) {
            try {
                if (TRACE_DOWNCALLS) {
                    traceDowncall("libusb_set_option", ctx, option, x2);
                }
                return (int) spreader.invokeExact(ctx, option, x2);
            } catch (IllegalArgumentException | ClassCastException ex$)  {
                throw ex$; // rethrow IAE from passing wrong number/type of args
            } catch (Error | RuntimeException ex) {
                throw ex;
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

}
