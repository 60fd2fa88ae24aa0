package org.ffmusb.emulator.models.loopback;

/**
 * Settings of the {@link Loopback} device.
 *
 * @param isoPacketSize bytes per isochronous packet the source sends and wMaxPacketSize of both iso
 *     endpoints (1..1024 at high speed)
 * @param isoPacketsPerSecond packets per second each iso endpoint moves (8000 = one per microframe);
 *     0 completes iso URBs as fast as the host submits them
 * @param fifoBytes how much the OUT→IN loopback buffers before it NAKs further OUT data
 * @param superSpeed run at SuperSpeed (USB 3.2 Gen 1, bus 2) instead of high speed: 1024-byte bulk
 *     packets, endpoint companions, and bulk streams on the loopback pair
 */
public record LoopbackOptions(int isoPacketSize, int isoPacketsPerSecond, int fifoBytes, boolean superSpeed) {

    public static final LoopbackOptions DEFAULT = new LoopbackOptions(1024, 8000, 16 << 20, false);

    public LoopbackOptions {
        if (isoPacketSize < 1 || isoPacketSize > 1024) {
            throw new IllegalArgumentException("iso packet size must be 1..1024 bytes at high speed, got " + isoPacketSize);
        }
        if (isoPacketsPerSecond < 0 || isoPacketsPerSecond > 8000) {
            throw new IllegalArgumentException("iso rate must be 0..8000 packets/s (one per microframe at most), got "
                    + isoPacketsPerSecond);
        }
        if (fifoBytes < 1024) {
            throw new IllegalArgumentException("the loopback FIFO needs at least one packet (1024 bytes)");
        }
    }

    public LoopbackOptions withIsoPacketSize(int size) {
        return new LoopbackOptions(size, isoPacketsPerSecond, fifoBytes, superSpeed);
    }

    public LoopbackOptions withIsoRate(int packetsPerSecond) {
        return new LoopbackOptions(isoPacketSize, packetsPerSecond, fifoBytes, superSpeed);
    }

    public LoopbackOptions withSuperSpeed(boolean value) {
        return new LoopbackOptions(isoPacketSize, isoPacketsPerSecond, fifoBytes, value);
    }

    /** wMaxPacketSize of the bulk endpoints at the chosen speed. */
    public int bulkPacketSize() {
        return superSpeed ? 1024 : 512;
    }
}
