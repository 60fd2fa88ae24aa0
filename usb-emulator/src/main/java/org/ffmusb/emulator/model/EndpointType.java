package org.ffmusb.emulator.model;

/** The transfer type of an endpoint, as in bits 1..0 of bmAttributes. */
public enum EndpointType {
    CONTROL,
    ISOCHRONOUS,
    BULK,
    INTERRUPT;

    /** The two bmAttributes bits of this type. */
    public int bits() {
        return ordinal();
    }

    /** The type encoded in bits 1..0 of an endpoint's bmAttributes. */
    public static EndpointType of(int bmAttributes) {
        return values()[bmAttributes & 3];
    }
}
