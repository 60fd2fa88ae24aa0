package org.ffmusb.libusb;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs in a child JVM under {@code umockdev-run --device X.umockdev} (rig R1: devices from sysfs, no live
 * transfers) and prints what our API sees, one fact per line, for {@link StaticTestbedTest} to check.
 */
public final class StaticTestbedMain {
    private StaticTestbedMain() {}

    public static void main(String[] args) throws Exception {
        try (var context = UsbContext.open()) {
            switch (args[0]) {
                case "list" -> list(context);
                case "hotplug" -> hotplug(context);
                case "open" -> open(context, Integer.parseInt(args[1], 16), Integer.parseInt(args[2], 16));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    private static void list(UsbContext context) {
        var hex = HexFormat.of();
        List<UsbDevice> devices = context.devices();
        System.out.println("count " + devices.size());
        System.out.println("same-objects " + (devices.equals(context.devices())));
        for (UsbDevice d : devices) {
            var dd = d.descriptor();
            System.out.printf("device %s bus=%d addr=%d port=%d path=%s speed=%s parent=%s sysfs=%s%n",
                    hex.toHexDigits((short) dd.vendorId()) + ":" + hex.toHexDigits((short) dd.productId()), d.busNumber(),
                    d.address(), d.portNumber(), d.portPath(), d.speed(),
                    d.parent().map(p -> p.busNumber() + "/" + p.address()).orElse("-"), d.sysfsName());
            System.out.printf("  descriptor usb=%s class=%d mps0=%d bcdDevice=%04x strings=%d/%d/%d configs=%d%n",
                    dd.usbVersion(), dd.deviceClass(), dd.maxPacketSize0(), dd.bcdDevice(), dd.manufacturerIndex(),
                    dd.productIndex(), dd.serialNumberIndex(), dd.numConfigurations());
            for (ConfigDescriptor c : d.configurations()) {
                System.out.printf("  config value=%d total=%d attributes=%02x maxPower=%d selfPowered=%b wakeup=%b interfaces=%d%n",
                        c.configurationValue(), c.totalLength(), c.attributes(), c.maxPower(), c.selfPowered(),
                        c.remoteWakeup(), c.interfaces().size());
                for (UsbInterface itf : c.interfaces()) {
                    for (InterfaceDescriptor alt : itf.altSettings()) {
                        System.out.printf("    interface %d alt %d class=%02x/%02x/%02x iInterface=%d endpoints=%d extra=%s%n",
                                alt.number(), alt.alternateSetting(), alt.interfaceClass(), alt.interfaceSubClass(),
                                alt.interfaceProtocol(), alt.interfaceIndex(), alt.endpoints().size(), hex.formatHex(alt.extra()));
                        for (EndpointDescriptor e : alt.endpoints()) {
                            System.out.printf("      endpoint %02x %s %s mps=%d interval=%d companion=%s%n", e.address(),
                                    e.isIn() ? "IN" : "OUT", e.transferType(), e.maxPacketSize(), e.interval(),
                                    e.ssCompanion().map(s -> s.maxBurst() + "/" + s.attributes() + "/" + s.bytesPerInterval())
                                            .orElse("-"));
                        }
                    }
                }
            }
            System.out.println("  active " + d.activeConfiguration().map(ConfigDescriptor::configurationValue).orElse(-1));
            if (!d.portPath().isEmpty()) {
                System.out.println("  maxPacketSize81 " + d.maxPacketSize(0x81) + " maxIso83 " + tryIso(d));
            }
        }
    }

    private static String tryIso(UsbDevice d) {
        try {
            return String.valueOf(d.maxIsoPacketSize(0x83));
        } catch (UsbException e) {
            return e.error().name();
        }
    }

    private static void hotplug(UsbContext context) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        var done = new CountDownLatch(2);
        try (var reg = context.addHotplugListener(d -> {
            seen.add("arrived " + d + " on " + Thread.currentThread().getName()
                    + " eventThread=" + context.isEventThread());
            done.countDown();
        })) {
            System.out.println("delivered " + done.await(5, TimeUnit.SECONDS) + " active " + reg.isActive());
        }
        seen.stream().sorted().forEach(System.out::println);
    }

    private static void open(UsbContext context, int vid, int pid) {
        try (var handle = context.openDevice(vid, pid).orElseThrow()) {
            System.out.println("opened " + handle.device());
            try {
                System.out.println("configuration " + handle.configuration());
            } catch (UsbException e) {
                System.out.println("configuration " + e.error());
            }
            try {
                handle.stringDescriptorAscii(1);
            } catch (UsbException e) {
                System.out.println("string " + e.error());
            }
        }
        System.out.println("absent " + context.openDevice(0x0bad, 0xf00d).isPresent());
    }
}
