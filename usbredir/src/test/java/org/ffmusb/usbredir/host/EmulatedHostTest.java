package org.ffmusb.usbredir.host;

import org.ffmusb.emulator.models.loopback.Loopback;

import static org.junit.jupiter.api.Assertions.*;

/** The host contract on the Java backend: the loopback model through usb-emulator's direct API, no libusb. */
class EmulatedHostTest extends UsbRedirHostContract {
    private EmulatedBackend backend;
    private boolean unplugged;

    @Override
    HostBackend plugLoopback() {
        backend = EmulatedBackend.attach(new Loopback());
        unplugged = false;
        backend.onUnplugged(() -> unplugged = true);
        return backend;
    }

    @Override
    HostBackend plugSuperSpeedLoopback() {
        backend = EmulatedBackend.attach(new Loopback(org.ffmusb.emulator.models.loopback.LoopbackOptions.DEFAULT
                .withSuperSpeed(true)));
        return backend;
    }

    @Override
    void unplugLoopback() {
        backend.close(); // the device goes; the host still holds the backend
    }

    @Override
    void assertGivenBack() {
        assertTrue(unplugged, "the host closed the device it let go");
    }

    /** The Java backend has no 4096-byte control limit: the device answers with what it has. */
    @Override
    int oversizedControlStatus() {
        return org.ffmusb.usbredir.proto.Status.SUCCESS;
    }

    @Override
    void cleanUp() {
        backend.close();
    }
}
