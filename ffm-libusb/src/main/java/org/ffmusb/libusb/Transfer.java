package org.ffmusb.libusb;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.libusb.ffi.libusb_inline;
import org.ffmusb.libusb.ffi.libusb_iso_packet_descriptor;
import org.ffmusb.libusb.ffi.libusb_transfer;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;
import static org.ffmusb.libusb.ffi.libusb_h.*;

/**
 * A reusable asynchronous transfer: one {@code struct libusb_transfer} (from {@code libusb_alloc_transfer})
 * and its buffer, submitted any number of times. Created by {@link UsbDeviceHandle#newTransfer} or
 * {@link UsbDeviceHandle#newIsoTransfer}; the steady state of submit → callback → resubmit allocates
 * nothing on the Java heap when completion is a {@link TransferCallback}.
 *
 * <h2>Threads and memory</h2>
 * The callback, and the completion of the future of {@link #submit()}, run on the context's event thread.
 * Configure the transfer and read its results only while it is not in flight (before submit, or from
 * its completion on). The buffer is either from the context's {@link BufferPool}, returned to the pool
 * when the transfer is closed, or a native segment of the caller's (zero copy), which the caller must
 * keep alive until the transfer completes. The struct and a pooled buffer are freed only after the
 * callback of the last submission has run: closing an in-flight transfer cancels it and frees it after
 * its callback, so the kernel never writes freed memory.
 */
public final class Transfer implements AutoCloseable {
    /** Bytes of the setup packet at the start of a control transfer's buffer. */
    public static final int CONTROL_SETUP_SIZE = (int) LIBUSB_CONTROL_SETUP_SIZE();

    private static final int IDLE = 0;
    private static final int IN_FLIGHT = 1;
    private static final int FREED = 2;

    private static final long USER_DATA = libusb_transfer.user_data$offset();
    private static final long ISO_DESC = libusb_transfer.iso_packet_desc$offset();
    private static final long ISO_SIZE = libusb_iso_packet_descriptor.sizeof();
    private static final long ISO_LENGTH = libusb_iso_packet_descriptor.length$offset();
    private static final long ISO_ACTUAL = libusb_iso_packet_descriptor.actual_length$offset();
    private static final long ISO_STATUS = libusb_iso_packet_descriptor.status$offset();

    private final UsbContext context;
    private final UsbDeviceHandle handle;
    private final MemorySegment struct;
    private final int maxIsoPackets;
    private final int slot;
    private final TransferType type;
    private MemorySegment buffer;
    private boolean pooled;
    private int endpoint;
    private int timeout;
    private int length;
    private int flags;
    private int streamId;
    private int isoPackets;
    private volatile int state;
    private boolean closeRequested;
    private TransferCallback callback;
    private CompletableFuture<Transfer> future;
    private TransferStatus status = TransferStatus.COMPLETED;
    private int actualLength;

    Transfer(UsbDeviceHandle handle, TransferType type, int endpoint, int isoPackets, MemorySegment buffer,
            boolean pooled, int length) {
        if (!buffer.isNative()) {
            throw new IllegalArgumentException("a transfer buffer must be native memory, because the kernel writes it:"
                    + " take one from context.bufferPool() or an Arena (heap segments cannot be passed)");
        }
        if (isoPackets < 0 || (type == TransferType.ISOCHRONOUS) != (isoPackets > 0)) {
            throw new IllegalArgumentException("isochronous transfers need packets (" + isoPackets + "), others none");
        }
        this.context = handle.device().context();
        this.handle = handle;
        this.type = type;
        this.endpoint = endpoint;
        this.maxIsoPackets = isoPackets;
        this.isoPackets = isoPackets;
        MemorySegment p = libusb_alloc_transfer(isoPackets);
        if (p.equals(MemorySegment.NULL)) {
            throw new UsbException(UsbError.NO_MEM, "libusb_alloc_transfer(" + isoPackets + ") returned NULL: out of memory");
        }
        this.struct = p.reinterpret(libusb_inline.transferSize(isoPackets));
        this.buffer = buffer;
        this.pooled = pooled;
        this.length = length;
        this.slot = Upcalls.TRANSFERS.add(this);
        try {
            context.track(this);
        } catch (RuntimeException e) {
            Upcalls.TRANSFERS.remove(slot);
            libusb_free_transfer(struct);
            throw e;
        }
    }

    /** The handle this transfer is submitted on. */
    public UsbDeviceHandle handle() {
        return handle;
    }

    /** The transfer type. */
    public TransferType type() {
        return type;
    }

    /** The endpoint address (0 for control). */
    public int endpoint() {
        return endpoint;
    }

    /**
     * The whole buffer (its capacity may exceed {@link #length()}).
     *
     * @throws IllegalStateException once the transfer is closed (a pooled buffer is back in the pool then)
     */
    public MemorySegment buffer() {
        checkNotFreed();
        return buffer;
    }

    /** Bytes to transfer (for control: setup packet included). */
    public int length() {
        return length;
    }

    /** How the last submission ended. */
    public TransferStatus status() {
        return status;
    }

    /**
     * Bytes transferred by the last submission: for control the data stage; for isochronous the sum of the
     * packets' actual lengths (libusb leaves its own field unset for iso, and the bytes lie at each packet's
     * offset, see {@link #isoPacketData}).
     */
    public int actualLength() {
        return actualLength;
    }

    /** Whether the transfer is submitted and its callback has not run yet. */
    public boolean isInFlight() {
        return state == IN_FLIGHT;
    }

    /**
     * The received or sent data of the last submission: a slice of the buffer, {@link #actualLength()} bytes
     * (control: after the setup packet). For isochronous transfers the whole {@link #length()} of the
     * buffer, each packet's bytes at its offset: use {@link #isoPacketData} for the packets.
     */
    public MemorySegment data() {
        checkNotFreed();
        return switch (type) {
            case CONTROL -> buffer.asSlice(CONTROL_SETUP_SIZE, actualLength);
            case ISOCHRONOUS -> buffer.asSlice(0, length);
            default -> buffer.asSlice(0, actualLength);
        };
    }

    // ---- configuration (not while in flight)

    /** Sets the endpoint address. */
    public Transfer endpoint(int endpoint) {
        checkIdle();
        this.endpoint = endpoint;
        return this;
    }

    /** Sets the timeout in milliseconds, 0 for none. */
    public Transfer timeout(int milliseconds) {
        checkIdle();
        this.timeout = milliseconds;
        return this;
    }

    /** Sets the number of bytes to transfer, at most the buffer's size. */
    public Transfer length(int length) {
        checkIdle();
        if (length < 0 || length > buffer.byteSize()) {
            throw new IllegalArgumentException("length " + length + " outside the buffer of " + buffer.byteSize() + " bytes");
        }
        this.length = length;
        return this;
    }

    /**
     * Uses the caller's native segment as the buffer from now on (zero copy), returning a pooled buffer to the
     * pool; the length becomes the segment's size. Keep the segment alive until the transfer completes.
     */
    public Transfer buffer(MemorySegment buffer) {
        checkIdle();
        if (!buffer.isNative() || buffer.byteSize() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a transfer buffer must be native memory of at most 2 GiB: " + buffer);
        }
        if (pooled) {
            context.bufferPool().release(this.buffer);
            pooled = false;
        }
        this.buffer = buffer;
        this.length = (int) buffer.byteSize();
        return this;
    }

    /** {@code LIBUSB_TRANSFER_SHORT_NOT_OK}: a short IN transfer completes with status ERROR. */
    public Transfer shortNotOk(boolean on) {
        return flag(LIBUSB_TRANSFER_SHORT_NOT_OK(), on);
    }

    /** {@code LIBUSB_TRANSFER_ADD_ZERO_PACKET}: end an OUT transfer of a multiple of the packet size with a ZLP. */
    public Transfer addZeroPacket(boolean on) {
        return flag(LIBUSB_TRANSFER_ADD_ZERO_PACKET(), on);
    }

    private Transfer flag(int flag, boolean on) {
        checkIdle();
        flags = on ? flags | flag : flags & ~flag;
        return this;
    }

    /** The stream of a {@link TransferType#BULK_STREAM} transfer. */
    public Transfer streamId(int streamId) {
        checkIdle();
        this.streamId = streamId;
        return this;
    }

    /**
     * Writes the setup packet of a control transfer at the start of the buffer (little-endian fields) and
     * sets the length to {@code 8 + wLength} ({@code libusb_fill_control_setup}).
     */
    public Transfer setup(int requestType, int request, int value, int index, int wLength) {
        checkIdle();
        if (type != TransferType.CONTROL || CONTROL_SETUP_SIZE + (long) wLength > buffer.byteSize()) {
            throw new IllegalArgumentException("setup needs a control transfer with " + (CONTROL_SETUP_SIZE + wLength)
                    + " bytes of buffer");
        }
        libusb_inline.libusb_fill_control_setup(buffer, (byte) requestType, (byte) request, (short) value,
                (short) index, (short) wLength);
        this.length = CONTROL_SETUP_SIZE + wLength;
        return this;
    }

    /** The data stage of a control transfer: the buffer after the setup packet, wLength bytes. */
    public MemorySegment controlData() {
        checkNotFreed();
        int wLength = Short.toUnsignedInt(buffer.get(JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN), 6));
        return buffer.asSlice(CONTROL_SETUP_SIZE, wLength);
    }

    /** Uses the first {@code count} iso packets (at most as many as the transfer was created with). */
    public Transfer isoPackets(int count) {
        checkIdle();
        if (count < 1 || count > maxIsoPackets) {
            throw new IllegalArgumentException("iso packets " + count + " outside 1.." + maxIsoPackets);
        }
        this.isoPackets = count;
        return this;
    }

    /** Sets every iso packet to {@code packetLength} bytes ({@code libusb_set_iso_packet_lengths}). */
    public Transfer isoPacketLengths(int packetLength) {
        checkIdle();
        for (int i = 0; i < isoPackets; i++) {
            struct.set(JAVA_INT, ISO_DESC + ISO_SIZE * i + ISO_LENGTH, packetLength);
        }
        return this;
    }

    /** Sets the length of iso packet {@code packet}. */
    public Transfer isoPacketLength(int packet, int packetLength) {
        checkIdle();
        struct.set(JAVA_INT, isoField(packet, ISO_LENGTH), packetLength);
        return this;
    }

    // ---- iso results

    /** How many iso packets the transfer uses. */
    public int isoPacketCount() {
        return isoPackets;
    }

    /** The requested length of iso packet {@code packet}. */
    public int isoPacketLength(int packet) {
        return struct.get(JAVA_INT, isoField(packet, ISO_LENGTH));
    }

    /** The bytes transferred in iso packet {@code packet}. */
    public int isoPacketActualLength(int packet) {
        return struct.get(JAVA_INT, isoField(packet, ISO_ACTUAL));
    }

    /** The status of iso packet {@code packet}: an overall COMPLETED can hide failed packets. */
    public TransferStatus isoPacketStatus(int packet) {
        return TransferStatus.of(struct.get(JAVA_INT, isoField(packet, ISO_STATUS)));
    }

    /** Where iso packet {@code packet} starts in the buffer: the sum of the earlier packets' lengths. */
    public long isoPacketOffset(int packet) {
        isoField(packet, 0);
        long offset = 0;
        for (int i = 0; i < packet; i++) {
            offset += Integer.toUnsignedLong(isoPacketLength(i));
        }
        return offset;
    }

    /** The data of iso packet {@code packet}: a slice of the buffer, {@code isoPacketActualLength} bytes. */
    public MemorySegment isoPacketData(int packet) {
        return buffer.asSlice(isoPacketOffset(packet), isoPacketActualLength(packet));
    }

    /** A snapshot of every iso packet's outcome. */
    public List<IsoPacketResult> isoPacketResults() {
        checkNotFreed();
        List<IsoPacketResult> list = new ArrayList<>(isoPackets);
        long offset = 0;
        for (int i = 0; i < isoPackets; i++) {
            int len = isoPacketLength(i);
            int actual = isoPacketActualLength(i);
            list.add(new IsoPacketResult(len, actual, isoPacketStatus(i), buffer.asSlice(offset, actual)));
            offset += Integer.toUnsignedLong(len);
        }
        return List.copyOf(list);
    }

    private int isoActualTotal() {
        int total = 0;
        for (int i = 0; i < isoPackets; i++) {
            total += struct.get(JAVA_INT, ISO_DESC + ISO_SIZE * i + ISO_ACTUAL);
        }
        return total;
    }

    private long isoField(int packet, long field) {
        checkNotFreed();
        if (packet < 0 || packet >= isoPackets) {
            throw new IndexOutOfBoundsException("iso packet " + packet + " of " + isoPackets);
        }
        return ISO_DESC + ISO_SIZE * packet + field;
    }

    // ---- submission

    /**
     * Submits the transfer; {@code callback} runs on the event thread when it completes, whatever its status.
     *
     * @throws IllegalStateException if the transfer is in flight or closed, or its handle closing
     * @throws UsbException if libusb refuses it (NO_DEVICE, INVALID_PARAM, BUSY, ...)
     */
    public void submit(TransferCallback callback) {
        java.util.Objects.requireNonNull(callback, "callback");
        submit(callback, null);
    }

    /**
     * Submits the transfer; the future completes on the event thread with this transfer when the status is
     * COMPLETED, and fails with a {@link TransferException} (no result: read it from the transfer) otherwise.
     */
    public CompletableFuture<Transfer> submit() {
        var f = new CompletableFuture<Transfer>();
        submit(null, f);
        return f;
    }

    private void submit(TransferCallback callback, CompletableFuture<Transfer> future) {
        synchronized (this) {
            if (state == IN_FLIGHT) {
                throw new IllegalStateException("the transfer is in flight: resubmit it from its callback");
            }
            if (state == FREED || closeRequested) {
                throw new IllegalStateException("the transfer is closed");
            }
            state = IN_FLIGHT;
            this.callback = callback;
            this.future = future;
        }
        try {
            handle.beginSubmit(this);
        } catch (RuntimeException e) {
            synchronized (this) {
                state = IDLE;
            }
            throw e;
        }
        fill();
        int r = libusb_submit_transfer(struct);
        if (r >= 0) {
            synchronized (this) {
                // A close of this transfer or of its handle that ran between beginSubmit and here cancelled
                // nothing (libusb did not have it yet): cancel now. Under the lock, so that the struct cannot
                // be freed meanwhile; if it already completed, state is no longer IN_FLIGHT.
                if (state == IN_FLIGHT && (closeRequested || handle.isClosed())) {
                    libusb_cancel_transfer(struct);
                }
            }
            return;
        }
        boolean freeNow;
        synchronized (this) {
            state = IDLE;
            freeNow = closeRequested;
        }
        handle.submitFailed(this);
        if (freeNow) {
            free();
        }
        throw UsbException.of(r, "libusb_submit_transfer(" + this + ")");
    }

    private void fill() {
        libusb_transfer.dev_handle(struct, handle.pointer());
        libusb_transfer.flags(struct, (byte) flags);
        libusb_transfer.endpoint(struct, (byte) endpoint);
        libusb_transfer.type(struct, (byte) type.code());
        libusb_transfer.timeout(struct, timeout);
        libusb_transfer.length(struct, length);
        libusb_transfer.callback(struct, Upcalls.TRANSFER_CALLBACK);
        struct.set(JAVA_LONG, USER_DATA, slot); // user_data: the slot as the pointer's value, no segment boxed
        libusb_transfer.buffer(struct, buffer);
        libusb_transfer.num_iso_packets(struct, type == TransferType.ISOCHRONOUS ? isoPackets : 0);
        if (type == TransferType.BULK_STREAM) {
            libusb_transfer_set_stream_id(struct, streamId);
        }
    }

    /**
     * Asks libusb to cancel the transfer ({@code libusb_cancel_transfer}); the callback follows with
     * CANCELLED (or another status if it completed first). Some data may already have been transferred.
     *
     * @return false if the transfer was not in flight
     */
    public synchronized boolean cancel() {
        return state == IN_FLIGHT && libusb_cancel_transfer(struct) == 0;
    }

    /**
     * From the upcall, on the event thread, inside libusb's event handling: marked as such for the whole
     * call, so that what must not run under libusb's locks (closing the handle) is deferred.
     */
    void completed() {
        EventLoop loop = context.eventLoop();
        loop.enterTransferCallback();
        try {
            TransferCallback cb;
            CompletableFuture<Transfer> f;
            synchronized (this) {
                status = TransferStatus.of(libusb_transfer.status(struct));
                actualLength = type == TransferType.ISOCHRONOUS ? isoActualTotal() : libusb_transfer.actual_length(struct);
                cb = callback;
                f = future;
                future = null;
                state = IDLE;
            }
            handle.completing(this);
            try {
                if (cb != null) {
                    cb.completed(this);
                } else if (f != null) {
                    if (status == TransferStatus.COMPLETED) {
                        f.complete(this);
                    } else {
                        f.completeExceptionally(new TransferException(status, null, toString()));
                    }
                }
            } catch (Throwable e) {
                Upcalls.report("transfer callback of " + this, e);
            }
            handle.callbackReturned();
            boolean freeNow;
            synchronized (this) {
                freeNow = closeRequested && state == IDLE;
            }
            if (freeNow) {
                free();
            }
        } finally {
            loop.exitTransferCallback();
        }
    }

    /**
     * Frees the transfer and returns a pooled buffer. If it is in flight it is cancelled and freed after its
     * callback. Idempotent; allowed in the callback.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (state == FREED) {
                return;
            }
            if (state == IN_FLIGHT) {
                closeRequested = true;
                libusb_cancel_transfer(struct);
                return;
            }
        }
        free();
    }

    private void free() {
        synchronized (this) {
            if (state != IDLE) {
                return;
            }
            state = FREED;
            libusb_free_transfer(struct);
        }
        Upcalls.TRANSFERS.remove(slot);
        if (pooled) {
            context.bufferPool().release(buffer);
        }
        context.forget(this);
    }

    /** The outcome of a bulk, interrupt or bulk-stream submission as a record. */
    static TransferResult plainResult(Transfer t) {
        return new TransferResult(t.status(), t.actualLength(), t.buffer().asSlice(0, t.actualLength()), List.of());
    }

    /** The struct (and its iso packet descriptors) is freed memory after close: never read it then. */
    private void checkNotFreed() {
        if (state == FREED) {
            throw new IllegalStateException("the transfer is closed: its struct and pooled buffer were freed; read "
                    + "results in the callback or before close");
        }
    }

    private void checkIdle() {
        int s = state;
        if (s != IDLE) {
            throw new IllegalStateException(s == FREED ? "the transfer is closed"
                    : "the transfer is in flight: change it from its callback, or after it completed");
        }
    }

    @Override
    public String toString() {
        String ep = type == TransferType.CONTROL ? "" : String.format(Locale.ROOT, " %s 0x%02x",
                (endpoint & 0x80) != 0 ? "IN" : "OUT", endpoint);
        return type.name().toLowerCase(Locale.ROOT) + ep + " of " + length + " bytes on " + handle.device();
    }

}
