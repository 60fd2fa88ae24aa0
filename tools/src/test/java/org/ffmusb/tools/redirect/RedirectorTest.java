package org.ffmusb.tools.redirect;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.foreign.ValueLayout;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
import org.ffmusb.libusb.UsbDevice;
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

    @Test
    void amongIdenticalDevicesTheFirstClaimableOneIsRedirectedAndBusDevnumNamesExactlyOne(@TempDir Path dir)
            throws Exception {
        try (DiskImage a = filledImage(dir.resolve("a.img"), 0x11); DiskImage b = filledImage(dir.resolve("b.img"), 0x22);
             UsbEmulator emulator = UsbEmulator.open(); UsbContext usb = UsbContext.open()) {
            emulator.plug(new MassStorage(a, "00000000000A"));
            emulator.plug(new MassStorage(b, "00000000000B"));
            List<UsbDevice> identical = DeviceSpec.parse("1209:0002").candidates(usb.devices());
            assertEquals(2, identical.size());
            UsbDevice first = identical.get(0);
            UsbDevice second = identical.get(1);
            try (UsbDeviceHandle other = first.open()) {
                other.claimInterface(0); // another program has the first one
                assertEquals(firstByte(second), byteRedirected(usb, "1209:0002"), "the first claimable one");
            }
            assertEquals(firstByte(first), byteRedirected(usb, "1209:0002"), "free again: libusb's first");
            for (UsbDevice d : identical) {
                assertEquals(firstByte(d), byteRedirected(usb, d.busNumber() + "-" + d.address()),
                        "BUS-DEVNUM redirects that device, not the first with its VID:PID (as usbredirect 0.13 did)");
            }
        }
    }

    /** What the stick's serial says its image is filled with (...A: 0x11, ...B: 0x22). */
    private static int firstByte(UsbDevice d) {
        try (UsbDeviceHandle h = d.open()) {
            return h.stringDescriptorAscii(d.descriptor().serialNumberIndex()).endsWith("A") ? 0x11 : 0x22;
        }
    }

    /** Redirects {@code device} as {@code ffmusb redirect --device DEVICE --once} would and reads byte 0 as the guest. */
    private static int byteRedirected(UsbContext usb, String device) throws Exception {
        var log = new StringWriter();
        var options = new Redirector.Options(new InetSocketAddress("127.0.0.1", 0), false, false, false, false, false);
        try (Redirector redirector = Redirector.forLibUsb(usb, device, options, new PrintWriter(log, true))) {
            redirector.start();
            Guest guest = Guest.connect(redirector.address());
            try {
                RedirectedDevice redirected = guest.attached.poll(EVENT_WAIT_S, TimeUnit.SECONDS);
                assertNotNull(redirected, device + " was not redirected:\n" + log);
                int[] first = new int[1];
                BulkOnlyStorage.of(redirected).read(0, 1, DiskImage.BLOCK_SIZE, 1,
                        (block, data) -> first[0] = Byte.toUnsignedInt(data.get(ValueLayout.JAVA_BYTE, 0)))
                        .get(EVENT_WAIT_S, TimeUnit.SECONDS);
                return first[0];
            } finally {
                guest.client.close();
            }
        }
    }

    private static DiskImage filledImage(Path file, int value) throws IOException {
        byte[] bytes = new byte[1 << 20];
        Arrays.fill(bytes, (byte) value);
        Files.write(file, bytes);
        return DiskImage.open(file, true);
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
