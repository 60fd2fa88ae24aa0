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
        Run r = monitorWhilePlugging(3, "monitor", "--count", "6");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} add    device    1-1 +001:\\d{3} 1209:0001"
                + " Generic pid.codes Test PID \\[usb\\]"), lines.get(0));
        assertTrue(lines.get(1).matches(".* add    interface 1-1:1\\.0 +class ff/00/00"), lines.get(1));
        assertTrue(lines.get(2).matches(".* add    interface 1-1:1\\.1 +class ff/01/00"), lines.get(2));
        assertTrue(lines.get(3).contains(" remove interface 1-1:1.1"), lines.get(3));
        assertTrue(lines.get(4).contains(" remove interface 1-1:1.0"), lines.get(4));
        assertTrue(lines.get(5).contains(" remove device    1-1"), lines.get(5));
    }

    @Test
    void jsonCarriesEveryFieldAScriptWants() throws Exception {
        Run r = monitorWhilePlugging(1, "monitor", "--json", "--devices-only", "--count", "2");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        String add = lines.get(0);
        assertTrue(add.matches("\\{\"time\":\\d+,\"action\":\"add\",\"seqnum\":\\d+,\"kind\":\"device\","
                + "\"syspath\":\"/sys/devices/pci0000:00/0000:00:14\\.0/usb1/1-1\",\"sysname\":\"1-1\","
                + "\"devnode\":\"/dev/bus/usb/001/\\d{3}\",\"bus\":1,\"address\":\\d+,\"vendorId\":\"1209\","
                + "\"productId\":\"0001\",\"vendor\":\"Generic\",\"product\":\"pid.codes Test PID\","
                + "\"manufacturer\":\"ffm-usbredir\",\"productString\":\"Loopback\",\"serial\":\"LB-0001\","
                + "\"speed\":\"480\",\"driver\":\"usb\",\"interfaces\":\\[.*\\]}"), add);
        assertTrue(lines.get(1).startsWith("{\"time\":") && lines.get(1).contains("\"action\":\"remove\""),
                lines.get(1));
    }
}
