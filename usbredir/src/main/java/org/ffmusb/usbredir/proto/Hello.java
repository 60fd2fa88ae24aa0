package org.ffmusb.usbredir.proto;

import java.util.List;

/**
 * The mandatory first packet of both sides (reference §4 hello, §5): a free-form version string
 * (at most 63 bytes go on the wire, NUL-padded to 64) and the capability words. Always sent with the
 * 12-byte header.
 *
 * @param version  the version string, read up to its first NUL as ISO-8859-1 so every byte survives
 * @param capWords the caps words as on the wire (u32 each); receivers use only the first
 */
public record Hello(long id, String version, List<Long> capWords) implements HostPacket, GuestPacket {
    /** Bytes of the version field; C writes at most 63 characters and a NUL. */
    public static final int VERSION_FIELD_SIZE = 64;

    public Hello {
        if (version.length() > VERSION_FIELD_SIZE || !version.chars().allMatch(c -> c > 0 && c < 256)) {
            throw new IllegalArgumentException("hello version must be at most 64 ISO-8859-1 characters without NUL: "
                    + version);
        }
        capWords = Fields.u32Array("capabilities", capWords, capWords.size());
    }

    /** A hello with id 0 and one caps word, as the C library sends it. */
    public Hello(String version, Caps caps) {
        this(0, version, List.of(Integer.toUnsignedLong(caps.bits())));
    }

    /** The capabilities advertised: the first caps word (none when the hello has no words). */
    public Caps caps() {
        return capWords.isEmpty() ? Caps.NONE : new Caps(capWords.getFirst().intValue());
    }

    @Override
    public PacketType type() {
        return PacketType.HELLO;
    }
}
