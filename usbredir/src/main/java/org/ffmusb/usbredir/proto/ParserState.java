package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * Parser state in C usbredirparser's migration blob (reference §11), all u32 little-endian:
 * magic 0x55525031, total length, our caps (len + bytes), peer caps (len + bytes, 0 before the peer
 * hello), to_skip, the partly read header, type header and data (len + bytes each), then the count of
 * queued output buffers and each buffer (len + bytes; a partly written one from its unsent part).
 *
 * <p>Our receive buffer holds a partial packet as raw bytes, which split into C's three parts by the
 * header it starts with; restoring puts them back as unparsed input. Loading follows C's checks, and
 * is stricter in three places C accepts by accident: data bytes for a packet whose header is incomplete
 * or has no data, data bytes before the type header is complete, and bytes to skip while a packet is
 * partly read.
 */
final class ParserState {
    private ParserState() {}

    static final int MAGIC = 0x55525031;
    private static final int CAPS_BYTES = USB_REDIR_CAPS_SIZE * (int) U32.byteSize();

    static byte[] serialize(UsbRedirParser<?, ?> parser) {
        Session session = parser.session();
        PacketReader reader = parser.reader();
        if (reader.advanceWouldDeliver()) {
            throw new IllegalStateException("a decoded packet is still waiting: poll() until it returns null"
                    + " before serializing");
        }
        InputBuffer in = reader.in;
        MemorySegment s = in.segment();
        long p = in.start();
        long available = in.available();
        int headerRead = (int) Math.min(available, session.headerSize());
        int typeHeaderRead = 0;
        if (headerRead == session.headerSize()) {
            PacketType type = PacketType.ofCode(u32(s, p + HDR_TYPE));
            long typeHeaderSize = type.typeHeader(session.negotiated()).byteSize();
            typeHeaderRead = (int) Math.min(available - headerRead, typeHeaderSize);
        }
        int dataRead = (int) (available - headerRead - typeHeaderRead);

        // Copies, not views: encoding the held packets below may move the bytes within the send queue.
        List<MemorySegment> toSend = new ArrayList<>();
        for (MemorySegment packet : parser.writer().out.pendingPackets()) {
            toSend.add(MemorySegment.ofArray(packet.toArray(U8)));
        }
        toSend.addAll(parser.writer().encodeHeldForSerialization());

        var blob = new BlobWriter();
        blob.u32(MAGIC);
        blob.u32(0); // patched below
        blob.bytes(capsBytes(session.ourCaps()));
        blob.bytes(session.peerCaps() == null ? new byte[0] : capsBytes(session.peerCaps()));
        blob.u32(reader.toSkip());
        blob.bytes(s.asSlice(p, headerRead));
        blob.bytes(s.asSlice(p + headerRead, typeHeaderRead));
        blob.bytes(s.asSlice(p + headerRead + typeHeaderRead, dataRead));
        blob.u32(toSend.size());
        for (MemorySegment packet : toSend) {
            blob.bytes(packet);
        }
        return blob.finish();
    }

    static void restore(UsbRedirParser<?, ?> parser, byte[] state) throws ParserStateException {
        var blob = new BlobReader(state);
        if (blob.u32("magic") != MAGIC) {
            throw new ParserStateException("not a usbredirparser state: magic mismatch");
        }
        long length = blob.u32("length");
        if (length != state.length) {
            throw new ParserStateException("state length field " + length + " != " + state.length + " bytes given");
        }
        Caps original = parser.ourCaps();
        Caps ours = new Caps(blob.capsWord("our_caps", original.bits()));
        if (!ours.isSubsetOf(original)) {
            throw new ParserStateException("state has caps " + ours + " but this parser only " + original);
        }
        byte[] peerBytes = blob.bytes("peer_caps", CAPS_BYTES);
        Caps peer = peerBytes.length == 0 ? null : new Caps(littleEndianWord(peerBytes, 0));
        int toSkip = (int) blob.u32("skip");

        Caps negotiated = peer == null ? Caps.NONE : ours.negotiate(peer);
        int headerSize = negotiated.has(Cap.IDS_64BITS) ? HDR_SIZE_64 : HDR_SIZE_32;
        byte[] header = blob.bytes("header", headerSize);
        long typeHeaderSize = 0;
        long dataSize = 0;
        if (header.length == headerSize) {
            MemorySegment h = MemorySegment.ofArray(header);
            PacketType type = PacketType.ofCode(u32(h, HDR_TYPE));
            long packetLength = u32(h, HDR_LENGTH);
            if (type == null || !type.sentBy(parser.role().peer())) {
                throw new ParserStateException("state holds a partial packet of invalid type " + u32(h, HDR_TYPE));
            }
            typeHeaderSize = type.typeHeader(negotiated).byteSize();
            if (packetLength > MAX_PACKET_SIZE || packetLength < typeHeaderSize
                    || (packetLength > typeHeaderSize && !type.mayHaveData())) {
                throw new ParserStateException("state holds a partial " + type.cName() + " of invalid length "
                        + packetLength);
            }
            dataSize = packetLength - typeHeaderSize;
        }
        byte[] typeHeader = blob.bytes("type_header", typeHeaderSize);
        byte[] data = blob.bytes("data", typeHeader.length == typeHeaderSize ? dataSize : 0);
        if (toSkip > 0 && header.length > 0) {
            // A rejected header resets the packet before the skip starts, so no parser has both; C
            // would skip new input and then complete the packet, ours would skip the restored bytes.
            throw new ParserStateException("state has " + toSkip + " bytes to skip and a partly read packet");
        }

        long count = blob.u32("write_buf_count");
        var toSend = new ArrayList<MemorySegment>();
        for (long i = 0; i < count; i++) {
            byte[] packet = blob.bytes("write buffer " + i, Integer.MAX_VALUE);
            if (packet.length == 0) {
                throw new ParserStateException("write buffer " + i + " is empty");
            }
            toSend.add(MemorySegment.ofArray(packet));
        }
        if (blob.remaining() != 0) {
            throw new ParserStateException(blob.remaining() + " bytes of extraneous state data");
        }
        byte[] unparsed = new byte[header.length + typeHeader.length + data.length];
        System.arraycopy(header, 0, unparsed, 0, header.length);
        System.arraycopy(typeHeader, 0, unparsed, header.length, typeHeader.length);
        System.arraycopy(data, 0, unparsed, header.length + typeHeader.length, data.length);
        parser.restore(ours, peer, toSkip, MemorySegment.ofArray(unparsed), toSend);
    }

    private static byte[] capsBytes(Caps caps) {
        return ByteBuffer.allocate(CAPS_BYTES).order(ByteOrder.LITTLE_ENDIAN).putInt(caps.bits()).array();
    }

    private static int littleEndianWord(byte[] bytes, int base) {
        int word = base;
        for (int i = 0; i < bytes.length; i++) {
            word = (word & ~(0xFF << (8 * i))) | ((bytes[i] & 0xFF) << (8 * i));
        }
        return word;
    }

    private static final class BlobWriter {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        void u32(long value) {
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array());
        }

        void bytes(byte[] bytes) {
            u32(bytes.length);
            out.writeBytes(bytes);
        }

        void bytes(MemorySegment bytes) {
            bytes(bytes.toArray(U8));
        }

        byte[] finish() {
            byte[] blob = out.toByteArray();
            ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(4, blob.length);
            return blob;
        }
    }

    private static final class BlobReader {
        private final ByteBuffer buf;

        BlobReader(byte[] state) {
            buf = ByteBuffer.wrap(state).order(ByteOrder.LITTLE_ENDIAN);
        }

        int remaining() {
            return buf.remaining();
        }

        long u32(String what) throws ParserStateException {
            if (buf.remaining() < 4) {
                throw new ParserStateException("state ends inside " + what);
            }
            return buf.getInt() & 0xFFFF_FFFFL;
        }

        /** A length-prefixed field of at most {@code max} bytes (C unserialize_data's overrun check). */
        byte[] bytes(String what, long max) throws ParserStateException {
            long length = u32(what + " length");
            if (length > buf.remaining()) {
                throw new ParserStateException("state ends inside " + what + " (" + length + " bytes announced)");
            }
            if (length > max) {
                throw new ParserStateException(what + " of " + length + " bytes where at most " + max + " fit");
            }
            byte[] bytes = new byte[(int) length];
            buf.get(bytes);
            return bytes;
        }

        /** C copies the saved caps bytes over our caps word, so a short field keeps our upper bytes. */
        int capsWord(String what, int ours) throws ParserStateException {
            return littleEndianWord(bytes(what, CAPS_BYTES), ours);
        }
    }
}
