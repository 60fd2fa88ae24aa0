package org.ffmusb.usbredir.proto;

/**
 * What a {@link GuestParser} hands out: a packet the host sent, or the {@link ProtocolError} of a
 * packet that was rejected and skipped. Switch over it exhaustively.
 */
public sealed interface ReceivedByGuest permits HostPacket, ProtocolError {
}
