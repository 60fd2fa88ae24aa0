package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/** Builds the immutable record of the packet under a {@link PacketCursor}. */
final class RecordDecoder {
    private RecordDecoder() {}

    static Packet decode(PacketCursor c) {
        long id = c.id();
        return switch (c.type()) {
            case HELLO -> new Hello(id, helloVersion(c.buffer(), c.typeHeaderOffset()), capWords(c));
            case DEVICE_CONNECT -> new DeviceConnect(id, c.u8At(CONNECT_SPEED), c.u8At(CONNECT_CLASS),
                    c.u8At(CONNECT_SUBCLASS), c.u8At(CONNECT_PROTOCOL), c.u16At(CONNECT_VENDOR),
                    c.u16At(CONNECT_PRODUCT),
                    c.negotiatedCaps().has(Cap.CONNECT_DEVICE_VERSION) ? c.u16At(CONNECT_BCD) : DeviceConnect.ABSENT);
            case DEVICE_DISCONNECT -> new DeviceDisconnect(id);
            case RESET -> new Reset(id);
            case INTERFACE_INFO -> new InterfaceInfo(id, c.u32At(INTF_COUNT), u8s(c, INTF_INTERFACE),
                    u8s(c, INTF_CLASS), u8s(c, INTF_SUBCLASS), u8s(c, INTF_PROTOCOL));
            case EP_INFO -> new EpInfo(id, u8s(c, EP_TYPE), u8s(c, EP_INTERVAL), u8s(c, EP_INTERFACE),
                    c.negotiatedCaps().has(Cap.EP_INFO_MAX_PACKET_SIZE) ? u16s(c, EP_MAX_PACKET_SIZE) : null,
                    c.negotiatedCaps().has(Cap.BULK_STREAMS) ? u32s(c, EP_MAX_STREAMS) : null);
            case SET_CONFIGURATION -> new SetConfiguration(id, c.u8At(SET_CONFIG_CONFIGURATION));
            case GET_CONFIGURATION -> new GetConfiguration(id);
            case CONFIGURATION_STATUS -> new ConfigurationStatus(id, c.u8At(CONFIG_STATUS_STATUS),
                    c.u8At(CONFIG_STATUS_CONFIGURATION));
            case SET_ALT_SETTING -> new SetAltSetting(id, c.u8At(SET_ALT_INTERFACE), c.u8At(SET_ALT_ALT));
            case GET_ALT_SETTING -> new GetAltSetting(id, c.u8At(GET_ALT_INTERFACE));
            case ALT_SETTING_STATUS -> new AltSettingStatus(id, c.u8At(ALT_STATUS_STATUS),
                    c.u8At(ALT_STATUS_INTERFACE), c.u8At(ALT_STATUS_ALT));
            case START_ISO_STREAM -> new StartIsoStream(id, c.u8At(START_ISO_ENDPOINT),
                    c.u8At(START_ISO_PKTS_PER_URB), c.u8At(START_ISO_NO_URBS));
            case STOP_ISO_STREAM -> new StopIsoStream(id, c.u8At(STOP_ISO_ENDPOINT));
            case ISO_STREAM_STATUS -> new IsoStreamStatus(id, c.u8At(ISO_STATUS_STATUS), c.u8At(ISO_STATUS_ENDPOINT));
            case START_INTERRUPT_RECEIVING -> new StartInterruptReceiving(id, c.u8At(START_INT_ENDPOINT));
            case STOP_INTERRUPT_RECEIVING -> new StopInterruptReceiving(id, c.u8At(STOP_INT_ENDPOINT));
            case INTERRUPT_RECEIVING_STATUS -> new InterruptReceivingStatus(id, c.u8At(INT_STATUS_STATUS),
                    c.u8At(INT_STATUS_ENDPOINT));
            case ALLOC_BULK_STREAMS -> new AllocBulkStreams(id, c.u32At(ALLOC_STREAMS_ENDPOINTS),
                    c.u32At(ALLOC_STREAMS_NO_STREAMS));
            case FREE_BULK_STREAMS -> new FreeBulkStreams(id, c.u32At(FREE_STREAMS_ENDPOINTS));
            case BULK_STREAMS_STATUS -> new BulkStreamsStatus(id, c.u32At(STREAMS_STATUS_ENDPOINTS),
                    c.u32At(STREAMS_STATUS_NO_STREAMS), c.u8At(STREAMS_STATUS_STATUS));
            case CANCEL_DATA_PACKET -> new CancelDataPacket(id);
            case FILTER_REJECT -> new FilterReject(id);
            case FILTER_FILTER -> new FilterFilter(id, c.filterRules());
            case DEVICE_DISCONNECT_ACK -> new DeviceDisconnectAck(id);
            case START_BULK_RECEIVING -> new StartBulkReceiving(id, c.u32At(START_BULK_STREAM_ID),
                    c.u32At(START_BULK_BYTES), c.u8At(START_BULK_ENDPOINT), c.u8At(START_BULK_NO_TRANSFERS));
            case STOP_BULK_RECEIVING -> new StopBulkReceiving(id, c.u32At(STOP_BULK_STREAM_ID),
                    c.u8At(STOP_BULK_ENDPOINT));
            case BULK_RECEIVING_STATUS -> new BulkReceivingStatus(id, c.u32At(BULK_STATUS_STREAM_ID),
                    c.u8At(BULK_STATUS_ENDPOINT), c.u8At(BULK_STATUS_STATUS));
            case CONTROL_PACKET -> new ControlPacket(id, c.endpoint(), c.request(), c.requestType(), c.status(),
                    c.value(), c.index(), (int) c.length(), c.data());
            case BULK_PACKET -> new BulkPacket(id, c.endpoint(), c.status(), c.length(), c.streamId(), c.data());
            case ISO_PACKET -> new IsoPacket(id, c.endpoint(), c.status(), (int) c.length(), c.data());
            case INTERRUPT_PACKET -> new InterruptPacket(id, c.endpoint(), c.status(), (int) c.length(), c.data());
            case BUFFERED_BULK_PACKET -> new BufferedBulkPacket(id, c.streamId(), c.length(), c.endpoint(),
                    c.status(), c.data());
        };
    }

    /** The version field up to its first NUL (at most 64 bytes), one char per byte. */
    static String helloVersion(MemorySegment s, long th) {
        long at = th + HELLO_VERSION;
        int n = 0;
        while (n < Hello.VERSION_FIELD_SIZE && s.get(U8, at + n) != 0) {
            n++;
        }
        byte[] bytes = new byte[n];
        MemorySegment.copy(s, U8, at, bytes, 0, n);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The caps words that follow the hello header; trailing bytes short of a word are ignored (§5). */
    private static List<Long> capWords(PacketCursor c) {
        var words = new ArrayList<Long>();
        for (long i = 0; i + 4 <= c.dataLength(); i += 4) {
            words.add(u32(c.buffer(), c.dataOffset() + i));
        }
        return words;
    }

    private static List<Integer> u8s(PacketCursor c, long offset) {
        var list = new ArrayList<Integer>(32);
        for (int i = 0; i < 32; i++) {
            list.add(c.u8At(offset + i));
        }
        return list;
    }

    private static List<Integer> u16s(PacketCursor c, long offset) {
        var list = new ArrayList<Integer>(32);
        for (int i = 0; i < 32; i++) {
            list.add(c.u16At(offset + U16.byteSize() * i));
        }
        return list;
    }

    private static List<Long> u32s(PacketCursor c, long offset) {
        var list = new ArrayList<Long>(32);
        for (int i = 0; i < 32; i++) {
            list.add(c.u32At(offset + U32.byteSize() * i));
        }
        return list;
    }
}
