package org.ffmusb.emulator.models.storage;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * What a SCSI command wants from the transport once decoded: the direction and length of its data
 * phase, how to move the data, and its status (GOOD, or CHECK CONDITION with sense data already set).
 * The data moves only during the data phase, so a command the transport rejects (a BOT phase error)
 * never touches the medium.
 *
 * @param direction the device's data direction
 * @param length the bytes the device wants to move
 * @param data moves bytes between the device and a transfer buffer
 * @param good false for CHECK CONDITION
 */
record ScsiCommand(Direction direction, long length, Data data, boolean good) {
    enum Direction { NONE, IN, OUT }

    /** IN: copies {@code n} bytes from device offset {@code offset} into {@code buffer}; OUT: the reverse. */
    @FunctionalInterface
    interface Data {
        void move(long offset, MemorySegment buffer, long bufferOffset, int n);
    }

    private static final ScsiCommand GOOD = new ScsiCommand(Direction.NONE, 0, null, true);
    private static final ScsiCommand CHECK_CONDITION = new ScsiCommand(Direction.NONE, 0, null, false);

    static ScsiCommand noData(boolean good) {
        return good ? GOOD : CHECK_CONDITION;
    }

    /** A response of which at most {@code allocationLength} bytes are returned (SPC-4 §4.2.5.6). */
    static ScsiCommand response(byte[] response, long allocationLength) {
        int n = (int) Math.min(response.length, allocationLength);
        return new ScsiCommand(Direction.IN, n,
                (offset, buffer, at, count) -> MemorySegment.copy(response, (int) offset, buffer, ValueLayout.JAVA_BYTE,
                        at, count), true);
    }
}
