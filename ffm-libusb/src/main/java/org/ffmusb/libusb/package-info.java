/**
 * libusb-1.0 for Java through the FFM API.
 *
 * <p>Start with {@link org.ffmusb.libusb.UsbContext#open()}: it owns one named platform event thread on
 * which every transfer callback and hotplug listener of the context runs. {@link org.ffmusb.libusb.UsbDevice}
 * holds the descriptors, parsed once into records; {@link org.ffmusb.libusb.UsbDeviceHandle} does
 * configuration, synchronous transfers and one-shot asynchronous transfers completing as
 * {@code CompletableFuture}s; {@link org.ffmusb.libusb.Transfer} is the reusable, allocation-free
 * asynchronous transfer of every type, isochronous included, with buffers from the context's
 * {@link org.ffmusb.libusb.BufferPool} or the caller's own native memory.
 *
 * <p>Errors a program reads are typed ({@link org.ffmusb.libusb.UsbError},
 * {@link org.ffmusb.libusb.TransferStatus}); their messages say what to do. The JVM needs
 * {@code --enable-native-access=org.ffmusb.libusb} (or {@code ALL-UNNAMED} on the class path).
 */
package org.ffmusb.libusb;
