package org.ffmusb.usbredir.guest;

import java.util.List;
import java.util.Map;

/**
 * The descriptors the guest read from an attached device with GET_DESCRIPTOR control requests, as raw
 * bytes (USB 2.0 §9.6): the parsed form and its lsusb-like printing live with the tools. Immutable: the
 * arrays are private copies, handed out as copies.
 *
 * @param status  {@link org.ffmusb.usbredir.proto.Status#SUCCESS} when every descriptor was read, else
 *                the status of the first request that failed (what was read before it is kept)
 * @param strings string descriptors by index, decoded from UTF-16LE in the language {@code langId}
 */
public record RawDescriptors(int status, byte[] device, List<byte[]> configurations, int langId,
                             Map<Integer, String> strings) {
    static final RawDescriptors NONE = new RawDescriptors(org.ffmusb.usbredir.proto.Status.SUCCESS, new byte[0],
            List.of(), 0, Map.of());

    public RawDescriptors {
        device = device.clone();
        configurations = configurations.stream().map(byte[]::clone).toList();
        strings = Map.copyOf(strings);
    }

    /** The 18-byte device descriptor (empty if it could not be read). */
    @Override
    public byte[] device() {
        return device.clone();
    }

    /** Every configuration descriptor in full (wTotalLength bytes), by index. */
    @Override
    public List<byte[]> configurations() {
        return configurations.stream().map(byte[]::clone).toList();
    }

    /** The text of string {@code index}, or "" when there is none. */
    public String string(int index) {
        return strings.getOrDefault(index, "");
    }
}
