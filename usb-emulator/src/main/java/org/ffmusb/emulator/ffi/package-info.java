/**
 * Bindings to libumockdev, the few GObject/GLib calls it needs, the pseudo-terminal and datagram socket
 * calls of the C library and the usbfs ABI of {@code <linux/usbdevice_fs.h>}, in the shape jextract gives them: one
 * header class per library with a lazily linked holder per function, one class per struct with static
 * accessors over a {@code MemorySegment} (offsets derived from the struct's layout), one class per
 * callback type. The files are written by {@code usb-emulator/ffi-gen/generate.py}; {@code
 * FfiLayoutTest} compiles a gcc probe and checks every layout, offset and constant against the C
 * headers. Not exported: only {@code org.ffmusb.emulator.internal} uses it.
 */
package org.ffmusb.emulator.ffi;
