/**
 * libusb-1.0 (1.0.26) through the FFM API, in exactly the shape jextract generates: {@link
 * org.ffmusb.libusb.ffi.libusb_h} (one lazily linked holder per function, constants in {@code libusb_h_1},
 * C types in {@code libusb_h$shared}), one class per struct with static accessors over a
 * {@code MemorySegment}, one class per callback type, an invoker class for the variadic
 * {@code libusb_set_option}, and {@link org.ffmusb.libusb.ffi.libusb_inline} for the header's
 * {@code static inline} functions. C names stay C names here. Not exported: the public API is
 * {@link org.ffmusb.libusb}. Every layout, offset and constant is checked against the installed header by
 * {@code LibUsbLayoutTest} (a gcc probe).
 */
package org.ffmusb.libusb.ffi;
