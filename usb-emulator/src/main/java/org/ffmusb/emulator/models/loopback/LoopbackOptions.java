package org.ffmusb.emulator.models.loopback;

/**
 * Settings of the {@link Loopback} device.
 *
 * @param isoPacketSize bytes per isochronous packet the source sends and wMaxPacketSize of both iso
 *     endpoints (1..1024 at high speed)
 * @param isoPacketsPerSecond packets per second each iso endpoint moves (8000 = one per microframe);
 *     0 completes iso URBs as fast as the host submits them
 * @param fifoBytes how much the OUT→IN loopback buffers before it NAKs further OUT data
 */
public record LoopbackOptions(int isoPacketSize, int isoPacketsPerSecond, int fifoBytes) {

    public static final LoopbackOptions DEFAULT = new LoopbackOptions(1024, 8000, 16 << 20);

    public LoopbackOptions {
        if (isoPacketSize < 1 || isoPacketSize > 1024) {
            throw new IllegalArgumentException("iso packet size must be 1..1024 bytes at high speed, got " + isoPacketSize);
        }
        if (isoPacketsPerSecond < 0 || isoPacketsPerSecond > 8000) {
            throw new IllegalArgumentException("iso rate must be 0..8000 packets/s (one per microframe at most), got "
                    + isoPacketsPerSecond);
        }
        if (fifoBytes < 512) {
            throw new IllegalArgumentException("the loopback FIFO needs at least one packet (512 bytes)");
        }
    }

    public LoopbackOptions withIsoPacketSize(int size) {
        return new LoopbackOptions(size, isoPacketsPerSecond, fifoBytes);
    }

    public LoopbackOptions withIsoRate(int packetsPerSecond) {
        return new LoopbackOptions(isoPacketSize, packetsPerSecond, fifoBytes);
    }
}
