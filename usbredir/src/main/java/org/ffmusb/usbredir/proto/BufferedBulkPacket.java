package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Bulk IN data of buffered bulk receiving (host → guest; reference §4 buffered_bulk_packet; needs cap
 * bulk_receiving).
 *
 * @param length data length; ≤ 128 MiB
 * @param data payload (empty when none); see {@link DataPacket} for the lifetime of a decoded one
 */
public record BufferedBulkPacket(
        long id, long streamId, long length, int endpoint, int status, MemorySegment data)
        implements DataPacket, HostPacket {
    public BufferedBulkPacket {
        Fields.u32("streamId", streamId);
        Fields.u32("length", length);
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        data = Fields.data(data);
    }

    @Override
    public PacketType type() {
        return PacketType.BUFFERED_BULK_PACKET;
    }

    /** Equal when every field and the payload bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BufferedBulkPacket p && id == p.id && streamId == p.streamId &&
                length == p.length && endpoint == p.endpoint && status == p.status &&
                Fields.sameBytes(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, streamId, length, endpoint, status) * 31 + Fields.bytesHash(data);
    }

    @Override
    public String toString() {
        return ("BufferedBulkPacket[id=%s, streamId=%d, length=%d, endpoint=%d, status=%d, data=%s]")
                .formatted(Long.toUnsignedString(id), streamId, length, endpoint, status, Fields.bytesToString(data));
    }
}
