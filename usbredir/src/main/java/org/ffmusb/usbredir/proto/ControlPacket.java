package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A control transfer (both directions; reference §4 control_packet). The request carries the setup
 * fields and OUT data; the reply keeps every field but status and length (the actual length) and
 * carries IN data. {@code endpoint} is 0x00 or 0x80.
 *
 * @param length     wLength in a request, the actual length in a reply
 * @param data payload (empty when none); see {@link DataPacket} for the lifetime of a decoded one
 */
public record ControlPacket(
        long id, int endpoint, int request, int requestType, int status, int value, int index, int length,
        MemorySegment data)
        implements DataPacket, HostPacket, GuestPacket {
    public ControlPacket {
        Fields.u8("endpoint", endpoint);
        Fields.u8("request", request);
        Fields.u8("requestType", requestType);
        Fields.u8("status", status);
        Fields.u16("value", value);
        Fields.u16("index", index);
        Fields.u16("length", length);
        data = Fields.data(data);
    }

    @Override
    public PacketType type() {
        return PacketType.CONTROL_PACKET;
    }

    /** Equal when every field and the payload bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ControlPacket p && id == p.id && endpoint == p.endpoint && request == p.request &&
                requestType == p.requestType && status == p.status && value == p.value && index == p.index &&
                length == p.length && Fields.sameBytes(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, endpoint, request, requestType, status, value, index, length) * 31
                + Fields.bytesHash(data);
    }

    @Override
    public String toString() {
        return ("ControlPacket[id=%s, endpoint=%d, request=%d, requestType=%d, status=%d, value=%d, index=%d,"
                + " length=%d, data=%s]").formatted(Long.toUnsignedString(id), endpoint, request, requestType, status,
                value, index, length, Fields.bytesToString(data));
    }
}
