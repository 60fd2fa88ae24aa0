package org.ffmusb.emulator.models.storage;

/**
 * Sense data of a failed SCSI command (SPC-4 §4.5): key, additional sense code and qualifier, as
 * REQUEST SENSE reports them in fixed format.
 */
record Sense(int key, int asc, int ascq) {
    static final Sense NONE = new Sense(0x00, 0x00, 0x00);
    static final Sense INVALID_OPCODE = new Sense(0x05, 0x20, 0x00);
    static final Sense LBA_OUT_OF_RANGE = new Sense(0x05, 0x21, 0x00);
    static final Sense INVALID_FIELD_IN_CDB = new Sense(0x05, 0x24, 0x00);
    static final Sense LUN_NOT_SUPPORTED = new Sense(0x05, 0x25, 0x00);
    static final Sense REMOVAL_PREVENTED = new Sense(0x05, 0x53, 0x02);
    static final Sense WRITE_PROTECTED = new Sense(0x07, 0x27, 0x00);
    static final Sense MEDIUM_NOT_PRESENT = new Sense(0x02, 0x3a, 0x00);

    /** The 18-byte fixed-format sense data (response code 0x70, current error). */
    byte[] fixedFormat() {
        byte[] b = new byte[18];
        b[0] = 0x70;
        b[2] = (byte) key;
        b[7] = 10;
        b[12] = (byte) asc;
        b[13] = (byte) ascq;
        return b;
    }
}
