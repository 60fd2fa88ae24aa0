package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ffmusb.emulator.ffi.UMockdevIoctlData;
import org.ffmusb.emulator.ffi.umockdev_h;

/**
 * One ioctl a client process is blocked in. It is completed exactly once (umockdev aborts the process
 * on a second completion), from any thread: {@code umockdev_ioctl_client_complete} is thread-safe and
 * writes the resolved memory back to the client before the client returns from ioctl().
 *
 * <p>Client memory is reached through {@link #resolve}: umockdev copies it into this process and
 * writes it back at completion. Resolving must happen on the I/O thread while the call is open.
 */
final class IoctlCall {
    final MemorySegment client;
    final int request;
    private final MemorySegment arg;
    private final AtomicBoolean completed = new AtomicBoolean();
    private final List<MemorySegment> refs = new ArrayList<>(2);

    IoctlCall(MemorySegment client) {
        this.client = client;
        this.request = (int) umockdev_h.umockdev_ioctl_client_get_request(client);
        this.arg = umockdev_h.umockdev_ioctl_client_get_arg(client);
    }

    /** The raw argument of ioctl(): a pointer value or an integer, as the client passed it. Read it
     *  before resolving the argument, which replaces the pointer with a local one. */
    long argValue() {
        return data(arg, 8).get(ValueLayout.JAVA_LONG_UNALIGNED, 0);
    }

    /** Client memory at the address the argument points to, {@code len} bytes; null if the pointer is NULL. */
    Resolved resolveArg(long len) {
        return resolve(arg, 0, len);
    }

    /** Client memory at the pointer stored at {@code offset} of {@code parent}; null if that pointer is NULL. */
    synchronized Resolved resolve(MemorySegment parentData, long offset, long len) {
        MemorySegment child = umockdev_h.umockdev_ioctl_data_resolve(parentData, offset, len, MemorySegment.NULL);
        if (child.equals(MemorySegment.NULL)) {
            return null;
        }
        refs.add(child);
        return new Resolved(child, data(child, len));
    }

    /**
     * Resolves the argument again with another length, for structs whose size is only known once their
     * head was read (an iso URB's packet descriptors). Resolving replaced the client's pointer in the
     * argument with a local one; umockdev's reload forgets the resolved children but leaves that, so
     * the client's pointer is put back first.
     */
    Resolved reresolveArg(Resolved first, long len) {
        long clientPointer = first.clientAddress();
        umockdev_h.umockdev_ioctl_data_reload(arg, MemorySegment.NULL);
        data(arg, 8).set(ValueLayout.JAVA_LONG_UNALIGNED, 0, clientPointer);
        return resolveArg(len);
    }

    /** Hands the reference to {@code r} over to the caller, who must unref it later. */
    synchronized MemorySegment keep(Resolved r) {
        refs.remove(r.handle());
        return r.handle();
    }

    /** ioctl() returns {@code result} with errno 0. */
    boolean succeed(long result) {
        return complete(result, 0);
    }

    /** ioctl() returns -1 with this errno. */
    boolean fail(int errno) {
        return complete(-1, errno);
    }

    boolean complete(long result, int errno) {
        if (!completed.compareAndSet(false, true)) {
            return false;
        }
        umockdev_h.umockdev_ioctl_client_complete(client, result, errno);
        return true;
    }

    boolean isCompleted() {
        return completed.get();
    }

    /** Drops the references this call still holds; the completed ioctl keeps what it needs itself. */
    synchronized void release() {
        for (MemorySegment r : refs) {
            umockdev_h.umockdev_ioctl_data_unref(r);
        }
        refs.clear();
    }

    static MemorySegment data(MemorySegment ioctlData, long len) {
        MemorySegment d = ioctlData.reinterpret(UMockdevIoctlData.sizeof());
        return UMockdevIoctlData.data(d).reinterpret(len);
    }

    /** Client memory copied into this process: the UMockdevIoctlData handle and its bytes. */
    record Resolved(MemorySegment handle, MemorySegment data) {
        long clientAddress() {
            return UMockdevIoctlData.client_addr(handle.reinterpret(UMockdevIoctlData.sizeof()));
        }
    }

    @Override
    public String toString() {
        return String.format("ioctl 0x%08x", request);
    }
}
