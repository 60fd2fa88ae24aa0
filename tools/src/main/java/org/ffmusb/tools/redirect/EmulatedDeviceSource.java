package org.ffmusb.tools.redirect;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ffmusb.emulator.models.ModelCatalog;
import org.ffmusb.usbredir.host.EmulatedBackend;
import org.ffmusb.usbredir.host.HostBackend;

/**
 * {@code --emulate MODEL[:OPTION=VALUE,...]}: a device written in Java, served through the host's Java
 * backend (no libusb, no umockdev). Each guest gets the model freshly built (a disk image is mapped
 * again) and it is unplugged when the guest leaves. A flag option may be given without a value
 * ({@code mass-storage:image=disk.img,read-only}).
 */
final class EmulatedDeviceSource implements DeviceSource {
    /** Builds the model for one guest, with what to close when it is unplugged. */
    @FunctionalInterface
    interface ModelFactory {
        ModelCatalog.Prepared create() throws Exception;
    }

    private final ModelFactory factory;
    private final String text;
    private String whyNot = "";

    EmulatedDeviceSource(ModelFactory factory, String text) {
        this.factory = factory;
        this.text = text;
    }

    /** Parses the argument and builds the model once, so a bad option or image fails at start. */
    static EmulatedDeviceSource parse(String text) throws IOException {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        Map<String, String> options = new LinkedHashMap<>();
        if (colon >= 0 && colon + 1 < text.length()) {
            for (String option : text.substring(colon + 1).split(",")) {
                int eq = option.indexOf('=');
                options.put(eq < 0 ? option : option.substring(0, eq), eq < 0 ? "true" : option.substring(eq + 1));
            }
        }
        ModelCatalog.Entry entry = ModelCatalog.find(name);
        var source = new EmulatedDeviceSource(() -> entry.create(options), text);
        try {
            entry.create(options).resources().close();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        return source;
    }

    @Override
    public Optional<HostBackend> open() {
        ModelCatalog.Prepared prepared;
        try {
            prepared = factory.create();
        } catch (Exception e) {
            whyNot = e.getMessage();
            return Optional.empty();
        }
        EmulatedBackend backend = EmulatedBackend.attach(prepared.model());
        backend.onUnplugged(() -> {
            try {
                prepared.resources().close();
            } catch (Exception e) {
                System.getLogger("org.ffmusb.tools").log(System.Logger.Level.WARNING,
                        "closing " + text + " failed: " + e.getMessage());
            }
        });
        return Optional.of(backend);
    }

    @Override
    public String whyNot() {
        return whyNot;
    }

    /** An emulated device is never unplugged from outside. */
    @Override
    public void watch(Runnable arrived, Runnable left) {
    }

    @Override
    public String describe() {
        return "emulated " + text;
    }

    @Override
    public void close() {
    }
}
