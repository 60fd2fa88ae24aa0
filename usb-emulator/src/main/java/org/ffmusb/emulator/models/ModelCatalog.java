package org.ffmusb.emulator.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.models.hid.HidKeyboard;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.emulator.models.loopback.LoopbackOptions;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;

/**
 * The device models that ship with the emulator, by name, with their options: what
 * {@code ffmusb emulate list} shows and {@code ffmusb emulate DEVICE} builds.
 */
public final class ModelCatalog {
    private ModelCatalog() {}

    /** An option of a model: {@code --name ARGUMENT}, or a flag when {@code argument} is null. */
    public record Option(String name, String argument, String description) {}

    /** A model ready to plug, and what to close once it is unplugged (a mapped image, say). */
    public record Prepared(DeviceModel model, AutoCloseable resources) {}

    /** Builds a model from option values ({@code "true"} for flags). */
    @FunctionalInterface
    public interface Factory {
        Prepared create(Map<String, String> options) throws IOException;
    }

    /** One model: its name, what it is, its options and how to build it. */
    public record Entry(String name, String summary, List<Option> options, Factory factory) {
        /** Builds the model after checking the options (unknown ones are refused, by name). */
        public Prepared create(Map<String, String> options) throws IOException {
            Set<String> known = new TreeSet<>();
            this.options.forEach(o -> known.add(o.name()));
            for (String given : options.keySet()) {
                if (!known.contains(given)) {
                    throw new IllegalArgumentException(name + " has no option --" + given
                            + (known.isEmpty() ? "" : "; its options: --" + String.join(", --", known)));
                }
            }
            return factory.create(options);
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("loopback", "high-speed vendor test device: bulk and interrupt loopback, bulk source/sink, "
                    + "isochronous source/sink with a counting pattern (1209:0001)",
                    List.of(new Option("iso-packet-size", "BYTES", "isochronous packet size, 1..1024 (default 1024)"),
                            new Option("iso-rate", "PACKETS", "isochronous packets per second, 0..8000, 0 = unthrottled "
                                    + "(default 8000)"),
                            new Option("super-speed", null, "run at SuperSpeed (bus 2) with bulk streams")),
                    ModelCatalog::loopback),
            new Entry("mass-storage", "USB flash drive: Bulk-Only Transport + SCSI on a disk image file (1209:0002)",
                    List.of(new Option("image", "FILE", "the disk image (whole 512-byte blocks); required"),
                            new Option("read-only", null, "write-protect the medium")),
                    ModelCatalog::massStorage),
            new Entry("keyboard", "HID boot keyboard whose keys are typed from Java (1209:0003)",
                    List.of(new Option("type", "TEXT", "text to type as soon as the host polls the keyboard")),
                    ModelCatalog::keyboard));

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The model called {@code name}; the message lists the names when there is none. */
    public static Entry find(String name) {
        for (Entry e : ENTRIES) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no device model called '" + name + "'; there are: "
                + String.join(", ", ENTRIES.stream().map(Entry::name).toList()));
    }

    private static Prepared loopback(Map<String, String> o) {
        LoopbackOptions options = LoopbackOptions.DEFAULT;
        if (o.containsKey("iso-packet-size")) {
            options = options.withIsoPacketSize(number(o, "iso-packet-size"));
        }
        if (o.containsKey("iso-rate")) {
            options = options.withIsoRate(number(o, "iso-rate"));
        }
        if (Boolean.parseBoolean(o.getOrDefault("super-speed", "false"))) {
            options = options.withSuperSpeed(true);
        }
        return new Prepared(new Loopback(options), () -> {});
    }

    private static Prepared massStorage(Map<String, String> o) throws IOException {
        String image = o.get("image");
        if (image == null) {
            throw new IllegalArgumentException("mass-storage needs --image FILE (make one with: truncate -s 64M disk.img)");
        }
        DiskImage disk = DiskImage.open(Path.of(image), Boolean.parseBoolean(o.getOrDefault("read-only", "false")));
        return new Prepared(new MassStorage(disk), disk);
    }

    private static Prepared keyboard(Map<String, String> o) {
        HidKeyboard keyboard = new HidKeyboard();
        String text = o.get("type");
        if (text != null) {
            keyboard.type(text);
        }
        return new Prepared(keyboard, () -> {});
    }

    private static int number(Map<String, String> o, String name) {
        try {
            return Integer.parseInt(o.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes a number, not '" + o.get(name) + "'");
        }
    }
}
