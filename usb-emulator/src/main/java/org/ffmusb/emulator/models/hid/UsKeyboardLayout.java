package org.ffmusb.emulator.models.hid;

/**
 * Which key (HID Usage Tables §10, Keyboard/Keypad page 0x07) and modifier produce a character on a
 * US English layout.
 */
final class UsKeyboardLayout {
    private UsKeyboardLayout() {}

    static final int LEFT_SHIFT = 0x02;

    private static final String DIGITS_SHIFTED = ")!@#$%^&*(";
    private static final String PUNCTUATION = "-=[]\\;'`,./";
    private static final String PUNCTUATION_SHIFTED = "_+{}|:\"~<>?";
    private static final int[] PUNCTUATION_USAGES = {0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38};

    /** The key of {@code c} in bits 7..0 and its modifier byte in bits 15..8, or -1 if no key types it. */
    static int keyOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return 0x04 + (c - 'a');
        }
        if (c >= 'A' && c <= 'Z') {
            return LEFT_SHIFT << 8 | (0x04 + (c - 'A'));
        }
        if (c >= '1' && c <= '9') {
            return 0x1e + (c - '1');
        }
        if (c == '0') {
            return 0x27;
        }
        int shiftedDigit = DIGITS_SHIFTED.indexOf(c);
        if (shiftedDigit >= 0) {
            return LEFT_SHIFT << 8 | (shiftedDigit == 0 ? 0x27 : 0x1e + shiftedDigit - 1);
        }
        int p = PUNCTUATION.indexOf(c);
        if (p >= 0) {
            return PUNCTUATION_USAGES[p];
        }
        p = PUNCTUATION_SHIFTED.indexOf(c);
        if (p >= 0) {
            return LEFT_SHIFT << 8 | PUNCTUATION_USAGES[p];
        }
        return switch (c) {
            case '\n', '\r' -> 0x28;
            case '\t' -> 0x2b;
            case ' ' -> 0x2c;
            case '\b' -> 0x2a;
            case 0x1b -> 0x29;
            default -> -1;
        };
    }
}
