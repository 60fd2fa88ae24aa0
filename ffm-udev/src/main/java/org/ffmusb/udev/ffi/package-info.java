/**
 * Bindings to libudev and the few C library calls the monitor needs (poll, eventfd, getsockopt), in the
 * shape jextract gives them: one header class per library with a lazily linked holder per function, one
 * class per struct with static accessors over a {@code MemorySegment} (offsets derived from the struct's
 * layout), integer macros as constants. The files are written by {@code ffm-udev/ffi-gen/GenerateFfi.java}
 * (a stand-in for jextract, which cannot be installed here; reference ffm-libusb-udev.md §3); {@code
 * FfiLayoutTest} compiles the generated gcc probe, which checks every prototype against the system headers,
 * and compares every size, offset and constant. Not exported: only {@code org.ffmusb.udev} and its
 * {@code internal} package use it.
 */
package org.ffmusb.udev.ffi;
