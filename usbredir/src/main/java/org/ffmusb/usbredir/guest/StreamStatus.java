package org.ffmusb.usbredir.guest;

/**
 * iso_stream_status, interrupt_receiving_status or bulk_receiving_status: the reply to starting or
 * stopping a stream, matched by endpoint as QEMU matches it (reference §10). {@code stall} means the
 * stream is stopped and may be started again.
 */
public record StreamStatus(int status, int endpoint) implements GuestResult {}
