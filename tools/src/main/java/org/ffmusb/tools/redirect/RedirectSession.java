package org.ffmusb.tools.redirect;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ffmusb.usbredir.host.HostBackend;
import org.ffmusb.usbredir.host.HostListener;
import org.ffmusb.usbredir.host.UsbRedirHost;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.UsbRedirPeer;

/**
 * One redirected device across guest connections and re-plugs: each connection gets a fresh
 * {@link UsbRedirHost} with the device attached; when the guest goes away the host releases the device
 * (back to its kernel drivers); when the device is unplugged the guest sees it disconnect, and when it
 * comes back it is attached again.
 *
 * <p>Device work (attach after a re-plug, detach after a loss) runs on one named worker thread, never on
 * the libusb event thread, which must keep running while a host waits for cancelled transfers.
 */
final class RedirectSession implements AutoCloseable {
    /** What the status line shows. */
    enum State { WAITING_FOR_GUEST, ATTACHED, WAITING_FOR_DEVICE, STOPPED }

    private final DeviceSource source;
    private final UsbRedirHost.Options options;
    private final PrintWriter log;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("ffmusb-redirect").daemon().unstarted(r));
    private volatile UsbRedirHost current;
    private volatile State state = State.WAITING_FOR_GUEST;

    RedirectSession(DeviceSource source, UsbRedirHost.Options options, PrintWriter log) {
        this.source = source;
        this.options = options;
        this.log = log;
        source.watch(() -> worker.execute(this::reattach), () -> worker.execute(() -> lost(current)));
    }

    State state() {
        return state;
    }

    UsbRedirHost host() {
        return current;
    }

    /** A peer for a new guest connection (called on the transport's thread). */
    UsbRedirPeer newPeer() {
        UsbRedirHost previous = current;
        if (previous != null) {
            previous.detach();
        }
        var self = new java.util.concurrent.atomic.AtomicReference<UsbRedirHost>();
        UsbRedirHost host = new UsbRedirHost(options, new HostListener() {
            @Override
            public void deviceLost() {
                worker.execute(() -> lost(self.get()));
            }

            @Override
            public void deviceRejected() {
                log.println("ffmusb redirect: the guest rejected " + source.describe() + " (its filter); letting it go");
                worker.execute(() -> lost(self.get()));
            }
        });
        self.set(host);
        current = host;
        attach(host);
        return new GuestConnection(host);
    }

    /** The host as the transport sees it; when the guest leaves, the session forgets the host. */
    private final class GuestConnection implements UsbRedirPeer {
        private final UsbRedirHost host;

        GuestConnection(UsbRedirHost host) {
            this.host = host;
        }

        @Override
        public java.nio.ByteBuffer receiveBuffer(int minBytes) {
            return host.receiveBuffer(minBytes);
        }

        @Override
        public void received(int bytes) {
            host.received(bytes);
        }

        @Override
        public boolean acceptsInput() {
            return host.acceptsInput();
        }

        @Override
        public boolean hasOutput() {
            return host.hasOutput();
        }

        @Override
        public long writeTo(java.nio.channels.WritableByteChannel channel) throws java.io.IOException {
            return host.writeTo(channel);
        }

        @Override
        public long tryWriteTo(java.nio.channels.WritableByteChannel channel) throws java.io.IOException {
            return host.tryWriteTo(channel);
        }

        @Override
        public void setOutputListener(Runnable listener) {
            host.setOutputListener(listener);
        }

        @Override
        public void disconnected(java.io.IOException cause) {
            host.disconnected(cause); // releases the device
            try {
                worker.execute(this::forget);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                forget(); // the session is closing: nothing else runs on the worker any more
            }
        }

        private void forget() {
            if (current == host) {
                current = null;
                state = State.WAITING_FOR_GUEST;
            }
        }
    }

    private void attach(UsbRedirHost host) {
        Optional<HostBackend> backend = source.open();
        if (backend.isEmpty()) {
            state = State.WAITING_FOR_DEVICE;
            log.println("ffmusb redirect: waiting for the device: " + source.whyNot());
            return;
        }
        int status = host.attach(backend.get());
        if (status != Status.SUCCESS) {
            state = State.WAITING_FOR_DEVICE;
            log.println("ffmusb redirect: could not attach " + source.describe() + ": " + Status.name(status));
            return;
        }
        state = State.ATTACHED;
    }

    /** On the worker: the device went away; release it and wait for it to return. */
    private void lost(UsbRedirHost host) {
        if (host == null || host != current) {
            return; // a host replaced meanwhile by the next guest's
        }
        host.detach();
        state = State.WAITING_FOR_DEVICE;
        log.println("ffmusb redirect: " + source.describe() + " is gone; waiting for it to come back");
    }

    /** On the worker: a matching device arrived; attach it if the current guest has none. */
    private void reattach() {
        UsbRedirHost host = current;
        if (host != null && state == State.WAITING_FOR_DEVICE && !host.isAttached()) {
            attach(host);
            if (state == State.ATTACHED) {
                log.println("ffmusb redirect: " + source.describe() + " is back and redirected again");
            }
        }
    }

    @Override
    public void close() {
        state = State.STOPPED;
        UsbRedirHost host = current;
        if (host != null) {
            host.detach();
        }
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
