package org.ffmusb.usbredir.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ffmusb.usbredir.proto.BufferedBulkPacket;
import org.ffmusb.usbredir.proto.BulkPacket;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.ControlPacket;
import org.ffmusb.usbredir.proto.DataPacket;
import org.ffmusb.usbredir.proto.GuestPacket;
import org.ffmusb.usbredir.proto.GuestParser;
import org.ffmusb.usbredir.proto.HostPacket;
import org.ffmusb.usbredir.proto.InterruptPacket;
import org.ffmusb.usbredir.proto.IsoPacket;
import org.ffmusb.usbredir.proto.ProtocolError;
import org.ffmusb.usbredir.proto.ReceivedByGuest;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A hand-driven usb-guest for host tests: a GuestParser wired to a {@link UsbRedirHost} in-process,
 * bytes moved explicitly, every packet the host sends recorded (payloads copied) in order.
 */
final class GuestSide {
    final UsbRedirHost host;
    final GuestParser guest;
    final List<HostPacket> received = new ArrayList<>();
    private final Object wake = new Object();
    private int consumed;

    GuestSide(UsbRedirHost host, Caps caps) {
        this.host = host;
        this.guest = new GuestParser("test guest", caps);
        host.setOutputListener(() -> {
            synchronized (wake) {
                wake.notifyAll();
            }
        });
    }

    /** Sends what the guest queued to the host. */
    void flush() {
        byte[] bytes = guest.drain();
        int at = 0;
        while (at < bytes.length) {
            ByteBuffer buf = host.receiveBuffer(bytes.length - at);
            int n = Math.min(buf.remaining(), bytes.length - at);
            buf.put(bytes, at, n);
            host.received(n);
            at += n;
        }
    }

    void send(GuestPacket p) {
        guest.send(p);
        flush();
    }

    /** Takes what the host has sent so far into {@link #received}. */
    void pump() {
        guest.feed(rawOutput());
        for (ReceivedByGuest r; (r = guest.poll()) != null; ) {
            if (r instanceof ProtocolError e) {
                fail("the host sent a packet the guest parser rejects: " + e);
            }
            received.add(detached((HostPacket) r));
        }
        flush(); // automatic replies such as device_disconnect_ack
    }

    /** The bytes the host has queued so far, taken out of it. */
    byte[] rawOutput() {
        var out = new ByteArrayOutputStream();
        try {
            host.writeTo(new WritableByteChannel() {
                @Override
                public int write(ByteBuffer src) {
                    int n = src.remaining();
                    byte[] b = new byte[n];
                    src.get(b);
                    out.writeBytes(b);
                    return n;
                }

                @Override
                public boolean isOpen() {
                    return true;
                }

                @Override
                public void close() {
                }
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /** Waits for the next packet (after those already taken) matching {@code match}, and returns it. */
    <T extends HostPacket> T await(Class<T> type, Predicate<T> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            pump();
            for (int i = consumed; i < received.size(); i++) {
                if (type.isInstance(received.get(i)) && match.test(type.cast(received.get(i)))) {
                    consumed = i + 1;
                    return type.cast(received.get(i));
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("no " + type.getSimpleName() + " from the host within 10 s; got " + received.subList(consumed,
                        received.size()));
            }
            synchronized (wake) {
                try {
                    wake.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    <T extends HostPacket> T await(Class<T> type) {
        return await(type, p -> true);
    }

    /** The reply to data request {@code id}. */
    <T extends HostPacket> T reply(Class<T> type, long id) {
        return await(type, p -> p.id() == id);
    }

    /** Packets received since the last {@link #await}, after a short settle time. */
    List<HostPacket> drainNew(Duration settle) {
        try {
            Thread.sleep(settle.toMillis());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        pump();
        List<HostPacket> list = List.copyOf(received.subList(consumed, received.size()));
        consumed = received.size();
        return list;
    }

    static byte[] bytes(DataPacket p) {
        return p.data().toArray(ValueLayout.JAVA_BYTE);
    }

    private static HostPacket detached(HostPacket p) {
        if (!(p instanceof DataPacket d)) {
            return p;
        }
        MemorySegment c = MemorySegment.ofArray(d.data().toArray(ValueLayout.JAVA_BYTE));
        return switch (d) {
            case ControlPacket x -> new ControlPacket(x.id(), x.endpoint(), x.request(), x.requestType(), x.status(),
                    x.value(), x.index(), x.length(), c);
            case BulkPacket x -> new BulkPacket(x.id(), x.endpoint(), x.status(), x.length(), x.streamId(), c);
            case IsoPacket x -> new IsoPacket(x.id(), x.endpoint(), x.status(), x.length(), c);
            case InterruptPacket x -> new InterruptPacket(x.id(), x.endpoint(), x.status(), x.length(), c);
            case BufferedBulkPacket x -> new BufferedBulkPacket(x.id(), x.streamId(), x.length(), x.endpoint(),
                    x.status(), c);
        };
    }
}
