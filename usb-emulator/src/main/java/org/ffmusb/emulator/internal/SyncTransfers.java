package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevfs_bulktransfer;
import org.ffmusb.emulator.ffi.usbdevfs_ctrltransfer;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.SetupPacket;

/**
 * USBDEVFS_CONTROL and USBDEVFS_BULK (Linux do_proc_control, do_proc_bulk): one transfer, the caller
 * blocked until it ends or its timeout (milliseconds, 0 = none) passes.
 */
final class SyncTransfers {
    private SyncTransfers() {}

    private static final long PAGE_COST = 4096 + 512;

    static void control(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved ctrl = call.resolveArg(usbdevfs_ctrltransfer.sizeof());
        if (ctrl == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        MemorySegment c = ctrl.data();
        SetupPacket setup = new SetupPacket(usbdevfs_ctrltransfer.bRequestType(c), usbdevfs_ctrltransfer.bRequest(c),
                usbdevfs_ctrltransfer.wValue(c), usbdevfs_ctrltransfer.wIndex(c), usbdevfs_ctrltransfer.wLength(c));
        long timeout = Integer.toUnsignedLong(usbdevfs_ctrltransfer.timeout(c));
        int r;
        dev.lock.lock();
        try {
            r = Claims.checkControlRecipient(dev, s, setup);
        } finally {
            dev.lock.unlock();
        }
        if (r < 0) {
            call.fail(-r);
            return;
        }
        if (setup.length() > Urbs.CONTROL_MAX) {
            call.fail(errno_h.EINVAL);
            return;
        }
        if (!dev.emulator.reserveMemory(PAGE_COST)) {
            call.fail(errno_h.ENOMEM);
            return;
        }
        MemorySegment data = MemorySegment.NULL;
        if (setup.length() > 0) {
            IoctlCall.Resolved d = call.resolve(ctrl.handle(), usbdevfs_ctrltransfer.data$offset(), setup.length());
            if (d == null) {
                dev.emulator.releaseMemory(PAGE_COST);
                call.fail(errno_h.EFAULT);
                return;
            }
            data = d.data();
        }
        SyncBacking backing = new SyncBacking(s, call, PAGE_COST);
        ControlCore t = new ControlCore(dev, setup, 0, data, backing);
        track(dev, s, t);
        StandardRequests.dispatch(dev, t);
        backing.armTimeout(t, timeout);
    }

    static void bulk(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        IoctlCall.Resolved bulk = call.resolveArg(usbdevfs_bulktransfer.sizeof());
        if (bulk == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        MemorySegment b = bulk.data();
        int ep = usbdevfs_bulktransfer.ep(b);
        long len = Integer.toUnsignedLong(usbdevfs_bulktransfer.len(b));
        long timeout = Integer.toUnsignedLong(usbdevfs_bulktransfer.timeout(b));
        Endpoint e;
        dev.lock.lock();
        try {
            int ifnum = dev.state.interfaceOfEndpoint(ep);
            int r = ifnum < 0 ? ifnum : Claims.check(dev, s, ifnum);
            if (r < 0) {
                call.fail(-r);
                return;
            }
            e = dev.state.currentEndpoint(ep);
        } finally {
            dev.lock.unlock();
        }
        if (len >= Integer.MAX_VALUE - 512 || e == null
                || (e.type() != EndpointType.BULK && e.type() != EndpointType.INTERRUPT)) {
            call.fail(errno_h.EINVAL);
            return;
        }
        if (!dev.emulator.reserveMemory(len + 512)) {
            call.fail(errno_h.ENOMEM);
            return;
        }
        MemorySegment data = MemorySegment.NULL;
        if (len > 0) {
            IoctlCall.Resolved d = call.resolve(bulk.handle(), usbdevfs_bulktransfer.data$offset(), len);
            if (d == null) {
                dev.emulator.releaseMemory(len + 512);
                call.fail(errno_h.EFAULT);
                return;
            }
            data = d.data();
        }
        SyncBacking backing = new SyncBacking(s, call, len + 512);
        DataTransfer t = new DataTransfer(dev, ep, e.type(), (int) len, 0, 0, data, null, backing);
        track(dev, s, t);
        dev.submitToModel(t);
        backing.armTimeout(t, timeout);
    }

    private static void track(EmulatedDevice dev, ClientSession s, TransferCore t) {
        dev.lock.lock();
        try {
            s.syncPending.add(t);
        } finally {
            dev.lock.unlock();
        }
    }
}
