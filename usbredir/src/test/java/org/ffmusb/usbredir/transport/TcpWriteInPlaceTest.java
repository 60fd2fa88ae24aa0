package org.ffmusb.usbredir.transport;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Output queued on a thread other than the connection's I/O thread (a host's completions on the libusb
 * event thread) is written by that thread in its output listener call when no one else is writing, as
 * C usbredirect writes from its event thread; several such threads and the I/O thread's own writes
 * never tear or reorder what the engine queued.
 */
@Timeout(60)
class TcpWriteInPlaceTest {

    @Test
    void outputQueuedOnAnotherThreadIsWrittenByThatThread() throws Exception {
        EchoPeer peer = new EchoPeer(1 << 20, false);
        try (TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                () -> peer, new TransportListener() {});
             SocketChannel remote = SocketChannel.open(server.localAddress())) {
            awaitConnected(server);
            Thread.sleep(100); // the I/O thread is asleep in select
            peer.send("reply".getBytes());
            assertEquals(Set.of(Thread.currentThread()), peer.writers,
                    "the queueing thread wrote its output, the I/O thread was not woken for it");
            ByteBuffer in = ByteBuffer.allocate(5);
            while (in.hasRemaining()) {
                assertTrue(remote.read(in) > 0);
            }
            assertEquals("reply", new String(in.array()));
            assertEquals(5, server.counters().bytesSent(), "bytes written in place are counted");
        }
    }

    @Test
    void concurrentWritersKeepTheQueuedOrder() throws Exception {
        int threads = 4;
        int records = 20_000;
        EchoPeer peer = new EchoPeer(1 << 20, true);
        try (TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                () -> peer, new TransportListener() {});
             SocketChannel remote = SocketChannel.open(server.localAddress())) {
            awaitConnected(server);
            // The I/O thread echoes what the remote sends while four threads queue numbered records of
            // varying sizes: every record arrives whole, each thread's in order.
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                senders.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < records; i++) {
                        peer.send(record(thread, i));
                    }
                }, r -> Thread.ofPlatform().name("queueing-" + thread).start(r)));
            }
            byte[] echoed = record(9, 0);
            remote.write(ByteBuffer.wrap(echoed));
            int[] next = new int[threads + 10];
            ByteBuffer in = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            int done = 0;
            boolean echoSeen = false;
            while (done < threads * records || !echoSeen) {
                assertTrue(remote.read(in) > 0, "the connection ended early");
                in.flip();
                while (in.remaining() >= 12 && in.remaining() >= in.getInt(in.position() + 8)) {
                    int thread = in.getInt();
                    int index = in.getInt();
                    int length = in.getInt();
                    for (int k = 12; k < length; k++) {
                        assertEquals((byte) (thread * 31 + index), in.get(), "record " + index + " of thread " + thread);
                    }
                    if (thread == 9) {
                        echoSeen = true;
                        continue;
                    }
                    assertEquals(next[thread], index, "records of thread " + thread + " in the order queued");
                    next[thread]++;
                    done++;
                }
                in.compact();
            }
            CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            assertTrue(peer.writers.stream().anyMatch(t -> t.getName().startsWith("queueing-")),
                    "queueing threads wrote in place: " + peer.writers);
        }
    }

    /**
     * The deadlock a blocking in-place write would make with a host on the Java backend: a device's
     * worker queues a completion's reply and, still holding the device, runs the output listener, while
     * the I/O thread is inside the engine (its lock held) waiting for that device (a reset). The
     * listener must not wait for the engine: the I/O thread writes the reply once it is out.
     */
    @Test
    void theListenerNeverWaitsForAnEngineBusyOnAnotherThread() throws Exception {
        EchoPeer peer = new EchoPeer(1 << 20, false);
        ReentrantLock device = new ReentrantLock();
        CountDownLatch inside = new CountDownLatch(1);
        peer.whileReceiving = () -> {
            inside.countDown();
            device.lock(); // a reset: waits until the worker lets go of the device
            device.unlock();
        };
        try (TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                () -> peer, new TransportListener() {});
             SocketChannel remote = SocketChannel.open(server.localAddress())) {
            awaitConnected(server);
            CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
                device.lock();
                try {
                    boolean due = peer.queue("reply".getBytes());
                    remote.write(ByteBuffer.wrap(new byte[] {1})); // the guest's reset request
                    assertTrue(inside.await(10, TimeUnit.SECONDS));
                    if (due) {
                        peer.runOutputListener();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    device.unlock();
                }
            }, r -> Thread.ofPlatform().name("device-worker").start(r));
            worker.get(10, TimeUnit.SECONDS);
            ByteBuffer in = ByteBuffer.allocate(5);
            while (in.hasRemaining()) {
                assertTrue(remote.read(in) > 0);
            }
            assertEquals("reply", new String(in.array()), "the I/O thread wrote it after the engine was free");
        }
    }

    /** thread, index, length (LE ints), then length - 12 bytes of a value both derive. */
    private static byte[] record(int thread, int index) {
        int length = 12 + (index * 7919 + thread * 104729) % 3000;
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(thread).putInt(index).putInt(length);
        while (b.hasRemaining()) {
            b.put((byte) (thread * 31 + index));
        }
        return b.array();
    }

    private static void awaitConnected(TcpServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.connection() == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
