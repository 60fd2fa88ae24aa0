package org.ffmusb.usbredir.proto;

import java.util.List;

/**
 * The interfaces of the active configuration (host → guest; reference §4 interface_info). Each list
 * has all 32 entries; entries from {@link #interfaceCount()} on are zero as usbredirhost sends them.
 *
 * @param interfaceCount number of valid entries, at most 32
 * @param interfaces     bInterfaceNumber of each interface (C field {@code interface})
 */
public record InterfaceInfo(long id, long interfaceCount, List<Integer> interfaces, List<Integer> interfaceClasses,
                            List<Integer> interfaceSubclasses, List<Integer> interfaceProtocols)
        implements HostPacket {
    public static final int MAX_INTERFACES = 32;

    public InterfaceInfo {
        if (interfaceCount < 0 || interfaceCount > MAX_INTERFACES) {
            throw new IllegalArgumentException("interface_count must be 0..32: " + interfaceCount);
        }
        interfaces = Fields.array("interface", interfaces, MAX_INTERFACES, false);
        interfaceClasses = Fields.array("interface_class", interfaceClasses, MAX_INTERFACES, false);
        interfaceSubclasses = Fields.array("interface_subclass", interfaceSubclasses, MAX_INTERFACES, false);
        interfaceProtocols = Fields.array("interface_protocol", interfaceProtocols, MAX_INTERFACES, false);
    }

    @Override
    public PacketType type() {
        return PacketType.INTERFACE_INFO;
    }
}
