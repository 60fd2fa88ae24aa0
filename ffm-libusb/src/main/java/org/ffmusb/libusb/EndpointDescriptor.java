package org.ffmusb.libusb;

import java.util.Optional;

/**
 * An endpoint descriptor ({@code struct libusb_endpoint_descriptor}) with its SuperSpeed endpoint companion,
 * when the device has one.
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 *
 * @param extra class- or vendor-specific descriptors that follow it, copied to the heap
 */
public record EndpointDescriptor(int address, int attributes, int maxPacketSize, int interval, int refresh,
        int synchAddress, byte[] extra, Optional<SsEndpointCompanionDescriptor> ssCompanion) {

    public EndpointDescriptor {
        extra = Bytes.copy(extra);
        java.util.Objects.requireNonNull(ssCompanion, "ssCompanion");
    }

    /** The descriptors that follow the endpoint (a copy); libusb leaves the SuperSpeed companion here too. */
    @Override
    public byte[] extra() {
        return extra.clone();
    }

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

    /** Equal when every field and the {@code extra} bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof EndpointDescriptor e && address == e.address && attributes == e.attributes
                && maxPacketSize == e.maxPacketSize && interval == e.interval && refresh == e.refresh
                && synchAddress == e.synchAddress && java.util.Arrays.equals(extra, e.extra)
                && ssCompanion.equals(e.ssCompanion);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(address, attributes, maxPacketSize, interval, refresh, synchAddress, ssCompanion)
                * 31 + java.util.Arrays.hashCode(extra);
    }

    @Override
    public String toString() {
        return "EndpointDescriptor[address=0x%02x, attributes=0x%02x, maxPacketSize=%d, interval=%d, refresh=%d, "
                .formatted(address, attributes, maxPacketSize, interval, refresh)
                + "synchAddress=0x%02x, extra=%s, ssCompanion=%s]".formatted(synchAddress, Bytes.hex(extra),
                        ssCompanion.map(Object::toString).orElse("none"));
    }
}
