package org.ffmusb.libusb;

/**
 * {@code enum libusb_capability}: what the loaded libusb supports on this platform.
 *
 * <p>Constants: usable on any thread, the event thread included.
 */
public enum Capability {
    HAS_CAPABILITY(0x0000), HAS_HOTPLUG(0x0001), HAS_HID_ACCESS(0x0100), SUPPORTS_DETACH_KERNEL_DRIVER(0x0101);

    private final int code;

    Capability(int code) {
        this.code = code;
    }

    /** The C value. */
    public int code() {
        return code;
    }
}
