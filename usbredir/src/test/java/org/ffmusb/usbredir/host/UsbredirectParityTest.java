package org.ffmusb.usbredir.host;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.GuestParser;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.PacketFormat;
import org.ffmusb.usbredir.proto.PacketType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.*;

/**
 * C-compatible behaviour: the same guest request sequence, sent to C {@code usbredirect} and to our
 * host serving the same emulated loopback device, gets the same packets back — decoded by our
 * dissector into the same JSON, step by step (only the hello's version string differs).
 */
@Timeout(120)
class UsbredirectParityTest {
    static UsbEmulator emulator;
    static UsbContext usb;

    @BeforeAll
    static void open() {
        emulator = UsbEmulator.open();
        usb = UsbContext.open();
    }

    @AfterAll
    static void close() {
        usb.close();
        emulator.close();
    }

    /** Where the scripted guest's bytes go and the host's come from. */
    interface Link extends AutoCloseable {
        void send(byte[] bytes) throws IOException;

        /** What arrived within {@code millis} (possibly nothing). */
        byte[] receive(long millis) throws IOException;

        @Override
        void close() throws IOException;
    }

    @Test
    void ourHostAnswersTheScriptLikeUsbredirect() throws Exception {
        List<List<String>> c;
        PluggedDevice device = emulator.plug(new Loopback());
        try (Link link = usbredirect()) {
            c = runScript(link);
        } finally {
            device.unplug();
        }
        List<List<String>> ours;
        device = emulator.plug(new Loopback());
        try (Link link = ourHost()) {
            ours = runScript(link);
        } finally {
            device.unplug();
        }
        assertEquals(c.size(), ours.size());
        for (int step = 0; step < c.size(); step++) {
            assertEquals(c.get(step), ours.get(step), "step " + step + " differs from usbredirect");
        }
    }

    /** The script: each step sends requests and collects the packets that answer them, in a canonical order. */
    private static List<List<String>> runScript(Link link) throws IOException, InterruptedException {
        var guest = new GuestParser("parity guest", Caps.ALL);
        var steps = new ArrayList<List<String>>();
        link.send(guest.drain());
        steps.add(collect(link, guest, 4, 10_000)); // hello, interface_info, ep_info, device_connect
        guest.send(new org.ffmusb.usbredir.proto.Reset(0));
        control(guest, 1, 0x80, 6, 0x80, 0x0100, 0, 18);
        control(guest, 2, 0x80, 6, 0x80, 0x0200, 0, 9);
        control(guest, 3, 0x80, 6, 0x80, 0x0200, 0, 255);
        control(guest, 4, 0x80, 6, 0x80, 0x0300, 0, 255);
        control(guest, 5, 0x80, 6, 0x80, 0x0302, 0x0409, 255);
        steps.add(exchange(link, guest, 5));
        guest.send(new org.ffmusb.usbredir.proto.GetConfiguration(6));
        guest.send(new org.ffmusb.usbredir.proto.SetConfiguration(7, 1));
        steps.add(exchange(link, guest, 2));
        guest.send(new org.ffmusb.usbredir.proto.SetAltSetting(8, 1, 1));
        guest.send(new org.ffmusb.usbredir.proto.GetAltSetting(9, 1));
        guest.send(new org.ffmusb.usbredir.proto.GetAltSetting(10, 9));
        steps.add(exchange(link, guest, 5)); // interface_info, ep_info, 3 × alt_setting_status
        byte[] payload = new byte[100];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        guest.sendBulkPacket(11, Loopback.EP_LOOP_OUT, 0, 100, 0, MemorySegment.ofArray(payload), 0, 100);
        steps.add(exchange(link, guest, 1));
        guest.sendBulkPacket(12, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0);
        steps.add(exchange(link, guest, 1));
        guest.send(new org.ffmusb.usbredir.proto.StartInterruptReceiving(13, Loopback.EP_INT_IN));
        steps.add(exchange(link, guest, 1));
        guest.sendInterruptPacket(14, Loopback.EP_INT_OUT, 0, 8, MemorySegment.ofArray(new byte[] {9, 8, 7, 6, 5, 4,
                3, 2}), 0, 8);
        steps.add(exchange(link, guest, 2)); // the OUT reply and the received IN packet
        guest.send(new org.ffmusb.usbredir.proto.StopInterruptReceiving(15, Loopback.EP_INT_IN));
        steps.add(exchange(link, guest, 1));
        control(guest, 16, 0x00, Loopback.REQUEST_HALT, 0x40, 0, Loopback.EP_SOURCE, 0);
        steps.add(exchange(link, guest, 1));
        guest.sendBulkPacket(17, Loopback.EP_SOURCE, 0, 512, 0, null, 0, 0);
        steps.add(exchange(link, guest, 1));
        control(guest, 18, 0x00, 1, 0x02, 0, Loopback.EP_SOURCE, 0);
        guest.sendBulkPacket(19, Loopback.EP_SOURCE, 0, 512, 0, null, 0, 0);
        steps.add(exchange(link, guest, 2));
        guest.sendBulkPacket(20, Loopback.EP_INT_IN, 0, 8, 0, null, 0, 0);
        guest.send(new org.ffmusb.usbredir.proto.StartIsoStream(21, Loopback.EP_ISO_IN, 8, 100));
        guest.send(new org.ffmusb.usbredir.proto.StartIsoStream(22, Loopback.EP_ISO_IN, 0, 4));
        steps.add(exchange(link, guest, 3));
        guest.sendBulkPacket(23, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0);
        link.send(guest.drain());
        Thread.sleep(200);
        guest.send(new org.ffmusb.usbredir.proto.CancelDataPacket(23));
        steps.add(exchange(link, guest, 1));
        guest.send(new org.ffmusb.usbredir.proto.StartIsoStream(24, Loopback.EP_ISO_IN, 8, 4));
        steps.add(firstIsoPackets(link, guest, 16));
        guest.send(new org.ffmusb.usbredir.proto.StopIsoStream(25, Loopback.EP_ISO_IN));
        link.send(guest.drain());
        steps.add(untilStopped(link, guest));
        return steps;
    }

    private static void control(GuestParser guest, long id, int ep, int request, int requestType, int value,
                                int index, int length) {
        guest.sendControlPacket(id, ep, request, requestType, 0, value, index, length, null, 0, 0);
    }

    private static List<String> exchange(Link link, GuestParser guest, int expected) throws IOException {
        link.send(guest.drain());
        return collect(link, guest, expected, 10_000);
    }

    /** {@code expected} packets as dissector JSON (hello version masked), sorted so timing cannot reorder them. */
    private static List<String> collect(Link link, GuestParser guest, int expected, long millis) throws IOException {
        var json = new ArrayList<String>();
        long deadline = System.currentTimeMillis() + millis;
        PacketCursor c = guest.cursor();
        while (json.size() < expected && System.currentTimeMillis() < deadline) {
            guest.feed(link.receive(50));
            while (guest.advance()) {
                json.add(c.type() == PacketType.HELLO ? "hello caps " + guest.peerCaps() : PacketFormat.json(c));
            }
        }
        byte[] extra = link.receive(150);
        guest.feed(extra);
        while (guest.advance()) {
            json.add("UNEXPECTED " + PacketFormat.json(c));
        }
        link.send(guest.drain()); // automatic acks
        json.sort(Comparator.naturalOrder());
        assertEquals(expected, json.stream().filter(s -> !s.startsWith("UNEXPECTED")).count(), json.toString());
        return json;
    }

    /** The iso_stream_status and the first {@code n} iso packets: ids, statuses and lengths (not timing). */
    private static List<String> firstIsoPackets(Link link, GuestParser guest, int n) throws IOException {
        link.send(guest.drain());
        var json = new ArrayList<String>();
        long deadline = System.currentTimeMillis() + 10_000;
        PacketCursor c = guest.cursor();
        while (json.size() < n + 1 && System.currentTimeMillis() < deadline) {
            guest.feed(link.receive(50));
            while (guest.advance() && json.size() < n + 1) {
                json.add(c.type() == PacketType.ISO_PACKET
                        ? "iso id " + c.id() + " status " + c.status() + " length " + c.length() : PacketFormat.json(c));
            }
        }
        return json;
    }

    /** After stop_iso_stream: its status (iso packets still in flight before it are skipped). */
    private static List<String> untilStopped(Link link, GuestParser guest) throws IOException {
        long deadline = System.currentTimeMillis() + 10_000;
        PacketCursor c = guest.cursor();
        while (System.currentTimeMillis() < deadline) {
            guest.feed(link.receive(50));
            while (guest.advance()) {
                if (c.type() == PacketType.ISO_STREAM_STATUS) {
                    return List.of(PacketFormat.json(c));
                }
            }
        }
        return List.of("no iso_stream_status");
    }

    /** C usbredirect serving the loopback inside the testbed, listening on a free port. */
    private static Link usbredirect() throws IOException, InterruptedException {
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p;
        try {
            p = emulator.start(emulator.processBuilder("usbredirect", "--device", "1209:0001", "--as",
                    "127.0.0.1:" + port).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD));
        } catch (IOException e) {
            throw new AssertionError("cannot run usbredirect (" + e.getMessage()
                    + "); install it: run ./test as root, or apt-get install usbredirect", e);
        }
        SocketChannel channel = null;
        for (int i = 0; i < 200 && channel == null; i++) {
            try {
                channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            } catch (IOException e) {
                assertTrue(p.isAlive(), "usbredirect exited with " + (p.isAlive() ? 0 : p.exitValue()));
                Thread.sleep(50);
            }
        }
        assertNotNull(channel, "usbredirect did not listen");
        return socketLink(channel, p);
    }

    private static Link socketLink(SocketChannel channel, Process process) throws IOException {
        channel.configureBlocking(false);
        return new Link() {
            @Override
            public void send(byte[] bytes) throws IOException {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            }

            @Override
            public byte[] receive(long millis) throws IOException {
                byte[] out = org.ffmusb.usbredir.testing.QemuUsbRedirGuest.read(channel, java.time.Duration.ofMillis(millis));
                return out == null ? new byte[0] : out;
            }

            @Override
            public void close() throws IOException {
                channel.close();
                process.destroy();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Our host serving the loopback through libusb, driven in-process. */
    private static Link ourHost() {
        var host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT, null);
        var side = new GuestSide(host, Caps.ALL);
        assertEquals(0, host.attach(new LibUsbBackend(usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID)
                .orElseThrow())));
        return new Link() {
            @Override
            public void send(byte[] bytes) {
                side.guest.feed(new byte[0]);
                int at = 0;
                while (at < bytes.length) {
                    ByteBuffer buf = host.receiveBuffer(bytes.length - at);
                    int n = Math.min(buf.remaining(), bytes.length - at);
                    buf.put(bytes, at, n);
                    host.received(n);
                    at += n;
                }
            }

            @Override
            public byte[] receive(long millis) {
                try {
                    Thread.sleep(Math.min(millis, 20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return side.rawOutput();
            }

            @Override
            public void close() {
                host.close();
            }
        };
    }
}
