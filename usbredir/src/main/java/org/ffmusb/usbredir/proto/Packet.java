package org.ffmusb.usbredir.proto;

/**
 * A usbredir packet: one of the 33 types of reference §3 as an immutable record. Every record carries
 * the {@link #id()} of its main header. Which side may send a type is part of its Java type:
 * {@link HostPacket} (sent by the usb-host) and {@link GuestPacket} (sent by the usb-guest); the
 * packets both sides send implement both.
 *
 * <p>Integer fields hold the unsigned wire value: u8 and u16 fields are {@code int}, u32 fields are
 * {@code long}, and the u64 id is a {@code long} read as unsigned ({@link Long#toUnsignedString}).
 * Record constructors reject values that do not fit their wire field.
 */
public sealed interface Packet permits HostPacket, GuestPacket, DataPacket {
    PacketType type();

    /** The id of the main header: guest-chosen for requests, echoed in replies (reference §10b). */
    long id();
}
