package org.ffmusb.usbredir.host;

import java.lang.foreign.MemorySegment;
import org.ffmusb.libusb.BufferPool;
import org.ffmusb.libusb.Transfer;
import org.ffmusb.libusb.TransferCallback;
import org.ffmusb.libusb.TransferType;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.ffmusb.libusb.UsbException;
import org.ffmusb.usbredir.proto.EndpointType;

/**
 * A {@link BackendTransfer} on an ffm-libusb {@link Transfer}, with a buffer from the context's pool
 * that is given back only once libusb no longer owns the transfer. A bulk transfer gets a second
 * libusb transfer of type BULK_STREAM on the same buffer the first time a stream id is used.
 * Completions run on the libusb event thread.
 */
final class LibUsbTransfer implements BackendTransfer {
    private final UsbDeviceHandle handle;
    private final BufferPool pool;
    private int endpoint;
    private final Transfer transfer;
    private final TransferCallback callback = this::onComplete;
    private Transfer streamTransfer;
    private MemorySegment buffer;
    private Completion completion;
    private BackendResult result = BackendResult.OK;
    private int actualLength;
    private boolean inFlight;
    private boolean closing;

    LibUsbTransfer(UsbDeviceHandle handle, int endpointType, int endpoint, int isoPackets, int capacity) {
        this.handle = handle;
        this.pool = handle.device().context().bufferPool();
        this.endpoint = endpoint;
        this.buffer = pool.acquire(Math.max(capacity, 8));
        try {
            this.transfer = switch (endpointType) {
                case EndpointType.CONTROL -> handle.newTransfer(TransferType.CONTROL, endpoint, buffer);
                case EndpointType.ISO -> handle.newIsoTransfer(endpoint, isoPackets, buffer);
                case EndpointType.BULK -> handle.newTransfer(TransferType.BULK, endpoint, buffer);
                case EndpointType.INTERRUPT -> handle.newTransfer(TransferType.INTERRUPT, endpoint, buffer);
                default -> throw new IllegalArgumentException("endpoint type " + endpointType);
            };
        } catch (RuntimeException e) {
            pool.release(buffer);
            throw e;
        }
    }

    @Override
    public void setEndpoint(int endpoint) {
        transfer.endpoint(endpoint);
        if (streamTransfer != null) {
            streamTransfer.endpoint(endpoint);
        }
        this.endpoint = endpoint;
    }

    @Override
    public MemorySegment buffer() {
        return buffer;
    }

    @Override
    public synchronized void ensureCapacity(long bytes) {
        if (buffer.byteSize() >= bytes) {
            return;
        }
        MemorySegment bigger = pool.acquire(bytes);
        transfer.buffer(bigger);
        if (streamTransfer != null) {
            streamTransfer.buffer(bigger);
        }
        pool.release(buffer);
        buffer = bigger;
    }

    @Override
    public BackendResult submit(int length, int timeoutMs, int streamId, Completion completion) {
        Transfer t;
        synchronized (this) {
            if (closing) {
                return BackendResult.CANCELLED;
            }
            t = streamId != 0 ? streamTransfer() : transfer;
            this.completion = completion;
            inFlight = true;
        }
        try {
            t.length(length).timeout(timeoutMs);
            if (streamId != 0) {
                t.streamId(streamId);
            }
            t.submit(callback);
            return BackendResult.OK;
        } catch (UsbException e) {
            markIdle();
            return LibUsbBackend.result(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            markIdle();
            return BackendResult.INVALID_PARAM;
        }
    }

    private Transfer streamTransfer() {
        if (streamTransfer == null) {
            streamTransfer = handle.newTransfer(TransferType.BULK_STREAM, endpoint, buffer);
        }
        return streamTransfer;
    }

    private synchronized void markIdle() {
        inFlight = false;
        freeIfClosing();
    }

    /** On the libusb event thread. The completion may submit again. */
    private void onComplete(Transfer t) {
        result = LibUsbBackend.result(t.status());
        actualLength = t.actualLength();
        Completion c;
        synchronized (this) {
            inFlight = false;
            c = completion;
        }
        try {
            c.completed(this);
        } finally {
            synchronized (this) {
                freeIfClosing();
            }
        }
    }

    private void freeIfClosing() {
        if (closing && !inFlight) {
            free();
        }
    }

    @Override
    public synchronized boolean cancel() {
        return inFlight && (transfer.cancel() || (streamTransfer != null && streamTransfer.cancel()));
    }

    @Override
    public BackendResult result() {
        return result;
    }

    @Override
    public int actualLength() {
        return actualLength;
    }

    @Override
    public int isoPacketCount() {
        return transfer.isoPacketCount();
    }

    @Override
    public void setIsoPacketLength(int packet, int length) {
        transfer.isoPacketLength(packet, length);
    }

    @Override
    public int isoPacketLength(int packet) {
        return transfer.isoPacketLength(packet);
    }

    @Override
    public int isoPacketActualLength(int packet) {
        return transfer.isoPacketActualLength(packet);
    }

    @Override
    public BackendResult isoPacketResult(int packet) {
        return LibUsbBackend.result(transfer.isoPacketStatus(packet));
    }

    @Override
    public long isoPacketOffset(int packet) {
        return transfer.isoPacketOffset(packet);
    }

    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        if (inFlight) {
            transfer.cancel();
            if (streamTransfer != null) {
                streamTransfer.cancel();
            }
        } else {
            free();
        }
    }

    /** Once libusb no longer owns the transfer: frees the structs, then gives the buffer back. */
    private void free() {
        if (buffer == null) {
            return;
        }
        transfer.close();
        if (streamTransfer != null) {
            streamTransfer.close();
        }
        pool.release(buffer);
        buffer = null;
    }
}
