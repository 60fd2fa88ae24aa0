package org.ffmusb.usbredir.proto;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import org.ffmusb.usbredir.filter.FilterRule;
import org.ffmusb.usbredir.filter.FilterSyntaxException;
import org.ffmusb.usbredir.filter.UsbRedirFilter;

import static org.ffmusb.usbredir.proto.Offsets.*;
import static org.ffmusb.usbredir.proto.UsbRedirProto.*;

/**
 * A sans-IO usbredir codec, byte-compatible with C usbredirparser 0.13: {@code feed} it received
 * bytes, {@code poll} decoded packets, {@code send} packets and {@code drain} the bytes to transmit.
 * It never touches a socket and never starts a thread. The receiving role is part of the type:
 * {@link HostParser} receives {@link GuestPacket}s and sends {@link HostPacket}s, {@link GuestParser}
 * the reverse.
 *
 * <h2>Receiving</h2>
 * Bytes may arrive in chunks of any size, one byte at a time included. {@link #poll()} returns the next
 * packet as a record, a {@link ProtocolError} for a packet that was rejected and skipped exactly as the
 * C parser skips it (reference §7.1–§7.2), or null when no whole packet is buffered. The zero-allocation
 * alternative is {@link #advance()} with the flyweight {@link #cursor()}. Payloads are slices of the
 * receive buffer, valid until the next {@code feed}/{@code receiveBuffer} call. A hostile length never
 * allocates beyond the bytes actually received plus {@link InputBuffer#MAX_HEADROOM}.
 *
 * <h2>Sending</h2>
 * The parser queues its hello at construction (unless created without one). Anything else sent before
 * the peer's hello is held back and encoded when that hello arrives, so it is never written with a
 * header size the peer could read differently (reference §2). Each packet is verified like C verifies
 * what it sends; an invalid packet throws {@link IllegalArgumentException} and nothing is queued,
 * except filter_filter and filter_reject, which are silently dropped when the peer lacks cap filter
 * (as C does). The data-packet methods take primitives and a source segment: encoding copies the
 * payload once, into the send queue, and allocates nothing.
 *
 * <h2>Threads</h2>
 * Not thread-safe: one thread at a time, or an external lock around every call.
 *
 * @param <R> what {@link #poll()} returns: packets from the peer, or errors
 * @param <S> what {@link #send} accepts: packets this role may send
 */
public abstract sealed class UsbRedirParser<R, S extends Packet> permits HostParser, GuestParser {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.usbredir.proto");
    private static final MemorySegment ZEROS = MemorySegment.ofArray(new byte[512]);

    private final Role role;
    private Caps ourCaps;
    private Caps peerCaps;
    private String peerVersion;
    private Caps negotiated = Caps.NONE;
    private int headerSize = HDR_SIZE_32;

    private final InputBuffer in = new InputBuffer();
    /** Bytes of a rejected packet still to discard; C's int to_skip, so ≥ 2^31 is negative: no skip. */
    private int toSkip;
    private long received;
    private final PacketCursor cursor = new PacketCursor();

    private final OutputQueue out = new OutputQueue();
    private final ArrayDeque<Packet> heldUntilPeerHello = new ArrayDeque<>();

    UsbRedirParser(Role role, String version, Caps caps, boolean queueHello) {
        this.role = role;
        // §7.3: a C guest parser acks disconnects itself, so it always advertises the ack.
        Caps effective = role == Role.GUEST ? caps.with(Cap.DEVICE_DISCONNECT_ACK) : caps;
        this.ourCaps = effective.consistent();
        if (queueHello) {
            encode(new Hello(version, ourCaps));
        }
    }

    /** The role of this side. */
    public final Role role() {
        return role;
    }

    /** The caps we advertise (after the §5 consistency rule and the guest's automatic cap). */
    public final Caps ourCaps() {
        return ourCaps;
    }

    /** True once the peer's hello has been received. */
    public final boolean hasPeerHello() {
        return peerCaps != null;
    }

    /** The peer's caps, or null before its hello. */
    public final Caps peerCaps() {
        return peerCaps;
    }

    /** The peer's version string, or null before its hello. */
    public final String peerVersion() {
        return peerVersion;
    }

    /** The caps in effect: those both sides advertise ({@link Caps#NONE} before the peer hello). */
    public final Caps negotiatedCaps() {
        return negotiated;
    }

    /** Size of the main header in use: 12, or 16 once both sides have cap 64bits_ids. */
    public final int headerSize() {
        return headerSize;
    }

    // ---------------------------------------------------------------------------------- receiving

    /** Adds received bytes (copied into the receive buffer). Invalidates earlier payload slices. */
    public final void feed(byte[] bytes) {
        feed(MemorySegment.ofArray(bytes));
    }

    public final void feed(byte[] bytes, int offset, int length) {
        feed(MemorySegment.ofArray(bytes).asSlice(offset, length));
    }

    public final void feed(ByteBuffer bytes) {
        MemorySegment src = MemorySegment.ofBuffer(bytes);
        feed(src);
        bytes.position(bytes.limit());
    }

    public final void feed(MemorySegment bytes) {
        in.append(bytes);
    }

    /**
     * Decodes {@code bytes} in place, without copying them: payload slices point into {@code bytes}.
     * For transports that already hold the bytes in memory (a SPICE message, a mapped capture), this
     * removes the copy {@link #feed} makes. {@code bytes} must stay unchanged until {@link #advance()}
     * returns false (or {@link #poll()} null); at that moment a trailing partial packet is copied into
     * the parser and {@code bytes} is released. Payload slices stay valid while the caller keeps
     * {@code bytes} unchanged.
     */
    public final void feedInPlace(MemorySegment bytes) {
        in.borrow(bytes);
    }

    /**
     * Free space in the receive buffer for a transport to read into without a copy: read into the
     * returned buffer (from its position), then report the count with {@link #received(int)}.
     * Invalidates earlier payload slices.
     */
    public final ByteBuffer receiveBuffer(int minBytes) {
        return in.writable(minBytes);
    }

    /** Reports bytes a transport read into {@link #receiveBuffer(int)}. */
    public final void received(int bytes) {
        in.written(bytes);
    }

    /** Bytes received but not yet decoded: a partial packet, or whole packets not yet polled. */
    public final long bufferedInput() {
        return in.available();
    }

    /**
     * The next packet or error as a record, or null when no whole packet is buffered. Data packets'
     * payloads are slices of the receive buffer (see {@link DataPacket}).
     */
    @SuppressWarnings("unchecked")
    public final R poll() {
        return advance() ? (R) cursor.toEvent() : null;
    }

    /** The flyweight describing the event of the last successful {@link #advance()}. */
    public final PacketCursor cursor() {
        return cursor;
    }

    /**
     * Decodes the next packet or error into {@link #cursor()} without allocating; false when no whole
     * packet is buffered. This is C usbredirparser_do_read's state machine (reference §7.1).
     */
    public final boolean advance() {
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
            Verifier.Failure failure = Verifier.verify(pt, s, th, dataOffset, dataLength, role == Role.HOST,
                    ourCaps, negotiated);
            if (failure != null) {
                cursor.setError(new ProtocolError(failure.kind(), type, id, length, offset, failure.message()));
                return true;
            }
            cursor.set(pt, id, s, th, dataOffset, dataLength, negotiated, offset);
            switch (pt) {
                case HELLO -> {
                    if (peerCaps != null) {
                        cursor.setError(new ProtocolError(ProtocolError.Kind.DUPLICATE_HELLO, type, id, length,
                                offset, "second hello ignored"));
                        return true;
                    }
                    onPeerHello(s, th, dataOffset, dataLength);
                }
                case FILTER_FILTER -> {
                    String text = filterString(s, dataOffset, dataLength);
                    try {
                        cursor.setFilterRules(UsbRedirFilter.parse(text));
                    } catch (FilterSyntaxException e) {
                        cursor.setError(new ProtocolError(ProtocolError.Kind.FILTER_SYNTAX, type, id, length,
                                offset, "filter_filter ignored: " + e.getMessage()));
                    }
                }
                case DEVICE_DISCONNECT -> {
                    if (role == Role.GUEST && peerCaps != null && peerCaps.has(Cap.DEVICE_DISCONNECT_ACK)) {
                        encode(new DeviceDisconnectAck());
                    }
                }
                default -> { }
            }
            return true;
        }
    }

    /** Nothing more to decode: let go of a borrowed input segment, keeping its partial packet. */
    private boolean noCompletePacket() {
        in.returnBorrowed();
        return false;
    }

    /** The §7.1 checks on a complete main header: type valid for our role, length within limits. */
    private ProtocolError.Kind headerProblem(PacketType pt, long length) {
        if (pt == null || !pt.sentBy(role.peer())) {
            return ProtocolError.Kind.INVALID_TYPE;
        }
        long typeHeaderSize = pt.typeHeader(negotiated).byteSize();
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
                    : "a " + role + " never receives " + pt.cName() + " (type " + type + ")";
            case PACKET_TOO_LARGE -> pt.cName() + " length " + length + " is larger than the permitted "
                    + MAX_PACKET_SIZE;
            default -> pt.cName() + " length " + length + " does not fit its "
                    + pt.typeHeader(negotiated).byteSize() + "-byte type header";
        };
    }

    /** True if {@link #advance()} would produce an event from the bytes already buffered. */
    boolean advanceWouldDeliver() {
        long available = in.available();
        if (toSkip > 0) {
            return available > 0;
        }
        if (available < headerSize) {
            return false;
        }
        MemorySegment s = in.segment();
        long length = u32(s, in.start() + HDR_LENGTH);
        return headerProblem(PacketType.ofCode(u32(s, in.start() + HDR_TYPE)), length) != null
                || available >= headerSize + length;
    }

    private boolean rejectHeader(ProtocolError.Kind kind, long type, long id, long length, String message) {
        long offset = received;
        in.consume(headerSize);
        received += headerSize;
        toSkip = (int) length;
        cursor.setError(new ProtocolError(kind, type, id, length, offset, message));
        return true;
    }

    private void onPeerHello(MemorySegment s, long th, long dataOffset, long dataLength) {
        // §5: at most USB_REDIR_CAPS_SIZE words are kept; a partial word is ignored.
        int word = dataLength >= U32.byteSize() ? s.get(U32, dataOffset) : 0;
        peerCaps = new Caps(word).consistent();
        peerVersion = RecordDecoder.helloVersion(s, th);
        negotiated = ourCaps.negotiate(peerCaps);
        headerSize = negotiated.has(Cap.IDS_64BITS) ? HDR_SIZE_64 : HDR_SIZE_32;
        while (!heldUntilPeerHello.isEmpty()) {
            Packet held = heldUntilPeerHello.poll();
            try {
                encode(held);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "dropped " + held.type().cName()
                        + " held until the peer hello: " + e.getMessage());
            }
        }
    }

    private static String filterString(MemorySegment s, long offset, long length) {
        byte[] bytes = new byte[(int) length - 1];
        MemorySegment.copy(s, U8, offset, bytes, 0, bytes.length);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------------------------ sending

    /**
     * Queues a packet (see the class documentation for the hello rule and verification).
     *
     * @throws IllegalArgumentException if the packet fails the C parser's send checks
     */
    public final void send(S packet) {
        Objects.requireNonNull(packet, "packet");
        if (packet instanceof Hello) {
            throw new IllegalArgumentException("the parser sends its own hello");
        }
        if (!packet.type().sentBy(role)) {
            throw new IllegalArgumentException("a " + role + " never sends " + packet.type().cName());
        }
        if (holdingForPeerHello()) {
            heldUntilPeerHello.add(packet instanceof DataPacket d ? withCopiedData(d) : packet);
            return;
        }
        encode(packet);
    }

    /**
     * Queues a control_packet. {@code data} from {@code dataOffset} for {@code dataLength} bytes is
     * copied once into the send queue; pass a null segment (or 0 bytes) for none.
     */
    public final void sendControlPacket(long id, int endpoint, int request, int requestType, int status, int value,
                                        int index, int length, MemorySegment data, long dataOffset, long dataLength) {
        if (holdingForPeerHello()) {
            send(cast(new ControlPacket(id, endpoint, request, requestType, status, value, index, length,
                    copy(data, dataOffset, dataLength))));
            return;
        }
        writeControlPacket(id, endpoint, request, requestType, status, value, index, length, data, dataOffset,
                dataLength);
    }

    private void writeControlPacket(long id, int endpoint, int request, int requestType, int status, int value,
                                    int index, int length, MemorySegment data, long dataOffset, long dataLength) {
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

    /**
     * Queues a bulk_packet; {@code length} is the effective 32-bit length, split into length and
     * length_high on the wire (length_high only with cap 32bits_bulk_length).
     */
    public final void sendBulkPacket(long id, int endpoint, int status, long length, long streamId,
                                     MemorySegment data, long dataOffset, long dataLength) {
        if (holdingForPeerHello()) {
            send(cast(new BulkPacket(id, endpoint, status, length, streamId, copy(data, dataOffset, dataLength))));
            return;
        }
        writeBulkPacket(id, endpoint, status, length, streamId, data, dataOffset, dataLength);
    }

    private void writeBulkPacket(long id, int endpoint, int status, long length, long streamId,
                                 MemorySegment data, long dataOffset, long dataLength) {
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        Fields.u32("length", length);
        Fields.u32("stream_id", streamId);
        boolean wide = negotiated.has(Cap.BULK_LENGTH_32BITS);
        if (!wide && length > 0xFFFF) {
            throw new IllegalArgumentException("bulk length " + length
                    + " needs cap 32bits_bulk_length, which the peer does not have");
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

    /** Queues an iso_packet. */
    public final void sendIsoPacket(long id, int endpoint, int status, int length,
                                    MemorySegment data, long dataOffset, long dataLength) {
        sendShortDataPacket(PacketType.ISO_PACKET, id, endpoint, status, length, data, dataOffset, dataLength);
    }

    /** Queues an interrupt_packet. */
    public final void sendInterruptPacket(long id, int endpoint, int status, int length,
                                          MemorySegment data, long dataOffset, long dataLength) {
        sendShortDataPacket(PacketType.INTERRUPT_PACKET, id, endpoint, status, length, data, dataOffset, dataLength);
    }

    private void sendShortDataPacket(PacketType type, long id, int endpoint, int status, int length,
                                     MemorySegment data, long dataOffset, long dataLength) {
        if (holdingForPeerHello()) {
            MemorySegment copy = copy(data, dataOffset, dataLength);
            send(cast(type == PacketType.ISO_PACKET ? new IsoPacket(id, endpoint, status, length, copy)
                    : new InterruptPacket(id, endpoint, status, length, copy)));
            return;
        }
        writeShortDataPacket(type, id, endpoint, status, length, data, dataOffset, dataLength);
    }

    private void writeShortDataPacket(PacketType type, long id, int endpoint, int status, int length,
                                      MemorySegment data, long dataOffset, long dataLength) {
        Fields.u8("endpoint", endpoint);
        Fields.u8("status", status);
        Fields.u16("length", length);
        // iso_packet and interrupt_packet share one layout (reference §4).
        long th = begin(type, id, dataLength);
        MemorySegment s = out.segment();
        putU8(s, th + ISO_ENDPOINT, endpoint);
        putU8(s, th + ISO_STATUS, status);
        putU16(s, th + ISO_LENGTH, length);
        finish(type, th, data, dataOffset, dataLength);
    }

    /** Buffered bulk packets are sent by the host only; see {@link HostParser#sendBufferedBulkPacket}. */
    final void sendBufferedBulk(long id, long streamId, long length, int endpoint, int status,
                                MemorySegment data, long dataOffset, long dataLength) {
        if (holdingForPeerHello()) {
            send(cast(new BufferedBulkPacket(id, streamId, length, endpoint, status,
                    copy(data, dataOffset, dataLength))));
            return;
        }
        writeBufferedBulkPacket(id, streamId, length, endpoint, status, data, dataOffset, dataLength);
    }

    private void writeBufferedBulkPacket(long id, long streamId, long length, int endpoint, int status,
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

    @SuppressWarnings("unchecked")
    private S cast(Packet p) {
        return (S) p;
    }

    /** Encodes a packet now; the peer hello has arrived (or it is our hello). */
    private void encode(Packet p) {
        switch (p) {
            case ControlPacket c -> writeControlPacket(c.id(), c.endpoint(), c.request(), c.requestType(), c.status(),
                    c.value(), c.index(), c.length(), c.data(), 0, c.data().byteSize());
            case BulkPacket b -> writeBulkPacket(b.id(), b.endpoint(), b.status(), b.length(), b.streamId(),
                    b.data(), 0, b.data().byteSize());
            case IsoPacket i -> writeShortDataPacket(PacketType.ISO_PACKET, i.id(), i.endpoint(), i.status(), i.length(),
                    i.data(), 0, i.data().byteSize());
            case InterruptPacket i -> writeShortDataPacket(PacketType.INTERRUPT_PACKET, i.id(), i.endpoint(), i.status(),
                    i.length(),
                    i.data(), 0, i.data().byteSize());
            case BufferedBulkPacket b -> writeBufferedBulkPacket(b.id(), b.streamId(), b.length(), b.endpoint(), b.status(),
                    b.data(), 0, b.data().byteSize());
            case FilterFilter f -> {
                if (!peerHas(Cap.FILTER)) {
                    return;
                }
                byte[] text = (UsbRedirFilter.toString(f.rules()) + '\0').getBytes(StandardCharsets.ISO_8859_1);
                encodeControlType(p, MemorySegment.ofArray(text));
            }
            case FilterReject r -> {
                if (peerHas(Cap.FILTER)) {
                    encodeControlType(p, Fields.NO_DATA);
                }
            }
            case Hello h -> {
                MemorySegment words = MemorySegment.ofArray(new byte[4 * h.capWords().size()]);
                for (int i = 0; i < h.capWords().size(); i++) {
                    putU32(words, 4L * i, h.capWords().get(i));
                }
                encodeControlType(p, words);
            }
            default -> encodeControlType(p, Fields.NO_DATA);
        }
    }

    private boolean peerHas(Cap cap) {
        return peerCaps != null && peerCaps.has(cap);
    }

    private void encodeControlType(Packet p, MemorySegment data) {
        long th = begin(p.type(), p.id(), data.byteSize());
        RecordEncoder.writeTypeHeader(p, out.segment(), th, negotiated);
        finish(p.type(), th, data, 0, data.byteSize());
    }

    /** Reserves space, writes the main header, zeroes the type header; returns the type header's offset. */
    private long begin(PacketType type, long id, long dataLength) {
        long typeHeaderSize = type.typeHeader(negotiated).byteSize();
        long length = typeHeaderSize + dataLength;
        if (length > MAX_PACKET_SIZE) {
            throw new IllegalArgumentException(type.cName() + " of " + length + " bytes exceeds the "
                    + MAX_PACKET_SIZE + "-byte packet limit");
        }
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
        long dataAt = th + type.typeHeader(negotiated).byteSize();
        if (dataLength > 0) {
            MemorySegment.copy(data, dataOffset, s, dataAt, dataLength);
        }
        Caps peer = peerCaps != null ? peerCaps : Caps.NONE;
        Verifier.Failure failure = Verifier.verify(type, s, th, dataAt, dataLength, role == Role.GUEST, peer, negotiated);
        if (failure != null) {
            throw new IllegalArgumentException("cannot send " + type.cName() + ": " + failure.message());
        }
        out.commit(dataAt + dataLength - (th - headerSize));
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

    // ------------------------------------------------------------------------------------- output

    /** True if bytes are waiting to be sent. */
    public final boolean hasOutput() {
        return out.bytes() > 0;
    }

    /** Packets waiting to be sent, a partly sent one included (C usbredirparser_has_data_to_write). */
    public final int pendingPackets() {
        return out.packets();
    }

    /** Bytes waiting to be sent (C usbredirparser_get_bufferered_output_size). */
    public final long pendingBytes() {
        return out.bytes();
    }

    /** Packets sent before the peer hello, held until it arrives (§2). */
    public final int heldPackets() {
        return heldUntilPeerHello.size();
    }

    /**
     * A view of the bytes waiting to be sent, from position to limit, without copying. After writing
     * some of them, report the count with {@link #consumeOutput(long)}. Valid until the next call
     * that sends or consumes.
     */
    public final ByteBuffer peekOutput() {
        return out.pending();
    }

    public final void consumeOutput(long bytes) {
        out.consume(bytes);
    }

    /** Writes waiting bytes to a channel until it accepts no more; returns the count written. */
    public final long writeTo(WritableByteChannel channel) throws IOException {
        return out.writeTo(channel);
    }

    /** Takes all waiting bytes as an array (convenient for tests and tools; copies). */
    public final byte[] drain() {
        ByteBuffer pending = out.pending();
        byte[] bytes = new byte[pending.remaining()];
        pending.get(bytes);
        out.consume(bytes.length);
        return bytes;
    }

    // ------------------------------------------------------------------- state for ParserState

    InputBuffer input() {
        return in;
    }

    OutputQueue output() {
        return out;
    }

    int toSkip() {
        return toSkip;
    }

    List<Packet> heldPacketList() {
        return List.copyOf(heldUntilPeerHello);
    }

    /** Installs a restored state (ParserState.restore) on a parser created without a hello. */
    void restore(Caps ourCaps, Caps peerCaps, int toSkip, List<MemorySegment> unparsed, List<MemorySegment> toSend) {
        this.ourCaps = ourCaps;
        this.peerCaps = peerCaps;
        this.negotiated = peerCaps == null ? Caps.NONE : ourCaps.negotiate(peerCaps);
        this.headerSize = negotiated.has(Cap.IDS_64BITS) ? HDR_SIZE_64 : HDR_SIZE_32;
        this.toSkip = toSkip;
        for (MemorySegment bytes : unparsed) {
            in.append(bytes);
        }
        for (MemorySegment packet : toSend) {
            long at = out.reserve(packet.byteSize());
            MemorySegment.copy(packet, 0, out.segment(), at, packet.byteSize());
            out.commit(packet.byteSize());
        }
    }

    /**
     * The held packets encoded as C would have queued them before the peer hello (12-byte header, no
     * negotiated caps), for serialization; the held queue itself is left as it is.
     */
    List<MemorySegment> encodeHeldForSerialization() {
        var list = new java.util.ArrayList<MemorySegment>();
        for (Packet p : heldUntilPeerHello) {
            long before = out.bytes();
            try {
                encode(p);
            } catch (IllegalArgumentException e) {
                continue; // C would have dropped it at send time
            }
            list.add(copy(out.segment(), out.tailOffset() - (out.bytes() - before), out.bytes() - before));
            out.dropLast();
        }
        return list;
    }

    private boolean holdingForPeerHello() {
        return peerCaps == null;
    }
}
