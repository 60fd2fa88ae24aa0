package org.ffmusb.emulator.internal;

import java.nio.charset.StandardCharsets;

/**
 * How udev's usb_id builtin turns device strings into property values (systemd
 * src/udev/udev-builtin-usb_id.c): ID_VENDOR/ID_MODEL/ID_SERIAL are "safe" strings, the *_ENC ones
 * hex-escaped.
 */
final class UdevNames {
    private UdevNames() {}

    /** udev_replace_whitespace + udev_replace_chars: what ID_VENDOR/ID_MODEL look like. */
    static String safe(String s) {
        StringBuilder b = new StringBuilder();
        String trimmed = s.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c)) {
                if (b.isEmpty() || b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || "#+-.:=@_".indexOf(c) >= 0)) {
                b.append(c);
            } else {
                b.append('_');
            }
        }
        return b.toString();
    }

    /** udev_encode_string: \xNN for everything outside [A-Za-z0-9#+-.,/:=?@_]. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "#+-.,/:=?@_".indexOf(c) >= 0)) {
                b.append(c);
            } else {
                b.append(String.format("\\x%02x", x & 0xff));
            }
        }
        return b.toString();
    }
}
