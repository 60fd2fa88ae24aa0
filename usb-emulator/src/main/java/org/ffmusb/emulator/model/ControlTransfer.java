package org.ffmusb.emulator.model;

/**
 * A control transfer on the default pipe: {@link #setup()} plus an optional data stage in
 * {@link #buffer()} ({@link #length()} = wLength). Standard requests never reach a model except
 * GET_DESCRIPTOR for types the emulator does not know (interface-recipient ones such as HID report
 * descriptors, or class descriptors) and SYNCH_FRAME.
 */
public interface ControlTransfer extends Transfer {
    SetupPacket setup();
}
