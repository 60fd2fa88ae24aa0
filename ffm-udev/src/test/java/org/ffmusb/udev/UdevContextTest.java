package org.ffmusb.udev;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.ffmusb.udev.testing.NativeBuild;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The context itself, without devices: the hardware database against udevadm, and the thread rule. */
class UdevContextTest {

    /** What {@code udevadm hwdb --test} (C, the same database) says for a modalias. */
    private static UsbNames udevadm(int vendor, int product) throws IOException {
        var r = NativeBuild.run(List.of("udevadm", "hwdb", "--test=" + String.format("usb:v%04Xp%04X*", vendor, product)),
                Map.of());
        assertEquals(0, r.exitCode(), "udevadm hwdb (Debian package udev; ./test installs it): " + r.stderr());
        String v = null;
        String p = null;
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("ID_VENDOR_FROM_DATABASE=")) {
                v = line.substring(line.indexOf('=') + 1);
            } else if (line.startsWith("ID_MODEL_FROM_DATABASE=")) {
                p = line.substring(line.indexOf('=') + 1);
            }
        }
        return v == null && p == null ? UsbNames.NONE : new UsbNames(v, p);
    }

    @Test
    void hardwareDatabaseNamesAreWhatUdevadmFinds() throws IOException {
        try (Udev udev = Udev.open()) {
            assertTrue(udev.hasHardwareDatabase(), "/usr/lib/udev/hwdb.bin comes with Debian's udev package");
            assertEquals(new UsbNames("SanDisk Corp.", "Cruzer Blade"), udev.hardwareDatabaseNames(0x0781, 0x5567));
            int[][] ids = {{0x0781, 0x5567}, {0x1d6b, 0x0002}, {0x1d6b, 0x0003}, {0x046d, 0xc52b}, {0x8087, 0x0024},
                {0x0bda, 0x8153}, {0x1234, 0x5678}, {0x0781, 0xfffe}, {0xfffe, 0x0001}};
            for (int[] id : ids) {
                assertEquals(udevadm(id[0], id[1]), udev.hardwareDatabaseNames(id[0], id[1]),
                        String.format("%04x:%04x", id[0], id[1]));
            }
            assertEquals(UsbNames.NONE, udev.hardwareDatabaseNames(-1, 0x5567), "unknown ids have no names");
        }
    }

    @Test
    void anotherThreadIsTurnedAwayWithTheReason() throws InterruptedException {
        try (Udev udev = Udev.open()) {
            CompletableFuture<Object> elsewhere = new CompletableFuture<>();
            Thread.ofPlatform().start(() -> {
                try {
                    elsewhere.complete(udev.usbDevices());
                } catch (Throwable t) {
                    elsewhere.complete(t);
                }
            }).join();
            Object result = elsewhere.join();
            assertInstanceOf(WrongThreadException.class, result);
            String message = ((Throwable) result).getMessage();
            assertTrue(message.contains("libudev(3)") && message.contains("open a Udev on"), message);
            assertThrows(WrongThreadException.class, () -> {
                try {
                    CompletableFuture.runAsync(udev::close).get();
                } catch (ExecutionException e) {
                    throw e.getCause();
                }
            }, "close belongs to the owner too");
        }
    }

    @Test
    void aClosedContextRefusesAndClosesOnce() {
        Udev udev = Udev.open();
        udev.close();
        udev.close();
        var e = assertThrows(IllegalStateException.class, udev::usbDevices);
        assertEquals("this Udev is closed", e.getMessage());
    }
}
