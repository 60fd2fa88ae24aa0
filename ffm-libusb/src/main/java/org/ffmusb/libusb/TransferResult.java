package org.ffmusb.libusb;

import java.lang.foreign.MemorySegment;
import java.util.List;

/**
 * The outcome of a one-shot asynchronous transfer ({@code UsbDeviceHandle.submit*}), made on the event
 * thread when the transfer completes; an immutable value readable on any thread (the bytes {@code data}
 * points at are the caller's memory, valid as long as the caller keeps it).
 *
 * @param data the transferred bytes: a slice of the caller's buffer (zero copy), {@code actualLength}
 *     bytes long; for control transfers the data stage only
 * @param isoPackets per-packet outcomes of an isochronous transfer, empty for other types
 */
public record TransferResult(TransferStatus status, int actualLength, MemorySegment data,
        List<IsoPacketResult> isoPackets) {}
