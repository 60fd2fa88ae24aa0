package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;
import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * Renders the event under a {@link PacketCursor} for the {@code ffmusb usbredir decode} dissector: as
 * one JSON object (every field of the C type-header struct under its C name, in struct order, exactly
 * the fields on the wire) or as one human-readable line.
 */
public final class PacketFormat {
    private PacketFormat() {}

    private static final HexFormat HEX = HexFormat.of();
    /** Payload bytes shown in the human form. */
    private static final int TEXT_DATA_BYTES = 16;

    /**
     * A packet as {@code {"type":"control_packet","id":5,"endpoint":128,...,"data":"1201..."}}; an error
     * as {@code {"error":"...","offset":N}}. Hello has {@code version} and {@code caps} (u32 words),
     * filter_filter has {@code rules} ({@code [class,vendor,product,version,allow]} each).
     */
    public static String json(PacketCursor c) {
        var sb = new StringBuilder(128);
        if (c.isError()) {
            sb.append("{\"error\":");
            jsonString(sb, c.error().message());
            return sb.append(",\"offset\":").append(c.error().offset()).append('}').toString();
        }
        PacketType type = c.type();
        sb.append("{\"type\":\"").append(type.cName()).append("\",\"id\":").append(Long.toUnsignedString(c.id()));
        switch (type) {
            case HELLO -> {
                sb.append(",\"version\":");
                jsonString(sb, RecordDecoder.helloVersion(c.buffer(), c.typeHeaderOffset()));
                sb.append(",\"caps\":[");
                for (long i = 0; i + 4 <= c.dataLength(); i += 4) {
                    sb.append(i == 0 ? "" : ",").append(u32(c.buffer(), c.dataOffset() + i));
                }
                sb.append(']');
            }
            case FILTER_FILTER -> {
                sb.append(",\"rules\":[");
                List<FilterRule> rules = c.filterRules();
                for (int i = 0; i < rules.size(); i++) {
                    FilterRule r = rules.get(i);
                    sb.append(i == 0 ? "[" : ",[").append(r.deviceClass()).append(',').append(r.vendorId())
                            .append(',').append(r.productId()).append(',').append(r.deviceVersionBcd())
                            .append(',').append(r.allow() ? 1 : 0).append(']');
                }
                sb.append(']');
            }
            default -> {
                jsonFields(sb, c.typeHeaderLayout(), c.buffer(), c.typeHeaderOffset());
                if (type.isDataPacket()) {
                    sb.append(",\"data\":\"");
                    appendHex(sb, c.buffer(), c.dataOffset(), c.dataLength());
                    sb.append('"');
                }
            }
        }
        return sb.append('}').toString();
    }

    /** One line for people: stream offset, type, id, fields (decoded names for status, speed...), data. */
    public static String text(PacketCursor c) {
        var sb = new StringBuilder(128);
        sb.append(String.format("@%-8d ", c.streamOffset()));
        if (c.isError()) {
            return sb.append("ERROR ").append(c.error().kind()).append(": ").append(c.error().message()).toString();
        }
        PacketType type = c.type();
        sb.append(String.format("%-26s id=%s", type.cName(), Long.toUnsignedString(c.id())));
        MemorySegment s = c.buffer();
        long th = c.typeHeaderOffset();
        switch (type) {
            case HELLO -> {
                sb.append(" version=\"").append(RecordDecoder.helloVersion(s, th)).append('"');
                sb.append(" caps=").append(c.dataLength() >= 4 ? new Caps(s.get(U32, c.dataOffset())) : Caps.NONE);
            }
            case FILTER_FILTER -> sb.append(" rules=\"")
                    .append(org.ffmusb.usbredir.filter.UsbRedirFilter.toString(c.filterRules())).append('"');
            case INTERFACE_INFO -> {
                long count = u32(s, th + INTF_COUNT);
                sb.append(" interface_count=").append(count);
                for (int i = 0; i < count; i++) {
                    sb.append(String.format(" [%d: class %02x/%02x/%02x]", u8(s, th + INTF_INTERFACE + i),
                            u8(s, th + INTF_CLASS + i), u8(s, th + INTF_SUBCLASS + i), u8(s, th + INTF_PROTOCOL + i)));
                }
            }
            case EP_INFO -> appendEndpoints(sb, c);
            default -> textFields(sb, c.typeHeaderLayout(), s, th);
        }
        if (type.isDataPacket()) {
            sb.append(" data=").append(c.dataLength()).append(" bytes");
            if (c.dataLength() > 0) {
                sb.append(' ');
                appendHex(sb, s, c.dataOffset(), Math.min(c.dataLength(), TEXT_DATA_BYTES));
                if (c.dataLength() > TEXT_DATA_BYTES) {
                    sb.append("...");
                }
            }
        }
        return sb.toString();
    }

    private static void appendEndpoints(StringBuilder sb, PacketCursor c) {
        MemorySegment s = c.buffer();
        long th = c.typeHeaderOffset();
        boolean mps = c.negotiatedCaps().has(Cap.EP_INFO_MAX_PACKET_SIZE);
        boolean streams = c.negotiatedCaps().has(Cap.BULK_STREAMS);
        for (int i = 0; i < EpInfo.ENDPOINTS; i++) {
            int type = u8(s, th + EP_TYPE + i);
            if (type == EndpointType.INVALID) {
                continue;
            }
            sb.append(String.format(" [ep %02x %s interval=%d interface=%d", EndpointType.address(i),
                    EndpointType.name(type), u8(s, th + EP_INTERVAL + i), u8(s, th + EP_INTERFACE + i)));
            if (mps) {
                sb.append(" max_packet_size=").append(u16(s, th + EP_MAX_PACKET_SIZE + U16.byteSize() * i));
            }
            if (streams) {
                sb.append(" max_streams=").append(u32(s, th + EP_MAX_STREAMS + U32.byteSize() * i));
            }
            sb.append(']');
        }
    }

    private static void jsonFields(StringBuilder sb, StructLayout layout, MemorySegment s, long base) {
        for (MemoryLayout field : layout.memberLayouts()) {
            String name = field.name().orElseThrow();
            long at = base + layout.byteOffset(MemoryLayout.PathElement.groupElement(name));
            sb.append(",\"").append(name).append("\":");
            if (field instanceof SequenceLayout seq) {
                ValueLayout element = (ValueLayout) seq.elementLayout();
                sb.append('[');
                for (long i = 0; i < seq.elementCount(); i++) {
                    sb.append(i == 0 ? "" : ",").append(value(s, at + i * element.byteSize(), element));
                }
                sb.append(']');
            } else {
                sb.append(value(s, at, (ValueLayout) field));
            }
        }
    }

    private static void textFields(StringBuilder sb, StructLayout layout, MemorySegment s, long base) {
        for (MemoryLayout field : layout.memberLayouts()) {
            String name = field.name().orElseThrow();
            long v = value(s, base + layout.byteOffset(MemoryLayout.PathElement.groupElement(name)), (ValueLayout) field);
            sb.append(' ').append(name).append('=');
            switch (name) {
                case "status" -> sb.append(Status.name((int) v));
                case "speed" -> sb.append(Speed.name((int) v));
                case "endpoint", "requesttype", "request", "endpoints" -> sb.append(String.format("0x%02x", v));
                case "value", "index", "vendor_id", "product_id", "device_version_bcd" ->
                        sb.append(String.format("0x%04x", v));
                default -> sb.append(v);
            }
        }
    }

    private static long value(MemorySegment s, long at, ValueLayout layout) {
        return switch ((int) layout.byteSize()) {
            case 1 -> u8(s, at);
            case 2 -> u16(s, at);
            case 4 -> u32(s, at);
            default -> throw new IllegalStateException("no field of " + layout);
        };
    }

    private static void appendHex(StringBuilder sb, MemorySegment s, long offset, long length) {
        for (long i = 0; i < length; i++) {
            HEX.toHexDigits(sb, s.get(U8, offset + i));
        }
    }

    /** A JSON string; bytes outside printable ASCII become \\u escapes (one char per byte, ISO-8859-1). */
    static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20 || ch >= 0x7F) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
