package org.ffmusb.usbredir.guest;

import static org.ffmusb.usbredir.guest.LoopbackRig.assertSuccess;
import static org.ffmusb.usbredir.guest.LoopbackRig.await;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.usbredir.filter.FilterRule;
import org.ffmusb.usbredir.host.HostListener;
import org.ffmusb.usbredir.host.LibUsbBackend;
import org.ffmusb.usbredir.host.UsbRedirHost;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.PeerPipe;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TcpServer;
import org.ffmusb.usbredir.transport.TransportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our guest against our host ({@link UsbRedirHost} on ffm-libusb, serving usb-emulator devices through
 * the umockdev testbed): in process over {@link PeerPipe} (with our filter reaching the host), and over
 * TCP.
 */
@Timeout(120)
class GuestWithOurHostTest {
    @Test
    void throughThePipeTheGuestEnumeratesTheLoopbackAndEchoesBulk() throws Exception {
        try (UsbEmulator emulator = UsbEmulator.open(); UsbContext usb = UsbContext.open()) {
            PluggedDevice plugged = emulator.plug(new Loopback());
            UsbRedirHost host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT, new HostListener() {});
            assertEquals(Status.SUCCESS, host.attach(new LibUsbBackend(
                    usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow())));
            List<FilterRule> filter = List.of(new FilterRule(0xff, 0x1209, -1, -1, true),
                    new FilterRule(-1, -1, -1, -1, false));
            UsbRedirGuest guest = new UsbRedirGuest(UsbRedirGuest.Options.DEFAULT.withFilter(filter));
            PeerPipe pipe = PeerPipe.connect(guest, host);
            try {
                RedirectedDevice device = await(guest.device());
                assertEquals(filter, host.guestFilter(), "our filter_filter reached the host");
                DescriptorSet model = plugged.descriptors();
                assertArrayEquals(model.device(), device.descriptors().device());
                assertArrayEquals(model.configuration(0), device.descriptors().configurations().getFirst());
                assertEquals("Loopback", device.descriptors().string(2));
                byte[] data = new byte[3 << 20];
                new Random(9).nextBytes(data);
                MemorySegment back = Arena.ofAuto().allocate(data.length);
                RedirRequest<TransferResult> in = device.bulk(Loopback.EP_LOOP_IN, back);
                assertSuccess(await(device.bulk(Loopback.EP_LOOP_OUT, MemorySegment.ofArray(data))));
                assertEquals(data.length, await(in).length());
                assertEquals(-1, MemorySegment.ofArray(data).mismatch(back));
            } finally {
                pipe.close();
                pipe.closed().get();
                host.close();
            }
        }
    }

    @Test
    void overTcpTheGuestReadsTheWholeDisk(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[8 << 20];
        new Random(10).nextBytes(bytes);
        Path file = dir.resolve("disk.img");
        Files.write(file, bytes);
        try (UsbEmulator emulator = UsbEmulator.open(); UsbContext usb = UsbContext.open();
             DiskImage disk = DiskImage.open(file, true)) {
            emulator.plug(new MassStorage(disk));
            UsbRedirHost host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT, new HostListener() {});
            assertEquals(Status.SUCCESS, host.attach(new LibUsbBackend(
                    usb.openDevice(MassStorage.VENDOR_ID, MassStorage.PRODUCT_ID).orElseThrow())));
            UsbRedirGuest guest = new UsbRedirGuest();
            try (TcpServer server = TcpServer.listen(new InetSocketAddress("127.0.0.1", 0), TcpServer.Options.DEFAULT,
                    () -> host, new TransportListener() {});
                 TcpClient client = TcpClient.start(server.localAddress(), TcpClient.Options.DEFAULT, () -> guest,
                         new TransportListener() {})) {
                RedirectedDevice device = await(guest.device());
                BulkOnlyStorage storage = BulkOnlyStorage.of(device);
                BulkOnlyStorage.Capacity capacity = await(storage.readCapacity());
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long start = System.nanoTime();
                long n = await(storage.read(0, capacity.blocks(), capacity.blockSize(), 2048,
                        (block, data) -> digest.update(data.asByteBuffer())));
                System.out.printf("our guest, our host, TCP: %d MiB in 1 MiB READ(10)s at %.1f MB/s%n", n >> 20,
                        n / ((System.nanoTime() - start) / 1e9) / 1e6);
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        HexFormat.of().formatHex(digest.digest()));
            } finally {
                host.close();
            }
        }
    }
}
