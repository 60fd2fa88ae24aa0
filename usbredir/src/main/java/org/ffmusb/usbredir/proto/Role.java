package org.ffmusb.usbredir.proto;

/** The two usbredir roles (reference §1). */
public enum Role {
    /** Owns the physical device: usbredirhost, usbredirect, a SPICE client. */
    HOST("usb-host"),
    /** Uses the device as if attached: QEMU's usb-redir device. */
    GUEST("usb-guest");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public Role peer() {
        return this == HOST ? GUEST : HOST;
    }

    @Override
    public String toString() {
        return label;
    }
}
