package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.ffmusb.usbredir.filter.FilterSyntaxException;
import org.ffmusb.usbredir.filter.UsbRedirFilter;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * The receive side of a parser: C usbredirparser_do_read's state machine (reference §7.1) over the
 * {@link InputBuffer}, decoding one event at a time into the {@link PacketCursor}.
 */
final class PacketReader {
    private final Session session;
    private final PacketWriter writer;
    final InputBuffer in = new InputBuffer();
    final PacketCursor cursor = new PacketCursor();
    /** Bytes of a rejected packet still to discard; C's int to_skip, so ≥ 2^31 is negative: no skip. */
    private int toSkip;
    /** Stream offset of the first unparsed byte. */
    private long received;

    PacketReader(Session session, PacketWriter writer) {
        this.session = session;
        this.writer = writer;
    }

    int toSkip() {
        return toSkip;
    }

    void restore(int toSkip, MemorySegment unparsed) {
        this.toSkip = toSkip;
        in.append(unparsed);
    }

    /** Decodes the next packet or error into the cursor; false when no whole packet is buffered. */
    boolean advance() {
        while (true) {
            if (toSkip > 0) {
                long n = Math.min(toSkip, in.available());
                in.consume(n);
                received += n;
                toSkip -= (int) n;
                if (toSkip > 0) {
                    return noCompletePacket();
                }
            }
            int headerSize = session.headerSize();
            long available = in.available();
            if (available < headerSize) {
                return noCompletePacket();
            }
            MemorySegment s = in.segment();
            long p = in.start();
            long type = u32(s, p + HDR_TYPE);
            long length = u32(s, p + HDR_LENGTH);
            long id = headerSize == HDR_SIZE_64 ? s.get(U64, p + HDR_ID) : u32(s, p + HDR_ID);
            PacketType pt = PacketType.ofCode(type);
            ProtocolError.Kind problem = headerProblem(pt, length);
            if (problem != null) {
                return rejectHeader(problem, type, id, length, describeHeaderProblem(problem, pt, type, length));
            }
            Caps negotiated = session.negotiated();
            long typeHeaderSize = pt.typeHeader(negotiated).byteSize();
            if (available < headerSize + length) {
                return noCompletePacket();
            }
            long offset = received;
            long th = p + headerSize;
            long dataOffset = th + typeHeaderSize;
            long dataLength = length - typeHeaderSize;
            in.consume(headerSize + length);
            received += headerSize + length;
            Verifier.Failure failure = Verifier.verify(pt, s, th, dataOffset, dataLength, session.role == Role.HOST,
                    session.ourCaps(), negotiated);
            if (failure != null) {
                cursor.setError(new ProtocolError(failure.kind(), type, id, length, offset, failure.message()));
                return true;
            }
            cursor.set(pt, id, s, th, dataOffset, dataLength, negotiated, offset);
            switch (pt) {
                case HELLO -> {
                    if (session.hasPeerHello()) {
                        cursor.setError(new ProtocolError(ProtocolError.Kind.DUPLICATE_HELLO, type, id, length,
                                offset, "second hello ignored"));
                        return true;
                    }
                    // §5: at most USB_REDIR_CAPS_SIZE words are kept; a partial word is ignored.
                    int word = dataLength >= U32.byteSize() ? s.get(U32, dataOffset) : 0;
                    session.acceptPeerHello(new Caps(word), RecordDecoder.helloVersion(s, th));
                    writer.sendHeld();
                }
                case FILTER_FILTER -> {
                    try {
                        cursor.setFilterRules(UsbRedirFilter.parse(filterString(s, dataOffset, dataLength)));
                    } catch (FilterSyntaxException e) {
                        cursor.setError(new ProtocolError(ProtocolError.Kind.FILTER_SYNTAX, type, id, length,
                                offset, "filter_filter ignored: " + e.getMessage()));
                    }
                }
                case DEVICE_DISCONNECT -> {
                    if (session.role == Role.GUEST && session.peerHas(Cap.DEVICE_DISCONNECT_ACK)) {
                        writer.send(new DeviceDisconnectAck());
                    }
                }
                default -> { }
            }
            return true;
        }
    }

    /** True if {@link #advance()} would produce an event from the bytes already buffered. */
    boolean advanceWouldDeliver() {
        long available = in.available();
        if (toSkip > 0) {
            return available > 0;
        }
        if (available < session.headerSize()) {
            return false;
        }
        MemorySegment s = in.segment();
        long length = u32(s, in.start() + HDR_LENGTH);
        return headerProblem(PacketType.ofCode(u32(s, in.start() + HDR_TYPE)), length) != null
                || available >= session.headerSize() + length;
    }

    /** Nothing more to decode: let go of a borrowed input segment, keeping its partial packet. */
    private boolean noCompletePacket() {
        in.returnBorrowed();
        return false;
    }

    /** The §7.1 checks on a complete main header: type valid for our role, length within limits. */
    private ProtocolError.Kind headerProblem(PacketType pt, long length) {
        if (pt == null || !pt.sentBy(session.role.peer())) {
            return ProtocolError.Kind.INVALID_TYPE;
        }
        long typeHeaderSize = pt.typeHeader(session.negotiated()).byteSize();
        if (length > MAX_PACKET_SIZE) {
            return ProtocolError.Kind.PACKET_TOO_LARGE;
        }
        if (length < typeHeaderSize || (length > typeHeaderSize && !pt.mayHaveData())) {
            return ProtocolError.Kind.INVALID_LENGTH;
        }
        return null;
    }

    private String describeHeaderProblem(ProtocolError.Kind problem, PacketType pt, long type, long length) {
        return switch (problem) {
            case INVALID_TYPE -> pt == null ? "invalid usb-redir packet type " + type
                    : "a " + session.role + " never receives " + pt.cName() + " (type " + type + ")";
            case PACKET_TOO_LARGE -> pt.cName() + " length " + length + " is larger than the permitted "
                    + MAX_PACKET_SIZE;
            default -> pt.cName() + " length " + length + " does not fit its "
                    + pt.typeHeader(session.negotiated()).byteSize() + "-byte type header";
        };
    }

    /** §7.1: a bad main header is consumed and its length skipped (C stores it in an int). */
    private boolean rejectHeader(ProtocolError.Kind kind, long type, long id, long length, String message) {
        long offset = received;
        in.consume(session.headerSize());
        received += session.headerSize();
        toSkip = (int) length;
        cursor.setError(new ProtocolError(kind, type, id, length, offset, message));
        return true;
    }

    /** The filter string up to its terminating NUL, one char per byte. */
    private static String filterString(MemorySegment s, long offset, long length) {
        byte[] bytes = new byte[(int) length - 1];
        MemorySegment.copy(s, U8, offset, bytes, 0, bytes.length);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
