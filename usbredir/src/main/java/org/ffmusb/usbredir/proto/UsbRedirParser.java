package org.ffmusb.usbredir.proto;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Objects;

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
 * allocates beyond the bytes actually received plus one bounded chunk (4 MiB of headroom at most).
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
    private final Session session;
    private final PacketWriter writer;
    private final PacketReader reader;

    UsbRedirParser(Role role, String version, Caps caps, boolean queueHello) {
        session = new Session(role, caps);
        writer = new PacketWriter(session);
        reader = new PacketReader(session, writer);
        if (queueHello) {
            writer.send(new Hello(version, session.ourCaps()));
        }
    }

    /** The role of this side. */
    public final Role role() {
        return session.role;
    }

    /** The caps we advertise (after the §5 consistency rule and the guest's automatic cap). */
    public final Caps ourCaps() {
        return session.ourCaps();
    }

    /** True once the peer's hello has been received. */
    public final boolean hasPeerHello() {
        return session.hasPeerHello();
    }

    /** The peer's caps, or null before its hello. */
    public final Caps peerCaps() {
        return session.peerCaps();
    }

    /** The peer's version string, or null before its hello. */
    public final String peerVersion() {
        return session.peerVersion();
    }

    /** The caps in effect: those both sides advertise ({@link Caps#NONE} before the peer hello). */
    public final Caps negotiatedCaps() {
        return session.negotiated();
    }

    /** Size of the main header in use: 12, or 16 once both sides have cap 64bits_ids. */
    public final int headerSize() {
        return session.headerSize();
    }

    // ---------------------------------------------------------------------------------- receiving

    /** Adds received bytes (copied into the receive buffer). Invalidates earlier payload slices. */
    public final void feed(byte[] bytes) {
        feed(MemorySegment.ofArray(bytes));
    }

    public final void feed(byte[] bytes, int offset, int length) {
        feed(MemorySegment.ofArray(bytes).asSlice(offset, length));
    }

    /** Adds the bytes from position to limit and moves the position to the limit. */
    public final void feed(ByteBuffer bytes) {
        feed(MemorySegment.ofBuffer(bytes));
        bytes.position(bytes.limit());
    }

    public final void feed(MemorySegment bytes) {
        reader.in.append(bytes);
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
        reader.in.borrow(bytes);
    }

    /**
     * Free space in the receive buffer for a transport to read into without a copy: read into the
     * returned buffer (from its position), then report the count with {@link #received(int)}.
     * Invalidates earlier payload slices.
     */
    public final ByteBuffer receiveBuffer(int minBytes) {
        return reader.in.writable(minBytes);
    }

    /** Reports bytes a transport read into {@link #receiveBuffer(int)}. */
    public final void received(int bytes) {
        reader.in.written(bytes);
    }

    /** Bytes received but not yet decoded: a partial packet, or whole packets not yet polled. */
    public final long bufferedInput() {
        return reader.in.available();
    }

    /**
     * The next packet or error as a record, or null when no whole packet is buffered. Data packets'
     * payloads are slices of the receive buffer (see {@link DataPacket}).
     */
    @SuppressWarnings("unchecked")
    public final R poll() {
        return reader.advance() ? (R) reader.cursor.toEvent() : null;
    }

    /** The flyweight describing the event of the last successful {@link #advance()}. */
    public final PacketCursor cursor() {
        return reader.cursor;
    }

    /**
     * Decodes the next packet or error into {@link #cursor()} without allocating; false when no whole
     * packet is buffered. This is C usbredirparser_do_read's state machine (reference §7.1).
     */
    public final boolean advance() {
        return reader.advance();
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
        if (!packet.type().sentBy(session.role)) {
            throw new IllegalArgumentException("a " + session.role + " never sends " + packet.type().cName());
        }
        writer.send(packet);
    }

    /**
     * Queues a control_packet. {@code data} from {@code dataOffset} for {@code dataLength} bytes is
     * copied once into the send queue; pass a null segment (or 0 bytes) for none.
     */
    public final void sendControlPacket(long id, int endpoint, int request, int requestType, int status, int value,
                                        int index, int length, MemorySegment data, long dataOffset, long dataLength) {
        writer.control(id, endpoint, request, requestType, status, value, index, length, data, dataOffset, dataLength);
    }

    /**
     * Queues a bulk_packet; {@code length} is the effective 32-bit length, split into length and
     * length_high on the wire (length_high only with cap 32bits_bulk_length).
     */
    public final void sendBulkPacket(long id, int endpoint, int status, long length, long streamId,
                                     MemorySegment data, long dataOffset, long dataLength) {
        writer.bulk(id, endpoint, status, length, streamId, data, dataOffset, dataLength);
    }

    /** Queues an iso_packet. */
    public final void sendIsoPacket(long id, int endpoint, int status, int length,
                                    MemorySegment data, long dataOffset, long dataLength) {
        writer.isoOrInterrupt(PacketType.ISO_PACKET, id, endpoint, status, length, data, dataOffset, dataLength);
    }

    /** Queues an interrupt_packet. */
    public final void sendInterruptPacket(long id, int endpoint, int status, int length,
                                          MemorySegment data, long dataOffset, long dataLength) {
        writer.isoOrInterrupt(PacketType.INTERRUPT_PACKET, id, endpoint, status, length, data, dataOffset, dataLength);
    }

    final PacketWriter writer() {
        return writer;
    }

    // ------------------------------------------------------------------------------------- output

    /** True if bytes are waiting to be sent. */
    public final boolean hasOutput() {
        return writer.out.bytes() > 0;
    }

    /** Packets waiting to be sent, a partly sent one included (C usbredirparser_has_data_to_write). */
    public final int pendingPackets() {
        return writer.out.packets();
    }

    /**
     * Bytes waiting to be sent. C usbredirparser_get_bufferered_output_size counts a partly sent
     * packet whole; here only its unsent bytes count.
     */
    public final long pendingBytes() {
        return writer.out.bytes();
    }

    /** Packets sent before the peer hello, held until it arrives (§2). */
    public final int heldPackets() {
        return writer.heldCount();
    }

    /**
     * A view of the bytes waiting to be sent, from position to limit, without copying. After writing
     * some of them, report the count with {@link #consumeOutput(long)}. Valid until the next call
     * that sends or consumes.
     */
    public final ByteBuffer peekOutput() {
        return writer.out.pending();
    }

    public final void consumeOutput(long bytes) {
        writer.out.consume(bytes);
    }

    /** Writes waiting bytes to a channel until it accepts no more; returns the count written. */
    public final long writeTo(WritableByteChannel channel) throws IOException {
        return writer.out.writeTo(channel);
    }

    /** Takes all waiting bytes as an array (convenient for tests and tools; copies). */
    public final byte[] drain() {
        ByteBuffer pending = writer.out.pending();
        byte[] bytes = new byte[pending.remaining()];
        pending.get(bytes);
        writer.out.consume(bytes.length);
        return bytes;
    }

    // --------------------------------------------------------------------- state for ParserState

    final Session session() {
        return session;
    }

    final PacketReader reader() {
        return reader;
    }

    /** Installs a restored state (ParserState.restore) on a parser created without a hello. */
    final void restore(Caps ourCaps, Caps peerCaps, int toSkip, MemorySegment unparsed, List<MemorySegment> toSend) {
        session.install(ourCaps, peerCaps);
        reader.restore(toSkip, unparsed);
        for (MemorySegment packet : toSend) {
            long at = writer.out.reserve(packet.byteSize());
            MemorySegment.copy(packet, 0, writer.out.segment(), at, packet.byteSize());
            writer.out.commit(packet.byteSize());
        }
    }
}
