package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ffmusb.libusb.ffi.libusb_bos_dev_capability_descriptor;
import org.ffmusb.libusb.ffi.libusb_config_descriptor;
import org.ffmusb.libusb.ffi.libusb_container_id_descriptor;
import org.ffmusb.libusb.ffi.libusb_device_descriptor;
import org.ffmusb.libusb.ffi.libusb_endpoint_descriptor;
import org.ffmusb.libusb.ffi.libusb_interface;
import org.ffmusb.libusb.ffi.libusb_interface_descriptor;
import org.ffmusb.libusb.ffi.libusb_ss_endpoint_companion_descriptor;
import org.ffmusb.libusb.ffi.libusb_ss_usb_device_capability_descriptor;
import org.ffmusb.libusb.ffi.libusb_usb_2_0_extension_descriptor;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.ffmusb.libusb.ffi.libusb_h.*;

/** Copies libusb's descriptor structs into the immutable records, freeing what libusb allocated. */
final class Descriptors {
    private Descriptors() {}

    static DeviceDescriptor device(MemorySegment device) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment d = libusb_device_descriptor.allocate(arena);
            UsbException.check(libusb_get_device_descriptor(device, d), "libusb_get_device_descriptor");
            return new DeviceDescriptor(u16(libusb_device_descriptor.bcdUSB(d)), u8(libusb_device_descriptor.bDeviceClass(d)),
                    u8(libusb_device_descriptor.bDeviceSubClass(d)), u8(libusb_device_descriptor.bDeviceProtocol(d)),
                    u8(libusb_device_descriptor.bMaxPacketSize0(d)), u16(libusb_device_descriptor.idVendor(d)),
                    u16(libusb_device_descriptor.idProduct(d)), u16(libusb_device_descriptor.bcdDevice(d)),
                    u8(libusb_device_descriptor.iManufacturer(d)), u8(libusb_device_descriptor.iProduct(d)),
                    u8(libusb_device_descriptor.iSerialNumber(d)), u8(libusb_device_descriptor.bNumConfigurations(d)));
        }
    }

    /**
     * Configuration {@code index} of {@code device}, or of its active configuration when index is -1;
     * empty when libusb reports NOT_FOUND (unconfigured device).
     */
    static Optional<ConfigDescriptor> config(MemorySegment context, MemorySegment device, int index) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            int r = index < 0 ? libusb_get_active_config_descriptor(device, out)
                    : libusb_get_config_descriptor(device, (byte) index, out);
            if (r == LIBUSB_ERROR_NOT_FOUND()) {
                return Optional.empty();
            }
            UsbException.check(r, index < 0 ? "libusb_get_active_config_descriptor" : "libusb_get_config_descriptor");
            MemorySegment c = out.get(ADDRESS, 0).reinterpret(libusb_config_descriptor.sizeof());
            try {
                return Optional.of(config(context, c));
            } finally {
                libusb_free_config_descriptor(c);
            }
        }
    }

    private static ConfigDescriptor config(MemorySegment context, MemorySegment c) {
        int count = u8(libusb_config_descriptor.bNumInterfaces(c));
        MemorySegment array = libusb_config_descriptor.interface_(c).reinterpret(libusb_interface.sizeof() * count);
        List<UsbInterface> interfaces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MemorySegment itf = libusb_interface.asSlice(array, i);
            int alts = libusb_interface.num_altsetting(itf);
            MemorySegment altArray = libusb_interface.altsetting(itf).reinterpret(libusb_interface_descriptor.sizeof() * alts);
            List<InterfaceDescriptor> altSettings = new ArrayList<>(alts);
            for (int a = 0; a < alts; a++) {
                altSettings.add(altSetting(context, libusb_interface_descriptor.asSlice(altArray, a)));
            }
            interfaces.add(new UsbInterface(List.copyOf(altSettings)));
        }
        return new ConfigDescriptor(u16(libusb_config_descriptor.wTotalLength(c)),
                u8(libusb_config_descriptor.bConfigurationValue(c)), u8(libusb_config_descriptor.iConfiguration(c)),
                u8(libusb_config_descriptor.bmAttributes(c)), u8(libusb_config_descriptor.MaxPower(c)),
                List.copyOf(interfaces),
                extra(libusb_config_descriptor.extra(c), libusb_config_descriptor.extra_length(c)));
    }

    private static InterfaceDescriptor altSetting(MemorySegment context, MemorySegment d) {
        int count = u8(libusb_interface_descriptor.bNumEndpoints(d));
        MemorySegment array = count == 0 ? MemorySegment.NULL
                : libusb_interface_descriptor.endpoint(d).reinterpret(libusb_endpoint_descriptor.sizeof() * count);
        List<EndpointDescriptor> endpoints = new ArrayList<>(count);
        for (int e = 0; e < count; e++) {
            endpoints.add(endpoint(context, libusb_endpoint_descriptor.asSlice(array, e)));
        }
        return new InterfaceDescriptor(u8(libusb_interface_descriptor.bInterfaceNumber(d)),
                u8(libusb_interface_descriptor.bAlternateSetting(d)), u8(libusb_interface_descriptor.bInterfaceClass(d)),
                u8(libusb_interface_descriptor.bInterfaceSubClass(d)),
                u8(libusb_interface_descriptor.bInterfaceProtocol(d)), u8(libusb_interface_descriptor.iInterface(d)),
                List.copyOf(endpoints),
                extra(libusb_interface_descriptor.extra(d), libusb_interface_descriptor.extra_length(d)));
    }

    private static EndpointDescriptor endpoint(MemorySegment context, MemorySegment e) {
        return new EndpointDescriptor(u8(libusb_endpoint_descriptor.bEndpointAddress(e)),
                u8(libusb_endpoint_descriptor.bmAttributes(e)), u16(libusb_endpoint_descriptor.wMaxPacketSize(e)),
                u8(libusb_endpoint_descriptor.bInterval(e)), u8(libusb_endpoint_descriptor.bRefresh(e)),
                u8(libusb_endpoint_descriptor.bSynchAddress(e)),
                extra(libusb_endpoint_descriptor.extra(e), libusb_endpoint_descriptor.extra_length(e)),
                ssCompanion(context, e));
    }

    private static Optional<SsEndpointCompanionDescriptor> ssCompanion(MemorySegment context, MemorySegment endpoint) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            int r = libusb_get_ss_endpoint_companion_descriptor(context, endpoint, out);
            if (r == LIBUSB_ERROR_NOT_FOUND()) {
                return Optional.empty();
            }
            UsbException.check(r, "libusb_get_ss_endpoint_companion_descriptor");
            MemorySegment c = out.get(ADDRESS, 0).reinterpret(libusb_ss_endpoint_companion_descriptor.sizeof());
            try {
                return Optional.of(new SsEndpointCompanionDescriptor(
                        u8(libusb_ss_endpoint_companion_descriptor.bMaxBurst(c)),
                        u8(libusb_ss_endpoint_companion_descriptor.bmAttributes(c)),
                        u16(libusb_ss_endpoint_companion_descriptor.wBytesPerInterval(c))));
            } finally {
                libusb_free_ss_endpoint_companion_descriptor(c);
            }
        }
    }

    /**
     * A BOS descriptor from the bytes the device sent (header, then its device capabilities back to back),
     * split as {@code libusb_get_bos_descriptor} splits it; each capability is parsed by libusb's own parser
     * for its type, which takes the capability's raw bytes.
     *
     * @throws UsbException IO if the bytes are not a BOS descriptor
     */
    static BosDescriptor bos(MemorySegment context, byte[] bytes, String device) {
        int size = LIBUSB_DT_BOS_SIZE();
        if (bytes.length < size || u8(bytes[1]) != LIBUSB_DT_BOS() || u8(bytes[0]) < size) {
            throw malformedBos(device, bytes);
        }
        int total = Math.min(bytes.length, u16((short) (u8(bytes[2]) | u8(bytes[3]) << 8)));
        int count = u8(bytes[4]);
        List<BosDescriptor.BosCapability> caps = new ArrayList<>(count);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment all = arena.allocate(Math.max(1, total));
            MemorySegment.copy(bytes, 0, all, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, total);
            int offset = u8(bytes[0]);
            for (int i = 0; i < count && offset + LIBUSB_DT_DEVICE_CAPABILITY_SIZE() <= total; i++) {
                int length = u8(bytes[offset]);
                if (length < LIBUSB_DT_DEVICE_CAPABILITY_SIZE() || offset + length > total
                        || u8(bytes[offset + 1]) != LIBUSB_DT_DEVICE_CAPABILITY()) {
                    throw malformedBos(device, bytes);
                }
                caps.add(capability(context, all.asSlice(offset, length)));
                offset += length;
            }
        }
        return new BosDescriptor(total, caps);
    }

    private static UsbException malformedBos(String device, byte[] bytes) {
        return new UsbException(UsbError.IO, device + " sent a malformed BOS descriptor: "
                + java.util.HexFormat.of().formatHex(bytes) + " (a device firmware bug)");
    }

    /** One capability, {@code address} its raw bytes ({@code struct libusb_bos_dev_capability_descriptor}). */
    private static BosDescriptor.BosCapability capability(MemorySegment context, MemorySegment address) {
        MemorySegment cap = address;
        int length = u8(libusb_bos_dev_capability_descriptor.bLength(cap));
        int type = u8(libusb_bos_dev_capability_descriptor.bDevCapabilityType(cap));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            if (type == LIBUSB_BT_USB_2_0_EXTENSION()
                    && libusb_get_usb_2_0_extension_descriptor(context, cap, out) == 0) {
                MemorySegment d = out.get(ADDRESS, 0).reinterpret(libusb_usb_2_0_extension_descriptor.sizeof());
                try {
                    return new BosDescriptor.Usb20Extension(libusb_usb_2_0_extension_descriptor.bmAttributes(d));
                } finally {
                    libusb_free_usb_2_0_extension_descriptor(d);
                }
            }
            if (type == LIBUSB_BT_SS_USB_DEVICE_CAPABILITY()
                    && libusb_get_ss_usb_device_capability_descriptor(context, cap, out) == 0) {
                MemorySegment d = out.get(ADDRESS, 0).reinterpret(libusb_ss_usb_device_capability_descriptor.sizeof());
                try {
                    return new BosDescriptor.SsUsbDeviceCapability(
                            u8(libusb_ss_usb_device_capability_descriptor.bmAttributes(d)),
                            u16(libusb_ss_usb_device_capability_descriptor.wSpeedSupported(d)),
                            u8(libusb_ss_usb_device_capability_descriptor.bFunctionalitySupport(d)),
                            u8(libusb_ss_usb_device_capability_descriptor.bU1DevExitLat(d)),
                            u16(libusb_ss_usb_device_capability_descriptor.bU2DevExitLat(d)));
                } finally {
                    libusb_free_ss_usb_device_capability_descriptor(d);
                }
            }
            if (type == LIBUSB_BT_CONTAINER_ID() && libusb_get_container_id_descriptor(context, cap, out) == 0) {
                MemorySegment d = out.get(ADDRESS, 0).reinterpret(libusb_container_id_descriptor.sizeof());
                try {
                    return new BosDescriptor.ContainerId(libusb_container_id_descriptor.ContainerID(d).toArray(
                            java.lang.foreign.ValueLayout.JAVA_BYTE));
                } finally {
                    libusb_free_container_id_descriptor(d);
                }
            }
        }
        long header = libusb_bos_dev_capability_descriptor.dev_capability_data$offset();
        byte[] data = address.asSlice(header, Math.max(0, length - header)).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        return new BosDescriptor.OtherCapability(type, data);
    }

    private static byte[] extra(MemorySegment address, int length) {
        if (length <= 0 || address.equals(MemorySegment.NULL)) {
            return new byte[0];
        }
        return address.reinterpret(length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    }

    static int u8(byte b) {
        return b & 0xff;
    }

    static int u16(short s) {
        return s & 0xffff;
    }
}
