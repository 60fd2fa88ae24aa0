package org.ffmusb.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DescriptorParser;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.Speed;
import org.ffmusb.usbredir.guest.BulkOnlyStorage;
import org.ffmusb.usbredir.guest.RawDescriptors;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.RedirectedEndpoint;
import org.ffmusb.usbredir.guest.RedirectedInterface;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.SocketAddresses;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TcpServer;
import org.ffmusb.usbredir.transport.TransportListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ffmusb usbredir probe}: our usb-guest (what QEMU is) connects to a usbredir host (C usbredirect,
 * {@code ffmusb redirect}), waits for the device it offers, reads its descriptors with GET_DESCRIPTOR
 * and prints them as {@code ffmusb list -v} prints a local device; optionally reads a mass-storage
 * device and reports the throughput.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = {"Act as the usbredir guest (as QEMU does): connect to a usbredir host, wait for the device it",
                "offers and print it like 'ffmusb list -v'. With --read-mb, read a mass-storage device",
                "(Bulk-Only Transport: READ CAPACITY, then READ(10)) and report MB/s."},
        footer = {"", "Examples:",
                "  ffmusb usbredir probe 127.0.0.1:4000                 (usbredirect --device 1234:5678 --as 127.0.0.1:4000)",
                "  ffmusb usbredir probe --listen 127.0.0.1:4000        (usbredirect --device 1234:5678 --to 127.0.0.1:4000)",
                "  ffmusb usbredir probe 127.0.0.1:4000 --read-mb 64 --transfer-size 65536",
                "  ffmusb usbredir probe 127.0.0.1:4000 --json | jq .configurations",
                "", "Exit status: 0 on success, 1 when no device came or the read failed, 2 on usage errors."})
final class ProbeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "HOST:PORT", description = "Connect to a usbredir host listening there.")
    String target;

    @Option(names = "--listen", paramLabel = "ADDRESS:PORT",
            description = "Listen for a usbredir host instead (numeric address, like usbredirect --as).")
    String listen;

    @Option(names = "--retry", description = "Retry connecting (with backoff) until the host listens or --timeout.")
    boolean retry;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for the connection and the device (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--read-mb", paramLabel = "N",
            description = "Read N MiB (at most the whole medium) from a mass-storage device and report MB/s.")
    Integer readMb;

    @Option(names = "--transfer-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Bytes per READ(10) command, a multiple of the block size (default: ${DEFAULT-VALUE}).")
    int transferSize;

    @Option(names = "--json", description = "One JSON object: the host, the device, its descriptors and the read result.")
    boolean json;

    /** What the read test measured. */
    record ReadResult(long bytes, double seconds, int transferSize, long blocks, int blockSize) {
        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    @Override
    public Integer call() throws Exception {
        if ((target == null) == (listen == null)) {
            throw new ParameterException(spec.commandLine(), "give either HOST:PORT or --listen ADDRESS:PORT");
        }
        if (transferSize < 512 || transferSize > 32 << 20) {
            throw new ParameterException(spec.commandLine(), "--transfer-size must be 512 bytes to 32 MiB");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UsbRedirGuest guest = new UsbRedirGuest(UsbRedirGuest.Options.DEFAULT.withVersion(Ffmusb.VERSION + " probe"));
        AutoCloseable transport;
        String where;
        CompletableFuture<Void> failed;
        try {
            if (target != null) {
                InetSocketAddress address = SocketAddresses.parseConnect(target);
                where = target;
                TcpClient client = TcpClient.start(address, TcpClient.Options.DEFAULT.withRetry(retry), () -> guest,
                        new TransportListener() {});
                transport = client;
                failed = client.stopped();
            } else {
                InetSocketAddress address = SocketAddresses.parseListen(listen);
                TcpServer server = TcpServer.listen(address, TcpServer.Options.DEFAULT, () -> guest, new TransportListener() {});
                where = listen;
                err.println("ffmusb usbredir probe: listening on " + server.localAddress().getAddress().getHostAddress() + ":"
                        + server.localAddress().getPort() + " for a usbredir host (e.g. usbredirect --to)");
                err.flush();
                transport = server;
                failed = server.stopped();
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            err.println("ffmusb usbredir probe: " + e.getMessage());
            return 1;
        }
        try (transport) {
            RedirectedDevice device;
            try {
                device = CompletableFuture.anyOf(guest.device(), failed.thenApply(v -> null))
                        .thenApply(RedirectedDevice.class::cast).get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                err.println("ffmusb usbredir probe: no device from " + where + " within " + timeoutSeconds + " s"
                        + (guest.peerVersion() == null ? " (no usbredir hello either: is it a usbredir host?)" : ""));
                return 1;
            } catch (ExecutionException e) {
                err.println("ffmusb usbredir probe: " + e.getCause().getMessage()
                        + (target != null && !retry ? " (is the host listening? --retry waits for it)" : ""));
                return 1;
            }
            if (device == null) {
                err.println("ffmusb usbredir probe: the connection to " + where + " ended before a device was offered");
                return 1;
            }
            ReadResult read = null;
            String readError = null;
            if (readMb != null) {
                try {
                    read = readTest(device, readMb, transferSize, timeoutSeconds);
                } catch (IllegalArgumentException | IOException e) {
                    readError = e.getMessage();
                }
            }
            if (json) {
                out.println(json(guest, device, where, read));
            } else {
                print(out, guest, device, where, read);
            }
            out.flush();
            if (readError != null) {
                err.println("ffmusb usbredir probe: read test: " + readError);
                return 1;
            }
            return 0;
        }
    }

    /** READ CAPACITY, then READ(10) from block 0 of min(megabytes, medium) in {@code transferSize} commands. */
    static ReadResult readTest(RedirectedDevice device, int megabytes, int transferSize, int timeoutSeconds)
            throws IOException {
        BulkOnlyStorage storage = BulkOnlyStorage.of(device);
        try {
            BulkOnlyStorage.Capacity capacity = storage.readCapacity().get(timeoutSeconds, TimeUnit.SECONDS);
            if (transferSize % capacity.blockSize() != 0) {
                throw new IllegalArgumentException("--transfer-size " + transferSize + " is not a multiple of the "
                        + capacity.blockSize() + "-byte block size");
            }
            long blocks = Math.min(capacity.blocks(), ((long) megabytes << 20) / capacity.blockSize());
            long start = System.nanoTime();
            long bytes = storage.read(0, blocks, capacity.blockSize(), transferSize / capacity.blockSize(), (b, d) -> { })
                    .get(Math.max(60, timeoutSeconds) + blocks * capacity.blockSize() / (1 << 20), TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new ReadResult(bytes, seconds, transferSize, blocks, capacity.blockSize());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the device stopped answering", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The usbredir speed as libusb names it, so the tree reads like {@code ffmusb list -v}. */
    private static Speed speed(int usbredirSpeed) {
        return switch (usbredirSpeed) {
            case org.ffmusb.usbredir.proto.Speed.LOW -> Speed.LOW;
            case org.ffmusb.usbredir.proto.Speed.FULL -> Speed.FULL;
            case org.ffmusb.usbredir.proto.Speed.HIGH -> Speed.HIGH;
            case org.ffmusb.usbredir.proto.Speed.SUPER -> Speed.SUPER;
            default -> Speed.UNKNOWN;
        };
    }

    private record Parsed(DeviceDescriptor device, List<ConfigDescriptor> configurations) {}

    private static Parsed parse(RawDescriptors raw) {
        if (raw.device().length < 18) {
            return null;
        }
        List<ConfigDescriptor> configurations = new ArrayList<>();
        for (byte[] c : raw.configurations()) {
            configurations.add(DescriptorParser.configuration(c));
        }
        return new Parsed(DescriptorParser.device(raw.device()), configurations);
    }

    static void print(PrintWriter out, UsbRedirGuest guest, RedirectedDevice device, String where, ReadResult read) {
        RawDescriptors raw = device.descriptors();
        out.printf("usbredir host %s at %s, caps %s%n", guest.peerVersion(), where, guest.peerCaps());
        out.println(String.format(Locale.ROOT, "usbredir %s: ID %04x:%04x %s %s %s", where, device.vendorId(),
                device.productId(), speed(device.speed()).lsusbName(), raw.string(deviceIndex(raw, 14)),
                raw.string(deviceIndex(raw, 15))).stripTrailing());
        Parsed parsed = parse(raw);
        if (parsed != null) {
            LsusbFormat.descriptors(out, parsed.device(), parsed.configurations(), raw::string,
                    "usbredir " + where + ", speed " + speed(device.speed()),
                    hardwareDatabaseNames(parsed.device().vendorId(), parsed.device().productId()));
        }
        if (raw.status() != Status.SUCCESS) {
            out.println("  (reading the descriptors ended with status " + Status.name(raw.status()) + ")");
        }
        out.println("  Redirected interfaces (interface_info):");
        for (RedirectedInterface i : device.interfaces()) {
            out.printf("    %d class %02x/%02x/%02x%n", i.number(), i.interfaceClass(), i.interfaceSubclass(),
                    i.interfaceProtocol());
        }
        out.println("  Redirected endpoints (ep_info):");
        for (RedirectedEndpoint e : device.endpoints()) {
            out.printf("    0x%02x %s interface %d maxPacketSize %d interval %d%s%n", e.address(), EndpointType.name(e.type()),
                    e.interfaceNumber(), e.maxPacketSize(), e.interval(), e.maxStreams() > 0 ? " streams " + e.maxStreams() : "");
        }
        if (read != null) {
            out.printf(Locale.ROOT, "read %.1f MiB (%d blocks of %d bytes, READ(10) of %d KiB) in %.2f s: %.1f MB/s%n",
                    read.bytes() / 1048576.0, read.blocks(), read.blockSize(), read.transferSize() / 1024, read.seconds(),
                    read.megabytesPerSecond());
        }
    }

    private static int deviceIndex(RawDescriptors raw, int offset) {
        byte[] d = raw.device();
        return d.length > offset ? d[offset] & 0xff : 0;
    }

    private static String json(UsbRedirGuest guest, RedirectedDevice device, String where, ReadResult read) {
        RawDescriptors raw = device.descriptors();
        StringBuilder sb = new StringBuilder("{\"peer\":").append(Json.str(where))
                .append(",\"hostVersion\":").append(Json.str(String.valueOf(guest.peerVersion())))
                .append(",\"hostCaps\":").append(guest.peerCaps() == null ? 0 : Integer.toUnsignedLong(guest.peerCaps().bits()))
                .append(",\"id\":").append(Json.str(String.format("%04x:%04x", device.vendorId(), device.productId())))
                .append(",\"vendorId\":").append(device.vendorId()).append(",\"productId\":").append(device.productId())
                .append(",\"speed\":").append(Json.str(speed(device.speed()).name()))
                .append(",\"manufacturer\":").append(Json.str(raw.string(deviceIndex(raw, 14))))
                .append(",\"product\":").append(Json.str(raw.string(deviceIndex(raw, 15))))
                .append(",\"serial\":").append(Json.str(raw.string(deviceIndex(raw, 16))))
                .append(",\"descriptorStatus\":").append(Json.str(Status.name(raw.status())))
                .append(",\"interfaces\":[");
        List<RedirectedInterface> interfaces = device.interfaces();
        for (int i = 0; i < interfaces.size(); i++) {
            RedirectedInterface itf = interfaces.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"number\":").append(itf.number()).append(",\"class\":")
                    .append(itf.interfaceClass()).append(",\"subClass\":").append(itf.interfaceSubclass())
                    .append(",\"protocol\":").append(itf.interfaceProtocol()).append('}');
        }
        sb.append("],\"endpoints\":[");
        List<RedirectedEndpoint> endpoints = device.endpoints();
        for (int i = 0; i < endpoints.size(); i++) {
            RedirectedEndpoint e = endpoints.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"address\":").append(e.address()).append(",\"type\":")
                    .append(Json.str(EndpointType.name(e.type()))).append(",\"interface\":").append(e.interfaceNumber())
                    .append(",\"maxPacketSize\":").append(e.maxPacketSize()).append(",\"interval\":").append(e.interval())
                    .append(",\"maxStreams\":").append(e.maxStreams()).append('}');
        }
        sb.append(']');
        Parsed parsed = parse(raw);
        if (parsed != null) {
            Json.descriptors(sb, parsed.device(), parsed.configurations());
        }
        if (read != null) {
            sb.append(",\"read\":{\"bytes\":").append(read.bytes()).append(",\"seconds\":")
                    .append(String.format(Locale.ROOT, "%.6f", read.seconds())).append(",\"transferSize\":")
                    .append(read.transferSize()).append(",\"blockSize\":").append(read.blockSize())
                    .append(",\"megabytesPerSecond\":").append(String.format(Locale.ROOT, "%.3f", read.megabytesPerSecond()))
                    .append('}');
        }
        return sb.append('}').toString();
    }

    /** The local hardware database's names, as lsusb (and ffmusb list) show them; none without libudev. */
    private static LsusbFormat.UdevExtras hardwareDatabaseNames(int vendorId, int productId) {
        try (var udev = org.ffmusb.udev.Udev.open()) {
            var names = udev.hardwareDatabaseNames(vendorId, productId);
            return new LsusbFormat.UdevExtras(names.vendor(), names.product(), java.util.Map.of());
        } catch (org.ffmusb.udev.UdevException e) {
            return LsusbFormat.UdevExtras.NONE;
        }
    }
}
