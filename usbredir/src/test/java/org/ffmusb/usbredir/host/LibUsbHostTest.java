package org.ffmusb.usbredir.host;

import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.UsbContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assertions.*;

/** The host contract through real libusb 1.0.26, the loopback served by usb-emulator under umockdev. */
class LibUsbHostTest extends UsbRedirHostContract {
    static UsbEmulator emulator;
    static UsbContext usb;
    PluggedDevice device;

    @BeforeAll
    static void openTestbed() {
        emulator = UsbEmulator.open();
        usb = UsbContext.open();
    }

    @AfterAll
    static void closeTestbed() {
        usb.close();
        emulator.close();
    }

    @Override
    HostBackend plugLoopback() {
        if (device == null || !device.isPlugged()) {
            device = emulator.plug(new Loopback());
        }
        return new LibUsbBackend(usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow());
    }

    @Override
    HostBackend plugSuperSpeedLoopback() {
        cleanUp();
        device = emulator.plug(new Loopback(org.ffmusb.emulator.models.loopback.LoopbackOptions.DEFAULT
                .withSuperSpeed(true)));
        return new LibUsbBackend(usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow());
    }

    @Override
    void unplugLoopback() {
        device.unplug();
    }

    @Override
    void assertGivenBack() {
        try (var h = usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow()) {
            h.claimInterface(0);
            h.releaseInterface(0);
        }
        assertEquals(0, usb.bufferPool().stats().inUseBytes(), "every transfer buffer went back to the pool");
    }

    /** libusb on Linux refuses control transfers above 4096 data bytes (INVALID_PARAM), as for usbredirect. */
    @Override
    int oversizedControlStatus() {
        return org.ffmusb.usbredir.proto.Status.INVAL;
    }

    @Override
    void cleanUp() {
        if (device != null && device.isPlugged()) {
            device.unplug();
        }
    }
}
