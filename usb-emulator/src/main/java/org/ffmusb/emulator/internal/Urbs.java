package org.ffmusb.emulator.internal;

import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevice_fs_h;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.TransferError;

/** usbfs vocabulary shared by the request handlers: URB flags, types, and error statuses. */
final class Urbs {
    private Urbs() {}

    static final int FLAG_SHORT_NOT_OK = usbdevice_fs_h.USBDEVFS_URB_SHORT_NOT_OK;
    static final int FLAG_ISO_ASAP = usbdevice_fs_h.USBDEVFS_URB_ISO_ASAP;
    static final int FLAG_BULK_CONTINUATION = usbdevice_fs_h.USBDEVFS_URB_BULK_CONTINUATION;
    static final int FLAG_ZERO_PACKET = usbdevice_fs_h.USBDEVFS_URB_ZERO_PACKET;
    /** The flags Linux accepts on any URB (proc_do_submiturb); ISO_ASAP only on iso URBs. */
    static final int FLAGS_ALLOWED = FLAG_SHORT_NOT_OK | FLAG_BULK_CONTINUATION
            | usbdevice_fs_h.USBDEVFS_URB_NO_FSBR | FLAG_ZERO_PACKET | usbdevice_fs_h.USBDEVFS_URB_NO_INTERRUPT;

    /** Linux's USBFS_XFER_MAX: longer buffers are EINVAL. */
    static final long XFER_MAX = (0xffff_ffffL / 2) - 1_000_000;
    /** Linux caps one iso packet at 96 SuperSpeedPlus DPs (proc_do_submiturb). */
    static final int ISO_PACKET_MAX = 98_304;
    static final int ISO_PACKETS_MAX = 128;
    /** USBDEVFS_CONTROL refuses data stages longer than a page. */
    static final int CONTROL_MAX = 4096;

    static EndpointType typeOf(int urbType) {
        return switch (urbType) {
            case usbdevice_fs_h.USBDEVFS_URB_TYPE_ISO -> EndpointType.ISOCHRONOUS;
            case usbdevice_fs_h.USBDEVFS_URB_TYPE_INTERRUPT -> EndpointType.INTERRUPT;
            case usbdevice_fs_h.USBDEVFS_URB_TYPE_CONTROL -> EndpointType.CONTROL;
            case usbdevice_fs_h.USBDEVFS_URB_TYPE_BULK -> EndpointType.BULK;
            default -> null;
        };
    }

    /** The errno a host controller reports for a wire error (xHCI: stall EPIPE, babble EOVERFLOW, ...). */
    static int errno(TransferError error) {
        return switch (error) {
            case STALL -> errno_h.EPIPE;
            case BABBLE -> errno_h.EOVERFLOW;
            case TRANSACTION_ERROR -> errno_h.EPROTO;
            case MISSED -> errno_h.EXDEV;
        };
    }

    /** Halt bookkeeping index of an endpoint address: OUT 0..15, IN 16..31. */
    static int epIndex(int address) {
        return (address & 0x0f) + ((address & 0x80) != 0 ? 16 : 0);
    }
}
