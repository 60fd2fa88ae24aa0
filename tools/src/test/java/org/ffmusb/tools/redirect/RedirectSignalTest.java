package org.ffmusb.tools.redirect;

import static org.ffmusb.tools.ChildJvm.ffmusb;
import static org.ffmusb.tools.ChildJvm.freePort;
import static org.junit.jupiter.api.Assertions.*;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.usbredir.guest.BulkOnlyStorage;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.transport.TcpClient;
import org.ffmusb.usbredir.transport.TransportListener;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ffmusb redirect} run as a user runs it (a JVM of its own, inside the testbed) with a guest
 * reading the device: Ctrl-C, SIGTERM or SIGHUP makes it let the device go — the interface returns to the
 * kernel driver that held it before (usb-storage here) — and exit with status 0, as usbredirect does.
 */
@Timeout(120)
class RedirectSignalTest {
    private static final String DRIVER = "usb-storage";

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalGivesTheDeviceBackToItsDriverAndExitsCleanly(String signal, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        Files.write(file, new byte[1 << 20]);
        Path log = dir.resolve("redirect.log");
        try (DiskImage image = DiskImage.open(file, true); UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice stick = emulator.plug(new MassStorage(image));
            assertTrue(stick.bindKernelDriver(0, DRIVER));
            int port = freePort();
            Process redirect = emulator.start(emulator.processBuilder(ffmusb("redirect", "--device", stick.busDevice(),
                    "--as", "127.0.0.1:" + port)).redirectErrorStream(true).redirectOutput(log.toFile()));
            UsbRedirGuest guest = new UsbRedirGuest();
            try (TcpClient client = TcpClient.start(new InetSocketAddress("127.0.0.1", port), TcpClient.Options.DEFAULT
                    .withRetry(true).withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)), () -> guest,
                    new TransportListener() {})) {
                var device = guest.device().get(60, TimeUnit.SECONDS);
                assertEquals(1 << 20, BulkOnlyStorage.of(device).readCapacity().get(20, TimeUnit.SECONDS).bytes());
                assertEquals(Optional.of("usbfs"), stick.driver(0), "redirected: the kernel driver was detached");

                assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(redirect.pid())).start().waitFor());
                assertTrue(redirect.waitFor(30, TimeUnit.SECONDS), "ffmusb redirect ended after SIG" + signal);
                assertEquals(0, redirect.exitValue(), "exit status after SIG" + signal + "; it said:\n" + Files.readString(log));
            } finally {
                redirect.destroyForcibly();
            }
            assertEquals(Optional.of(DRIVER), stick.driver(0), "given back to its kernel driver; ffmusb said:\n"
                    + Files.readString(log));
        }
    }
}
