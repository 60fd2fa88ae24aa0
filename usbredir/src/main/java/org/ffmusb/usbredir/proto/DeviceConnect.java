package org.ffmusb.usbredir.proto;

/**
 * A device is attached (host → guest; reference §4 device_connect). Sent after interface_info and
 * ep_info.
 *
 * @param deviceVersionBcd bcdDevice, or {@link #ABSENT} when cap connect_device_version is not
 *                         negotiated and the field is not on the wire
 */
public record DeviceConnect(long id, int speed, int deviceClass, int deviceSubclass, int deviceProtocol,
                            int vendorId, int productId, int deviceVersionBcd) implements HostPacket {
    /** {@link #deviceVersionBcd()} of a device_connect without that field. */
    public static final int ABSENT = -1;

    public DeviceConnect {
        Fields.u8("speed", speed);
        Fields.u8("device_class", deviceClass);
        Fields.u8("device_subclass", deviceSubclass);
        Fields.u8("device_protocol", deviceProtocol);
        Fields.u16("vendor_id", vendorId);
        Fields.u16("product_id", productId);
        if (deviceVersionBcd != ABSENT) {
            Fields.u16("device_version_bcd", deviceVersionBcd);
        }
    }

    @Override
    public PacketType type() {
        return PacketType.DEVICE_CONNECT;
    }
}
