/**
 * libusb-1.0 through the Foreign Function &amp; Memory API: contexts with their own event thread, devices
 * with parsed descriptors, handles, async transfers of every type (isochronous included) completing as
 * {@code CompletableFuture}s or callbacks, pooled off-heap buffers, hotplug. See {@link org.ffmusb.libusb}.
 * The jextract-shaped bindings ({@code org.ffmusb.libusb.ffi}) stay inside the module.
 */
module org.ffmusb.libusb {
    exports org.ffmusb.libusb;
}
