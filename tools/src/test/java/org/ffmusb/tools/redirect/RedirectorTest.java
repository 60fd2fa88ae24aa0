package org.ffmusb.tools.redirect;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.ffmusb.libusb.UsbException;
import org.ffmusb.usbredir.guest.BulkOnlyStorage;
import org.ffmusb.usbredir.guest.GuestListener;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TransportListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What {@code ffmusb redirect} adds to usbredirect: one guest after another on the same listening
 * address, the device given back whenever no guest holds it, and a re-plugged device redirected again.
 * Emulated mass storage through real libusb; our guest over TCP.
 */
@Timeout(120)
class RedirectorTest {
    private static final int EVENT_WAIT_S = 20;

    @Test
    void guestsComeAndGoTheDeviceIsReleasedBetweenAndComesBackAfterAReplug(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        byte[] bytes = new byte[4 << 20];
        new Random(1).nextBytes(bytes);
        Files.write(file, bytes);
        var log = new StringWriter();
        try (DiskImage image = DiskImage.open(file, false); UsbEmulator emulator = UsbEmulator.open();
             UsbContext usb = UsbContext.open()) {
            PluggedDevice stick = emulator.plug(new MassStorage(image));
            var options = new Redirector.Options(new InetSocketAddress("127.0.0.1", 0), false, false, false, true, false);
            try (Redirector redirector = Redirector.forLibUsb(usb, "1209:0002", options, new PrintWriter(log, true))) {
                redirector.start();
                for (int guestNumber = 0; guestNumber < 2; guestNumber++) {
                    Guest guest = Guest.connect(redirector.address());
                    RedirectedDevice device = guest.attached.poll(EVENT_WAIT_S, TimeUnit.SECONDS);
                    assertNotNull(device, "guest " + guestNumber + " got no device:\n" + log);
                    var storage = BulkOnlyStorage.of(device);
                    assertEquals(bytes.length, storage.readCapacity().get(EVENT_WAIT_S, TimeUnit.SECONDS).bytes());
                    assertFalse(claimable(usb), "while a guest has it, the device is claimed");

                    if (guestNumber == 1) {
                        stick.unplug();
                        assertNotNull(guest.detached.poll(EVENT_WAIT_S, TimeUnit.SECONDS), "unplug reaches the guest");
                        stick = emulator.plug(new MassStorage(image));
                        RedirectedDevice again = guest.attached.poll(EVENT_WAIT_S, TimeUnit.SECONDS);
                        assertNotNull(again, "the re-plugged device is redirected again:\n" + log);
                        assertEquals(bytes.length, BulkOnlyStorage.of(again).readCapacity().get(EVENT_WAIT_S,
                                TimeUnit.SECONDS).bytes());
                    }
                    guest.client.close();
                    awaitClaimable(usb);
                }
            }
            assertTrue(claimable(usb), "after close the device is free");
        }
        assertTrue(log.toString().contains("is back and redirected again"), log.toString());
    }

    /** Our guest over TCP, with its attach and detach events queued. */
    private record Guest(TcpClient client, BlockingQueue<RedirectedDevice> attached,
                         BlockingQueue<RedirectedDevice> detached) {
        static Guest connect(InetSocketAddress address) {
            var attached = new LinkedBlockingQueue<RedirectedDevice>();
            var detached = new LinkedBlockingQueue<RedirectedDevice>();
            var guest = new UsbRedirGuest();
            guest.setListener(new GuestListener() {
                @Override
                public void deviceAttached(RedirectedDevice device) {
                    attached.add(device);
                }

                @Override
                public void deviceDetached(RedirectedDevice device) {
                    detached.add(device);
                }
            });
            var client = TcpClient.start(address, TcpClient.Options.DEFAULT, () -> guest, new TransportListener() { });
            return new Guest(client, attached, detached);
        }
    }

    private static void awaitClaimable(UsbContext usb) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_WAIT_S);
        while (!claimable(usb)) {
            assertTrue(System.nanoTime() < deadline, "the device was not given back after the guest left");
            Thread.sleep(50);
        }
    }

    /** True if another handle can claim the storage interface now. */
    private static boolean claimable(UsbContext usb) {
        Optional<UsbDeviceHandle> handle = usb.openDevice(0x1209, 0x0002);
        if (handle.isEmpty()) {
            return false;
        }
        try (UsbDeviceHandle h = handle.get()) {
            h.claimInterface(0);
            h.releaseInterface(0);
            return true;
        } catch (UsbException e) {
            return false;
        }
    }
}
