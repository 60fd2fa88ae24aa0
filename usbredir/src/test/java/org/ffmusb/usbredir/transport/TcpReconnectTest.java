package org.ffmusb.usbredir.transport;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.testing.Usbredirect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The TCP transports with C usbredirect as the peer that comes and goes: the client retries with
 * backoff until usbredirect listens and connects again (with a new guest) after it went away; the server
 * keeps listening for the next usbredirect and turns a second client away while it serves one. The wire
 * counters match the packets the guest sent and received.
 */
@Timeout(120)
class TcpReconnectTest {
    private static final long WAIT = 15;

    /** Hands out a new guest per connection and remembers them. */
    private static final class Guests implements Supplier<UsbRedirGuest> {
        final List<UsbRedirGuest> made = new CopyOnWriteArrayList<>();

        @Override
        public UsbRedirGuest get() {
            UsbRedirGuest guest = new UsbRedirGuest();
            made.add(guest);
            return guest;
        }

        RedirectedDevice device(int index) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
            while (made.size() <= index && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(made.size() > index, "connection " + (index + 1) + " was not made");
            return made.get(index).device().get(WAIT, TimeUnit.SECONDS);
        }
    }

    /** Records what the transport reports. */
    private static final class Events implements TransportListener {
        final List<Duration> retries = new CopyOnWriteArrayList<>();
        final List<SocketAddress> refused = new CopyOnWriteArrayList<>();
        final List<SocketConnection> connected = new CopyOnWriteArrayList<>();
        final List<SocketConnection> disconnected = new CopyOnWriteArrayList<>();

        @Override
        public void retrying(int attempt, Duration delay, IOException cause) {
            retries.add(delay);
        }

        @Override
        public void refused(SocketAddress remote) {
            refused.add(remote);
        }

        @Override
        public void connected(SocketConnection connection) {
            connected.add(connection);
        }

        @Override
        public void disconnected(SocketConnection connection, IOException cause) {
            disconnected.add(connection);
        }
    }

    @Test
    void theClientRetriesWithBackoffAndReconnectsWithANewGuest() throws Exception {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice plugged = emulator.plug(new Loopback());
            int port = Usbredirect.freePort();
            Guests guests = new Guests();
            Events events = new Events();
            TcpClient.Options options = TcpClient.Options.DEFAULT.withRetry(true).withReconnect(true)
                    .withBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
            try (TcpClient client = TcpClient.start(new InetSocketAddress("127.0.0.1", port), options, guests, events)) {
                Thread.sleep(1500); // nobody listens yet
                assertTrue(events.retries.size() >= 4, "retried: " + events.retries);
                assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200),
                        Duration.ofMillis(400)), events.retries.subList(0, 4), "the backoff doubles up to its maximum");
                assertEquals(Duration.ofMillis(400), events.retries.getLast());
                assertTrue(guests.made.isEmpty());

                try (Usbredirect first = Usbredirect.listening(emulator, plugged.busDevice(), port)) {
                    assertEquals(0x0001, guests.device(0).productId(), first.log());
                }
                guests.made.getFirst().closed().handle((ok, e) -> null).get(WAIT, TimeUnit.SECONDS);

                try (Usbredirect second = Usbredirect.listening(emulator, plugged.busDevice(), port)) {
                    RedirectedDevice again = guests.device(1);
                    assertEquals(0x0001, again.productId(), second.log());
                    assertTrue(again.isAttached());
                }
                assertEquals(2, events.connected.size());
            }
        }
    }

    @Test
    void theServerKeepsListeningAndTurnsASecondClientAway() throws Exception {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice plugged = emulator.plug(new Loopback());
            Guests guests = new Guests();
            Events events = new Events();
            try (TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0),
                    TcpServer.Options.DEFAULT.withKeepListening(true), guests, events)) {
                int port = server.localAddress().getPort();
                try (Usbredirect first = Usbredirect.connectingTo(emulator, plugged.busDevice(), port)) {
                    guests.device(0);
                    try (SocketChannel intruder = SocketChannel.open(server.localAddress())) {
                        intruder.socket().setSoTimeout(5000);
                        assertEquals(-1, intruder.socket().getInputStream().read(), "a second client is closed at once");
                    }
                    // the server closes the intruder first and reports it after: wait for the report
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (events.refused.isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    assertEquals(1, events.refused.size());
                    assertEquals(1, guests.made.size(), "no guest was made for the refused client");
                }
                guests.made.getFirst().closed().handle((ok, e) -> null).get(WAIT, TimeUnit.SECONDS);
                try (Usbredirect second = Usbredirect.connectingTo(emulator, plugged.busDevice(), port)) {
                    assertEquals(0x0001, guests.device(1).productId(), second.log());
                }
                assertFalse(server.stopped().isDone(), "still listening");
            }
        }
    }

    @Test
    void countersCountEveryPacketOnTheWire() throws Exception {
        try (UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice plugged = emulator.plug(new Loopback());
            Guests guests = new Guests();
            try (Usbredirect usbredirect = Usbredirect.listening(emulator, plugged.busDevice());
                 TcpClient client = TcpClient.start(new InetSocketAddress("127.0.0.1", usbredirect.port()),
                         TcpClient.Options.DEFAULT.withRetry(true).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)),
                         guests, new TransportListener() {})) {
                RedirectedDevice device = guests.device(0);
                DescriptorSet model = plugged.descriptors();
                int strings = 0;
                while (model.text(strings + 1) != null) {
                    strings++;
                }
                // hello; GET_DESCRIPTOR of device, configuration header and whole, LANGIDs, every string
                long requests = 1 + 4 + strings;
                TransportCounters c = client.counters();
                assertEquals(requests, c.packetsSent(), c.toString());
                // hello, interface_info, ep_info, device_connect, one reply per request
                assertEquals(4 + requests - 1, c.packetsReceived(), c.toString());
                assertTrue(device.isAttached());
                assertEquals(c.bytesSent(), client.connection().counters().bytesSent());
                long packetsBefore = c.packetsReceived();
                for (int i = 0; i < 10; i++) {
                    device.configuration().get(WAIT, TimeUnit.SECONDS);
                }
                assertEquals(packetsBefore + 10, c.packetsReceived());
                assertEquals(requests + 10, c.packetsSent());
            }
        }
    }
}
