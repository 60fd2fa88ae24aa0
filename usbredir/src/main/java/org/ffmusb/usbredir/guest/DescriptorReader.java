package org.ffmusb.usbredir.guest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.usbredir.proto.Status;

/**
 * Reads an attached device's descriptors the way a USB host enumerates (USB 2.0 §9.4.3): the device
 * descriptor, each configuration's 9-byte header and then all wTotalLength bytes of it, the LANGID
 * list and every string the device, its configurations and its interfaces refer to. Independent
 * requests go out together; everything runs as completions on the I/O thread.
 */
final class DescriptorReader {
    private static final int GET_DESCRIPTOR = 6;
    private static final int DEVICE = 1;
    private static final int CONFIGURATION = 2;
    private static final int STRING = 3;
    private static final int INTERFACE = 4;
    private static final int LANGID_EN_US = 0x0409;

    private final RedirectedDevice device;
    private final CompletableFuture<RawDescriptors> result = new CompletableFuture<>();
    private int status = Status.SUCCESS;
    private byte[] deviceDescriptor = new byte[0];
    private final List<byte[]> configurations = new ArrayList<>();
    private int langId;
    private final Map<Integer, String> strings = new TreeMap<>();

    private DescriptorReader(RedirectedDevice device) {
        this.device = device;
    }

    static CompletableFuture<RawDescriptors> read(RedirectedDevice device) {
        DescriptorReader reader = new DescriptorReader(device);
        reader.get(DEVICE, 0, 0, 18).thenAccept(reader::deviceRead).exceptionally(reader::failed);
        return reader.result;
    }

    private RedirRequest<ControlResult> get(int type, int index, int language, int length) {
        return device.controlIn(0x80, GET_DESCRIPTOR, type << 8 | index, language, length);
    }

    private boolean ok(ControlResult r, int minLength) {
        if (r.isSuccess() && r.length() >= minLength) {
            return true;
        }
        if (status == Status.SUCCESS) {
            status = r.isSuccess() ? Status.INVAL : r.status(); // a short descriptor counts as invalid
        }
        return false;
    }

    private void deviceRead(ControlResult r) {
        if (!ok(r, 18)) {
            finish();
            return;
        }
        deviceDescriptor = r.data();
        int count = deviceDescriptor[17] & 0xff;
        List<CompletableFuture<byte[]>> reads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            reads.add(get(CONFIGURATION, index, 0, 9).thenCompose(header -> {
                if (!ok(header, 9)) {
                    return CompletableFuture.completedFuture(null);
                }
                int total = (header.data()[2] & 0xff) | (header.data()[3] & 0xff) << 8;
                return get(CONFIGURATION, index, 0, total).thenApply(full -> ok(full, total) ? full.data() : null);
            }));
        }
        CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenRun(() -> {
            for (CompletableFuture<byte[]> f : reads) {
                byte[] c = f.join();
                if (c != null) {
                    configurations.add(c);
                }
            }
            readStrings();
        }).exceptionally(this::failed);
    }

    private void readStrings() {
        TreeSet<Integer> indices = new TreeSet<>();
        for (int offset : new int[] {14, 15, 16}) {
            indices.add(deviceDescriptor[offset] & 0xff);
        }
        for (byte[] c : configurations) {
            indices.add(c[6] & 0xff);
            for (int p = 0; p + 1 < c.length && (c[p] & 0xff) >= 2; p += c[p] & 0xff) {
                if (c[p + 1] == INTERFACE && p + 8 < c.length) {
                    indices.add(c[p + 8] & 0xff);
                }
            }
        }
        indices.remove(0);
        if (indices.isEmpty()) {
            finish();
            return;
        }
        get(STRING, 0, 0, 255).thenAccept(languages -> {
            langId = ok(languages, 4) ? (languages.data()[2] & 0xff) | (languages.data()[3] & 0xff) << 8 : LANGID_EN_US;
            List<CompletableFuture<Void>> reads = new ArrayList<>();
            for (int index : indices) {
                reads.add(get(STRING, index, langId, 255).thenAccept(s -> {
                    if (ok(s, 2)) {
                        int length = Math.min(s.data()[0] & 0xff, s.data().length) & ~1;
                        strings.put(index, new String(s.data(), 2, Math.max(0, length - 2), StandardCharsets.UTF_16LE));
                    }
                }));
            }
            CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenRun(this::finish)
                    .exceptionally(this::failed);
        }).exceptionally(this::failed);
    }

    private Void failed(Throwable t) {
        if (status == Status.SUCCESS) {
            status = Status.IOERROR;
        }
        finish();
        return null;
    }

    private void finish() {
        result.complete(new RawDescriptors(status, deviceDescriptor, configurations, langId, strings));
    }
}
