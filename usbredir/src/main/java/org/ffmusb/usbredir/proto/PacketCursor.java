package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * The zero-allocation view of the packet most recently decoded by {@link UsbRedirParser#advance()}:
 * a flyweight over the receive buffer, reused for every packet. The data path reads fields and
 * copies the payload from here without creating objects; {@link #toPacket()} makes the immutable record.
 *
 * <p>Everything read from a cursor is valid until the next {@code advance}, {@code poll}, {@code feed}
 * or {@code receiveBuffer} call on its parser. Not thread-safe, like its parser.
 */
public final class PacketCursor {
    private PacketType type;
    private ProtocolError error;
    private long id;
    private MemorySegment segment;
    private long typeHeader;
    private long dataOffset;
    private long dataLength;
    private Caps negotiated;
    private long streamOffset;
    private List<FilterRule> filterRules;

    PacketCursor() {}

    void set(PacketType type, long id, MemorySegment segment, long typeHeader, long dataOffset, long dataLength,
             Caps negotiated, long streamOffset) {
        this.type = type;
        this.error = null;
        this.id = id;
        this.segment = segment;
        this.typeHeader = typeHeader;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
        this.negotiated = negotiated;
        this.streamOffset = streamOffset;
        this.filterRules = null;
    }

    void setError(ProtocolError error) {
        this.type = null;
        this.error = error;
        this.id = error.id();
        this.streamOffset = error.offset();
    }

    void setFilterRules(List<FilterRule> rules) {
        this.filterRules = rules;
    }

    /** True if the current event is a rejected packet rather than a packet. */
    public boolean isError() {
        return error != null;
    }

    /** The rejection, or null when the current event is a packet. */
    public ProtocolError error() {
        return error;
    }

    /** The packet type, or null when the current event is an error. */
    public PacketType type() {
        return type;
    }

    public long id() {
        return id;
    }

    /** Stream offset of the packet's first byte. */
    public long streamOffset() {
        return streamOffset;
    }

    /** The caps in effect when the packet was decoded (they select the type-header layout). */
    public Caps negotiatedCaps() {
        return negotiated;
    }

    /** The type-header layout this packet was decoded with. */
    public StructLayout typeHeaderLayout() {
        return type.typeHeader(negotiated);
    }

    /** The receive buffer holding the packet; see {@link #typeHeaderOffset()} and {@link #dataOffset()}. */
    public MemorySegment buffer() {
        return segment;
    }

    public long typeHeaderOffset() {
        return typeHeader;
    }

    public long dataOffset() {
        return dataOffset;
    }

    /** Bytes of data after the type header. */
    public long dataLength() {
        return dataLength;
    }

    /** The payload as a slice (allocates the slice object; the bytes are not copied). */
    public MemorySegment data() {
        return dataLength == 0 ? Fields.NO_DATA : segment.asSlice(dataOffset, dataLength);
    }

    /** Copies the payload into {@code destination} at {@code offset}: the one copy of the data path. */
    public void copyData(MemorySegment destination, long offset) {
        MemorySegment.copy(segment, dataOffset, destination, offset, dataLength);
    }

    /** The endpoint field of a data packet (types 100–104). */
    public int endpoint() {
        return u8(segment, typeHeader + switch (type) {
            case CONTROL_PACKET -> CONTROL_ENDPOINT;
            case BULK_PACKET -> BULK_ENDPOINT;
            case ISO_PACKET -> ISO_ENDPOINT;
            case INTERRUPT_PACKET -> INTERRUPT_ENDPOINT;
            case BUFFERED_BULK_PACKET -> BUFFERED_ENDPOINT;
            default -> throw notA("data packet");
        });
    }

    /** The status field of a data packet. */
    public int status() {
        return u8(segment, typeHeader + switch (type) {
            case CONTROL_PACKET -> CONTROL_STATUS;
            case BULK_PACKET -> BULK_STATUS;
            case ISO_PACKET -> ISO_STATUS;
            case INTERRUPT_PACKET -> INTERRUPT_STATUS;
            case BUFFERED_BULK_PACKET -> BUFFERED_STATUS;
            default -> throw notA("data packet");
        });
    }

    /** The length field of a data packet; for bulk the effective 32-bit length. */
    public long length() {
        return switch (type) {
            case CONTROL_PACKET -> u16(segment, typeHeader + CONTROL_LENGTH);
            case BULK_PACKET -> Verifier.bulkLength(segment, typeHeader, negotiated);
            case ISO_PACKET -> u16(segment, typeHeader + ISO_LENGTH);
            case INTERRUPT_PACKET -> u16(segment, typeHeader + INTERRUPT_LENGTH);
            case BUFFERED_BULK_PACKET -> u32(segment, typeHeader + BUFFERED_LENGTH);
            default -> throw notA("data packet");
        };
    }

    /** The stream_id of a bulk or buffered bulk packet. */
    public long streamId() {
        return switch (type) {
            case BULK_PACKET -> u32(segment, typeHeader + BULK_STREAM_ID);
            case BUFFERED_BULK_PACKET -> u32(segment, typeHeader + BUFFERED_STREAM_ID);
            default -> throw notA("bulk packet");
        };
    }

    public int request() {
        return u8(segment, typeHeader + controlField(CONTROL_REQUEST));
    }

    public int requestType() {
        return u8(segment, typeHeader + controlField(CONTROL_REQUESTTYPE));
    }

    public int value() {
        return u16(segment, typeHeader + controlField(CONTROL_VALUE));
    }

    public int index() {
        return u16(segment, typeHeader + controlField(CONTROL_INDEX));
    }

    /** The packet as an immutable record, or the error; data packets get a slice, not a copy. */
    public Object toEvent() {
        return error != null ? error : toPacket();
    }

    /** The packet as an immutable record (data packets get a slice of the payload, not a copy). */
    public Packet toPacket() {
        if (error != null) {
            throw new IllegalStateException("the current event is an error: " + error);
        }
        return RecordDecoder.decode(this);
    }

    List<FilterRule> filterRules() {
        return filterRules;
    }

    int u8At(long fieldOffset) {
        return u8(segment, typeHeader + fieldOffset);
    }

    int u16At(long fieldOffset) {
        return u16(segment, typeHeader + fieldOffset);
    }

    long u32At(long fieldOffset) {
        return u32(segment, typeHeader + fieldOffset);
    }

    private long controlField(long offset) {
        if (type != PacketType.CONTROL_PACKET) {
            throw notA("control_packet");
        }
        return offset;
    }

    private IllegalStateException notA(String what) {
        return new IllegalStateException("the current packet is " + (type == null ? "an error" : type.cName())
                + ", not a " + what);
    }
}
