package org.ffmusb.benchmarks.host;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.benchmarks.libusb.TimerSlack;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.host.EmulatedBackend;
import org.ffmusb.usbredir.host.HostBackend;
import org.ffmusb.usbredir.host.HostListener;
import org.ffmusb.usbredir.host.LibUsbBackend;
import org.ffmusb.usbredir.host.UsbRedirHost;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TcpServer;
import org.ffmusb.usbredir.transport.TransportListener;

/**
 * Our guest connected over loopback TCP to a usbredir host serving one device model, in this JVM:
 * <ul>
 *   <li>{@code java}: our {@link UsbRedirHost} on the Java backend ({@link EmulatedBackend}, the model
 *   through usb-emulator's direct API: no libusb, no umockdev);</li>
 *   <li>{@code libusb}: our host on {@link LibUsbBackend}, the model served to real libusb by the
 *   emulator's umockdev testbed (the JVM needs {@code LD_PRELOAD=libumockdev-preload.so.0});</li>
 *   <li>{@code usbredirect}: C {@code usbredirect --as} serving the same testbed device, a child process
 *   of this JVM.</li>
 * </ul>
 * Every thread of the pipeline (guest and host I/O threads, libusb's event thread) runs with a 1 ns timer
 * slack, the slack {@link UsbEmulator#start} gives usbredirect.
 */
final class Pipeline implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    private final UsbEmulator emulator;
    private final UsbContext usb;
    private final UsbRedirHost host;
    private final TcpServer server;
    private final Process usbredirect;
    private final TcpClient client;
    final RedirectedDevice device;

    private Pipeline(UsbEmulator emulator, UsbContext usb, UsbRedirHost host, TcpServer server, Process usbredirect,
                     TcpClient client, RedirectedDevice device) {
        this.emulator = emulator;
        this.usb = usb;
        this.host = host;
        this.server = server;
        this.usbredirect = usbredirect;
        this.client = client;
        this.device = device;
    }

    static Pipeline open(String backend, DeviceModel model) throws Exception {
        TimerSlack.lowerForThisThread(); // before any thread of the pipeline starts: they inherit it
        UsbEmulator emulator = backend.equals("java") ? null : UsbEmulator.open();
        UsbContext usb = null;
        UsbRedirHost host = null;
        TcpServer server = null;
        Process usbredirect = null;
        InetSocketAddress address;
        try {
            switch (backend) {
                case "java" -> {
                    host = attach(EmulatedBackend.attach(model));
                    server = listen(host);
                    address = server.localAddress();
                }
                case "libusb" -> {
                    PluggedDevice plugged = emulator.plug(model);
                    usb = UsbContext.open();
                    host = attach(new LibUsbBackend(usb.devices().stream()
                            .filter(d -> d.busNumber() == plugged.busNumber() && d.address() == plugged.deviceAddress())
                            .findFirst().orElseThrow(() -> new IllegalStateException("libusb does not see the model"))
                            .open()));
                    server = listen(host);
                    address = server.localAddress();
                }
                case "usbredirect" -> {
                    PluggedDevice plugged = emulator.plug(model);
                    address = new InetSocketAddress("127.0.0.1", freePort());
                    usbredirect = emulator.start(emulator.processBuilder(List.of("usbredirect", "--device",
                            plugged.busDevice(), "--as", "127.0.0.1:" + address.getPort()))
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD));
                }
                default -> throw new IllegalArgumentException("backend: java, libusb or usbredirect, not " + backend);
            }
            UsbRedirGuest guest = new UsbRedirGuest();
            TcpClient client = TcpClient.start(address, TcpClient.Options.DEFAULT.withRetry(true)
                    .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)), () -> guest, new TransportListener() {});
            RedirectedDevice device;
            try {
                device = guest.device().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                client.close();
                throw e;
            }
            return new Pipeline(emulator, usb, host, server, usbredirect, client, device);
        } catch (Throwable t) {
            close(null, server, host, usb, usbredirect, emulator);
            throw t;
        }
    }

    /** Our host, or null with usbredirect. */
    UsbRedirHost host() {
        return host;
    }

    private static UsbRedirHost attach(HostBackend backend) {
        UsbRedirHost host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT, new HostListener() {});
        int status = host.attach(backend);
        if (status != Status.SUCCESS) {
            throw new IllegalStateException("our host could not attach the model: " + Status.name(status));
        }
        return host;
    }

    private static TcpServer listen(UsbRedirHost host) throws IOException {
        return TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT, () -> host,
                new TransportListener() {});
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        close(client, server, host, usb, usbredirect, emulator);
    }

    private static void close(TcpClient client, TcpServer server, UsbRedirHost host, UsbContext usb, Process usbredirect,
                              UsbEmulator emulator) throws InterruptedException {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        if (host != null) {
            host.close();
        }
        if (usb != null) {
            usb.close();
        }
        if (usbredirect != null) {
            usbredirect.destroy();
            usbredirect.waitFor(10, TimeUnit.SECONDS);
        }
        if (emulator != null) {
            emulator.close();
        }
    }
}
