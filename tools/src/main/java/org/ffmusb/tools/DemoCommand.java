package org.ffmusb.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.host.EmulatedBackend;
import org.ffmusb.usbredir.host.UsbRedirHost;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.PeerPipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ffmusb demo} (and {@code ffmusb} with no arguments): the product end to end on an embedded
 * default. A USB stick written in Java (mass storage over a disk image) is served by our usb-host to
 * our usb-guest in this process, over an in-process pipe carrying real usbredir bytes; the guest
 * enumerates it, prints it as lsusb -v would, reads the whole disk and reports the throughput.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Redirect an emulated USB stick from our usbredir host to our guest in this process:",
                "enumerate it, print it, read it, and show the throughput. Needs no USB hardware, libusb or VM."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size-mb", paramLabel = "MiB", defaultValue = "256",
            description = "Size of the demo disk image (default: ${DEFAULT-VALUE}).")
    int sizeMb = 256;

    @Option(names = "--transfer-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Bytes per READ(10) command (default: ${DEFAULT-VALUE}).")
    int transferSize = 1 << 20;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        out.println("ffm-usbredir demo: a USB stick written in Java (mass storage, 1209:0002), served by our usbredir");
        out.println("host to our usbredir guest through an in-process pipe of real usbredir bytes.");
        out.println("Point a VM at a real device instead with: ffmusb redirect --device VID:PID --as 127.0.0.1:4000");
        out.println();
        Path image = Files.createTempFile("ffmusb-demo-", ".img");
        try {
            writeImage(image, (long) sizeMb << 20);
            try (DiskImage disk = DiskImage.open(image, true)) {
                return run(out, disk);
            }
        } finally {
            Files.deleteIfExists(image);
        }
    }

    private int run(PrintWriter out, DiskImage disk) throws IOException {
        var host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT.withVersion(Ffmusb.VERSION), null);
        var guest = new UsbRedirGuest();
        try (PeerPipe pipe = PeerPipe.connect(host, guest)) {
            int status = host.attach(EmulatedBackend.attach(new MassStorage(disk)));
            if (status != Status.SUCCESS) {
                out.println("the host could not attach the emulated stick: " + Status.name(status));
                return 1;
            }
            RedirectedDevice device = guest.device().get(30, TimeUnit.SECONDS);
            ProbeCommand.ReadResult read = ProbeCommand.readTest(device, sizeMb, transferSize, 30);
            ProbeCommand.print(out, guest, device, "in-process pipe", read);
            out.println();
            var c = pipe.counters(); // as the host sees them: sent = host to guest
            out.printf(Locale.ROOT, "usbredir traffic: %d packets (%.1f MB) host -> guest, %d packets (%.1f MB)"
                            + " guest -> host.%n", c.packetsSent(), c.bytesSent() / 1e6, c.packetsReceived(),
                    c.bytesReceived() / 1e6);
            host.detach();
            return 0;
        } catch (Exception e) {
            out.println("demo failed: " + e);
            return 1;
        } finally {
            host.close();
        }
    }

    /** A recognisable image: a boot-sector signature, then pseudo-random blocks. */
    private static void writeImage(Path image, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        var random = new Random(42);
        try (var out = Files.newOutputStream(image)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                if (written == 0) {
                    block[510] = 0x55;
                    block[511] = (byte) 0xAA;
                }
                out.write(block);
            }
        }
    }
}
