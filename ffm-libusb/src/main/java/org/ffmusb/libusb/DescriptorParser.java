package org.ffmusb.libusb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The descriptor records from raw descriptor bytes (USB 2.0 §9.6, USB 3.2 §9.6.7), for descriptors that
 * did not come through libusb — a usbredir guest reads them with GET_DESCRIPTOR requests. Parsed as
 * libusb 1.0.26's {@code descriptor.c} parses a device's descriptors, so the records equal what
 * {@link UsbDevice#configurations()} gives for the same bytes: class- and vendor-specific descriptors
 * before the first interface become the configuration's {@code extra}, those after an interface or
 * endpoint that interface's or endpoint's {@code extra} (a SuperSpeed endpoint companion included,
 * which is also parsed); consecutive interface descriptors with one bInterfaceNumber are its alternate
 * settings; a truncated descriptor ends the parse where libusb stops, and what libusb rejects as
 * LIBUSB_ERROR_IO throws {@link IllegalArgumentException}. Pure Java; thread-safe.
 */
public final class DescriptorParser {
    private DescriptorParser() {}

    private static final int DT_DEVICE = 1;
    private static final int DT_CONFIG = 2;
    private static final int DT_INTERFACE = 4;
    private static final int DT_ENDPOINT = 5;
    private static final int DT_SS_ENDPOINT_COMPANION = 0x30;
    private static final int MAX_ENDPOINTS = 32;

    /** The 18-byte device descriptor. */
    public static DeviceDescriptor device(byte[] d) {
        if (d.length < 18 || u8(d, 1) != DT_DEVICE) {
            throw new IllegalArgumentException("not a device descriptor (" + d.length + " bytes, type "
                    + (d.length > 1 ? u8(d, 1) : -1) + ")");
        }
        return new DeviceDescriptor(u16(d, 2), u8(d, 4), u8(d, 5), u8(d, 6), u8(d, 7), u16(d, 8), u16(d, 10),
                u16(d, 12), u8(d, 14), u8(d, 15), u8(d, 16), u8(d, 17));
    }

    /** A whole configuration descriptor (wTotalLength bytes; extra bytes are ignored, as libusb does). */
    public static ConfigDescriptor configuration(byte[] d) {
        if (d.length < 9 || u8(d, 1) != DT_CONFIG || u8(d, 0) < 9) {
            throw new IllegalArgumentException("not a configuration descriptor (" + d.length + " bytes)");
        }
        Cursor c = new Cursor(d, Math.min(d.length, u16(d, 2)));
        int declared = u8(d, 4);
        c.at = u8(d, 0);
        byte[] extra = new byte[0];
        List<UsbInterface> interfaces = new ArrayList<>();
        for (int i = 0; i < declared; i++) {
            int begin = c.at;
            c.skipToProperDescriptor();
            extra = concat(extra, Arrays.copyOfRange(d, begin, c.at));
            UsbInterface itf = parseInterface(c);
            if (itf == null) {
                break; // libusb: bNumInterfaces = i
            }
            interfaces.add(itf);
        }
        return new ConfigDescriptor(u16(d, 2), u8(d, 5), u8(d, 6), u8(d, 7), u8(d, 8), List.copyOf(interfaces), extra);
    }

    /** One interface with its consecutive alternate settings, or null when nothing could be parsed. */
    private static UsbInterface parseInterface(Cursor c) {
        List<InterfaceDescriptor> alts = new ArrayList<>();
        int number = -1;
        while (c.left() >= 9) {
            byte[] d = c.bytes;
            int at = c.at;
            int length = u8(d, at);
            if (u8(d, at + 1) != DT_INTERFACE) {
                if (alts.isEmpty()) {
                    throw new IllegalArgumentException("interface descriptor expected at byte " + at + ", found type "
                            + u8(d, at + 1));
                }
                break;
            }
            if (length < 9 || length > c.left()) {
                throw new IllegalArgumentException("interface descriptor at byte " + at + " has length " + length);
            }
            int endpointCount = u8(d, at + 4);
            if (endpointCount > MAX_ENDPOINTS) {
                throw new IllegalArgumentException("interface at byte " + at + " claims " + endpointCount + " endpoints");
            }
            if (number < 0) {
                number = u8(d, at + 2);
            }
            c.at += length;
            int begin = c.at;
            if (!c.skipToProperDescriptor()) {
                alts.add(alt(d, at, List.of(), new byte[0])); // truncated: libusb keeps the setting, bare
                return new UsbInterface(List.copyOf(alts));
            }
            byte[] extra = Arrays.copyOfRange(d, begin, c.at);
            List<EndpointDescriptor> endpoints = new ArrayList<>();
            for (int e = 0; e < endpointCount; e++) {
                EndpointDescriptor endpoint = parseEndpoint(c);
                if (endpoint == null) {
                    break; // libusb: bNumEndpoints = e
                }
                endpoints.add(endpoint);
            }
            alts.add(alt(d, at, endpoints, extra));
            if (c.left() < 9 || u8(d, c.at + 1) != DT_INTERFACE || u8(d, c.at + 2) != number) {
                break;
            }
        }
        return alts.isEmpty() ? null : new UsbInterface(List.copyOf(alts));
    }

    private static InterfaceDescriptor alt(byte[] d, int at, List<EndpointDescriptor> endpoints, byte[] extra) {
        return new InterfaceDescriptor(u8(d, at + 2), u8(d, at + 3), u8(d, at + 5), u8(d, at + 6), u8(d, at + 7),
                u8(d, at + 8), List.copyOf(endpoints), extra);
    }

    /** An endpoint with its trailing descriptors, or null where libusb stops (wrong type or truncated). */
    private static EndpointDescriptor parseEndpoint(Cursor c) {
        byte[] d = c.bytes;
        int at = c.at;
        if (c.left() < 2) {
            throw new IllegalArgumentException("endpoint descriptor expected at byte " + at + ", found the end");
        }
        int length = u8(d, at);
        if (u8(d, at + 1) != DT_ENDPOINT || length > c.left()) {
            return null;
        }
        if (length < 7) {
            throw new IllegalArgumentException("endpoint descriptor at byte " + at + " has length " + length);
        }
        boolean audio = length >= 9;
        c.at += length;
        int begin = c.at;
        byte[] extra = c.skipToProperDescriptor() ? Arrays.copyOfRange(d, begin, c.at) : new byte[0];
        return new EndpointDescriptor(u8(d, at + 2), u8(d, at + 3), u16(d, at + 4), u8(d, at + 6),
                audio ? u8(d, at + 7) : 0, audio ? u8(d, at + 8) : 0, extra, companion(extra));
    }

    /** libusb_get_ss_endpoint_companion_descriptor: the first companion in the endpoint's extra bytes. */
    private static Optional<SsEndpointCompanionDescriptor> companion(byte[] extra) {
        for (int p = 0; p + 2 <= extra.length && u8(extra, p) >= 2; p += u8(extra, p)) {
            if (u8(extra, p + 1) == DT_SS_ENDPOINT_COMPANION && u8(extra, p) >= 6 && p + 6 <= extra.length) {
                return Optional.of(new SsEndpointCompanionDescriptor(u8(extra, p + 2), u8(extra, p + 3),
                        u16(extra, p + 4)));
            }
        }
        return Optional.empty();
    }

    /** Position in a configuration's bytes, bounded by wTotalLength. */
    private static final class Cursor {
        final byte[] bytes;
        final int end;
        int at;

        Cursor(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        int left() {
            return end - at;
        }

        /**
         * Moves past class- and vendor-specific descriptors up to the next device, configuration, interface
         * or endpoint descriptor; false when a descriptor runs past the end (libusb warns and stops there).
         */
        boolean skipToProperDescriptor() {
            while (left() >= 2) {
                int length = u8(bytes, at);
                int type = u8(bytes, at + 1);
                if (length < 2) {
                    throw new IllegalArgumentException("descriptor at byte " + at + " has length " + length);
                }
                if (length > left()) {
                    at = end;
                    return false;
                }
                if (type == DT_INTERFACE || type == DT_ENDPOINT || type == DT_CONFIG || type == DT_DEVICE) {
                    return true;
                }
                at += length;
            }
            return true;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (b.length == 0) {
            return a;
        }
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static int u8(byte[] d, int at) {
        return d[at] & 0xff;
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xff) | (d[at + 1] & 0xff) << 8;
    }
}
