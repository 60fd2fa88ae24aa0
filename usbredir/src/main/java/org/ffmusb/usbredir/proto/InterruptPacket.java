package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * An interrupt transfer (both directions; reference §4 interrupt_packet): OUT data from the guest and
 * its reply, or IN data of interrupt receiving from the host.
 *
 * @param data payload (empty when none); see {@link DataPacket} for the lifetime of a decoded one
 */
public record InterruptPacket(
        long id, int endpoint, int status, int length, MemorySegment data)
        implements DataPacket, HostPacket, GuestPacket {
    public InterruptPacket {
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        Fields.u16("length", length);
        data = Fields.data(data);
    }

    @Override
    public PacketType type() {
        return PacketType.INTERRUPT_PACKET;
    }

    /** Equal when every field and the payload bytes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InterruptPacket p && id == p.id && endpoint == p.endpoint && status == p.status &&
                length == p.length && Fields.sameBytes(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, endpoint, status, length) * 31 + Fields.bytesHash(data);
    }

    @Override
    public String toString() {
        return ("InterruptPacket[id=%s, endpoint=%d, status=%d, length=%d, data=%s]")
                .formatted(Long.toUnsignedString(id), endpoint, status, length, Fields.bytesToString(data));
    }
}
