package org.ffmusb.benchmarks.codec;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.GuestParser;
import org.ffmusb.usbredir.proto.HostParser;
import org.ffmusb.usbredir.proto.PacketType;
import org.ffmusb.usbredir.proto.UsbRedirParser;

/**
 * The fixed, realistic traffic of the codec benchmark, one mix per direction: bulk 16 KiB and 512 B,
 * iso 1024 B, interrupt 8 B and control with 18 bytes of data, all carrying data in their direction
 * (IN replies host → guest, OUT requests guest → host), with all caps negotiated (16-byte headers).
 */
public final class RealisticStreams {
    /** One data packet of the mix. */
    public record Spec(PacketType type, int endpoint, int size) {}

    /** The direction of a stream, named by who sends it. */
    public enum Direction {
        HOST_TO_GUEST, GUEST_TO_HOST;

        public boolean fromHost() {
            return this == HOST_TO_GUEST;
        }

        /** The role of the receiving parser, as the C bench program takes it. */
        public String receiver() {
            return fromHost() ? "guest" : "host";
        }
    }

    private RealisticStreams() {}

    /** 60 packets, about 150 KB: the composition of a stick being read or written with a HID and a webcam. */
    public static List<Spec> mix(Direction direction) {
        boolean in = direction.fromHost();
        int bulkEp = in ? 0x81 : 0x02;
        int isoEp = in ? 0x83 : 0x04;
        int intEp = in ? 0x85 : 0x06;
        int ctrlEp = in ? 0x80 : 0x00;
        var specs = new ArrayList<Spec>();
        for (int round = 0; round < 4; round++) {
            specs.add(new Spec(PacketType.BULK_PACKET, bulkEp, 16 * 1024));
            specs.add(new Spec(PacketType.BULK_PACKET, bulkEp, 16 * 1024));
            for (int i = 0; i < 4; i++) {
                specs.add(new Spec(PacketType.BULK_PACKET, bulkEp, 512));
                specs.add(new Spec(PacketType.ISO_PACKET, isoEp, 1024));
                specs.add(new Spec(PacketType.INTERRUPT_PACKET, intEp, 8));
            }
            specs.add(new Spec(PacketType.CONTROL_PACKET, ctrlEp, 18));
        }
        return specs;
    }

    /** A sender parser of the direction, hellos already exchanged, and its peer's hello bytes. */
    public static UsbRedirParser<?, ?> sender(Direction direction) {
        var host = new HostParser("bench host", Caps.ALL);
        var guest = new GuestParser("bench guest", Caps.ALL);
        host.feed(guest.drain());
        guest.feed(host.drain());
        host.poll();
        guest.poll();
        return direction.fromHost() ? host : guest;
    }

    /** The receiving parser of the direction (no hello of its own), fed the sender's hello. */
    public static UsbRedirParser<?, ?> receiver(Direction direction) {
        UsbRedirParser<?, ?> receiver = direction.fromHost() ? new GuestParser(Caps.ALL) : new HostParser(Caps.ALL);
        receiver.feed(hello(direction));
        if (receiver.poll() == null) {
            throw new IllegalStateException("the sender's hello did not decode");
        }
        return receiver;
    }

    /** The sender's hello (12-byte header, caps 0xff). */
    public static byte[] hello(Direction direction) {
        return direction.fromHost() ? new HostParser("bench host", Caps.ALL).drain()
                : new GuestParser("bench guest", Caps.ALL).drain();
    }

    /** The encoded packets of the mix (without the hello), in an off-heap segment. */
    public static MemorySegment body(Direction direction) {
        UsbRedirParser<?, ?> sender = sender(direction);
        MemorySegment payload = payload();
        long id = 0;
        for (Spec s : mix(direction)) {
            encode(sender, s, id++, payload);
        }
        byte[] bytes = sender.drain();
        return Arena.ofAuto().allocate(bytes.length).copyFrom(MemorySegment.ofArray(bytes));
    }

    /** A payload source large enough for every packet of the mix. */
    public static MemorySegment payload() {
        MemorySegment payload = Arena.ofAuto().allocate(16 * 1024);
        for (int i = 0; i < payload.byteSize(); i++) {
            payload.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, (byte) i);
        }
        return payload;
    }

    /** Encodes one packet of the mix through the primitive (allocation-free) send methods. */
    public static void encode(UsbRedirParser<?, ?> sender, Spec s, long id, MemorySegment payload) {
        switch (s.type()) {
            case BULK_PACKET -> sender.sendBulkPacket(id, s.endpoint(), 0, s.size(), 0, payload, 0, s.size());
            case ISO_PACKET -> sender.sendIsoPacket(id, s.endpoint(), 0, s.size(), payload, 0, s.size());
            case INTERRUPT_PACKET -> sender.sendInterruptPacket(id, s.endpoint(), 0, s.size(), payload, 0, s.size());
            case CONTROL_PACKET -> sender.sendControlPacket(id, s.endpoint(), s.endpoint() != 0 ? 6 : 9,
                    s.endpoint() | 0x21, 0, 0x0200, 0, s.size(), payload, 0, s.size());
            default -> throw new IllegalArgumentException(s.toString());
        }
    }
}
