package org.ffmusb.usbredir.guest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.usbredir.testing.Usbredirect;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TcpServer;
import org.ffmusb.usbredir.transport.TransportListener;

/**
 * An emulated device served by C usbredirect to our guest over TCP: usbredirect {@code --as} with our
 * {@link TcpClient} retrying until it listens, or our {@link TcpServer} with usbredirect {@code --to}.
 */
final class LoopbackRig implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);

    final UsbEmulator emulator;
    final PluggedDevice plugged;
    final Usbredirect usbredirect;
    final UsbRedirGuest guest;
    final AutoCloseable transport;
    final RedirectedDevice device;

    private LoopbackRig(UsbEmulator emulator, PluggedDevice plugged, Usbredirect usbredirect, UsbRedirGuest guest,
                        AutoCloseable transport) throws Exception {
        this.emulator = emulator;
        this.plugged = plugged;
        this.usbredirect = usbredirect;
        this.guest = guest;
        this.transport = transport;
        try {
            this.device = guest.device().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no device from usbredirect: " + e + "\nusbredirect said:\n" + usbredirect.log(), e);
        }
    }

    /** usbredirect --as, our client connects (retrying until usbredirect listens). */
    static LoopbackRig connect(DeviceModel model, UsbRedirGuest.Options options) throws Exception {
        UsbEmulator emulator = UsbEmulator.open();
        try {
            PluggedDevice plugged = emulator.plug(model);
            Usbredirect usbredirect = Usbredirect.listening(emulator, plugged.busDevice());
            UsbRedirGuest guest = new UsbRedirGuest(options);
            TcpClient client = TcpClient.start(new InetSocketAddress("127.0.0.1", usbredirect.port()),
                    TcpClient.Options.DEFAULT.withRetry(true).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)),
                    () -> guest, new TransportListener() {});
            return new LoopbackRig(emulator, plugged, usbredirect, guest, client);
        } catch (Throwable t) {
            emulator.close();
            throw t;
        }
    }

    /** Our server listens, usbredirect --to connects. */
    static LoopbackRig listen(DeviceModel model, UsbRedirGuest.Options options) throws Exception {
        UsbEmulator emulator = UsbEmulator.open();
        try {
            PluggedDevice plugged = emulator.plug(model);
            UsbRedirGuest guest = new UsbRedirGuest(options);
            TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                    () -> guest, new TransportListener() {});
            Usbredirect usbredirect = Usbredirect.connectingTo(emulator, plugged.busDevice(),
                    server.localAddress().getPort());
            return new LoopbackRig(emulator, plugged, usbredirect, guest, server);
        } catch (Throwable t) {
            emulator.close();
            throw t;
        }
    }

    static <T> T await(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        try {
            transport.close();
            guest.closed().handle((ok, e) -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            try {
                usbredirect.close();
            } finally {
                emulator.close();
            }
        }
    }

    static void assertSuccess(GuestResult r) {
        assertTrue(r.isSuccess(), "status " + r.statusName() + ": " + r);
    }

    @SuppressWarnings("unused")
    private static void ignore(IOException e) {}
}
