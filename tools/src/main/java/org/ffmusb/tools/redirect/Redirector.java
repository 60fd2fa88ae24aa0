package org.ffmusb.tools.redirect;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.usbredir.host.UsbRedirHost;
import org.ffmusb.usbredir.transport.SocketConnection;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TcpServer;
import org.ffmusb.usbredir.transport.TransportCounters;
import org.ffmusb.usbredir.transport.TransportListener;

/**
 * What {@code ffmusb redirect} runs: a {@link RedirectSession} behind a TCP client or server, and the
 * live status line. Started once, stopped by {@link #close()} (on a stop signal, in the shutdown hook)
 * or by the transport ending.
 */
public final class Redirector implements AutoCloseable {
    /** A device or an address that cannot be used, said for a person. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;

        public StartException(String message) {
            super(message);
        }
    }

    /**
     * @param connect     true for --to (client), false for --as (server)
     * @param retry       client: retry connecting and reconnect after a guest leaves
     * @param keepServing server: keep listening after a guest leaves
     * @param statusLine  print the live status line (a terminal is attached)
     */
    public record Options(InetSocketAddress address, boolean connect, boolean keepAlive, boolean retry,
                          boolean keepServing, boolean statusLine) {}

    private final DeviceSource source;
    private final Options options;
    private final PrintWriter out;
    private final RedirectSession session;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private TcpServer server;
    private TcpClient client;
    private StatusLine status;
    private volatile boolean closed;

    private Redirector(DeviceSource source, Options options, PrintWriter out) {
        this.source = source;
        this.options = options;
        this.out = out;
        this.session = new RedirectSession(source, UsbRedirHost.Options.DEFAULT, out);
    }

    /** A libusb device: fails at once (like usbredirect) when it is not there or cannot be claimed. */
    public static Redirector forLibUsb(UsbContext usb, String device, Options options, PrintWriter out)
            throws StartException {
        DeviceSpec spec;
        try {
            spec = DeviceSpec.parse(device);
        } catch (IllegalArgumentException e) {
            throw new StartException(e.getMessage());
        }
        var source = new LibUsbDeviceSource(usb, spec);
        var probe = source.open();
        if (probe.isEmpty()) {
            source.close();
            throw new StartException("cannot redirect " + spec + ": " + source.whyNot());
        }
        probe.get().close();
        return new Redirector(source, options, out);
    }

    /** A device written in Java ({@code MODEL[:OPTION=VALUE,...]}), served without libusb. */
    public static Redirector forEmulated(String model, Options options, PrintWriter out) throws StartException {
        try {
            return new Redirector(EmulatedDeviceSource.parse(model), options, out);
        } catch (IOException | IllegalArgumentException e) {
            throw new StartException("cannot emulate " + model + ": " + e.getMessage());
        }
    }

    /** Devices built by {@code models} for each guest (tests that must reach into the model). */
    static Redirector forModels(String description, EmulatedDeviceSource.ModelFactory models, Options options,
                                PrintWriter out) {
        return new Redirector(new EmulatedDeviceSource(models, description), options, out);
    }

    public void start() throws StartException {
        TransportListener events = new TransportListener() {
            @Override
            public void listening(SocketAddress local) {
                out.println("ffmusb redirect: " + source.describe() + " waits for a guest on " + local);
            }

            @Override
            public void connected(SocketConnection connection) {
                out.println("ffmusb redirect: guest " + connection.remoteAddress() + " connected");
            }

            @Override
            public void disconnected(SocketConnection connection, IOException cause) {
                out.println("ffmusb redirect: guest " + connection.remoteAddress() + " left"
                        + (cause == null ? "" : " (" + cause.getMessage() + ")"));
            }

            @Override
            public void retrying(int attempt, Duration delay, IOException cause) {
                if (attempt == 1) {
                    out.println("ffmusb redirect: cannot connect to " + options.address() + " (" + cause.getMessage()
                            + "); retrying");
                }
            }
        };
        try {
            if (options.connect()) {
                client = TcpClient.start(options.address(), TcpClient.Options.DEFAULT.withKeepAlive(options.keepAlive())
                        .withRetry(options.retry()).withReconnect(options.retry()), session::newPeer, events);
                client.stopped().whenComplete((ok, e) -> stopped.complete(null));
            } else {
                server = TcpServer.listen(options.address(), TcpServer.Options.DEFAULT.withKeepAlive(options.keepAlive())
                        .withKeepListening(options.keepServing()), session::newPeer, events);
                server.stopped().whenComplete((ok, e) -> stopped.complete(null));
            }
        } catch (IOException e) {
            throw new StartException(e.getMessage());
        }
        if (options.statusLine()) {
            status = StatusLine.start(session, this::counters);
        }
    }

    /** The address the server listens on (the actual port when 0 was given); the target of a client. */
    public InetSocketAddress address() {
        return server != null ? server.localAddress() : options.address();
    }

    private TransportCounters counters() {
        return client != null ? client.counters() : server.counters();
    }

    /** Waits until the transport stops (a guest left without --retry, a failed connect, or close). */
    public void awaitStop() throws InterruptedException {
        try {
            stopped.get();
        } catch (ExecutionException e) {
            // reported through the transport listener
        }
    }

    /** 0 when stopped by close or a guest leaving; 1 when the connection could not be made. */
    public int exitStatus() {
        if (client != null && client.stopped().isCompletedExceptionally()) {
            try {
                client.stopped().join();
            } catch (RuntimeException e) {
                out.println("ffmusb redirect: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            }
            return 1;
        }
        return 0;
    }

    /** Stops serving and gives the device back; idempotent (a stop signal, the shutdown hook, try-with-resources). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (status != null) {
            status.close();
        }
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        session.close();
        stopped.complete(null);
    }
}
