package org.ffmusb.usbredir.proto;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;

/**
 * A set of capabilities as the u32 caps word of a hello packet (reference §5; {@code USB_REDIR_CAPS_SIZE}
 * is 1, so one word holds every defined capability). Bits above {@link Cap#BULK_RECEIVING} are kept as
 * received, since a newer peer may set them.
 *
 * @param bits the caps word, unsigned
 */
public record Caps(int bits) {
    /** No capabilities. */
    public static final Caps NONE = new Caps(0);
    /** All eight capabilities (0xff): what usbredirhost, QEMU and we advertise by default. */
    public static final Caps ALL = of(Cap.values());

    public static Caps of(Cap... caps) {
        int bits = 0;
        for (Cap cap : caps) {
            bits |= 1 << cap.bit();
        }
        return new Caps(bits);
    }

    public boolean has(Cap cap) {
        return (bits & (1 << cap.bit())) != 0;
    }

    public Caps with(Cap cap) {
        return new Caps(bits | (1 << cap.bit()));
    }

    public Caps without(Cap cap) {
        return new Caps(bits & ~(1 << cap.bit()));
    }

    /** The capabilities in effect between two sides: those both advertise. */
    public Caps negotiate(Caps peer) {
        return new Caps(bits & peer.bits);
    }

    /** True if every bit of this set is also in {@code other}. */
    public boolean isSubsetOf(Caps other) {
        return (bits & ~other.bits) == 0;
    }

    /**
     * The consistency rule of reference §5: bulk_streams without ep_info_max_packet_size is dropped,
     * as C usbredirparser_verify_caps does for both our caps and the peer's.
     */
    public Caps consistent() {
        return has(Cap.BULK_STREAMS) && !has(Cap.EP_INFO_MAX_PACKET_SIZE) ? without(Cap.BULK_STREAMS) : this;
    }

    public Set<Cap> toSet() {
        Set<Cap> set = EnumSet.noneOf(Cap.class);
        for (Cap cap : Cap.values()) {
            if (has(cap)) {
                set.add(cap);
            }
        }
        return set;
    }

    /** {@code 0xff [bulk_streams, connect_device_version, ...]}. */
    @Override
    public String toString() {
        var names = new ArrayList<String>();
        for (Cap cap : toSet()) {
            names.add(cap.cName());
        }
        return String.format("0x%x %s", Integer.toUnsignedLong(bits), names);
    }
}
