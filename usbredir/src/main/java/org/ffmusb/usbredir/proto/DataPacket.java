package org.ffmusb.usbredir.proto;

import java.lang.foreign.MemorySegment;

/**
 * The five data packet types (100–104), which carry USB data in one direction (reference §4.1).
 *
 * <p>A decoded packet's {@link #data()} is a slice of the parser's receive buffer, handed out without
 * copying. It stays readable for as long as it is referenced (the memory is never freed under it), but
 * its bytes are only guaranteed to be this packet's until the next {@code feed} or
 * {@code receiveBuffer} call on the parser that decoded it; copy it to keep it longer.
 */
public sealed interface DataPacket extends Packet
        permits ControlPacket, BulkPacket, IsoPacket, InterruptPacket, BufferedBulkPacket {
    int endpoint();

    /** A {@link Status} code. */
    int status();

    /** The payload, possibly empty (never null). */
    MemorySegment data();
}
