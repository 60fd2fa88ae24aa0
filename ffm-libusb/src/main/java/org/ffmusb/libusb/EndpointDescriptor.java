package org.ffmusb.libusb;

import java.util.Optional;

/**
 * An endpoint descriptor ({@code struct libusb_endpoint_descriptor}) with its SuperSpeed endpoint companion,
 * when the device has one.
 *
 * @param extra class- or vendor-specific descriptors that follow it, copied to the heap
 */
public record EndpointDescriptor(int address, int attributes, int maxPacketSize, int interval, int refresh,
        int synchAddress, byte[] extra, Optional<SsEndpointCompanionDescriptor> ssCompanion) {

    /** The endpoint number, 0–15. */
    public int number() {
        return address & 0x0f;
    }

    /** Whether data flows device to host. */
    public boolean isIn() {
        return (address & 0x80) != 0;
    }

    /** The transfer type from bits 0–1 of bmAttributes. */
    public TransferType transferType() {
        return switch (attributes & 0x03) {
            case 0 -> TransferType.CONTROL;
            case 1 -> TransferType.ISOCHRONOUS;
            case 2 -> TransferType.BULK;
            default -> TransferType.INTERRUPT;
        };
    }

    /** The packet size without the high-bandwidth multiplier bits (11–12). */
    public int basePacketSize() {
        return maxPacketSize & 0x7ff;
    }
}
