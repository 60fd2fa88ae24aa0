package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * Writes the type header of a control-type record (types 0–27). Data packets are written by the
 * parser's {@code send*Packet} methods, which take primitives so the data path allocates nothing.
 */
final class RecordEncoder {
    private RecordEncoder() {}

    /** Writes {@code p}'s type header at {@code th}; the bytes there are zero-filled by the caller. */
    static void writeTypeHeader(Packet p, MemorySegment s, long th, Caps negotiated) {
        switch (p) {
            case Hello h -> {
                byte[] version = h.version().getBytes(StandardCharsets.ISO_8859_1);
                // C snprintf into char[64]: at most 63 bytes and a NUL.
                MemorySegment.copy(version, 0, s, U8, th + HELLO_VERSION,
                        Math.min(version.length, Hello.VERSION_FIELD_SIZE - 1));
            }
            case DeviceConnect d -> {
                putU8(s, th + CONNECT_SPEED, d.speed());
                putU8(s, th + CONNECT_CLASS, d.deviceClass());
                putU8(s, th + CONNECT_SUBCLASS, d.deviceSubclass());
                putU8(s, th + CONNECT_PROTOCOL, d.deviceProtocol());
                putU16(s, th + CONNECT_VENDOR, d.vendorId());
                putU16(s, th + CONNECT_PRODUCT, d.productId());
                if (negotiated.has(Cap.CONNECT_DEVICE_VERSION)) {
                    putU16(s, th + CONNECT_BCD, Math.max(d.deviceVersionBcd(), 0));
                }
            }
            case InterfaceInfo i -> {
                putU32(s, th + INTF_COUNT, i.interfaceCount());
                u8s(s, th + INTF_INTERFACE, i.interfaces());
                u8s(s, th + INTF_CLASS, i.interfaceClasses());
                u8s(s, th + INTF_SUBCLASS, i.interfaceSubclasses());
                u8s(s, th + INTF_PROTOCOL, i.interfaceProtocols());
            }
            case EpInfo e -> {
                u8s(s, th + EP_TYPE, e.types());
                u8s(s, th + EP_INTERVAL, e.intervals());
                u8s(s, th + EP_INTERFACE, e.interfaces());
                if (negotiated.has(Cap.EP_INFO_MAX_PACKET_SIZE) && e.maxPacketSizes() != null) {
                    for (int i = 0; i < EpInfo.ENDPOINTS; i++) {
                        putU16(s, th + EP_MAX_PACKET_SIZE + U16.byteSize() * i, e.maxPacketSizes().get(i));
                    }
                }
                if (negotiated.has(Cap.BULK_STREAMS) && e.maxStreams() != null) {
                    for (int i = 0; i < EpInfo.ENDPOINTS; i++) {
                        putU32(s, th + EP_MAX_STREAMS + U32.byteSize() * i, e.maxStreams().get(i));
                    }
                }
            }
            case SetConfiguration c -> putU8(s, th + SET_CONFIG_CONFIGURATION, c.configuration());
            case ConfigurationStatus c -> {
                putU8(s, th + CONFIG_STATUS_STATUS, c.status());
                putU8(s, th + CONFIG_STATUS_CONFIGURATION, c.configuration());
            }
            case SetAltSetting a -> {
                putU8(s, th + SET_ALT_INTERFACE, a.interfaceNumber());
                putU8(s, th + SET_ALT_ALT, a.alt());
            }
            case GetAltSetting a -> putU8(s, th + GET_ALT_INTERFACE, a.interfaceNumber());
            case AltSettingStatus a -> {
                putU8(s, th + ALT_STATUS_STATUS, a.status());
                putU8(s, th + ALT_STATUS_INTERFACE, a.interfaceNumber());
                putU8(s, th + ALT_STATUS_ALT, a.alt());
            }
            case StartIsoStream i -> {
                putU8(s, th + START_ISO_ENDPOINT, i.endpoint());
                putU8(s, th + START_ISO_PKTS_PER_URB, i.pktsPerUrb());
                putU8(s, th + START_ISO_NO_URBS, i.noUrbs());
            }
            case StopIsoStream i -> putU8(s, th + STOP_ISO_ENDPOINT, i.endpoint());
            case IsoStreamStatus i -> {
                putU8(s, th + ISO_STATUS_STATUS, i.status());
                putU8(s, th + ISO_STATUS_ENDPOINT, i.endpoint());
            }
            case StartInterruptReceiving i -> putU8(s, th + START_INT_ENDPOINT, i.endpoint());
            case StopInterruptReceiving i -> putU8(s, th + STOP_INT_ENDPOINT, i.endpoint());
            case InterruptReceivingStatus i -> {
                putU8(s, th + INT_STATUS_STATUS, i.status());
                putU8(s, th + INT_STATUS_ENDPOINT, i.endpoint());
            }
            case AllocBulkStreams a -> {
                putU32(s, th + ALLOC_STREAMS_ENDPOINTS, a.endpoints());
                putU32(s, th + ALLOC_STREAMS_NO_STREAMS, a.noStreams());
            }
            case FreeBulkStreams f -> putU32(s, th + FREE_STREAMS_ENDPOINTS, f.endpoints());
            case BulkStreamsStatus b -> {
                putU32(s, th + STREAMS_STATUS_ENDPOINTS, b.endpoints());
                putU32(s, th + STREAMS_STATUS_NO_STREAMS, b.noStreams());
                putU8(s, th + STREAMS_STATUS_STATUS, b.status());
            }
            case StartBulkReceiving b -> {
                putU32(s, th + START_BULK_STREAM_ID, b.streamId());
                putU32(s, th + START_BULK_BYTES, b.bytesPerTransfer());
                putU8(s, th + START_BULK_ENDPOINT, b.endpoint());
                putU8(s, th + START_BULK_NO_TRANSFERS, b.noTransfers());
            }
            case StopBulkReceiving b -> {
                putU32(s, th + STOP_BULK_STREAM_ID, b.streamId());
                putU8(s, th + STOP_BULK_ENDPOINT, b.endpoint());
            }
            case BulkReceivingStatus b -> {
                putU32(s, th + BULK_STATUS_STREAM_ID, b.streamId());
                putU8(s, th + BULK_STATUS_ENDPOINT, b.endpoint());
                putU8(s, th + BULK_STATUS_STATUS, b.status());
            }
            case DeviceDisconnect d -> { }
            case Reset r -> { }
            case GetConfiguration g -> { }
            case CancelDataPacket c -> { }
            case FilterReject f -> { }
            case FilterFilter f -> { }
            case DeviceDisconnectAck a -> { }
            case DataPacket d -> throw new IllegalArgumentException("data packets are written by the parser");
        }
    }

    private static void u8s(MemorySegment s, long at, List<Integer> values) {
        for (int i = 0; i < values.size(); i++) {
            putU8(s, at + i, values.get(i));
        }
    }
}
