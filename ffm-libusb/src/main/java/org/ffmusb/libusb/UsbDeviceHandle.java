package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.libusb.ffi.libusb_inline;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.ffmusb.libusb.ffi.libusb_h.*;

/**
 * An open device ({@code libusb_device_handle}): configuration, interfaces, synchronous and asynchronous
 * transfers.
 *
 * <h2>Threads</h2>
 * Thread-safe. The synchronous methods (transfers, string and BOS descriptors, configuration changes,
 * reset) block until the device answers and throw {@link IllegalStateException} on the event thread; a
 * synchronous transfer is an asynchronous one the calling thread waits for, so its callback too runs on the
 * event thread, never on the caller's. Completions of the {@code submit*} futures run on the event thread.
 *
 * <h2>Closing</h2>
 * {@link #close()} rejects new submissions, cancels every transfer in flight on this handle (synchronous
 * ones included: they throw a {@link TransferException} with status CANCELLED), waits for their callbacks
 * and for running synchronous calls, frees {@link #devMemAlloc} memory, then calls {@code libusb_close}.
 * Called on the event thread (from a hotplug listener or a transfer callback), it does not wait: the handle
 * closes itself after the last callback, outside libusb's event handling.
 */
public final class UsbDeviceHandle implements AutoCloseable {
    private static final int OPEN = 0;
    private static final int CLOSING = 1;
    private static final int CLOSED = 2;

    private final UsbContext context;
    private final UsbDevice device;
    private final MemorySegment handle;
    private final Set<Transfer> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<MemorySegment> devMem = new ArrayList<>();
    private int state = OPEN;
    private int syncCalls;
    private int callbacksRunning;
    private boolean closeWhenIdle;
    private boolean finishing;

    UsbDeviceHandle(UsbContext context, UsbDevice device, MemorySegment handle) {
        this.context = context;
        this.device = device;
        this.handle = handle;
    }

    /** The device this handle is open on. */
    public UsbDevice device() {
        return device;
    }

    MemorySegment pointer() {
        return handle;
    }

    // ---- configuration and interfaces

    /** The active configuration value, 0 if unconfigured ({@code libusb_get_configuration}). */
    public int configuration() {
        enter("libusb_get_configuration", true);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_INT);
            UsbException.check(libusb_get_configuration(handle, out), "libusb_get_configuration");
            return out.get(JAVA_INT, 0);
        } finally {
            exit();
        }
    }

    /** Selects a configuration, -1 to unconfigure ({@code libusb_set_configuration}). */
    public void setConfiguration(int configuration) {
        call(() -> libusb_set_configuration(handle, configuration), "libusb_set_configuration(" + configuration + ")", true);
    }

    /** Claims an interface ({@code libusb_claim_interface}); BUSY means a kernel driver or program holds it. */
    public void claimInterface(int interfaceNumber) {
        call(() -> libusb_claim_interface(handle, interfaceNumber), "libusb_claim_interface(" + interfaceNumber + ")", false);
    }

    /** Releases a claimed interface ({@code libusb_release_interface}). */
    public void releaseInterface(int interfaceNumber) {
        call(() -> libusb_release_interface(handle, interfaceNumber), "libusb_release_interface(" + interfaceNumber + ")", true);
    }

    /** Selects an alternate setting of a claimed interface ({@code libusb_set_interface_alt_setting}). */
    public void setAltSetting(int interfaceNumber, int alternateSetting) {
        call(() -> libusb_set_interface_alt_setting(handle, interfaceNumber, alternateSetting),
                "libusb_set_interface_alt_setting(" + interfaceNumber + ", " + alternateSetting + ")", true);
    }

    /** Clears the halt (stall) of an endpoint ({@code libusb_clear_halt}). */
    public void clearHalt(int endpoint) {
        call(() -> libusb_clear_halt(handle, (byte) endpoint), String.format("libusb_clear_halt(0x%02x)", endpoint), true);
    }

    /** Resets the device ({@code libusb_reset_device}); NOT_FOUND means it re-enumerated: open it again. */
    public void reset() {
        call(() -> libusb_reset_device(handle), "libusb_reset_device", true);
    }

    /** Whether a kernel driver is bound to the interface ({@code libusb_kernel_driver_active}). */
    public boolean kernelDriverActive(int interfaceNumber) {
        return call(() -> libusb_kernel_driver_active(handle, interfaceNumber),
                "libusb_kernel_driver_active(" + interfaceNumber + ")", false) == 1;
    }

    /** Detaches the kernel driver of the interface ({@code libusb_detach_kernel_driver}). */
    public void detachKernelDriver(int interfaceNumber) {
        call(() -> libusb_detach_kernel_driver(handle, interfaceNumber),
                "libusb_detach_kernel_driver(" + interfaceNumber + ")", false);
    }

    /** Re-attaches the kernel driver of the interface ({@code libusb_attach_kernel_driver}). */
    public void attachKernelDriver(int interfaceNumber) {
        call(() -> libusb_attach_kernel_driver(handle, interfaceNumber),
                "libusb_attach_kernel_driver(" + interfaceNumber + ")", false);
    }

    /** Detach kernel drivers on claim and re-attach on release ({@code libusb_set_auto_detach_kernel_driver}). */
    public void setAutoDetachKernelDriver(boolean enable) {
        call(() -> libusb_set_auto_detach_kernel_driver(handle, enable ? 1 : 0), "libusb_set_auto_detach_kernel_driver", false);
    }

    /** Allocates USB 3 bulk streams on the endpoints ({@code libusb_alloc_streams}); returns how many were. */
    public int allocStreams(int numStreams, int... endpoints) {
        enter("libusb_alloc_streams", true);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment eps = endpointArray(arena, endpoints);
            return UsbException.check(libusb_alloc_streams(handle, numStreams, eps, endpoints.length), "libusb_alloc_streams");
        } finally {
            exit();
        }
    }

    /** Frees the bulk streams of the endpoints ({@code libusb_free_streams}). */
    public void freeStreams(int... endpoints) {
        enter("libusb_free_streams", true);
        try (Arena arena = Arena.ofConfined()) {
            UsbException.check(libusb_free_streams(handle, endpointArray(arena, endpoints), endpoints.length),
                    "libusb_free_streams");
        } finally {
            exit();
        }
    }

    private static MemorySegment endpointArray(Arena arena, int... endpoints) {
        MemorySegment eps = arena.allocate(Math.max(1, endpoints.length));
        for (int i = 0; i < endpoints.length; i++) {
            eps.set(JAVA_BYTE, i, (byte) endpoints[i]);
        }
        return eps;
    }

    /**
     * DMA-able memory mapped from the device node ({@code libusb_dev_mem_alloc}), usable as a zero-copy
     * transfer buffer; freed by {@link #devMemFree} or when the handle closes.
     *
     * @throws UsbException NOT_SUPPORTED where the kernel cannot map usbfs memory
     */
    public MemorySegment devMemAlloc(long length) {
        enter("libusb_dev_mem_alloc", false);
        try {
            MemorySegment p = libusb_dev_mem_alloc(handle, length);
            if (p.equals(MemorySegment.NULL)) {
                throw new UsbException(UsbError.NOT_SUPPORTED, "libusb_dev_mem_alloc(" + length + ") is not supported "
                        + "here (kernel before 4.6, or no usbfs mmap): use context.bufferPool() instead");
            }
            MemorySegment segment = p.reinterpret(length);
            synchronized (this) {
                devMem.add(segment);
            }
            return segment;
        } finally {
            exit();
        }
    }

    /** Frees memory from {@link #devMemAlloc}; no transfer may still use it. */
    public void devMemFree(MemorySegment segment) {
        synchronized (this) {
            if (!devMem.removeIf(s -> s.address() == segment.address())) {
                throw new IllegalArgumentException("not memory of devMemAlloc on this handle: " + segment);
            }
        }
        libusb_dev_mem_free(handle, segment, segment.byteSize());
    }

    // ---- descriptors (GET_DESCRIPTOR as our own control transfers: see "synchronous transfers")

    /**
     * A string descriptor as ASCII, non-ASCII characters as '?' (what {@code libusb_get_string_descriptor_ascii}
     * returns, in the device's first language); "" for index 0.
     */
    public String stringDescriptorAscii(int index) {
        if (index == 0) {
            return "";
        }
        byte[] d = descriptor(LIBUSB_DT_STRING(), index, firstLanguage(), 255);
        int length = checkedDescriptor(d, LIBUSB_DT_STRING(), "string descriptor " + index);
        var sb = new StringBuilder();
        for (int i = 2; i + 1 < length; i += 2) {
            sb.append((d[i] & 0x80) != 0 || d[i + 1] != 0 ? '?' : (char) d[i]);
        }
        return sb.toString();
    }

    /** The language IDs of string descriptor 0. */
    public List<Integer> languageIds() {
        byte[] d = descriptor(LIBUSB_DT_STRING(), 0, 0, 255);
        int length = checkedDescriptor(d, LIBUSB_DT_STRING(), "string descriptor 0 (languages)");
        List<Integer> ids = new ArrayList<>();
        for (int i = 2; i + 1 < length; i += 2) {
            ids.add((d[i] & 0xff) | (d[i + 1] & 0xff) << 8);
        }
        return List.copyOf(ids);
    }

    private int firstLanguage() {
        List<Integer> langs = languageIds();
        if (langs.isEmpty()) {
            throw new UsbException(UsbError.IO, device + " lists no language in string descriptor 0, so its strings "
                    + "cannot be read; ask for a language explicitly with stringDescriptor(index, 0x0409)");
        }
        return langs.getFirst();
    }

    /** A string descriptor in full Unicode, in the device's first language; "" for index 0. */
    public String stringDescriptor(int index) {
        return index == 0 ? "" : stringDescriptor(index, firstLanguage());
    }

    /** A string descriptor in a language, decoded from UTF-16LE. */
    public String stringDescriptor(int index, int langId) {
        byte[] d = descriptor(LIBUSB_DT_STRING(), index, langId, 255);
        int length = checkedDescriptor(d, LIBUSB_DT_STRING(), "string descriptor " + index);
        return new String(d, 2, (length - 2) & ~1, StandardCharsets.UTF_16LE);
    }

    /** bLength of a descriptor the device sent, checked against what arrived; IO if it is not one. */
    private int checkedDescriptor(byte[] d, int type, String what) {
        if (d.length < 2 || (d[1] & 0xff) != type || (d[0] & 0xff) < 2) {
            throw new UsbException(UsbError.IO, device + " sent a malformed " + what + ": "
                    + java.util.HexFormat.of().formatHex(d) + " (a device firmware bug)");
        }
        return Math.min(d[0] & 0xff, d.length);
    }

    /**
     * Any descriptor by a standard GET_DESCRIPTOR request to the device (strings with their language ID as
     * wIndex, other types with 0), at most {@code maxLength} bytes, 1 s timeout (as {@code libusb_get_descriptor}).
     */
    public byte[] descriptor(int type, int index, int langId, int maxLength) {
        byte[] b = new byte[maxLength];
        int n = controlTransfer(LIBUSB_ENDPOINT_IN(), LIBUSB_REQUEST_GET_DESCRIPTOR(), (type & 0xff) << 8 | (index & 0xff),
                type == LIBUSB_DT_STRING() ? langId : 0, MemorySegment.ofArray(b), 1000);
        return java.util.Arrays.copyOf(b, n);
    }

    /**
     * The BOS descriptor with its capabilities, parsed by libusb's capability parsers; empty if the device
     * has none (it stalls the request, as USB 2.0 devices before 2.01 do).
     */
    public Optional<BosDescriptor> bosDescriptor() {
        byte[] header;
        try {
            header = descriptor(LIBUSB_DT_BOS(), 0, 0, LIBUSB_DT_BOS_SIZE());
        } catch (UsbException e) {
            if (e.error() == UsbError.PIPE) {
                return Optional.empty();
            }
            throw e;
        }
        if (header.length < LIBUSB_DT_BOS_SIZE()) {
            throw new UsbException(UsbError.IO, device + " sent " + header.length + " bytes of BOS descriptor header");
        }
        int total = (header[2] & 0xff) | (header[3] & 0xff) << 8;
        return Optional.of(Descriptors.bos(context.pointer(), descriptor(LIBUSB_DT_BOS(), 0, 0, total), device.toString()));
    }

    // ---- synchronous transfers
    //
    // Each is an asynchronous transfer of ours that the calling thread waits for. libusb's own synchronous
    // functions handle events on the calling thread whenever the event thread is between two rounds, and
    // would then run other transfers' callbacks there: waiting instead keeps every callback on the event
    // thread, and lets close() cancel a synchronous transfer like any other.

    /**
     * A control transfer (as {@code libusb_control_transfer}); {@code data} is the data stage (its size is
     * wLength, at most 65535), read for IN requests (bit 7 of requestType), written for OUT; heap or native.
     *
     * @return the bytes transferred in the data stage
     * @throws TransferException if it did not complete: STALL (error PIPE: the device refused the request),
     *     TIMED_OUT, NO_DEVICE, ... with the partial result
     * @throws UsbException if libusb refuses to submit it
     * @throws IllegalStateException on the event thread, or once the handle is closed
     */
    public int controlTransfer(int requestType, int request, int value, int index, MemorySegment data, int timeoutMs) {
        if (data.byteSize() > 0xffff) {
            throw new IllegalArgumentException("a control transfer's data stage is at most 65535 bytes, not " + data.byteSize());
        }
        int wLength = (int) data.byteSize();
        String what = String.format(java.util.Locale.ROOT, "control transfer 0x%02x/0x%02x (wValue 0x%04x, wIndex 0x%04x) "
                + "on %s", requestType & 0xff, request & 0xff, value & 0xffff, index & 0xffff, device);
        enter(what, true);
        MemorySegment buffer = context.bufferPool().acquire(Transfer.CONTROL_SETUP_SIZE + wLength);
        try {
            libusb_inline.libusb_fill_control_setup(buffer, (byte) requestType, (byte) request, (short) value,
                    (short) index, (short) wLength);
            boolean in = (requestType & 0x80) != 0;
            if (!in && wLength > 0) {
                MemorySegment.copy(data, 0, buffer, Transfer.CONTROL_SETUP_SIZE, wLength);
            }
            Waiter w = Waiter.run(new Transfer(this, TransferType.CONTROL, 0, 0, buffer, false,
                    Transfer.CONTROL_SETUP_SIZE + wLength).timeout(timeoutMs));
            if (in) {
                MemorySegment.copy(buffer, Transfer.CONTROL_SETUP_SIZE, data, 0, w.actualLength);
            }
            return w.result(data, what);
        } finally {
            context.bufferPool().release(buffer);
            exit();
        }
    }

    /**
     * A bulk transfer (as {@code libusb_bulk_transfer}) of all of {@code data}, heap or native (native memory
     * is used in place).
     *
     * @return the bytes transferred
     * @throws TransferException if it did not complete (TIMED_OUT, STALL, OVERFLOW, NO_DEVICE, ...), with the
     *     bytes transferred before in {@link TransferException#result()}
     * @throws IllegalStateException on the event thread, or once the handle is closed
     */
    public int bulkTransfer(int endpoint, MemorySegment data, int timeoutMs) {
        return dataTransfer(endpoint, data, timeoutMs, TransferType.BULK);
    }

    /** An interrupt transfer (as {@code libusb_interrupt_transfer}); see {@link #bulkTransfer}. */
    public int interruptTransfer(int endpoint, MemorySegment data, int timeoutMs) {
        return dataTransfer(endpoint, data, timeoutMs, TransferType.INTERRUPT);
    }

    private int dataTransfer(int endpoint, MemorySegment data, int timeoutMs, TransferType type) {
        String what = String.format(java.util.Locale.ROOT, "%s %s transfer on endpoint 0x%02x of %s",
                type == TransferType.BULK ? "bulk" : "interrupt", (endpoint & 0x80) != 0 ? "IN" : "OUT", endpoint & 0xff,
                device);
        int length = checkedLength(data);
        enter(what, true);
        MemorySegment native_ = nativeCopy(data);
        try {
            Waiter w = Waiter.run(new Transfer(this, type, endpoint, 0, native_, false, length).timeout(timeoutMs));
            if ((endpoint & 0x80) != 0) {
                copyBack(native_, data, w.actualLength);
            }
            return w.result(data, what);
        } finally {
            releaseCopy(native_, data);
            exit();
        }
    }

    /** Heap segments cannot be handed to the kernel: stage them in a pooled buffer. */
    private MemorySegment nativeCopy(MemorySegment data) {
        if (data.isNative()) {
            return data;
        }
        MemorySegment copy = context.bufferPool().acquire(data.byteSize());
        MemorySegment.copy(data, 0, copy, 0, data.byteSize());
        return copy;
    }

    private static void copyBack(MemorySegment used, MemorySegment data, int n) {
        if (used != data) {
            MemorySegment.copy(used, 0, data, 0, n);
        }
    }

    private void releaseCopy(MemorySegment used, MemorySegment data) {
        if (used != data) {
            context.bufferPool().release(used);
        }
    }

    /** The callback a synchronous transfer's thread waits for; keeps the outcome for that thread. */
    private static final class Waiter implements TransferCallback {
        private TransferStatus status;
        private int actualLength;
        private boolean done;

        /** Submits {@code t}, waits for its callback (not interruptibly: the buffer is in use until then), frees it. */
        static Waiter run(Transfer t) {
            var w = new Waiter();
            try {
                t.submit(w);
                w.await();
            } finally {
                t.close();
            }
            return w;
        }

        @Override
        public synchronized void completed(Transfer t) {
            status = t.status();
            actualLength = t.actualLength();
            done = true;
            notifyAll();
        }

        private synchronized void await() {
            boolean interrupted = false;
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** The bytes transferred, or the TransferException of a transfer that did not complete. */
        int result(MemorySegment data, String what) {
            if (status != TransferStatus.COMPLETED) {
                throw new TransferException(status, new TransferResult(status, actualLength,
                        data.asSlice(0, actualLength), List.of()), what);
            }
            return actualLength;
        }
    }

    // ---- asynchronous transfers

    /**
     * A reusable transfer with a pooled buffer of {@code bufferSize} bytes (for CONTROL include the
     * {@link Transfer#CONTROL_SETUP_SIZE} setup bytes).
     */
    public Transfer newTransfer(TransferType type, int endpoint, int bufferSize) {
        MemorySegment buffer = context.bufferPool().acquire(bufferSize);
        try {
            return new Transfer(this, type, endpoint, 0, buffer, true, bufferSize);
        } catch (RuntimeException e) {
            context.bufferPool().release(buffer);
            throw e;
        }
    }

    /** A reusable transfer on the caller's native buffer (zero copy; keep it alive while in flight). */
    public Transfer newTransfer(TransferType type, int endpoint, MemorySegment buffer) {
        return new Transfer(this, type, endpoint, 0, buffer, false, checkedLength(buffer));
    }

    /** A reusable isochronous transfer of {@code packets} packets of {@code packetSize} bytes, pooled buffer. */
    public Transfer newIsoTransfer(int endpoint, int packets, int packetSize) {
        long size = (long) packets * packetSize;
        MemorySegment buffer = context.bufferPool().acquire(size);
        try {
            return new Transfer(this, TransferType.ISOCHRONOUS, endpoint, packets, buffer, true, (int) size)
                    .isoPacketLengths(packetSize);
        } catch (RuntimeException e) {
            context.bufferPool().release(buffer);
            throw e;
        }
    }

    /** A reusable isochronous transfer on the caller's buffer, split into {@code packets} equal packets. */
    public Transfer newIsoTransfer(int endpoint, int packets, MemorySegment buffer) {
        return new Transfer(this, TransferType.ISOCHRONOUS, endpoint, packets, buffer, false, checkedLength(buffer))
                .isoPacketLengths((int) (buffer.byteSize() / packets));
    }

    /**
     * A one-shot control transfer. {@code data} is the data stage (wLength = its size): copied in for OUT,
     * filled for IN (so it must be accessible from the event thread: heap, global, auto or shared memory).
     * The future completes with the result on the event thread, or fails with {@link TransferException}.
     */
    public CompletableFuture<TransferResult> submitControl(int requestType, int request, int value, int index,
            MemorySegment data, int timeoutMs) {
        if (!data.isAccessibleBy(context.eventThread())) {
            throw new IllegalArgumentException("the data of an async control transfer is copied on the event thread: "
                    + "pass heap, global, auto or shared memory, not a confined arena's");
        }
        int wLength = checkedLength(data);
        Transfer t = newTransfer(TransferType.CONTROL, 0, Transfer.CONTROL_SETUP_SIZE + wLength);
        t.setup(requestType, request, value, index, wLength).timeout(timeoutMs);
        boolean in = (requestType & 0x80) != 0;
        if (!in) {
            MemorySegment.copy(data, 0, t.buffer(), Transfer.CONTROL_SETUP_SIZE, wLength);
        }
        return oneShot(t, tr -> {
            int n = tr.actualLength();
            if (in) {
                MemorySegment.copy(tr.buffer(), Transfer.CONTROL_SETUP_SIZE, data, 0, n);
            }
            return new TransferResult(tr.status(), n, data.asSlice(0, n), List.of());
        });
    }

    /** A one-shot bulk transfer of all of the caller's native {@code data} (zero copy). */
    public CompletableFuture<TransferResult> submitBulk(int endpoint, MemorySegment data, int timeoutMs) {
        return oneShot(newTransfer(TransferType.BULK, endpoint, data).timeout(timeoutMs), Transfer::plainResult);
    }

    /** A one-shot bulk-stream transfer on {@code streamId} (zero copy). */
    public CompletableFuture<TransferResult> submitBulkStream(int endpoint, int streamId, MemorySegment data,
            int timeoutMs) {
        return oneShot(newTransfer(TransferType.BULK_STREAM, endpoint, data).streamId(streamId).timeout(timeoutMs),
                Transfer::plainResult);
    }

    /** A one-shot interrupt transfer of all of the caller's native {@code data} (zero copy). */
    public CompletableFuture<TransferResult> submitInterrupt(int endpoint, MemorySegment data, int timeoutMs) {
        return oneShot(newTransfer(TransferType.INTERRUPT, endpoint, data).timeout(timeoutMs), Transfer::plainResult);
    }

    /**
     * A one-shot isochronous transfer on the caller's native {@code data} (zero copy), one packet per entry
     * of {@code packetLengths}, laid out back to back. Per-packet outcomes are in the result; the future
     * completes normally even if some packets failed.
     */
    public CompletableFuture<TransferResult> submitIso(int endpoint, MemorySegment data, int[] packetLengths,
            int timeoutMs) {
        long total = 0;
        for (int len : packetLengths) {
            total += len;
        }
        if (packetLengths.length == 0 || total > data.byteSize()) {
            throw new IllegalArgumentException(packetLengths.length + " packets of " + total + " bytes do not fit "
                    + data.byteSize() + " bytes of data");
        }
        Transfer t = new Transfer(this, TransferType.ISOCHRONOUS, endpoint, packetLengths.length, data, false,
                (int) total);
        for (int i = 0; i < packetLengths.length; i++) {
            t.isoPacketLength(i, packetLengths[i]);
        }
        t.timeout(timeoutMs);
        return oneShot(t, tr -> new TransferResult(tr.status(), tr.actualLength(), tr.buffer().asSlice(0, tr.length()),
                tr.isoPacketResults()));
    }

    private CompletableFuture<TransferResult> oneShot(Transfer t, java.util.function.Function<Transfer, TransferResult> result) {
        var future = new CompletableFuture<TransferResult>();
        try {
            t.submit(tr -> {
                try {
                    TransferResult r = result.apply(tr);
                    if (r.status() == TransferStatus.COMPLETED) {
                        future.complete(r);
                    } else {
                        future.completeExceptionally(new TransferException(r.status(), r, tr.toString()));
                    }
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                } finally {
                    tr.close();
                }
            });
        } catch (UsbException e) {
            t.close();
            future.completeExceptionally(e);
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
        return future;
    }

    private static int checkedLength(MemorySegment data) {
        if (data.byteSize() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a transfer carries at most 2 GiB: " + data.byteSize() + " bytes");
        }
        return (int) data.byteSize();
    }

    // ---- transfer bookkeeping (called by Transfer)

    synchronized void beginSubmit(Transfer transfer) {
        if (state != OPEN) {
            throw new IllegalStateException("the handle of " + device + " is " + (state == CLOSING ? "closing" : "closed"));
        }
        inFlight.add(transfer);
    }

    /** libusb refused the submission: the transfer never was in flight. */
    void submitFailed(Transfer transfer) {
        synchronized (this) {
            inFlight.remove(transfer);
        }
        maybeFinishClose();
    }

    /**
     * The transfer completed and its callback is about to run: it no longer counts as in flight (so a
     * caller woken by the callback sees the count without it), but closing still waits for the callback.
     */
    synchronized void completing(Transfer transfer) {
        inFlight.remove(transfer);
        callbacksRunning++;
    }

    /** The callback of a completed transfer returned (having resubmitted it, perhaps). */
    void callbackReturned() {
        synchronized (this) {
            callbacksRunning--;
        }
        maybeFinishClose();
    }

    private void maybeFinishClose() {
        boolean finish = false;
        synchronized (this) {
            if (state == CLOSING && isIdle()) {
                notifyAll();
                finish = closeWhenIdle;
                closeWhenIdle = false;
            }
        }
        if (finish) {
            finishClose();
        }
    }

    /** No transfer in flight, no callback running, no synchronous call running. */
    private boolean isIdle() {
        return inFlight.isEmpty() && callbacksRunning == 0 && syncCalls == 0;
    }

    /** How many transfers of this handle are submitted and not completed yet. */
    public synchronized int transfersInFlight() {
        return inFlight.size();
    }

    // ---- synchronous-call bookkeeping: libusb_close must not run under a running call

    private interface NativeCall {
        int run();
    }

    private int call(NativeCall call, String what, boolean blocking) {
        enter(what, blocking);
        try {
            return UsbException.check(call.run(), what);
        } finally {
            exit();
        }
    }

    private void enter(String what, boolean blocking) {
        if (blocking) {
            context.checkNotEventThread(what);
        }
        synchronized (this) {
            if (state != OPEN) {
                throw new IllegalStateException("the handle of " + device + " is closed");
            }
            syncCalls++;
        }
    }

    private void exit() {
        synchronized (this) {
            syncCalls--;
            if (syncCalls == 0) {
                notifyAll();
            }
        }
        maybeFinishClose();
    }

    /** Whether {@link #close()} has been called. */
    public synchronized boolean isClosed() {
        return state != OPEN;
    }

    @Override
    public void close() {
        List<Transfer> pending;
        synchronized (this) {
            if (state != OPEN) {
                if (!context.isEventThread()) {
                    awaitState(CLOSED);
                }
                return;
            }
            state = CLOSING;
            pending = new ArrayList<>(inFlight);
        }
        pending.forEach(Transfer::cancel);
        if (context.isEventThread()) {
            boolean finish;
            synchronized (this) {
                finish = isIdle();
                closeWhenIdle = !finish;
            }
            if (finish) {
                finishClose();
            }
            return;
        }
        boolean interrupted = false;
        while (true) {
            synchronized (this) {
                if (isIdle()) {
                    break;
                }
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                pending = new ArrayList<>(inFlight);
            }
            // A transfer whose submission raced with close: cancel it again.
            pending.forEach(Transfer::cancel);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        finishClose();
    }

    /**
     * Frees dev-mem and calls {@code libusb_close}; deferred to after the current round of event handling when
     * called inside a transfer callback, where libusb holds the lock libusb_close takes.
     */
    private void finishClose() {
        if (context.eventLoop().inTransferCallback()) {
            context.eventLoop().execute(this::finishClose);
            return;
        }
        List<MemorySegment> mem;
        synchronized (this) {
            if (state == CLOSED || finishing) {
                return;
            }
            finishing = true;
            mem = new ArrayList<>(devMem);
            devMem.clear();
        }
        for (MemorySegment m : mem) {
            libusb_dev_mem_free(handle, m, m.byteSize());
        }
        libusb_close(handle);
        synchronized (this) {
            state = CLOSED;
            notifyAll();
        }
        context.forget(this);
    }

    private synchronized void awaitState(int wanted) {
        boolean interrupted = false;
        while (state != wanted) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "UsbDeviceHandle[" + device + "]";
    }
}
