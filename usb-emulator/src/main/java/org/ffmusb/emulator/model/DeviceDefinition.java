package org.ffmusb.emulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a host can read about a device before talking to its functions: the device descriptor
 * fields, the configurations, the strings and the BOS capabilities. {@link DescriptorSet#of} turns it
 * into the exact bytes served by GET_DESCRIPTOR and written to the sysfs {@code descriptors} file.
 *
 * @param speed the speed the device runs at once plugged
 * @param bcdUSB the USB release in BCD, e.g. {@code 0x0200}; 0x0201 and later need BOS capabilities
 * @param deviceClass bDeviceClass (0 = per interface)
 * @param deviceSubClass bDeviceSubClass
 * @param deviceProtocol bDeviceProtocol
 * @param maxPacketSize0 bMaxPacketSize0: 8 at low speed, 8/16/32/64 at full speed, 64 at high speed,
 *     9 (2^9 = 512) at SuperSpeed
 * @param vendorId idVendor
 * @param productId idProduct
 * @param bcdDevice bcdDevice
 * @param manufacturer iManufacturer string or null
 * @param product iProduct string or null
 * @param serial iSerialNumber string or null
 * @param configurations the configurations; the first one is selected when the device is plugged in
 * @param bosCapabilities device capability descriptors of the BOS (without the BOS header); empty for
 *     none. SuperSpeed devices get the mandatory ones generated when this is empty.
 */
public record DeviceDefinition(Speed speed, int bcdUSB, int deviceClass, int deviceSubClass, int deviceProtocol,
        int maxPacketSize0, int vendorId, int productId, int bcdDevice, String manufacturer, String product,
        String serial, List<Configuration> configurations, DescriptorBytes bosCapabilities) {

    public DeviceDefinition {
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(bosCapabilities, "bosCapabilities");
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("a device needs at least one configuration");
        }
        if (configurations.stream().mapToInt(Configuration::value).distinct().count() != configurations.size()) {
            throw new IllegalArgumentException("two configurations share a bConfigurationValue");
        }
        checkMaxPacket0(speed, maxPacketSize0);
        if (speed.isSuperSpeed() && bcdUSB < 0x0300) {
            throw new IllegalArgumentException("a SuperSpeed device reports bcdUSB 3.0 or later, not " + Integer.toHexString(bcdUSB));
        }
        for (Configuration c : configurations) {
            for (Interface i : c.interfaces()) {
                for (AltSetting a : i.altSettings()) {
                    for (Endpoint e : a.endpoints()) {
                        checkEndpoint(speed, e);
                    }
                }
            }
        }
    }

    private static void checkMaxPacket0(Speed speed, int mps) {
        boolean ok = switch (speed) {
            case LOW -> mps == 8;
            case FULL -> mps == 8 || mps == 16 || mps == 32 || mps == 64;
            case HIGH -> mps == 64;
            case SUPER, SUPER_PLUS -> mps == 9;
        };
        if (!ok) {
            throw new IllegalArgumentException("bMaxPacketSize0 " + mps + " is not allowed at " + speed + " speed");
        }
    }

    private static void checkEndpoint(Speed speed, Endpoint e) {
        if (speed == Speed.LOW && (e.type() == EndpointType.BULK || e.type() == EndpointType.ISOCHRONOUS)) {
            throw new IllegalArgumentException("low-speed devices have no " + e.type() + " endpoints (" + e + ")");
        }
        if (e.type() == EndpointType.BULK && e.packetSize() > speed.maxBulkPacket()) {
            throw new IllegalArgumentException(e + ": bulk packets are at most " + speed.maxBulkPacket() + " bytes at "
                    + speed + " speed");
        }
        if (e.type() == EndpointType.ISOCHRONOUS && e.packetSize() > speed.maxIsoPacket()) {
            throw new IllegalArgumentException(e + ": isochronous packets are at most " + speed.maxIsoPacket()
                    + " bytes at " + speed + " speed");
        }
    }

    /** The configuration with this bConfigurationValue, or null. */
    public Configuration configuration(int value) {
        for (Configuration c : configurations) {
            if (c.value() == value) {
                return c;
            }
        }
        return null;
    }

    public static Builder builder(int vendorId, int productId) {
        return new Builder(vendorId, productId);
    }

    /** Fluent construction with the common defaults: full speed, USB 2.0, class per interface, 64-byte ep0. */
    public static final class Builder {
        private Speed speed = Speed.FULL;
        private int bcdUSB = 0x0200;
        private int deviceClass;
        private int deviceSubClass;
        private int deviceProtocol;
        private int maxPacketSize0 = -1;
        private final int vendorId;
        private final int productId;
        private int bcdDevice = 0x0100;
        private String manufacturer;
        private String product;
        private String serial;
        private final List<Configuration> configurations = new ArrayList<>();
        private DescriptorBytes bos = DescriptorBytes.empty();

        private Builder(int vendorId, int productId) {
            this.vendorId = vendorId;
            this.productId = productId;
        }

        public Builder speed(Speed speed) {
            this.speed = speed;
            return this;
        }

        public Builder usbVersion(int bcdUSB) {
            this.bcdUSB = bcdUSB;
            return this;
        }

        public Builder deviceClass(int cls, int subClass, int protocol) {
            this.deviceClass = cls;
            this.deviceSubClass = subClass;
            this.deviceProtocol = protocol;
            return this;
        }

        public Builder maxPacketSize0(int mps) {
            this.maxPacketSize0 = mps;
            return this;
        }

        public Builder deviceVersion(int bcdDevice) {
            this.bcdDevice = bcdDevice;
            return this;
        }

        public Builder strings(String manufacturer, String product, String serial) {
            this.manufacturer = manufacturer;
            this.product = product;
            this.serial = serial;
            return this;
        }

        public Builder configuration(Configuration configuration) {
            configurations.add(configuration);
            return this;
        }

        public Builder bosCapabilities(DescriptorBytes capabilities) {
            this.bos = capabilities;
            return this;
        }

        public DeviceDefinition build() {
            int mps0 = maxPacketSize0 > 0 ? maxPacketSize0 : switch (speed) {
                case LOW -> 8;
                case SUPER, SUPER_PLUS -> 9;
                default -> 64;
            };
            return new DeviceDefinition(speed, bcdUSB, deviceClass, deviceSubClass, deviceProtocol, mps0, vendorId,
                    productId, bcdDevice, manufacturer, product, serial, configurations, bos);
        }
    }
}
