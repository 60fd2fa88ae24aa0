/**
 * The usb-guest role of usbredir (reference §10: what QEMU's usb-redir device does), enough for tools
 * and tests. {@link org.ffmusb.usbredir.guest.UsbRedirGuest} is a
 * {@link org.ffmusb.usbredir.transport.UsbRedirPeer} on a {@link org.ffmusb.usbredir.proto.GuestParser}:
 * it takes the device a host offers, reads its descriptors, and hands it out as a
 * {@link org.ffmusb.usbredir.guest.RedirectedDevice} whose requests — control, bulk (streams and
 * &gt; 64 KiB included), interrupt, configuration, alternate settings, reset, cancel, bulk streams, iso,
 * interrupt and bulk receiving, filter_reject — return {@link org.ffmusb.usbredir.guest.RedirRequest}s
 * completed with the host's {@link org.ffmusb.usbredir.proto.Status}. Replies are matched by the id the
 * guest chose, stream statuses by endpoint as QEMU matches them. Completions and stream packets run on
 * the transport's I/O thread and must not block. {@link org.ffmusb.usbredir.guest.BulkOnlyStorage}
 * reads a mass-storage device through it.
 */
package org.ffmusb.usbredir.guest;
