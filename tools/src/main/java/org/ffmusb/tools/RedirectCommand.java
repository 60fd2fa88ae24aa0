package org.ffmusb.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ffmusb.libusb.LogLevel;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.tools.redirect.Redirector;
import org.ffmusb.usbredir.transport.SocketAddresses;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ffmusb redirect}: a drop-in for C {@code usbredirect} (reference §12) that also serves devices
 * written in Java, survives the guest going away, and releases the device cleanly on SIGINT/SIGTERM.
 */
@Command(name = "redirect", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Redirect a USB device to a usbredir guest (QEMU's usb-redir) over TCP, like usbredirect.",
                "With --as it listens and serves one guest at a time, and keeps listening after a guest leaves.",
                "With --to it connects to a listening guest; --retry keeps trying, and reconnects after it leaves.",
                "The device goes back to its kernel drivers whenever no guest has it, and on Ctrl-C, SIGTERM or SIGHUP.",
                "An unplugged device is shown to the guest as disconnected and redirected again when it returns."},
        footer = {"", "Examples:",
                "  qemu ... -chardev socket,id=ur1,host=127.0.0.1,port=4000,server=on,wait=off \\",
                "           -device usb-redir,chardev=ur1",
                "  ffmusb redirect --device 0781:5567 --to 127.0.0.1:4000",
                "  ffmusb redirect --device 1-4 --as 0.0.0.0:4000 -k",
                "  ffmusb redirect --emulate mass-storage:image=disk.img --as 127.0.0.1:4000",
                "", "Exit status: 0 after Ctrl-C, SIGTERM or SIGHUP, or a guest leaving (--to without --retry), 1 when the device",
                "or the address cannot be used."})
public final class RedirectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--device", paramLabel = "VID:PID|BUS-DEVNUM",
                description = "The device: vendor:product in hex (the first one that can be claimed), or bus-devnum "
                        + "in decimal as lsusb prints them.")
        String device;

        @Option(names = "--emulate", paramLabel = "MODEL[:OPT=VALUE,...]",
                description = "Serve a device written in Java instead, without libusb: loopback, "
                        + "mass-storage:image=FILE[,read-only], keyboard[:type=TEXT]. See ffmusb emulate list.")
        String emulate;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--to", paramLabel = "HOST:PORT", description = "Connect to a guest that listens.")
        String to;

        @Option(names = "--as", paramLabel = "ADDR:PORT", description = "Listen on a numeric address for the guest.")
        String as;
    }

    @Option(names = {"-k", "--keepalive"}, description = "Enable TCP keepalive on the connection.")
    boolean keepAlive;

    @Option(names = {"-v", "--verbose"}, paramLabel = "N", defaultValue = "2",
            description = "Log level 0-5: none, error, warning, info, debug, debug with data (libusb logs at 5). "
                    + "Default: ${DEFAULT-VALUE}.")
    int verbose;

    @Option(names = "--retry", description = "With --to: keep trying to connect (backoff up to 5 s), and connect "
            + "again after the guest leaves.")
    boolean retry;

    @Option(names = "--once", description = "With --as: stop after the first guest leaves, as usbredirect does.")
    boolean once;

    @Option(names = "--no-status", description = "No live status line, even on a terminal.")
    boolean noStatus;

    @Override
    public Integer call() throws IOException, InterruptedException {
        OneLineLogs.install(verbose);
        PrintWriter err = spec.commandLine().getErr();
        InetSocketAddress address;
        try {
            address = where.to != null ? SocketAddresses.parseConnect(where.to) : SocketAddresses.parseListen(where.as);
        } catch (IllegalArgumentException e) {
            err.println("ffmusb redirect: " + e.getMessage());
            return 1;
        }
        var options = new Redirector.Options(address, where.to != null, keepAlive, retry, !once,
                !noStatus && System.console() != null);
        CountDownLatch done = new CountDownLatch(1);
        try (UsbContext usb = what.device == null ? null : UsbContext.open(UsbContext.Options.DEFAULT
                .withLogLevel(verbose >= 5 ? LogLevel.DEBUG : LogLevel.NONE));
             Redirector redirector = what.device != null ? Redirector.forLibUsb(usb, what.device, options, err)
                     : Redirector.forEmulated(what.emulate, options, err)) {
            Thread hook = Thread.ofPlatform().name("ffmusb-redirect-shutdown").unstarted(() -> {
                redirector.close(); // releases the device before the JVM exits
                done.countDown();
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try (StopSignals signals = StopSignals.install(redirector::close)) {
                redirector.start();
                redirector.awaitStop();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                done.await();
            }
            return redirector.exitStatus();
        } catch (Redirector.StartException e) {
            err.println("ffmusb redirect: " + e.getMessage());
            return 1;
        }
    }
}
