package org.ffmusb.usbredir.guest;

import org.ffmusb.usbredir.proto.Status;

/**
 * What a request to the host came back with. Every result carries the usbredir status of the reply
 * ({@link Status}: success, cancelled, inval, ioerror, stall, timeout, babble; other values are errors
 * too); a request whose device went away, or whose connection was lost, completes with
 * {@link Status#IOERROR} as the host would have answered it.
 */
public sealed interface GuestResult
        permits ControlResult, TransferResult, ConfigurationResult, AltSettingResult, StreamStatus, BulkStreamsResult {
    /** A {@link Status} code. */
    int status();

    default boolean isSuccess() {
        return status() == Status.SUCCESS;
    }

    /** The C name of the status without {@code usb_redir_}, e.g. {@code stall}. */
    default String statusName() {
        return Status.name(status());
    }
}
