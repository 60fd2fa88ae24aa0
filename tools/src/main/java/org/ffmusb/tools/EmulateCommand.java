package org.ffmusb.tools;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ffmusb.emulator.EmulatorException;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.ModelCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ffmusb emulate}: runs a command with an emulated USB device plugged in. The device lives in
 * this JVM (an in-process umockdev testbed); the command runs inside the testbed and sees it through
 * libusb, libudev, lsusb or usbredirect like a real one. The JVM needs
 * {@code LD_PRELOAD=libumockdev-preload.so.0}, which the {@code ffmusb} launcher sets for this command.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = {"Run COMMAND with an emulated USB device plugged in (umockdev testbed in this JVM).",
                "'ffmusb emulate list' shows the devices and their options. Without COMMAND the device stays",
                "plugged until interrupted, and the environment that shows it to other programs is printed."},
        footer = {"", "Examples:",
                "  ffmusb emulate list",
                "  ffmusb emulate mass-storage --image disk.img -- lsusb -v -d 1209:0002",
                "  ffmusb emulate loopback --iso-rate 1000 -- ./my-libusb-test",
                "  ffmusb emulate mass-storage --image disk.img -- usbredirect --device 1209:0002 --as 127.0.0.1:4000",
                "  ffmusb emulate keyboard --type 'hello' -- usbredirect --device 1209:0003 --to 127.0.0.1:4001"})
final class EmulateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DEVICE", description = "loopback, mass-storage, keyboard, or list")
    String device;

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "the program to run and its arguments (after --)")
    List<String> command = List.of();

    @Option(names = "--image", paramLabel = "FILE", description = "mass-storage: the disk image (whole 512-byte blocks)")
    String image;

    @Option(names = "--read-only", description = "mass-storage: write-protect the medium")
    boolean readOnly;

    @Option(names = "--iso-packet-size", paramLabel = "BYTES", description = "loopback: isochronous packet size")
    Integer isoPacketSize;

    @Option(names = "--iso-rate", paramLabel = "PACKETS", description = "loopback: isochronous packets per second")
    Integer isoRate;

    @Option(names = "--super-speed", description = "loopback: run at SuperSpeed (bus 2) with bulk streams")
    boolean superSpeed;

    @Option(names = "--type", paramLabel = "TEXT", description = "keyboard: text typed once the host polls")
    String text;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (device.equals("list")) {
            list(System.out);
            return 0;
        }
        ModelCatalog.Prepared prepared;
        try {
            prepared = ModelCatalog.find(device).create(options());
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println("ffmusb emulate: " + e.getMessage());
            return 2;
        }
        try (AutoCloseable resources = prepared.resources(); UsbEmulator emulator = UsbEmulator.open()) {
            PluggedDevice plugged = emulator.plug(prepared.model());
            err.printf("ffmusb emulate: %s plugged in as bus %d device %d (%s)%n", device, plugged.busNumber(),
                    plugged.deviceAddress(), plugged.deviceNode());
            if (command.isEmpty()) {
                return waitForInterrupt(emulator, err, () -> {
                    plugged.unplug();
                    emulator.close();
                });
            }
            Process p = emulator.start(emulator.processBuilder(command).inheritIO());
            int status = p.waitFor();
            plugged.unplug();
            return status;
        } catch (EmulatorException e) {
            err.println("ffmusb emulate: " + e.getMessage());
            return 1;
        }
    }

    private Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        if (image != null) {
            o.put("image", image);
        }
        if (readOnly) {
            o.put("read-only", "true");
        }
        if (isoPacketSize != null) {
            o.put("iso-packet-size", isoPacketSize.toString());
        }
        if (isoRate != null) {
            o.put("iso-rate", isoRate.toString());
        }
        if (superSpeed) {
            o.put("super-speed", "true");
        }
        if (text != null) {
            o.put("type", text);
        }
        return o;
    }

    static void list(PrintStream out) {
        for (ModelCatalog.Entry e : ModelCatalog.entries()) {
            out.printf("%-13s %s%n", e.name(), e.summary());
            for (ModelCatalog.Option o : e.options()) {
                String flag = "--" + o.name() + (o.argument() == null ? "" : " " + o.argument());
                out.printf("    %-24s %s%n", flag, o.description());
            }
        }
    }

    /** Blocks until Ctrl-C; the shutdown hook unplugs and removes the testbed before the JVM ends. */
    private static int waitForInterrupt(UsbEmulator emulator, PrintStream err, Runnable cleanup)
            throws InterruptedException {
        err.println("ffmusb emulate: the device stays plugged in until Ctrl-C (or SIGTERM). Programs see it when run as:");
        err.println("  LD_PRELOAD=libumockdev-preload.so.0 UMOCKDEV_DIR=" + emulator.root() + " PROGRAM ...");
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(cleanup, "ffmusb-emulate-shutdown"));
        forever.await();
        return 0;
    }
}
