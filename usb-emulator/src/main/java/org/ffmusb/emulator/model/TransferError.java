package org.ffmusb.emulator.model;

/**
 * How a transfer can end badly on the wire, as the host controller reports it. The host side sees
 * the matching usbfs status (in parentheses).
 */
public enum TransferError {
    /** The device answered STALL (-EPIPE). On a bulk or interrupt endpoint the endpoint stays halted
     *  until the host clears it. */
    STALL,
    /** The device sent more than the host asked for (-EOVERFLOW). */
    BABBLE,
    /** No valid handshake: timeout, bad PID, CRC error (-EPROTO). */
    TRANSACTION_ERROR,
    /** An isochronous packet that missed its (micro)frame (-EXDEV); only for iso packets. */
    MISSED
}
