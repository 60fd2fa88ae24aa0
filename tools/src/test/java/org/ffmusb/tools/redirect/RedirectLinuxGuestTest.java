package org.ffmusb.tools.redirect;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.testrigs.LinuxGuest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.ffmusb.tools.ChildJvm.freePort;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Our host in a real chain (test-rigs.md R6): emulated mass storage and keyboard → real libusb →
 * {@code ffmusb redirect --as} (one per device) → QEMU's usb-redir → a Linux guest. The guest reads the
 * whole disk (its checksum is the image's), writes a pattern (it lands in the image), gets typed keys;
 * then the stick is unplugged while the guest reads it — the guest sees it go, our host sends
 * device_disconnect — and plugged in again, and the guest reads it back. The host's kernel drivers
 * (usb-storage, usbhid) held the devices before and have them back after. Nothing stays allocated.
 * Then the same through the Java backend, our host connecting to a listening QEMU.
 */
@Timeout(300)
class RedirectLinuxGuestTest {

    @Test
    void storageAndKeyboardThroughOurHostIntoALinuxGuestWithAReplugMidRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        byte[] original = new byte[8 << 20];
        new Random(11).nextBytes(original);
        Files.write(file, original);
        var log = new StringWriter();
        var out = new PrintWriter(log, true);
        try (DiskImage image = DiskImage.open(file, false); UsbEmulator emulator = UsbEmulator.open();
             UsbContext usb = UsbContext.open()) {
            // As on a thin client, the host's kernel drivers hold the devices until they are redirected.
            PluggedDevice stick = emulator.plug(new MassStorage(image));
            assertTrue(stick.bindKernelDriver(0, "usb-storage"));
            HidKeyboard keyboard = new HidKeyboard();
            PluggedDevice keyboardDevice = emulator.plug(keyboard);
            assertTrue(keyboardDevice.bindKernelDriver(0, "usbhid"));
            try (Redirector storage = Redirector.forLibUsb(usb, "1209:0002", listening(), out);
                 Redirector keys = Redirector.forLibUsb(usb, "1209:0003", listening(), out)) {
                storage.start();
                keys.start();
                try (LinuxGuest guest = LinuxGuest.boot(dir, List.of(
                        "socket,host=127.0.0.1,port=" + storage.address().getPort() + ",reconnect=1",
                        "socket,host=127.0.0.1,port=" + keys.address().getPort() + ",reconnect=1"), "ffmusb.replug")) {
                    assertEquals(Long.toString(original.length / 512), guest.await("GUEST-DISK-SIZE ", 180));
                    assertEquals(sha256(original), guest.await("GUEST-DISK-SHA256 ", 120),
                            "the guest read other bytes than the image's");
                    guest.await("GUEST-WROTE ", 60);
                    byte[] written = Files.readAllBytes(file);
                    assertEquals("FFMUSB-GUEST-WROTE-THIS-PATTERN.".repeat(128),
                            new String(written, 1 << 20, 4096, StandardCharsets.US_ASCII),
                            "the guest's write did not land in the image file");

                    guest.await("GUEST-KEYBOARD-READY ", 120);
                    keyboard.type("hi");
                    List<String> typed = List.of(guest.await("GUEST-KEY ", 60), guest.await("GUEST-KEY ", 60),
                            guest.await("GUEST-KEY ", 60), guest.await("GUEST-KEY ", 60));
                    // KEY_H 35, KEY_I 23 (linux/input-event-codes.h); 1 = press, 0 = release
                    assertEquals(List.of("35 1", "35 0", "23 1", "23 0"), typed, guest.transcript());

                    keyboard.type("x"); // starts the guest's replug phase
                    guest.await("GUEST-READING", 60);
                    Thread.sleep(500);
                    stick.unplug();
                    guest.await("GUEST-DISK-GONE", 60);
                    assertTrue(log.toString().contains("1209:0002 is gone"), log.toString());
                    stick = emulator.plug(new MassStorage(image));
                    stick.bindKernelDriver(0, "usb-storage"); // at once, or when the redirect lets it go
                    assertEquals(sha256(Files.readAllBytes(file)), guest.await("GUEST-DISK-BACK ", 120),
                            "after the re-plug the guest reads the image again");
                    assertTrue(log.toString().contains("1209:0002 is back and redirected again"), log.toString());
                }
            }
            assertEquals(Optional.of("usb-storage"), stick.driver(0), "the stick went back to its kernel driver");
            assertEquals(Optional.of("usbhid"), keyboardDevice.driver(0), "the keyboard went back to its kernel driver");
            assertEquals(0, usb.bufferPool().stats().inUseBytes(), "every transfer buffer went back to the pool");
        }
    }

    /**
     * The Java backend, no libusb: {@code ffmusb redirect --emulate ... --to} connecting to QEMU, which
     * listens this time. The guest reads the disk, writes the pattern and gets the typed keys.
     */
    @Test
    void javaBackendDevicesConnectingToQemu(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        byte[] original = new byte[8 << 20];
        new Random(12).nextBytes(original);
        Files.write(file, original);
        var out = new PrintWriter(new StringWriter(), true);
        int storagePort = freePort();
        int keyboardPort = freePort();
        HidKeyboard keyboard = new HidKeyboard();
        try (LinuxGuest guest = LinuxGuest.boot(dir, List.of(
                "socket,host=127.0.0.1,port=" + storagePort + ",server=on,wait=off",
                "socket,host=127.0.0.1,port=" + keyboardPort + ",server=on,wait=off"), "");
             Redirector storage = Redirector.forEmulated("mass-storage:image=" + file, connecting(storagePort), out);
             Redirector keys = Redirector.forModels("keyboard", () -> new org.ffmusb.emulator.models.ModelCatalog.Prepared(
                     keyboard, () -> { }), connecting(keyboardPort), out)) {
            storage.start();
            keys.start();
            assertEquals(Long.toString(original.length / 512), guest.await("GUEST-DISK-SIZE ", 180));
            assertEquals(sha256(original), guest.await("GUEST-DISK-SHA256 ", 120));
            guest.await("GUEST-WROTE ", 60);
            assertEquals("FFMUSB-GUEST-WROTE-THIS-PATTERN.".repeat(128),
                    new String(Files.readAllBytes(file), 1 << 20, 4096, StandardCharsets.US_ASCII));
            guest.await("GUEST-KEYBOARD-READY ", 120);
            keyboard.type("hi");
            List<String> typed = List.of(guest.await("GUEST-KEY ", 60), guest.await("GUEST-KEY ", 60),
                    guest.await("GUEST-KEY ", 60), guest.await("GUEST-KEY ", 60));
            assertEquals(List.of("35 1", "35 0", "23 1", "23 0"), typed, guest.transcript());
        }
    }

    private static Redirector.Options connecting(int port) {
        return new Redirector.Options(new InetSocketAddress("127.0.0.1", port), true, false, true, true, false);
    }

    private static Redirector.Options listening() throws java.io.IOException {
        return new Redirector.Options(new InetSocketAddress("127.0.0.1", freePort()), false, false, false, true, false);
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
