package org.ffmusb.usbredir.guest;

/**
 * The reply to a control transfer.
 *
 * @param status a {@link org.ffmusb.usbredir.proto.Status} code
 * @param length bytes moved in the data stage: for IN the length of {@code data}, for OUT what the
 *               device accepted
 * @param data   what the device sent (IN), empty for OUT; owned by the caller
 */
public record ControlResult(int status, int length, byte[] data) implements GuestResult {}
