package org.ffmusb.usbredir.proto;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;
import org.ffmusb.usbredir.testing.QemuUsbRedirGuest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * QEMU 7.2's usb-redir device as the real guest peer (test-rigs.md R4): our host codec reads QEMU's
 * hello and filter, and QEMU accepts what we encode — it attaches our device at high speed, rejects a
 * device its filter denies, and acknowledges our device_disconnect, which it can only do after parsing
 * our packets with the negotiated 16-byte headers.
 */
class QemuGuestPeerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void decodesQemusHelloAndTheCapturedBytesStayCurrent() throws IOException {
        try (var qemu = new QemuUsbRedirGuest("");
             SocketChannel socket = qemu.connectUsbRedir()) {
            var host = new HostParser("ffmusb test", Caps.ALL);
            byte[] bytes = readAtLeast(socket, 80);
            host.feed(bytes);
            var hello = assertInstanceOf(Hello.class, host.poll());
            assertTrue(hello.version().startsWith("qemu usb-redir guest 7.2"), hello.version());
            assertEquals(Caps.ALL, hello.caps());
            assertEquals(List.of(0xffL), hello.capWords());
            assertEquals(16, host.headerSize(), "both sides have 64bits_ids");
            byte[] captured = Files.readAllBytes(Path.of("src/test/resources/captures/qemu-7.2-guest-hello.bin"));
            assertArrayEquals(captured, bytes, "the committed capture is QEMU 7.2's hello");
        }
    }

    @Test
    void qemuAcceptsOurDeviceAppliesItsFilterAndAcksDisconnect() throws IOException, InterruptedException {
        try (var qemu = new QemuUsbRedirGuest(",filter=0x08:-1:-1:-1:1|-1:-1:-1:-1:0");
             SocketChannel socket = qemu.connectUsbRedir()) {
            var host = new HostParser("ffmusb test", Caps.ALL);
            var received = new ArrayList<ReceivedByHost>();
            QemuUsbRedirGuest.write(socket, host.drain());
            awaitPacket(socket, host, received, FilterFilter.class);
            assertInstanceOf(Hello.class, received.getFirst());
            var filter = (FilterFilter) received.getLast();
            assertEquals(List.of(new FilterRule(0x08, -1, -1, -1, true), new FilterRule(-1, -1, -1, -1, false)),
                    filter.rules(), "QEMU sends its filter property as filter_filter");

            connect(host, 0x08, 0x0781, 0x5567);
            QemuUsbRedirGuest.write(socket, host.drain());
            awaitMonitor(qemu, "Speed 480 Mb/s");
            byte[] more = QemuUsbRedirGuest.read(socket, Duration.ofMillis(500));
            assertNotNull(more, "QEMU keeps the connection");
            host.feed(more);
            for (ReceivedByHost r; (r = host.poll()) != null; ) {
                // QEMU resets a device it attaches, and SeaBIOS may start enumerating it (control
                // packets); a filter_reject or an undecodable packet would be wrong here.
                assertFalse(r instanceof FilterReject || r instanceof ProtocolError,
                        "QEMU accepted the mass-storage device: " + r);
                received.add(r);
            }

            host.send(new DeviceDisconnect());
            QemuUsbRedirGuest.write(socket, host.drain());
            awaitPacket(socket, host, received, DeviceDisconnectAck.class);

            Thread.sleep(300); // QEMU delays a new attach by about 200 ms after a detach (reference §10)
            connect(host, 0x03, 0x046d, 0xc31c);
            QemuUsbRedirGuest.write(socket, host.drain());
            awaitPacket(socket, host, received, FilterReject.class);
            assertTrue(qemu.isAlive());
            assertFalse(qemu.log().toLowerCase().contains("error"), qemu.log());
            assertTrue(received.stream().noneMatch(r -> r instanceof ProtocolError), received.toString());
        }
    }

    /** interface_info, ep_info and device_connect of a one-interface high-speed device with two bulk endpoints. */
    private static void connect(HostParser host, int interfaceClass, int vendor, int product) {
        List<Integer> zeros = Collections.nCopies(32, 0);
        List<Integer> classes = new ArrayList<>(zeros);
        classes.set(0, interfaceClass);
        host.send(new InterfaceInfo(0, 1, zeros, classes, zeros, zeros));
        List<Integer> types = new ArrayList<>(Collections.nCopies(32, EndpointType.INVALID));
        List<Integer> sizes = new ArrayList<>(zeros);
        for (int ep : new int[] {0x00, 0x80}) {
            types.set(EndpointType.index(ep), EndpointType.CONTROL);
            sizes.set(EndpointType.index(ep), 64);
        }
        for (int ep : new int[] {0x02, 0x81}) {
            types.set(EndpointType.index(ep), EndpointType.BULK);
            sizes.set(EndpointType.index(ep), 512);
        }
        host.send(new EpInfo(0, types, zeros, zeros, sizes, Collections.nCopies(32, 0L)));
        host.send(new DeviceConnect(0, Speed.HIGH, 0, 0, 0, vendor, product, 0x0100));
    }

    private static void awaitPacket(SocketChannel socket, HostParser host, List<ReceivedByHost> received,
                                    Class<? extends GuestPacket> type) throws IOException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ReceivedByHost r; (r = host.poll()) != null; ) {
                received.add(r);
                if (type.isInstance(r)) {
                    return;
                }
            }
            byte[] bytes = QemuUsbRedirGuest.read(socket, Duration.ofMillis(200));
            assertNotNull(bytes, "QEMU closed the connection; got " + received);
            host.feed(bytes);
        }
        fail("no " + type.getSimpleName() + " from QEMU within " + WAIT + "; got " + received);
    }

    private static void awaitMonitor(QemuUsbRedirGuest qemu, String expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String usb = "";
        while (System.nanoTime() < deadline) {
            usb = qemu.monitor("info usb");
            if (usb.contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        fail("QEMU's info usb never showed \"" + expected + "\": " + usb + "\nlog: " + qemu.log());
    }

    private static byte[] readAtLeast(SocketChannel socket, int n) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (out.size() < n && System.nanoTime() < deadline) {
            byte[] bytes = QemuUsbRedirGuest.read(socket, Duration.ofMillis(200));
            assertNotNull(bytes, "QEMU closed the connection");
            out.writeBytes(bytes);
        }
        assertTrue(out.size() >= n, "QEMU sent only " + out.size() + " bytes");
        return out.toByteArray();
    }
}
