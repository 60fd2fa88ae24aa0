package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.SetupPacket;

/**
 * The state behind a public {@code DirectTransfer}: what the host configured, how the last submission
 * ended, and the model-facing transfer ({@link DirectLink}) re-armed for each submission, so that a
 * transfer submitted again and again allocates nothing. Statuses are libusb's transfer status codes
 * ({@link #COMPLETED} .. {@link #OVERFLOW}), mapped from the errno values the shared transfer code
 * records, the way libusb maps usbfs's.
 *
 * <p>Not thread-safe: one owner configures and submits (its completion callback counts as the
 * owner); {@link #cancel} may come from any thread.
 */
public final class HostTransfer {
    public static final int COMPLETED = 0;
    public static final int ERROR = 1;
    public static final int TIMED_OUT = 2;
    public static final int CANCELLED = 3;
    public static final int STALL = 4;
    public static final int NO_DEVICE = 5;
    public static final int OVERFLOW = 6;
    /** {@link #submit}: accepted, the completion follows. */
    public static final int SUBMITTED = -1;

    /** Called once per accepted submission, on the thread that runs the device's completions. */
    @FunctionalInterface
    public interface Completion {
        void completed();
    }

    final DirectCore device;
    private final EndpointType type;
    private final Completion completion;
    private final int[] isoLengths;
    private int endpoint;
    private MemorySegment buffer = MemorySegment.NULL;
    private int length;
    private SetupPacket setup = new SetupPacket(0x80, SetupPacket.GET_STATUS, 0, 0, 0);
    private int streamId;
    private boolean shortNotOk;
    private boolean zeroPacket;
    private int timeoutMillis;
    private int isoPackets;

    private int status = COMPLETED;
    private int actualLength;
    private volatile boolean inFlight;
    private DirectLink link;
    /** The view of the buffer the model gets ({@code length} bytes), kept while buffer and length stay. */
    private MemorySegment view;
    private MemorySegment viewOf;

    public HostTransfer(DirectCore device, EndpointType type, int endpoint, int maxIsoPackets, Completion completion) {
        this.device = device;
        this.type = type;
        this.endpoint = endpoint;
        this.completion = completion;
        this.isoLengths = new int[maxIsoPackets];
        this.isoPackets = maxIsoPackets;
    }

    // ---- configuration (owner, not while in flight)

    public EndpointType type() {
        return type;
    }

    public int endpoint() {
        return type == EndpointType.CONTROL ? 0 : endpoint;
    }

    public void endpoint(int address) {
        this.endpoint = address;
    }

    public MemorySegment buffer() {
        return buffer;
    }

    public void buffer(MemorySegment buffer) {
        this.buffer = buffer;
        this.length = (int) Math.min(buffer.byteSize(), Integer.MAX_VALUE);
    }

    /** Bytes to move: wLength for control transfers, the packets' sum for isochronous ones. */
    public int length() {
        return switch (type) {
            case CONTROL -> setup.length();
            case ISOCHRONOUS -> (int) Math.min(isoPacketOffset(isoPackets), Integer.MAX_VALUE);
            default -> length;
        };
    }

    public void length(int length) {
        this.length = length;
    }

    public SetupPacket setup() {
        return setup;
    }

    /** A new request; the previous record is kept when nothing changed (a polled request allocates nothing). */
    public void setup(int requestType, int request, int value, int index, int wLength) {
        SetupPacket s = setup;
        if (s.requestType() != (requestType & 0xff) || s.request() != (request & 0xff) || s.value() != (value & 0xffff)
                || s.index() != (index & 0xffff) || s.length() != (wLength & 0xffff)) {
            setup = new SetupPacket(requestType, request, value, index, wLength);
        }
    }

    public int streamId() {
        return streamId;
    }

    public void streamId(int streamId) {
        this.streamId = streamId;
    }

    public boolean shortNotOk() {
        return shortNotOk;
    }

    public void shortNotOk(boolean on) {
        this.shortNotOk = on;
    }

    public boolean zeroPacket() {
        return zeroPacket;
    }

    public void zeroPacket(boolean on) {
        this.zeroPacket = on;
    }

    public int timeout() {
        return timeoutMillis;
    }

    public void timeout(int millis) {
        this.timeoutMillis = millis;
    }

    public int maxIsoPackets() {
        return isoLengths.length;
    }

    public int isoPacketCount() {
        return isoPackets;
    }

    public void isoPacketCount(int count) {
        this.isoPackets = count;
    }

    public int isoPacketLength(int i) {
        return isoLengths[i];
    }

    public void isoPacketLength(int i, int length) {
        isoLengths[i] = length;
    }

    /** Where packet {@code i} starts in the buffer: the sum of the lengths before it. */
    public long isoPacketOffset(int i) {
        long offset = 0;
        for (int p = 0; p < i; p++) {
            offset += Integer.toUnsignedLong(isoLengths[p]);
        }
        return offset;
    }

    public boolean isInFlight() {
        return inFlight;
    }

    // ---- results (owner, once completed)

    public int status() {
        return status;
    }

    public int actualLength() {
        return actualLength;
    }

    public int isoPacketActualLength(int i) {
        DirectLink l = link;
        return l == null ? 0 : l.core.isoActual(i);
    }

    public int isoPacketStatus(int i) {
        DirectLink l = link;
        return l == null ? COMPLETED : statusOf(l.core.isoStatus(i));
    }

    // ---- submission

    /**
     * Submits: {@link #SUBMITTED} when the transfer is in flight (its completion follows, maybe before
     * this returns), otherwise the status it was refused with at once, as usbfs refuses a URB:
     * NO_DEVICE once unplugged, ERROR for what Linux's SUBMITURB answers with EINVAL or ENOENT.
     *
     * @throws IllegalStateException if it is in flight
     * @throws IllegalArgumentException if the buffer is smaller than the length or the iso packets
     */
    public int submit() {
        if (inFlight) {
            throw new IllegalStateException("the transfer is in flight: submit it again from its callback, or after "
                    + "it completed");
        }
        MemorySegment data = modelBuffer();
        int refused = check();
        if (refused != SUBMITTED) {
            return refuse(refused);
        }
        DirectLink l = link;
        if (l == null || !l.core.isReusable()) {
            l = newLink(data);
        } else {
            arm(l, data);
        }
        inFlight = true; // before anyone can end it: the host hears of the end only after this
        int r = device.admit(l, type, endpoint(), streamId, timeoutMillis);
        if (r != SUBMITTED) {
            l.core.abandon();
            inFlight = false;
            return refuse(r);
        }
        device.post(l.toModel);
        device.runHere();
        return SUBMITTED;
    }

    /** Cancels the submission in flight; its completion follows with CANCELLED (unless it ended first). */
    public boolean cancel() {
        DirectLink l = link;
        return inFlight && l != null && device.cancel(l.core);
    }

    /** Checks what usbfs checks before it looks at the device: endpoint address, packets, sizes. */
    private int check() {
        if (type != EndpointType.CONTROL && ((endpoint & 0x70) != 0 || (endpoint & 0x0f) == 0)) {
            return ERROR; // not an endpoint address: EINVAL
        }
        if (Integer.toUnsignedLong(length()) >= Urbs.XFER_MAX) {
            return ERROR;
        }
        if (type == EndpointType.ISOCHRONOUS) {
            if (isoPackets < 1 || isoPackets > Urbs.ISO_PACKETS_MAX) {
                return ERROR;
            }
            for (int i = 0; i < isoPackets; i++) {
                if (isoLengths[i] < 0 || isoLengths[i] > Urbs.ISO_PACKET_MAX) {
                    return ERROR;
                }
            }
        }
        return SUBMITTED;
    }

    private int refuse(int refusal) {
        status = refusal;
        actualLength = 0;
        return refusal;
    }

    /** The buffer's first {@link #length()} bytes (or the iso packets' sum), as the model sees them. */
    private MemorySegment modelBuffer() {
        long n = length();
        if (type == EndpointType.ISOCHRONOUS) {
            length = (int) n;
        }
        if (n > buffer.byteSize()) {
            throw new IllegalArgumentException("the transfer needs " + n + " bytes but its buffer holds "
                    + buffer.byteSize());
        }
        if (n == buffer.byteSize()) {
            return buffer;
        }
        if (view == null || viewOf != buffer || view.byteSize() != n) {
            view = buffer.asSlice(0, n);
            viewOf = buffer;
        }
        return view;
    }

    private int flags() {
        return (shortNotOk ? Urbs.FLAG_SHORT_NOT_OK : 0) | (zeroPacket ? Urbs.FLAG_ZERO_PACKET : 0);
    }

    private DirectLink newLink(MemorySegment data) {
        DirectLink l = new DirectLink(this);
        l.core = type == EndpointType.CONTROL
                ? new ControlCore(device, setup, flags(), data, l)
                : new DataTransfer(device, endpoint, type, 0, 0, 0, MemorySegment.NULL, null, l);
        link = l;
        arm(l, data);
        return l;
    }

    private void arm(DirectLink l, MemorySegment data) {
        if (l.core instanceof ControlCore c) {
            c.rearm(setup, flags(), data);
        } else {
            l.core.rearm(endpoint, type, (endpoint & 0x80) != 0, length, streamId, flags(), data,
                    type == EndpointType.ISOCHRONOUS ? isoPackets : 0, isoLengths);
        }
    }

    /** From the shared transfer code, under the transfer's lock. */
    void record(int errno, int actual) {
        status = statusOf(errno);
        actualLength = actual;
    }

    /** From the dispatcher: the submission is over, the owner hears of it. */
    void delivered() {
        inFlight = false;
        completion.completed();
    }

    /** libusb's status for the result usbfs would report ({@code libusb/os/linux_usbfs.c}). */
    static int statusOf(int errno) {
        if (errno == 0) {
            return COMPLETED;
        }
        return switch (-errno) {
            case errno_h.EPIPE -> STALL;
            case errno_h.EOVERFLOW -> OVERFLOW;
            case errno_h.ENOENT, errno_h.ECONNRESET -> CANCELLED;
            case errno_h.ESHUTDOWN, errno_h.ENODEV -> NO_DEVICE;
            case errno_h.ETIMEDOUT -> TIMED_OUT;
            default -> ERROR; // EPROTO, EREMOTEIO (short with SHORT_NOT_OK), EXDEV (iso packet missed), ...
        };
    }

    @Override
    public String toString() {
        DirectLink l = link;
        return l == null ? type + " transfer (never submitted)" : l.toString();
    }
}
