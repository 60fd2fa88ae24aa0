package org.ffmusb.emulator.internal;

import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.umockdev_h;

/**
 * USBDEVFS_REAPURB, REAPURBNDELAY and DISCARDURB (Linux proc_reapurb, proc_reapurbnonblock,
 * proc_unlinkurb). Reaping hands the client its URB back: umockdev writes the URB (status,
 * actual_length, iso results) and, for IN, its buffer into the client's memory and sets the client's
 * pointer to it. Reaping works after an unplug too, until nothing is left (then ENODEV).
 */
final class ReapUrb {
    private ReapUrb() {}

    static void reap(EmulatedDevice dev, ClientSession s, IoctlCall call, boolean block) {
        Urb urb;
        dev.lock.lock();
        try {
            urb = s.completed.peek();
            if (urb == null && !block) {
                // The common answer of an event loop's last reap: no need to touch client memory.
                call.fail(dev.isGone() ? errno_h.ENODEV : errno_h.EAGAIN);
                return;
            }
        } finally {
            dev.lock.unlock();
        }
        // Resolving talks to the client: done without the lock, on the I/O thread, which alone takes
        // URBs off this queue, so the URB seen above is still first.
        IoctlCall.Resolved slot = call.resolveArg(8);
        if (slot == null) {
            call.fail(errno_h.EFAULT);
            return;
        }
        dev.lock.lock();
        try {
            urb = s.completed.poll();
            if (urb == null) {
                if (dev.isGone()) {
                    call.fail(errno_h.ENODEV);
                } else {
                    s.park(call, slot);
                }
                return;
            }
            dev.updateReadiness();
        } finally {
            dev.lock.unlock();
        }
        umockdev_h.umockdev_ioctl_data_set_ptr(slot.handle(), 0, urb.handle);
        call.succeed(0);
        urb.release();
    }

    /** The argument is the URB's address in the client; a URB that already completed is EINVAL. */
    static void discard(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        long address = call.argValue();
        Urb urb;
        dev.lock.lock();
        try {
            urb = s.pendingAt(address);
        } finally {
            dev.lock.unlock();
        }
        if (urb == null) {
            call.fail(errno_h.EINVAL);
            return;
        }
        urb.transfer.cancel(-errno_h.ENOENT);
        call.succeed(0);
    }
}
