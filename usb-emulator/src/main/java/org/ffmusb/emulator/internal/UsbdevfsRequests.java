package org.ffmusb.emulator.internal;

import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.usbdevice_fs_h;

/**
 * Dispatches the ioctls of a device file to their handlers, as Linux's usbdev_do_ioctl does: reaping
 * works after an unplug, everything else is then ENODEV; unknown requests are ENOTTY.
 */
final class UsbdevfsRequests {
    private UsbdevfsRequests() {}

    static void handle(EmulatedDevice dev, ClientSession s, IoctlCall call) {
        switch (call.request) {
            case usbdevice_fs_h.USBDEVFS_REAPURB -> {
                ReapUrb.reap(dev, s, call, true);
                return;
            }
            case usbdevice_fs_h.USBDEVFS_REAPURBNDELAY -> {
                ReapUrb.reap(dev, s, call, false);
                return;
            }
            default -> {
                if (dev.isGone()) {
                    call.fail(errno_h.ENODEV);
                    return;
                }
            }
        }
        switch (call.request) {
            case usbdevice_fs_h.USBDEVFS_SUBMITURB -> SubmitUrb.handle(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_DISCARDURB -> ReapUrb.discard(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_CONTROL -> SyncTransfers.control(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_BULK -> SyncTransfers.bulk(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_CLAIMINTERFACE -> InterfaceRequests.claim(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_RELEASEINTERFACE -> InterfaceRequests.release(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_SETINTERFACE -> InterfaceRequests.setInterface(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_GETDRIVER -> InterfaceRequests.getDriver(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_IOCTL -> InterfaceRequests.ioctl(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_DISCONNECT_CLAIM -> InterfaceRequests.disconnectClaim(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_SETCONFIGURATION -> DeviceRequests.setConfiguration(dev, call);
            case usbdevice_fs_h.USBDEVFS_RESET -> DeviceRequests.reset(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_CLEAR_HALT -> DeviceRequests.clearHalt(dev, s, call, true);
            case usbdevice_fs_h.USBDEVFS_RESETEP -> DeviceRequests.clearHalt(dev, s, call, false);
            case usbdevice_fs_h.USBDEVFS_GET_CAPABILITIES -> DeviceRequests.capabilities(call);
            case usbdevice_fs_h.USBDEVFS_GET_SPEED -> call.succeed(dev.descriptors.definition().speed().usbfsValue());
            case usbdevice_fs_h.USBDEVFS_CONNECTINFO -> DeviceRequests.connectInfo(dev, call);
            case usbdevice_fs_h.USBDEVFS_DROP_PRIVILEGES -> DeviceRequests.dropPrivileges(dev, s, call);
            case usbdevice_fs_h.USBDEVFS_ALLOC_STREAMS -> DeviceRequests.streams(dev, s, call, true);
            case usbdevice_fs_h.USBDEVFS_FREE_STREAMS -> DeviceRequests.streams(dev, s, call, false);
            // The emulated device never suspends: forbidding or waiting for resume succeed at once.
            case usbdevice_fs_h.USBDEVFS_FORBID_SUSPEND, usbdevice_fs_h.USBDEVFS_ALLOW_SUSPEND,
                    usbdevice_fs_h.USBDEVFS_WAIT_FOR_RESUME -> call.succeed(0);
            case usbdevice_fs_h.USBDEVFS_CLAIM_PORT -> DeviceRequests.port(dev, s, call, true);
            case usbdevice_fs_h.USBDEVFS_RELEASE_PORT -> DeviceRequests.port(dev, s, call, false);
            default -> {
                if ((call.request & ~(0x3fff << 16)) == usbdevice_fs_h.USBDEVFS_CONNINFO_EX_0) {
                    DeviceRequests.connInfoEx(dev, call);
                } else {
                    call.fail(errno_h.ENOTTY);
                }
            }
        }
    }
}
