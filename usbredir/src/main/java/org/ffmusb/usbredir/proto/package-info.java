/**
 * The usbredir wire protocol (reference usbredir-protocol.md §1–§7, §11), sans-IO and byte-compatible
 * with C usbredirparser 0.13.
 *
 * <p>{@link org.ffmusb.usbredir.proto.HostParser} and {@link org.ffmusb.usbredir.proto.GuestParser} are
 * the codec: feed received bytes, poll decoded packets, send packets, drain the bytes to transmit. The
 * 33 packet types are records sealed under {@link org.ffmusb.usbredir.proto.HostPacket} (sent by the
 * usb-host) and {@link org.ffmusb.usbredir.proto.GuestPacket} (sent by the usb-guest); a rejected packet
 * is a {@link org.ffmusb.usbredir.proto.ProtocolError}. The data path uses
 * {@link org.ffmusb.usbredir.proto.PacketCursor} and the primitive {@code send*Packet} methods, which
 * allocate nothing and copy each payload once. Wire layouts live in one place, {@code UsbRedirProto},
 * named after the C structs and checked against the C header by a gcc probe.
 *
 * <p>Nothing here is thread-safe; a parser belongs to one thread at a time.
 */
package org.ffmusb.usbredir.proto;
