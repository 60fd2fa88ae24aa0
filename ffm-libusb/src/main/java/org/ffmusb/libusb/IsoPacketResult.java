package org.ffmusb.libusb;

import java.lang.foreign.MemorySegment;

/**
 * The outcome of one packet of an isochronous transfer ({@code struct libusb_iso_packet_descriptor}).
 *
 * @param data the packet's slice of the transfer buffer, {@code actualLength} bytes long (for OUT
 *     transfers, the bytes sent)
 */
public record IsoPacketResult(int length, int actualLength, TransferStatus status, MemorySegment data) {}
