package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.ffmusb.usbredir.filter.UsbRedirFilter;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * The send side of a parser: encodes packets in place into the {@link OutputQueue}, verifies them as C
 * does on send (reference §7.2, §7.4) and holds everything but our hello until the peer's hello has
 * arrived (§2). The data-packet methods take primitives so the data path allocates nothing.
 */
final class PacketWriter {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.proto");
    private static final MemorySegment ZEROS = MemorySegment.ofArray(new byte[512]);

    private final Session session;
    final OutputQueue out = new OutputQueue();
    private final ArrayDeque<Packet> held = new ArrayDeque<>();

    PacketWriter(Session session) {
        this.session = session;
    }

    int heldCount() {
        return held.size();
    }

    /** Sends a record, or holds it (payload copied) until the peer hello. */
    void send(Packet packet) {
        if (!session.hasPeerHello() && !(packet instanceof Hello)) {
            held.add(packet instanceof DataPacket d ? withCopiedData(d) : packet);
            return;
        }
        encode(packet);
    }

    /** Encodes what was held for the peer hello, now that it arrived. */
    void sendHeld() {
        while (!held.isEmpty()) {
            Packet p = held.poll();
            try {
                encode(p);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "dropped " + p.type().cName()
                        + " held until the peer hello: " + e.getMessage());
            }
        }
    }

    void control(long id, int endpoint, int request, int requestType, int status, int value, int index, int length,
                 MemorySegment data, long dataOffset, long dataLength) {
        if (!session.hasPeerHello()) {
            held.add(new ControlPacket(id, endpoint, request, requestType, status, value, index, length,
                    copy(data, dataOffset, dataLength)));
            return;
        }
        writeControl(id, endpoint, request, requestType, status, value, index, length, data, dataOffset, dataLength);
    }

    private void writeControl(long id, int endpoint, int request, int requestType, int status, int value, int index,
                              int length, MemorySegment data, long dataOffset, long dataLength) {
        Fields.u8("endpoint", endpoint);
        Fields.u8("request", request);
        Fields.u8("requesttype", requestType);
        Fields.u8("status", status);
        Fields.u16("value", value);
        Fields.u16("index", index);
        Fields.u16("length", length);
        long th = begin(PacketType.CONTROL_PACKET, id, dataLength);
        MemorySegment s = out.segment();
        putU8(s, th + CONTROL_ENDPOINT, endpoint);
        putU8(s, th + CONTROL_REQUEST, request);
        putU8(s, th + CONTROL_REQUESTTYPE, requestType);
        putU8(s, th + CONTROL_STATUS, status);
        putU16(s, th + CONTROL_VALUE, value);
        putU16(s, th + CONTROL_INDEX, index);
        putU16(s, th + CONTROL_LENGTH, length);
        finish(PacketType.CONTROL_PACKET, th, data, dataOffset, dataLength);
    }

    void bulk(long id, int endpoint, int status, long length, long streamId,
              MemorySegment data, long dataOffset, long dataLength) {
        if (!session.hasPeerHello()) {
            held.add(new BulkPacket(id, endpoint, status, length, streamId, copy(data, dataOffset, dataLength)));
            return;
        }
        writeBulk(id, endpoint, status, length, streamId, data, dataOffset, dataLength);
    }

    private void writeBulk(long id, int endpoint, int status, long length, long streamId,
                           MemorySegment data, long dataOffset, long dataLength) {
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        Fields.u32("length", length);
        Fields.u32("stream_id", streamId);
        boolean wide = session.negotiated().has(Cap.BULK_LENGTH_32BITS);
        if (!wide && length > 0xFFFF) {
            throw new IllegalArgumentException("bulk length " + length
                    + " needs cap 32bits_bulk_length, which is not negotiated");
        }
        long th = begin(PacketType.BULK_PACKET, id, dataLength);
        MemorySegment s = out.segment();
        putU8(s, th + BULK_ENDPOINT, endpoint);
        putU8(s, th + BULK_STATUS, status);
        putU16(s, th + BULK_LENGTH, (int) (length & 0xFFFF));
        putU32(s, th + BULK_STREAM_ID, streamId);
        if (wide) {
            putU16(s, th + BULK_LENGTH_HIGH, (int) (length >>> 16));
        }
        finish(PacketType.BULK_PACKET, th, data, dataOffset, dataLength);
    }

    /** iso_packet or interrupt_packet, which share one layout (reference §4). */
    void isoOrInterrupt(PacketType type, long id, int endpoint, int status, int length,
                        MemorySegment data, long dataOffset, long dataLength) {
        if (!session.hasPeerHello()) {
            MemorySegment copy = copy(data, dataOffset, dataLength);
            held.add(type == PacketType.ISO_PACKET ? new IsoPacket(id, endpoint, status, length, copy)
                    : new InterruptPacket(id, endpoint, status, length, copy));
            return;
        }
        writeIsoOrInterrupt(type, id, endpoint, status, length, data, dataOffset, dataLength);
    }

    private void writeIsoOrInterrupt(PacketType type, long id, int endpoint, int status, int length,
                                     MemorySegment data, long dataOffset, long dataLength) {
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        Fields.u16("length", length);
        long th = begin(type, id, dataLength);
        MemorySegment s = out.segment();
        putU8(s, th + ISO_ENDPOINT, endpoint);
        putU8(s, th + ISO_STATUS, status);
        putU16(s, th + ISO_LENGTH, length);
        finish(type, th, data, dataOffset, dataLength);
    }

    void bufferedBulk(long id, long streamId, long length, int endpoint, int status,
                      MemorySegment data, long dataOffset, long dataLength) {
        if (!session.hasPeerHello()) {
            held.add(new BufferedBulkPacket(id, streamId, length, endpoint, status, copy(data, dataOffset, dataLength)));
            return;
        }
        writeBufferedBulk(id, streamId, length, endpoint, status, data, dataOffset, dataLength);
    }

    private void writeBufferedBulk(long id, long streamId, long length, int endpoint, int status,
                                   MemorySegment data, long dataOffset, long dataLength) {
        Fields.u32("stream_id", streamId);
        Fields.u32("length", length);
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        long th = begin(PacketType.BUFFERED_BULK_PACKET, id, dataLength);
        MemorySegment s = out.segment();
        putU32(s, th + BUFFERED_STREAM_ID, streamId);
        putU32(s, th + BUFFERED_LENGTH, length);
        putU8(s, th + BUFFERED_ENDPOINT, endpoint);
        putU8(s, th + BUFFERED_STATUS, status);
        finish(PacketType.BUFFERED_BULK_PACKET, th, data, dataOffset, dataLength);
    }

    /**
     * The held packets encoded as C would have queued them before the peer hello (12-byte header, no
     * negotiated caps), for serialization; the held queue itself is left as it is.
     */
    List<MemorySegment> encodeHeldForSerialization() {
        var list = new ArrayList<MemorySegment>();
        for (Packet p : held) {
            int queued = out.packets();
            long before = out.bytes();
            try {
                encode(p);
            } catch (IllegalArgumentException e) {
                continue; // C would have dropped it at send time
            }
            if (out.packets() == queued) {
                continue; // dropped silently (a filter packet for a peer without cap filter), as C does
            }
            long size = out.bytes() - before;
            list.add(copy(out.segment(), out.tailOffset() - size, size));
            out.dropLast();
        }
        return list;
    }

    /**
     * Encodes now, with the header size and caps in effect, also before the peer hello (our hello, and
     * the held packets of a blob): never holds.
     */
    private void encode(Packet p) {
        switch (p) {
            case ControlPacket c -> writeControl(c.id(), c.endpoint(), c.request(), c.requestType(), c.status(),
                    c.value(), c.index(), c.length(), c.data(), 0, c.data().byteSize());
            case BulkPacket b -> writeBulk(b.id(), b.endpoint(), b.status(), b.length(), b.streamId(),
                    b.data(), 0, b.data().byteSize());
            case IsoPacket i -> writeIsoOrInterrupt(PacketType.ISO_PACKET, i.id(), i.endpoint(), i.status(),
                    i.length(), i.data(), 0, i.data().byteSize());
            case InterruptPacket i -> writeIsoOrInterrupt(PacketType.INTERRUPT_PACKET, i.id(), i.endpoint(),
                    i.status(), i.length(), i.data(), 0, i.data().byteSize());
            case BufferedBulkPacket b -> writeBufferedBulk(b.id(), b.streamId(), b.length(), b.endpoint(),
                    b.status(), b.data(), 0, b.data().byteSize());
            case FilterFilter f -> {
                // C usbredirparser_send_filter_filter silently does nothing when the peer lacks cap filter.
                if (session.peerHas(Cap.FILTER)) {
                    byte[] text = (UsbRedirFilter.toString(f.rules()) + '\0').getBytes(StandardCharsets.ISO_8859_1);
                    encodeControlType(p, MemorySegment.ofArray(text));
                }
            }
            case FilterReject r -> {
                if (session.peerHas(Cap.FILTER)) {
                    encodeControlType(p, Fields.NO_DATA);
                }
            }
            case Hello h -> {
                MemorySegment words = MemorySegment.ofArray(new byte[(int) U32.byteSize() * h.capWords().size()]);
                for (int i = 0; i < h.capWords().size(); i++) {
                    putU32(words, U32.byteSize() * i, h.capWords().get(i));
                }
                encodeControlType(p, words);
            }
            default -> encodeControlType(p, Fields.NO_DATA);
        }
    }

    private void encodeControlType(Packet p, MemorySegment data) {
        long th = begin(p.type(), p.id(), data.byteSize());
        RecordEncoder.writeTypeHeader(p, out.segment(), th, session.negotiated());
        finish(p.type(), th, data, 0, data.byteSize());
    }

    /** Reserves space, writes the main header, zeroes the type header; returns the type header's offset. */
    private long begin(PacketType type, long id, long dataLength) {
        long typeHeaderSize = type.typeHeader(session.negotiated()).byteSize();
        long length = typeHeaderSize + dataLength;
        if (length > MAX_PACKET_SIZE) {
            throw new IllegalArgumentException(type.cName() + " of " + length + " bytes exceeds the "
                    + MAX_PACKET_SIZE + "-byte packet limit");
        }
        int headerSize = session.headerSize();
        long at = out.reserve(headerSize + length);
        MemorySegment s = out.segment();
        putU32(s, at + HDR_TYPE, type.code());
        putU32(s, at + HDR_LENGTH, length);
        if (headerSize == HDR_SIZE_64) {
            s.set(U64, at + HDR_ID, id);
        } else {
            putU32(s, at + HDR_ID, id); // §2: 64-bit ids are truncated with 32-bit headers
        }
        MemorySegment.copy(ZEROS, 0, s, at + headerSize, typeHeaderSize);
        return at + headerSize;
    }

    /** Copies the payload, verifies the packet as C does on send, and commits it (or throws). */
    private void finish(PacketType type, long th, MemorySegment data, long dataOffset, long dataLength) {
        MemorySegment s = out.segment();
        long dataAt = th + type.typeHeader(session.negotiated()).byteSize();
        if (dataLength > 0) {
            MemorySegment.copy(data, dataOffset, s, dataAt, dataLength);
        }
        Caps peer = session.hasPeerHello() ? session.peerCaps() : Caps.NONE;
        Verifier.Failure failure = Verifier.verify(type, s, th, dataAt, dataLength, session.role == Role.GUEST,
                peer, session.negotiated());
        if (failure != null) {
            throw new IllegalArgumentException("cannot send " + type.cName() + ": " + failure.message());
        }
        out.commit(dataAt + dataLength - (th - session.headerSize()));
    }

    private static MemorySegment copy(MemorySegment data, long offset, long length) {
        if (length == 0) {
            return Fields.NO_DATA;
        }
        byte[] bytes = new byte[Math.toIntExact(length)];
        MemorySegment.copy(data, U8, offset, bytes, 0, bytes.length);
        return MemorySegment.ofArray(bytes);
    }

    private static DataPacket withCopiedData(DataPacket d) {
        MemorySegment c = copy(d.data(), 0, d.data().byteSize());
        return switch (d) {
            case ControlPacket p -> new ControlPacket(p.id(), p.endpoint(), p.request(), p.requestType(), p.status(),
                    p.value(), p.index(), p.length(), c);
            case BulkPacket p -> new BulkPacket(p.id(), p.endpoint(), p.status(), p.length(), p.streamId(), c);
            case IsoPacket p -> new IsoPacket(p.id(), p.endpoint(), p.status(), p.length(), c);
            case InterruptPacket p -> new InterruptPacket(p.id(), p.endpoint(), p.status(), p.length(), c);
            case BufferedBulkPacket p -> new BufferedBulkPacket(p.id(), p.streamId(), p.length(), p.endpoint(),
                    p.status(), c);
        };
    }
}
