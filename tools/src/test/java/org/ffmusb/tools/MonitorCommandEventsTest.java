package org.ffmusb.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** {@code ffmusb monitor} while usb-emulator plugs its loopback device in and pulls it out. */
class MonitorCommandEventsTest {
    private static UsbEmulator emulator;

    @BeforeAll
    static void open() {
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        emulator.close();
    }

    private record Run(int exitCode, String out, String err) {}

    /**
     * Runs the command on another thread; once it listens, plugs the loopback in, waits until the command
     * has printed {@code addLines} lines (the add events are read while the device is there), pulls it out.
     */
    private static Run monitorWhilePlugging(int addLines, String... args) throws Exception {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = Ffmusb.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(args));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!err.toString().contains("watching USB devices")) {
            assertTrue(System.nanoTime() < deadline, "the monitor did not start: " + err);
            assertFalse(exit.isDone(), "the command ended early: " + err);
            Thread.sleep(5);
        }
        PluggedDevice loopback = emulator.plug(new Loopback());
        while (out.toString().lines().count() < addLines) {
            assertTrue(System.nanoTime() < deadline, "no add events: " + out);
            Thread.sleep(5);
        }
        loopback.unplug();
        int code = exit.get(20, TimeUnit.SECONDS);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void textLinesNameTheDeviceAndItsInterfaces() throws Exception {
        Run r = monitorWhilePlugging(4, "monitor", "--count", "8");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(8, lines.size(), r.out());
        // Linux's order: the device, its interfaces, then the generic driver "usb" bound to the device
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} add    device    1-1 +001:\\d{3} 1209:0001"
                + " Generic pid.codes Test PID"), lines.get(0));
        assertTrue(lines.get(1).matches(".* add    interface 1-1:1\\.0 +class ff/00/00"), lines.get(1));
        assertTrue(lines.get(2).matches(".* add    interface 1-1:1\\.1 +class ff/01/00"), lines.get(2));
        assertTrue(lines.get(3).matches(".* bind   device    1-1 +001:\\d{3} 1209:0001 .* \\[usb\\]"), lines.get(3));
        assertTrue(lines.get(4).contains(" remove interface 1-1:1.1"), lines.get(4));
        assertTrue(lines.get(5).contains(" remove interface 1-1:1.0"), lines.get(5));
        assertTrue(lines.get(6).contains(" unbind device    1-1"), lines.get(6));
        assertTrue(lines.get(7).contains(" remove device    1-1"), lines.get(7));
    }

    @Test
    void jsonCarriesEveryFieldAScriptWants() throws Exception {
        Run r = monitorWhilePlugging(2, "monitor", "--json", "--devices-only", "--count", "4");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        String bind = lines.get(1);
        assertTrue(bind.matches("\\{\"time\":\\d+,\"action\":\"bind\",\"seqnum\":\\d+,\"kind\":\"device\","
                + "\"syspath\":\"/sys/devices/pci0000:00/0000:00:14\\.0/usb1/1-1\",\"sysname\":\"1-1\","
                + "\"devnode\":\"/dev/bus/usb/001/\\d{3}\",\"bus\":1,\"address\":\\d+,\"vendorId\":\"1209\","
                + "\"productId\":\"0001\",\"vendor\":\"Generic\",\"product\":\"pid.codes Test PID\","
                + "\"manufacturer\":\"ffm-usbredir\",\"productString\":\"Loopback\",\"serial\":\"LB-0001\","
                + "\"speed\":\"480\",\"driver\":\"usb\",\"interfaces\":\\[.*\\]}"), bind);
        assertTrue(lines.get(0).contains("\"action\":\"add\"") && lines.get(0).contains("\"driver\":null"),
                "an add names no driver, as the kernel's: " + lines.get(0));
        assertTrue(lines.get(3).startsWith("{\"time\":") && lines.get(3).contains("\"action\":\"remove\""),
                lines.get(3));
    }
}
