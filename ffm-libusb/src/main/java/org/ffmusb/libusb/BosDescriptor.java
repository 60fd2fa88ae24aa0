package org.ffmusb.libusb;

import java.util.List;

/**
 * The Binary device Object Store ({@code struct libusb_bos_descriptor}, USB 3.2 §9.6.2) with its device
 * capabilities parsed where libusb knows them.
 *
 * <p>An immutable value, read once from libusb: safe on any thread, the event thread included.
 */
public record BosDescriptor(int totalLength, List<BosCapability> capabilities) {

    public BosDescriptor {
        capabilities = List.copyOf(capabilities);
    }

    /** A device capability of the BOS. */
    public sealed interface BosCapability permits Usb20Extension, SsUsbDeviceCapability, ContainerId, OtherCapability {
        /** {@code bDevCapabilityType}. */
        int type();
    }

    /** {@code struct libusb_usb_2_0_extension_descriptor}: bit 1 of attributes = LPM supported. */
    public record Usb20Extension(int attributes) implements BosCapability {
        @Override
        public int type() {
            return 2;
        }

        public boolean lpmSupported() {
            return (attributes & 0x2) != 0;
        }
    }

    /** {@code struct libusb_ss_usb_device_capability_descriptor}. */
    public record SsUsbDeviceCapability(int attributes, int speedSupported, int functionalitySupport,
            int u1DevExitLatency, int u2DevExitLatency) implements BosCapability {
        @Override
        public int type() {
            return 3;
        }
    }

    /** {@code struct libusb_container_id_descriptor}: a 16-byte UUID. */
    public record ContainerId(byte[] containerId) implements BosCapability {
        public ContainerId {
            containerId = Bytes.copy(containerId);
        }

        @Override
        public int type() {
            return 4;
        }

        /** The 16 UUID bytes (a copy). */
        @Override
        public byte[] containerId() {
            return containerId.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ContainerId c && java.util.Arrays.equals(containerId, c.containerId);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(containerId);
        }

        @Override
        public String toString() {
            return "ContainerId[" + uuid() + "]";
        }

        /** The UUID in its usual 8-4-4-4-12 hex form, bytes in descriptor order. */
        public String uuid() {
            var hex = java.util.HexFormat.of();
            String h = hex.formatHex(containerId);
            return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                    + h.substring(16, 20) + "-" + h.substring(20);
        }
    }

    /** A capability libusb does not parse (wireless, platform, ...): its type and raw data. */
    public record OtherCapability(int type, byte[] data) implements BosCapability {
        public OtherCapability {
            data = Bytes.copy(data);
        }

        /** The bytes after bDevCapabilityType (a copy). */
        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OtherCapability c && type == c.type && java.util.Arrays.equals(data, c.data);
        }

        @Override
        public int hashCode() {
            return type * 31 + java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "OtherCapability[type=%d, data=%s]".formatted(type, Bytes.hex(data));
        }
    }
}
