package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevfs_iso_packet_desc;
import org.ffmusb.emulator.ffi.usbdevfs_urb;
import org.ffmusb.emulator.ffi.usbdevice_fs_h;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.SetupPacket;

/**
 * USBDEVFS_SUBMITURB, validated in the order Linux's proc_do_submiturb checks (flags, length, buffer,
 * endpoint, claim, type, packets, memory), so bad URBs get the same errno as from the kernel. A valid
 * URB is acknowledged first and handed to the device afterwards: umockdev writes the client's memory
 * back when an ioctl completes, and the URB's results belong to the later REAPURB, not to this call.
 */
final class SubmitUrb {
    private SubmitUrb() {}

    /** Per-URB bookkeeping counted against the usbfs memory limit besides the buffer. */
    private static final long OVERHEAD = 512;

    static void handle(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved urb = call.resolveArg(usbdevfs_urb.sizeof());
        if (urb == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        MemorySegment f = urb.data();
        int type = usbdevfs_urb.type(f) & 0xff;
        int ep = usbdevfs_urb.endpoint(f) & 0xff;
        int flags = usbdevfs_urb.flags(f);
        long length = Integer.toUnsignedLong(usbdevfs_urb.buffer_length(f));
        boolean nullBuffer = usbdevfs_urb.buffer(f).equals(MemorySegment.NULL);
        int allowed = Urbs.FLAGS_ALLOWED | (type == usbdevice_fs_h.USBDEVFS_URB_TYPE_ISO ? Urbs.FLAG_ISO_ASAP : 0);
        if ((flags & ~allowed) != 0 || length >= Urbs.XFER_MAX || (length > 0 && nullBuffer)) {
            call.fail(errno_h.EINVAL);
            return;
        }
        int ifnum = -1;
        Endpoint endpoint;
        dev.lock.lock();
        try {
            if (!(type == usbdevice_fs_h.USBDEVFS_URB_TYPE_CONTROL && (ep & 0x7f) == 0)) {
                ifnum = dev.state.interfaceOfEndpoint(ep);
                int r = ifnum < 0 ? ifnum : Claims.check(dev, s, ifnum);
                if (r < 0) {
                    call.fail(-r);
                    return;
                }
            }
            endpoint = (ep & 0x7f) == 0 ? null : dev.state.currentEndpoint(ep);
            if ((ep & 0x7f) != 0 && endpoint == null) {
                call.fail(errno_h.ENOENT);
                return;
            }
        } finally {
            dev.lock.unlock();
        }
        EndpointType epType = endpoint == null ? EndpointType.CONTROL : endpoint.type();
        EndpointType urbType = Urbs.typeOf(type);
        if (urbType == EndpointType.BULK && epType == EndpointType.INTERRUPT) {
            urbType = EndpointType.INTERRUPT; // "allow single-shot interrupt transfers"
        }
        if (urbType == null || urbType != epType) {
            call.fail(errno_h.EINVAL);
            return;
        }
        switch (urbType) {
            case CONTROL -> control(dev, s, call, urb, flags, length);
            case ISOCHRONOUS -> iso(dev, s, call, ep, ifnum, flags);
            default -> data(dev, s, call, urb, urbType, ep, ifnum, flags, (int) length);
        }
    }

    private static void control(EmulatedDevice dev, ClientSession s, IoctlCall call, IoctlCall.Resolved urb,
            int flags, long length) {
        if (length < 8) {
            call.fail(errno_h.EINVAL);
            return;
        }
        if (!dev.emulator.reserveMemory(length + OVERHEAD)) {
            call.fail(errno_h.ENOMEM);
            return;
        }
        IoctlCall.Resolved buffer = call.resolve(urb.handle(), usbdevfs_urb.buffer$offset(), length);
        SetupPacket setup = SetupPacket.of(buffer.data());
        int r;
        dev.lock.lock();
        try {
            r = length < setup.length() + 8L ? -errno_h.EINVAL : Claims.checkControlRecipient(dev, s, setup);
        } finally {
            dev.lock.unlock();
        }
        if (r < 0) {
            dev.emulator.releaseMemory(length + OVERHEAD);
            call.fail(-r);
            return;
        }
        Urb u = new Urb(s, urb, urb.data(), -1, length + OVERHEAD, -1, false);
        ControlCore t = new ControlCore(dev, setup, flags, buffer.data().asSlice(8, setup.length()), u);
        if (accept(dev, s, call, urb, u, t)) {
            StandardRequests.dispatch(dev, t);
        }
    }

    private static void data(EmulatedDevice dev, ClientSession s, IoctlCall call, IoctlCall.Resolved urb,
            EndpointType type, int ep, int ifnum, int flags, int length) {
        int bulkAddress = -1;
        boolean continuation = (flags & Urbs.FLAG_BULK_CONTINUATION) != 0;
        if (type == EndpointType.BULK) {
            bulkAddress = (ep & 0x0f) | ((ep & 0x80) >> 3);
            dev.lock.lock();
            try {
                if (!continuation) {
                    s.disabledBulkEndpoints &= ~(1 << bulkAddress);
                }
                if ((s.disabledBulkEndpoints & (1 << bulkAddress)) != 0) {
                    call.fail(errno_h.EREMOTEIO);
                    return;
                }
            } finally {
                dev.lock.unlock();
            }
        }
        if (!dev.emulator.reserveMemory(length + OVERHEAD)) {
            call.fail(errno_h.ENOMEM);
            return;
        }
        MemorySegment buffer = length == 0 ? MemorySegment.NULL
                : call.resolve(urb.handle(), usbdevfs_urb.buffer$offset(), length).data();
        int streamId = type == EndpointType.BULK ? usbdevfs_urb.stream_id(urb.data()) : 0;
        Urb u = new Urb(s, urb, urb.data(), ifnum, length + OVERHEAD, bulkAddress, continuation);
        DataTransfer t = new DataTransfer(dev, ep, type, length, streamId, flags, buffer, null, u);
        if (accept(dev, s, call, urb, u, t)) {
            dev.submitToModel(t);
        }
    }

    private static void iso(EmulatedDevice dev, ClientSession s, IoctlCall call, int ep, int ifnum, int flags) {
        IoctlCall.Resolved first = call.resolveArg(usbdevfs_urb.sizeof());
        int packets = usbdevfs_urb.number_of_packets(first.data());
        if (packets < 1 || packets > Urbs.ISO_PACKETS_MAX) {
            call.fail(errno_h.EINVAL);
            return;
        }
        // Resolve again with the packet descriptors that follow the struct.
        long descriptors = packets * usbdevfs_iso_packet_desc.sizeof();
        IoctlCall.Resolved urb = call.reresolveArg(first, usbdevfs_urb.sizeof() + descriptors);
        MemorySegment iso = urb.data().asSlice(usbdevfs_urb.iso_frame_desc$offset(), descriptors);
        long total = 0;
        for (int i = 0; i < packets; i++) {
            long len = Integer.toUnsignedLong(usbdevfs_iso_packet_desc.length(usbdevfs_urb.iso_frame_desc(urb.data(), i)));
            if (len > Urbs.ISO_PACKET_MAX) {
                call.fail(errno_h.EINVAL);
                return;
            }
            total += len;
        }
        if (total > 0 && usbdevfs_urb.buffer(urb.data()).equals(MemorySegment.NULL)) {
            call.fail(errno_h.EFAULT);
            return;
        }
        long memory = total + descriptors + OVERHEAD;
        if (!dev.emulator.reserveMemory(memory)) {
            call.fail(errno_h.ENOMEM);
            return;
        }
        MemorySegment buffer = total == 0 ? MemorySegment.NULL
                : call.resolve(urb.handle(), usbdevfs_urb.buffer$offset(), total).data();
        Urb u = new Urb(s, urb, urb.data(), ifnum, memory, -1, false);
        DataTransfer t = new DataTransfer(dev, ep, EndpointType.ISOCHRONOUS, (int) total, 0, flags, buffer, iso, u);
        if (accept(dev, s, call, urb, u, t)) {
            dev.submitToModel(t);
        }
    }

    /**
     * The URB is in flight: the session owns it and the client gets SUBMITURB's 0; false (the client gets
     * ENODEV) if the device was unplugged since the ioctl was dispatched. Linux serialises submission and
     * disconnect with the device lock, so a URB either is in flight when the device goes (and ends with
     * ESHUTDOWN) or is refused; checked under our device lock, the unplug cannot miss an accepted URB.
     */
    private static boolean accept(EmulatedDevice dev, ClientSession s, IoctlCall call, IoctlCall.Resolved urb, Urb u,
            TransferCore t) {
        u.transfer = t;
        boolean gone;
        dev.lock.lock();
        try {
            gone = dev.isGone();
            if (!gone) {
                call.keep(urb);
                s.pending.add(u);
            }
        } finally {
            dev.lock.unlock();
        }
        if (gone) {
            dev.emulator.releaseMemory(u.memory);
            call.fail(errno_h.ENODEV);
            return false;
        }
        call.succeed(0);
        return true;
    }

}
