package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A bulk transfer (both directions; reference §4 bulk_packet). On the wire the length is split into
 * {@code length} and {@code length_high} (the latter only with cap 32bits_bulk_length); this record holds
 * the effective 32-bit length, at most 128 MiB.
 *
 * @param length   requested length (IN request) or data length; ≤ 128 MiB
 * @param streamId bulk stream id, 0 without streams
 * @param data payload (empty when none); see {@link DataPacket} for the lifetime of a decoded one
 */
public record BulkPacket(
        long id, int endpoint, int status, long length, long streamId, MemorySegment data)
        implements DataPacket, HostPacket, GuestPacket {
    public BulkPacket {
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        Fields.u32("length", length);
        Fields.u32("streamId", streamId);
        data = Fields.data(data);
    }

    @Override
    public PacketType type() {
        return PacketType.BULK_PACKET;
    }

    /** Equal when every field and the payload bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BulkPacket p && id == p.id && endpoint == p.endpoint && status == p.status &&
                length == p.length && streamId == p.streamId && Fields.sameBytes(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, endpoint, status, length, streamId) * 31 + Fields.bytesHash(data);
    }

    @Override
    public String toString() {
        return ("BulkPacket[id=%s, endpoint=%d, status=%d, length=%d, streamId=%d, data=%s]")
                .formatted(Long.toUnsignedString(id), endpoint, status, length, streamId, Fields.bytesToString(data));
    }
}
