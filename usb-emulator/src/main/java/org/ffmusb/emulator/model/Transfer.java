package org.ffmusb.emulator.model;

import java.lang.foreign.MemorySegment;

/**
 * One transfer the host submitted to an endpoint of a device model: a usbfs URB or a synchronous
 * USBDEVFS_BULK/CONTROL. The model completes it exactly once, at once or later, from any thread;
 * until then the host sees it pending (a device NAKing, say an interrupt IN waiting for a key press).
 * A transfer can also end without the model: the host cancels it, closes the device, or the device
 * is unplugged; {@link #onCancel} hears about it and every later completion returns false.
 *
 * <h2>Buffer and threads</h2>
 * {@link #buffer()} is the transfer's memory itself (IN: space for the data to return; OUT: the data
 * the host sent), {@link #length()} bytes. It may be used while the transfer is pending, inside a
 * {@link DeviceModel} callback (on the thread that runs it), or on any thread inside {@link #access}.
 * It must not be kept: the memory goes back to the host once the transfer ended. From other threads,
 * complete with {@link #complete(MemorySegment)} or do the work inside {@link #access}.
 *
 * <h2>After the end</h2>
 * A transfer the model completed (any of the completing methods) belongs to the host again: the host
 * may reuse the same object for its next submission at once (the direct host does, to allocate
 * nothing), so a model must not touch a transfer after completing it. A transfer that ended any other
 * way (cancelled, timed out, unplugged, stalled by {@link DeviceContext#halt}) is never reused: a model
 * still holding one sees {@link #isPending()} false, and its completions return false.
 *
 * <p>The emulator implements this interface; models only use it.
 */
public interface Transfer {

    /** bEndpointAddress (bit 7 = IN); 0x00 or 0x80 for the default control pipe. */
    int endpoint();

    EndpointType type();

    /** True when data goes device-to-host. */
    boolean isIn();

    /** The number of bytes the host asked for (IN) or sent (OUT); for isochronous URBs the sum of packets. */
    int length();

    /** The bulk stream (SuperSpeed bulk streams), 0 otherwise. */
    int streamId();

    /** OUT only: the host ends the transfer with a zero-length packet when its length is a multiple of
     *  the packet size (usbfs URB_ZERO_PACKET). */
    boolean zeroPacket();

    /** IN only: the host treats a short transfer as an error (usbfs URB_SHORT_NOT_OK). */
    boolean shortNotOk();

    /** See the class comment for when this may be used. */
    MemorySegment buffer();

    /** Runs {@code action} with the buffer if the transfer is still pending, on the calling thread,
     *  excluding cancellation meanwhile; returns false (without running it) if it is not pending. */
    boolean access(BufferAction action);

    /** Completes successfully: IN, {@code actualLength} bytes of {@link #buffer()} were sent;
     *  OUT, that many bytes were accepted. Returns false if the transfer was no longer pending. */
    boolean complete(int actualLength);

    /** IN: copies {@code data} into the buffer and completes; more data than {@link #length()} is
     *  babble, as on the wire. Usable from any thread. */
    boolean complete(MemorySegment data);

    /** Completes with STALL. */
    boolean stall();

    /** Completes with a wire error; {@code actualLength} bytes had been transferred before it. */
    boolean fail(TransferError error, int actualLength);

    /** True until the transfer completes or is cancelled. */
    boolean isPending();

    /** Runs {@code hook} if the host cancels the transfer (or the device goes away) while pending; runs
     *  at once if it already was cancelled. The hook runs on the cancelling thread. */
    void onCancel(Runnable hook);

    /** Number of isochronous packets, 0 for other transfers. */
    int isoPacketCount();

    /** The length the host asked for in packet {@code i}. */
    int isoPacketLength(int i);

    /** Where packet {@code i} starts in {@link #buffer()}: the sum of the lengths before it. */
    int isoPacketOffset(int i);

    /** Records the result of packet {@code i} ({@code error} null for success). Call before completing. */
    void isoPacket(int i, int actualLength, TransferError error);

    /** Completes an isochronous transfer with the packet results recorded so far; the URB's
     *  actual_length is their sum. */
    boolean completeIso();

    /** Work on the buffer of a pending transfer. */
    @FunctionalInterface
    interface BufferAction {
        void run(MemorySegment buffer);
    }
}
