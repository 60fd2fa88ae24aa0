package org.ffmusb.usbredir.transport;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A remote that sends without reading: TCP flow control and the peer's {@link UsbRedirPeer#acceptsInput}
 * hold it back, our memory stays bounded, and threads queueing output never wait — only the I/O
 * thread's own writes do. Closing from either side reaches the peer's {@code disconnected} exactly once.
 */
@Timeout(120)
class TcpBackPressureTest {
    private static final long BOUND = 1 << 20;
    private static final long FLOOD = 256L << 20;

    @Test
    void aRemoteThatStopsReadingIsHeldBackWhileOtherThreadsKeepQueueing() throws Exception {
        EchoPeer peer = new EchoPeer(BOUND, true);
        try (TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                () -> peer, new TransportListener() {});
             SocketChannel remote = SocketChannel.open(server.localAddress())) {
            AtomicLong written = new AtomicLong();
            CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
                ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
                try {
                    while (written.get() < FLOOD) {
                        chunk.clear();
                        written.addAndGet(remote.write(chunk));
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            // Another thread queues output meanwhile, as a libusb event thread queues completions: were it
            // to wait for the socket, it would never finish, since the remote reads nothing yet.
            long start = System.nanoTime();
            for (int i = 0; i < 5000; i++) {
                peer.send(new byte[100]);
                if (i % 100 == 0) {
                    Thread.sleep(2);
                }
            }
            long queueing = System.nanoTime() - start;
            Thread.sleep(500);
            long stalledAt = written.get();
            Thread.sleep(500);
            assertEquals(stalledAt, written.get(), "the remote's writes are blocked by flow control");
            assertTrue(written.get() < FLOOD / 4, "we stopped reading: the remote got only " + written.get()
                    + " bytes out");
            assertTrue(peer.maxPending.get() <= BOUND + 256 * 1024 + 5000 * 100,
                    "the output waiting in the peer stays bounded: " + peer.maxPending.get());
            assertTrue(queueing < TimeUnit.SECONDS.toNanos(5), "queueing output never waits for the socket: "
                    + queueing / 1_000_000 + " ms for 5000 packets and 50 pauses of 2 ms");
            assertFalse(flood.isDone(), () -> "the remote's writes ended: " + flood.handle((ok, e) -> e).join()
                    + "; our side: " + peer.disconnected.getNow(null));

            // The remote reads again: everything flows, nothing is lost.
            long expected = FLOOD + 5000 * 100;
            ByteBuffer in = ByteBuffer.allocateDirect(1 << 20);
            long read = 0;
            while (read < expected) {
                in.clear();
                int n = remote.read(in);
                assertTrue(n > 0, "the echo ended early after " + read + " bytes");
                read += n;
            }
            flood.get(30, TimeUnit.SECONDS);
            assertEquals(expected, read);
            assertEquals(FLOOD, peer.received.get());
            for (int i = 0; i < 100 && server.counters().bytesSent() < expected; i++) {
                Thread.sleep(10); // the I/O thread counts right after its write returns
            }
            assertEquals(expected, server.counters().bytesSent());
            assertEquals(FLOOD, server.counters().bytesReceived());
        }
        peer.disconnected.get(10, TimeUnit.SECONDS);
        Thread.sleep(200);
        assertEquals(1, peer.disconnects.get());
    }

    @Test
    void closingEitherSideCallsEachPeersDisconnectedOnce() throws Exception {
        for (boolean clientCloses : new boolean[] {true, false}) {
            EchoPeer serverPeer = new EchoPeer(BOUND, true);
            EchoPeer clientPeer = new EchoPeer(BOUND, false);
            TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                    () -> serverPeer, new TransportListener() {});
            TcpClient client = TcpClient.start(server.localAddress(), TcpClient.Options.DEFAULT, () -> clientPeer,
                    new TransportListener() {});
            clientPeer.send("ping".getBytes());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (clientPeer.received.get() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(4, clientPeer.received.get(), "the echo came back");
            if (clientCloses) {
                client.close();
            } else {
                server.close();
            }
            assertNull(clientPeer.disconnected.get(10, TimeUnit.SECONDS), "an orderly end has no cause");
            serverPeer.disconnected.get(10, TimeUnit.SECONDS);
            client.stopped().get(10, TimeUnit.SECONDS);
            server.stopped().get(10, TimeUnit.SECONDS);
            Thread.sleep(100);
            assertEquals(1, clientPeer.disconnects.get());
            assertEquals(1, serverPeer.disconnects.get());
            client.close();
            server.close();
            Thread.sleep(100);
            assertEquals(1, clientPeer.disconnects.get(), "closing again changes nothing");
            assertEquals(1, serverPeer.disconnects.get());
        }
    }
}
