package org.ffmusb.usbredir.testing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Builds a usbredir_harness script (commands documented at the top of
 * {@code src/test/c/usbredir_harness.c}). The same text runs on the C library through
 * {@link CHarness} and on the Java codec through the test's Java runner, so both see exactly the same
 * cases.
 */
public final class Script {
    private static final HexFormat HEX = HexFormat.of();
    private final StringBuilder text = new StringBuilder(4096);

    /** A parser of {@code role} ("host" or "guest") with {@code caps}, without a hello. */
    public Script session(String role, int caps) {
        return session(role, caps, null, null, 65536, 0);
    }

    /**
     * A parser; {@code hello} (or null) makes it queue its hello, {@code blob} (or null) is
     * unserialized into it; reads are at most {@code chunk} bytes, random sizes when {@code seed != 0}.
     */
    public Script session(String role, int caps, String hello, byte[] blob, int chunk, long seed) {
        text.append("session role=").append(role).append(" caps=").append(Integer.toUnsignedString(caps));
        if (hello != null) {
            text.append(" hello=").append(HEX.formatHex(hello.getBytes(StandardCharsets.ISO_8859_1)));
        }
        if (blob != null) {
            text.append(" blob=").append(blob.length == 0 ? "-" : HEX.formatHex(blob));
        }
        text.append(" chunk=").append(chunk).append(" seed=").append(Long.toUnsignedString(seed)).append('\n');
        return this;
    }

    public Script feed(byte[] bytes) {
        text.append("feed ").append(bytes.length == 0 ? "-" : HEX.formatHex(bytes)).append('\n');
        return this;
    }

    public Script peerHello(int caps) {
        text.append("peerhello ").append(Integer.toUnsignedString(caps)).append('\n');
        return this;
    }

    /** A "send" line without the leading word (see PacketLines in the proto tests). */
    public Script send(String packetLine) {
        text.append("send ").append(packetLine).append('\n');
        return this;
    }

    public Script flush() {
        text.append("flush\n");
        return this;
    }

    public Script flush(long maxBytes) {
        text.append("flush ").append(maxBytes).append('\n');
        return this;
    }

    public Script state() {
        text.append("state\n");
        return this;
    }

    public Script serialize() {
        text.append("serialize\n");
        return this;
    }

    public Script end() {
        text.append("end\n");
        return this;
    }

    public int length() {
        return text.length();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
