package org.ffmusb.usbredir.proto;

import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;

/**
 * A device filter (either direction; reference §3 type 23, §8; needs cap filter). On the wire the rules
 * are a NUL-terminated string in the standard "," / "|" form; a received string that does not parse
 * is reported as a {@link ProtocolError} and no packet is delivered, as C usbredirparser ignores it.
 */
public record FilterFilter(long id, List<FilterRule> rules) implements HostPacket, GuestPacket {
    public FilterFilter {
        rules = List.copyOf(rules);
    }

    /** With id 0, as the C library sends it. */
    public FilterFilter(List<FilterRule> rules) {
        this(0, rules);
    }

    @Override
    public PacketType type() {
        return PacketType.FILTER_FILTER;
    }
}
