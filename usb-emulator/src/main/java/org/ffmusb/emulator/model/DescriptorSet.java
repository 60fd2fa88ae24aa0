package org.ffmusb.emulator.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptor bytes of a {@link DeviceDefinition} (USB 2.0 §9.6, USB 3.2 §9.6): what GET_DESCRIPTOR
 * returns for every type and index, and the sysfs {@code descriptors} attribute libusb reads at
 * enumeration. Strings get indices in order of first appearance: manufacturer, product, serial,
 * configuration names, interface names. Immutable and thread-safe.
 */
public final class DescriptorSet {
    /** LANGID of US English, the only language offered (string descriptor 0). */
    public static final int LANGID_EN_US = 0x0409;

    private final DeviceDefinition definition;
    private final Map<String, Integer> stringIndex = new LinkedHashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final byte[] device;
    private final byte[][] configurations;
    private final byte[][] otherSpeedConfigurations;
    private final byte[] qualifier;
    private final byte[] bos;

    private DescriptorSet(DeviceDefinition d) {
        this.definition = d;
        index(d.manufacturer());
        index(d.product());
        index(d.serial());
        for (Configuration c : d.configurations()) {
            index(c.name());
        }
        for (Configuration c : d.configurations()) {
            for (Interface i : c.interfaces()) {
                for (AltSetting a : i.altSettings()) {
                    index(a.name());
                }
            }
        }
        device = deviceDescriptor(d);
        int n = d.configurations().size();
        configurations = new byte[n][];
        for (int i = 0; i < n; i++) {
            configurations[i] = configuration(d.configurations().get(i), d.speed(), 2);
        }
        if (d.speed() == Speed.HIGH) {
            otherSpeedConfigurations = new byte[n][];
            for (int i = 0; i < n; i++) {
                otherSpeedConfigurations[i] = configuration(d.configurations().get(i), Speed.FULL, 7);
            }
            qualifier = new byte[] {10, 6, (byte) d.bcdUSB(), (byte) (d.bcdUSB() >> 8), (byte) d.deviceClass(),
                    (byte) d.deviceSubClass(), (byte) d.deviceProtocol(), 64, (byte) n, 0};
        } else {
            otherSpeedConfigurations = null;
            qualifier = null;
        }
        bos = bos(d);
    }

    /** Compiles a definition; throws IllegalArgumentException when a descriptor would not fit its fields. */
    public static DescriptorSet of(DeviceDefinition definition) {
        return new DescriptorSet(definition);
    }

    public DeviceDefinition definition() {
        return definition;
    }

    /** The 18-byte device descriptor. */
    public byte[] device() {
        return device.clone();
    }

    public int configurationCount() {
        return configurations.length;
    }

    /** The full configuration descriptor (with interfaces and endpoints) at this index, or null. */
    public byte[] configuration(int index) {
        return index >= 0 && index < configurations.length ? configurations[index].clone() : null;
    }

    /** OTHER_SPEED_CONFIGURATION at this index: only high-speed devices have one, or null. */
    public byte[] otherSpeedConfiguration(int index) {
        return otherSpeedConfigurations != null && index >= 0 && index < otherSpeedConfigurations.length
                ? otherSpeedConfigurations[index].clone() : null;
    }

    /** DEVICE_QUALIFIER: only devices that could also run at the other USB 2.0 speed have one, or null. */
    public byte[] deviceQualifier() {
        return qualifier == null ? null : qualifier.clone();
    }

    /** The BOS descriptor with its capabilities, or null when the device has none. */
    public byte[] bos() {
        return bos == null ? null : bos.clone();
    }

    /** The string descriptor at this index (0 = the LANGID list), or null when there is none. */
    public byte[] string(int index) {
        if (index == 0) {
            return new byte[] {4, 3, (byte) LANGID_EN_US, (byte) (LANGID_EN_US >> 8)};
        }
        if (index < 1 || index > strings.size()) {
            return null;
        }
        byte[] utf16 = strings.get(index - 1).getBytes(StandardCharsets.UTF_16LE);
        int len = Math.min(utf16.length, 252);
        byte[] d = new byte[2 + len];
        d[0] = (byte) d.length;
        d[1] = 3;
        System.arraycopy(utf16, 0, d, 2, len);
        return d;
    }

    /** The text of string {@code index}, or null. */
    public String text(int index) {
        return index >= 1 && index <= strings.size() ? strings.get(index - 1) : null;
    }

    /** The index a string got, 0 for null. */
    public int stringIndex(String s) {
        return s == null ? 0 : stringIndex.getOrDefault(s, 0);
    }

    /**
     * The sysfs {@code descriptors} attribute of a usb_device: the device descriptor followed by every
     * configuration descriptor in full, as the kernel read them at enumeration.
     */
    public byte[] sysfsDescriptors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(device);
        for (byte[] c : configurations) {
            out.writeBytes(c);
        }
        return out.toByteArray();
    }

    private void index(String s) {
        if (s != null && !stringIndex.containsKey(s)) {
            strings.add(s);
            stringIndex.put(s, strings.size());
            if (strings.size() > 255) {
                throw new IllegalArgumentException("more than 255 distinct strings");
            }
        }
    }

    private byte[] deviceDescriptor(DeviceDefinition d) {
        return new byte[] {18, 1, (byte) d.bcdUSB(), (byte) (d.bcdUSB() >> 8), (byte) d.deviceClass(),
                (byte) d.deviceSubClass(), (byte) d.deviceProtocol(), (byte) d.maxPacketSize0(),
                (byte) d.vendorId(), (byte) (d.vendorId() >> 8), (byte) d.productId(), (byte) (d.productId() >> 8),
                (byte) d.bcdDevice(), (byte) (d.bcdDevice() >> 8), (byte) stringIndex(d.manufacturer()),
                (byte) stringIndex(d.product()), (byte) stringIndex(d.serial()),
                (byte) d.configurations().size()};
    }

    private byte[] configuration(Configuration c, Speed speed, int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int attributes = 0x80 | (c.selfPowered() ? 0x40 : 0) | (c.remoteWakeup() ? 0x20 : 0);
        int powerUnit = speed.isSuperSpeed() ? 8 : 2;
        int power = Math.min(255, (c.maxPowerMilliamps() + powerUnit - 1) / powerUnit);
        out.writeBytes(new byte[] {9, (byte) type, 0, 0, (byte) c.interfaces().size(), (byte) c.value(),
                (byte) stringIndex(c.name()), (byte) attributes, (byte) power});
        c.extra().writeTo(out);
        for (Interface i : c.interfaces()) {
            for (AltSetting a : i.altSettings()) {
                out.writeBytes(new byte[] {9, 4, (byte) i.number(), (byte) a.number(), (byte) a.endpoints().size(),
                        (byte) a.interfaceClass(), (byte) a.subClass(), (byte) a.protocol(),
                        (byte) stringIndex(a.name())});
                a.classDescriptors().writeTo(out);
                for (Endpoint e : a.endpoints()) {
                    endpoint(out, speed == definition.speed() ? e : fullSpeedVariant(e), speed);
                }
            }
        }
        byte[] bytes = out.toByteArray();
        if (bytes.length > 0xffff) {
            throw new IllegalArgumentException("configuration " + c.value() + " is longer than 65535 bytes");
        }
        bytes[2] = (byte) bytes.length;
        bytes[3] = (byte) (bytes.length >> 8);
        return bytes;
    }

    private static void endpoint(ByteArrayOutputStream out, Endpoint e, Speed speed) {
        out.writeBytes(new byte[] {7, 5, (byte) e.address(), (byte) e.attributes(), (byte) e.maxPacketSize(),
                (byte) (e.maxPacketSize() >> 8), (byte) e.interval()});
        if (speed.isSuperSpeed()) {
            int attributes = e.type() == EndpointType.BULK ? e.maxStreams() & 0x1f : 0;
            int bytesPerInterval = e.type() == EndpointType.BULK ? 0 : e.bytesPerInterval();
            out.writeBytes(new byte[] {6, 0x30, (byte) e.maxBurst(), (byte) attributes, (byte) bytesPerInterval,
                    (byte) (bytesPerInterval >> 8)});
        }
        e.extra().writeTo(out);
    }

    /** How a high-speed endpoint looks to a full-speed host (the other-speed configuration). */
    private static Endpoint fullSpeedVariant(Endpoint e) {
        return switch (e.type()) {
            case BULK -> new Endpoint(e.address(), e.type(), Math.min(64, e.packetSize()), 0, 0, 0, 0, e.extra());
            case INTERRUPT -> new Endpoint(e.address(), e.type(), Math.min(64, e.packetSize()),
                    Math.max(1, Math.min(255, (1 << Math.max(0, e.interval() - 1)) / 8)), 0, 0, 0, e.extra());
            case ISOCHRONOUS -> new Endpoint(e.address(), e.type(), Math.min(1023, e.packetSize()),
                    Math.max(1, e.interval() - 3), e.isoAttributes(), 0, 0, e.extra());
            case CONTROL -> e;
        };
    }

    private static byte[] bos(DeviceDefinition d) {
        DescriptorBytes caps = d.bosCapabilities();
        if (caps.length() == 0 && d.speed().isSuperSpeed()) {
            caps = DescriptorBytes.of(7, 0x10, 0x02, 0x02, 0, 0, 0, // USB 2.0 extension: LPM
                    10, 0x10, 0x03, 0x00, 0x0e, 0x00, 0x01, 0x0a, 0xff, 0x07); // SuperSpeed: FS/HS/SS, U1 10us, U2 2047us
        }
        if (caps.length() == 0) {
            return null;
        }
        byte[] c = caps.toArray();
        int count = 0;
        for (int p = 0; p < c.length; p += c[p] & 0xff) {
            if ((c[p] & 0xff) < 3 || p + (c[p] & 0xff) > c.length || c[p + 1] != 0x10) {
                throw new IllegalArgumentException("BOS capabilities must be device capability descriptors, bad at byte " + p);
            }
            count++;
        }
        int total = 5 + c.length;
        byte[] b = new byte[total];
        b[0] = 5;
        b[1] = 0x0f;
        b[2] = (byte) total;
        b[3] = (byte) (total >> 8);
        b[4] = (byte) count;
        System.arraycopy(c, 0, b, 5, c.length);
        return b;
    }
}
