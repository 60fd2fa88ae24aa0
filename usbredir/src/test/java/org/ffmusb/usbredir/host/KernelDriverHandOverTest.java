package org.ffmusb.usbredir.host;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.Optional;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.UsbContext;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.ffmusb.usbredir.proto.BulkPacket;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.ConfigurationStatus;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.Hello;
import org.ffmusb.usbredir.proto.SetConfiguration;
import org.ffmusb.usbredir.proto.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A device whose interface a kernel driver holds (Linux's usbtest, as for a real loopback gadget): the
 * host takes it from the driver when it redirects the device and gives it back when it lets the device
 * go, whether the guest left mid-transfer or changed the configuration meanwhile (§9: release resets,
 * then restores the configuration, whose new interfaces the kernel probes, or re-attaches the drivers).
 * Real libusb under umockdev; the testbed's driver only holds the interface.
 */
class KernelDriverHandOverTest {
    static final String DRIVER = "usbtest";
    static UsbEmulator emulator;
    static UsbContext usb;
    PluggedDevice device;
    UsbRedirHost host;
    GuestSide guest;

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

    @BeforeEach
    void redirectADriverBoundLoopback() {
        device = emulator.plug(new Loopback());
        assertTrue(device.bindKernelDriver(0, DRIVER));
        assertEquals(Optional.of(DRIVER), device.driver(0));
        host = new UsbRedirHost(UsbRedirHost.Options.DEFAULT, new HostListener() {});
        guest = new GuestSide(host, Caps.ALL);
        assertEquals(Status.SUCCESS, host.attach(
                new LibUsbBackend(usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow())));
        guest.flush();
        guest.await(Hello.class);
        guest.await(DeviceConnect.class);
    }

    @AfterEach
    void unplug() {
        host.close();
        if (device.isPlugged()) {
            device.unplug();
        }
    }

    @Test
    void theDriverIsDetachedWhileRedirectedAndBackWhenTheGuestLeavesMidTransfer() {
        assertEquals(Optional.of("usbfs"), device.driver(0), "the host claimed the interface from the driver");
        guest.guest.sendBulkPacket(1, Loopback.EP_LOOP_IN, 0, 512, 0, null, 0, 0); // nothing to echo: pending
        guest.flush();
        host.disconnected(new IOException("connection reset"));
        assertFalse(host.isAttached());
        assertEquals(Optional.of(DRIVER), device.driver(0), "released and given back to its kernel driver");
        try (UsbDeviceHandle h = usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow()) {
            assertTrue(h.kernelDriverActive(0), "libusb sees the driver again");
            assertEquals(1, h.configuration());
        }
    }

    @Test
    void aConfigurationTheGuestChangedIsRestoredAndItsDriverProbed() {
        guest.send(new SetConfiguration(2, 0));
        assertEquals(Status.SUCCESS, guest.reply(ConfigurationStatus.class, 2).status());
        assertEquals(Optional.empty(), device.driver(0), "unconfigured: no interface, no driver");
        host.detach();
        assertFalse(host.isAttached());
        assertEquals(Optional.of(DRIVER), device.driver(0), "configuration 1 restored, its interface probed by the driver");
        try (UsbDeviceHandle h = usb.openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow()) {
            assertEquals(1, h.configuration());
        }
    }

    @Test
    void theDriverIsBackAfterAGuestThatUsedTheDevice() {
        guest.guest.sendBulkPacket(3, Loopback.EP_LOOP_OUT, 0, 4, 0, MemorySegment.ofArray(new byte[] {1, 2, 3, 4}), 0, 4);
        guest.flush();
        assertEquals(Status.SUCCESS, guest.reply(BulkPacket.class, 3).status());
        host.close();
        assertEquals(Optional.of(DRIVER), device.driver(0));
    }

}
