package org.ffmusb.tools;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ffmusb.udev.UdevException;
import org.ffmusb.udev.UdevMonitor;
import org.ffmusb.udev.UsbEvent;
import org.ffmusb.udev.UsbEventListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ffmusb monitor}: prints USB device and interface events as udev reports them. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Print USB devices and interfaces as they come and go.",
                "Add, remove, bind, unbind and change events, with names from the udev",
                "hardware database and the drivers bound. Ctrl-C stops."},
        footer = {"", "Examples:",
                "  ffmusb monitor",
                "  ffmusb monitor --json --devices-only | jq .product",
                "", "Exit status: 0 when stopped (Ctrl-C, --count, --timeout),",
                "1 when the monitor failed, 2 on usage errors."})
final class MonitorCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per event and line.")
    boolean json;

    @Option(names = "--devices-only", description = "Only whole devices, no interface events.")
    boolean devicesOnly;

    @Option(names = "--source", paramLabel = "udev|kernel", defaultValue = "udev",
            description = "udev: after udevd's rules (default); kernel: raw kernel uevents (where no udevd runs).")
    UdevMonitor.Source source;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N events.")
    Integer count;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop after this many seconds.")
    Double timeout;

    @Override
    public Integer call() throws InterruptedException {
        OneLineLogs.install();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger seen = new AtomicInteger();
        AtomicReference<UdevException> failure = new AtomicReference<>();
        if (count != null && count <= 0) {
            return 0;
        }
        UsbEventListener printer = new UsbEventListener() {
            @Override
            public void onEvent(UsbEvent event) {
                out.println(json ? UdevEventFormat.json(event, System.currentTimeMillis())
                        : UdevEventFormat.text(event, LocalTime.now()));
                out.flush();
                if (count != null && seen.incrementAndGet() >= count) {
                    done.countDown();
                }
            }

            @Override
            public void onEventsLost(String reason) {
                out.println(json ? "{\"eventsLost\":" + UdevEventFormat.quote(reason) + "}" : "! events lost: " + reason);
                out.flush();
            }

            @Override
            public void onMonitorFailed(UdevException error) {
                failure.set(error);
                done.countDown();
            }
        };
        UdevMonitor monitor;
        try {
            monitor = UdevMonitor.builder().source(source).interfaces(!devicesOnly).listener(printer).start();
        } catch (UdevException e) {
            err.println("ffmusb monitor: " + e.getMessage());
            err.flush();
            return 1;
        }
        Thread hook = Thread.ofPlatform().name("ffmusb-monitor-shutdown").unstarted(monitor::close);
        Runtime.getRuntime().addShutdownHook(hook);
        try (monitor) {
            err.println("ffmusb monitor: watching USB devices (" + source.name().toLowerCase() + " events"
                    + (devicesOnly ? ", devices only" : "") + "); Ctrl-C stops");
            err.flush();
            if (timeout != null) {
                done.await((long) (timeout * 1000), TimeUnit.MILLISECONDS);
            } else {
                done.await();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook closes the monitor
            }
        }
        if (failure.get() != null) {
            err.println("ffmusb monitor: " + failure.get().getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }
}
