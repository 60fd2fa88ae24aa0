package org.ffmusb.usbredir.proto;

/**
 * What a {@link HostParser} hands out: a packet the guest sent, or the {@link ProtocolError} of a
 * packet that was rejected and skipped. Switch over it exhaustively.
 */
public sealed interface ReceivedByHost permits GuestPacket, ProtocolError {
}
