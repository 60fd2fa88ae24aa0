package org.ffmusb.usbredir.guest;

/**
 * The reply to a bulk transfer or an interrupt OUT transfer. The data of a bulk IN transfer is in the
 * buffer the request was given.
 *
 * @param status a {@link org.ffmusb.usbredir.proto.Status} code
 * @param length bytes moved: received into the buffer (IN), or taken by the device (OUT)
 */
public record TransferResult(int status, long length) implements GuestResult {}
