package org.ffmusb.udev;

/**
 * A libudev call failed, or libudev cannot be used at all. The message says what happened and what to do
 * about it; {@link #errno()} is the C error number when there is one (0 otherwise), for programs.
 */
public class UdevException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    /** An error with its C error number (0 when there is none). */
    public UdevException(String message, int errno) {
        super(message);
        this.errno = errno;
    }

    /** The C {@code errno} of the failed call, or 0. */
    public int errno() {
        return errno;
    }
}
