package org.ffmusb.libusb;

import java.lang.foreign.MemorySegment;

/**
 * The outcome of one packet of an isochronous transfer ({@code struct libusb_iso_packet_descriptor}), copied
 * out when asked for (in the callback, or from a one-shot's {@link TransferResult}); readable on any thread.
 * {@code data} is a view of the transfer's buffer: its bytes change when a reusable {@link Transfer} is
 * submitted again.
 *
 * @param data the packet's slice of the transfer buffer, {@code actualLength} bytes long (for OUT
 *     transfers, the bytes sent)
 */
public record IsoPacketResult(int length, int actualLength, TransferStatus status, MemorySegment data) {}
