package org.ffmusb.emulator.direct;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.ffmusb.emulator.internal.DirectCore;
import org.ffmusb.emulator.internal.HostTransfer;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.SetupPacket;

/**
 * A reusable transfer to a {@link DirectDevice}: configure it, {@link #submit} it, read the result in
 * its callback, submit it again. The steady state of submit → callback → submit allocates nothing
 * (control transfers: as long as the request stays the same; transfers with a timeout: a timer task
 * each).
 *
 * <h2>Buffer (zero copy)</h2>
 * The buffer is the caller's segment, heap or native. The model reads OUT data from it and writes IN
 * data into it directly, while the transfer is in flight; the caller must neither touch nor free it
 * until the callback has run. A control transfer's buffer holds only the data stage (wLength bytes);
 * the setup packet is given with {@link #setup}. An isochronous transfer's packets lie back to back
 * from the start of the buffer.
 *
 * <h2>Threads</h2>
 * One owner configures, submits and reads results (the callback counts as the owner);
 * {@link #cancel} may be called from any thread. The callback runs exactly once per accepted
 * submission, on the device's worker thread, or with {@link DirectDevice.Dispatch#CALLER} on whichever
 * thread drives the device at that moment, possibly the submitting one before {@link #submit} returns
 * (see {@link DirectDevice}). It must not block. It may submit this or other transfers, cancel, and
 * call the device's operations; an exception it throws is logged and otherwise ignored.
 */
public final class DirectTransfer {

    /** How a submission ended: libusb's {@code enum libusb_transfer_status}, same names and order. */
    public enum Status {
        /** Done; fewer bytes than asked for may have moved (a short packet). Isochronous: see the packets. */
        COMPLETED,
        /** A wire error (usbfs EPROTO), a short IN transfer with {@link #shortNotOk}, an iso packet that
         *  missed its frame; at submit: a request usbfs refuses (EINVAL, ENOENT). */
        ERROR,
        /** The timeout passed before the device answered; the model's cancel hook ran. */
        TIMED_OUT,
        /** {@link #cancel()}, or the host's own reset, setting or stream change ended it; the model's
         *  cancel hook ran. */
        CANCELLED,
        /** The device refused: a control request it does not support, or a halted bulk/interrupt
         *  endpoint (it stays halted until {@link DirectDevice#clearHalt}). */
        STALL,
        /** The device was unplugged. */
        NO_DEVICE,
        /** The device sent more than asked for (babble, usbfs EOVERFLOW). */
        OVERFLOW;

        private static final Status[] BY_CODE = values();

        static Status of(int code) {
            return BY_CODE[code];
        }
    }

    /** Called once per accepted submission; see the class comment for the thread. */
    @FunctionalInterface
    public interface Callback {
        void completed(DirectTransfer transfer);
    }

    private final DirectDevice device;
    private final HostTransfer host;
    private Callback callback;

    DirectTransfer(DirectDevice device, DirectCore core, EndpointType type, int endpoint, int maxIsoPackets) {
        this.device = device;
        this.host = new HostTransfer(core, type, endpoint, maxIsoPackets, this::fire);
    }

    public DirectDevice device() {
        return device;
    }

    public EndpointType type() {
        return host.type();
    }

    /** The endpoint address (0 for control transfers). */
    public int endpoint() {
        return host.endpoint();
    }

    public MemorySegment buffer() {
        return host.buffer();
    }

    /** Bytes to transfer: wLength for control transfers, the packets' sum for isochronous ones. */
    public int length() {
        return host.length();
    }

    public int streamId() {
        return host.streamId();
    }

    public int timeout() {
        return host.timeout();
    }

    /** The setup packet of a control transfer. */
    public SetupPacket setup() {
        return host.setup();
    }

    public boolean isInFlight() {
        return host.isInFlight();
    }

    // ---- configuration (not while in flight)

    /** Moves the transfer to another endpoint of its type (bit 7 set for IN). */
    public DirectTransfer endpoint(int address) {
        checkIdle();
        if (host.type() == EndpointType.CONTROL) {
            throw new IllegalStateException("a control transfer always goes to endpoint 0");
        }
        host.endpoint(address);
        return this;
    }

    /**
     * The caller's memory for the data (see the class comment); the length becomes its size (bulk,
     * interrupt). Keep it alive until the transfer completed.
     */
    public DirectTransfer buffer(MemorySegment buffer) {
        checkIdle();
        host.buffer(Objects.requireNonNull(buffer, "buffer"));
        return this;
    }

    /** Bytes to transfer, at most the buffer's size (bulk and interrupt; control: wLength of {@link #setup}). */
    public DirectTransfer length(int length) {
        checkIdle();
        if (host.type() != EndpointType.BULK && host.type() != EndpointType.INTERRUPT) {
            throw new IllegalStateException("the length of a " + host.type() + " transfer comes from "
                    + (host.type() == EndpointType.CONTROL ? "wLength of its setup" : "its packets"));
        }
        if (length < 0 || length > host.buffer().byteSize()) {
            throw new IllegalArgumentException("length " + length + " outside the buffer of "
                    + host.buffer().byteSize() + " bytes");
        }
        host.length(length);
        return this;
    }

    /**
     * The request of a control transfer (USB 2.0 §9.3): the data stage is the first {@code wLength}
     * bytes of the buffer (IN: room for the answer; OUT: the data), which must hold that many.
     */
    public DirectTransfer setup(int requestType, int request, int value, int index, int wLength) {
        checkIdle();
        if (host.type() != EndpointType.CONTROL) {
            throw new IllegalStateException("setup is for control transfers");
        }
        if (wLength < 0 || wLength > 0xffff) {
            throw new IllegalArgumentException("wLength " + wLength + " outside 0..65535");
        }
        host.setup(requestType, request, value, index, wLength);
        return this;
    }

    /** The SuperSpeed bulk stream (1..n, see {@link DirectDevice#allocateStreams}); 0 for none. */
    public DirectTransfer streamId(int streamId) {
        checkIdle();
        if (host.type() != EndpointType.BULK && streamId != 0) {
            throw new IllegalStateException("only bulk transfers have streams");
        }
        host.streamId(streamId);
        return this;
    }

    /** IN: a short transfer ends with ERROR instead of COMPLETED (usbfs URB_SHORT_NOT_OK). */
    public DirectTransfer shortNotOk(boolean on) {
        checkIdle();
        host.shortNotOk(on);
        return this;
    }

    /** OUT: a transfer whose length is a multiple of the packet size ends with a zero-length packet
     *  (usbfs URB_ZERO_PACKET). */
    public DirectTransfer addZeroPacket(boolean on) {
        checkIdle();
        host.zeroPacket(on);
        return this;
    }

    /** Milliseconds after which a transfer still in flight ends with TIMED_OUT; 0 (the default) for never. */
    public DirectTransfer timeout(int millis) {
        checkIdle();
        if (millis < 0) {
            throw new IllegalArgumentException("timeout " + millis + " ms");
        }
        host.timeout(millis);
        return this;
    }

    /** Uses the first {@code count} packets (1..the maximum the transfer was created with). */
    public DirectTransfer isoPackets(int count) {
        checkIdle();
        checkIso();
        if (count < 1 || count > host.maxIsoPackets()) {
            throw new IllegalArgumentException("iso packets " + count + " outside 1.." + host.maxIsoPackets());
        }
        host.isoPacketCount(count);
        return this;
    }

    /** Sets the requested length of every packet in use. */
    public DirectTransfer isoPacketLengths(int length) {
        checkIdle();
        checkIso();
        checkPacketLength(length);
        for (int i = 0; i < host.isoPacketCount(); i++) {
            host.isoPacketLength(i, length);
        }
        return this;
    }

    /** Sets the requested length of packet {@code packet}. */
    public DirectTransfer isoPacketLength(int packet, int length) {
        checkIdle();
        checkPacket(packet);
        checkPacketLength(length);
        host.isoPacketLength(packet, length);
        return this;
    }

    // ---- submission

    /**
     * Submits the transfer; {@code callback} runs once when it ends, whatever the status (with
     * {@link DirectDevice.Dispatch#CALLER}, maybe before this returns).
     *
     * @return true if the transfer is in flight; false if it was refused at once, as usbfs refuses a
     *     URB, without a callback: {@link #status()} is then {@link Status#NO_DEVICE} (unplugged) or
     *     {@link Status#ERROR}: an endpoint that is not in the current settings (a missing one, or one
     *     of an alternate setting not selected; Linux: ENOENT), of another type (EINVAL; a bulk
     *     transfer to an interrupt endpoint is accepted as an interrupt transfer, as usbfs does), a
     *     stream the endpoint does not have, isochronous packets outside 1..128 or longer than 98 304
     *     bytes (EINVAL)
     * @throws IllegalStateException if the transfer is in flight
     * @throws IllegalArgumentException if the buffer is smaller than the length (or the packets' sum)
     */
    public boolean submit(Callback callback) {
        Objects.requireNonNull(callback, "callback");
        checkIdle();
        this.callback = callback;
        return host.submit() == HostTransfer.SUBMITTED;
    }

    /**
     * Cancels the submission in flight: the model's cancel hook runs, then the callback with
     * {@link Status#CANCELLED} (or the status it ended with first; with {@link DirectDevice.Dispatch#CALLER}
     * maybe before this returns).
     *
     * @return false if it was not in flight any more
     */
    public boolean cancel() {
        return host.cancel();
    }

    // ---- results of the last submission (from its callback on)

    public Status status() {
        return Status.of(host.status());
    }

    /** Bytes moved: IN, received into the buffer; OUT, accepted by the device. Control: of the data stage;
     *  isochronous: the packets' sum. */
    public int actualLength() {
        return host.actualLength();
    }

    /** The received or sent bytes: a slice of the buffer, {@link #actualLength()} long (allocates the slice). */
    public MemorySegment data() {
        return host.buffer().asSlice(0, host.actualLength());
    }

    public int isoPacketCount() {
        return host.type() == EndpointType.ISOCHRONOUS ? host.isoPacketCount() : 0;
    }

    /** The requested length of packet {@code packet}. */
    public int isoPacketLength(int packet) {
        checkPacket(packet);
        return host.isoPacketLength(packet);
    }

    /** Where packet {@code packet} starts in the buffer: the sum of the lengths before it. */
    public long isoPacketOffset(int packet) {
        checkPacket(packet);
        return host.isoPacketOffset(packet);
    }

    /** The bytes packet {@code packet} moved. */
    public int isoPacketActualLength(int packet) {
        checkPacket(packet);
        return host.isoPacketActualLength(packet);
    }

    /** How packet {@code packet} ended: an overall COMPLETED can hold failed packets (ERROR: missed its frame). */
    public Status isoPacketStatus(int packet) {
        checkPacket(packet);
        return Status.of(host.isoPacketStatus(packet));
    }

    private void fire() {
        callback.completed(this);
    }

    private void checkIdle() {
        if (host.isInFlight()) {
            throw new IllegalStateException("the transfer is in flight: change it from its callback, or after it "
                    + "completed");
        }
    }

    private void checkIso() {
        if (host.type() != EndpointType.ISOCHRONOUS) {
            throw new IllegalStateException("not an isochronous transfer");
        }
    }

    private static void checkPacketLength(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative iso packet length " + length);
        }
    }

    private void checkPacket(int packet) {
        checkIso();
        if (packet < 0 || packet >= host.isoPacketCount()) {
            throw new IndexOutOfBoundsException("iso packet " + packet + " of " + host.isoPacketCount());
        }
    }

    @Override
    public String toString() {
        return host.toString();
    }
}
