package org.ffmusb.libusb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Process-wide facts through the real libusb: version, capabilities, error names and messages. */
class LibUsbTest {
    @Test
    void theLoadedLibusbIsAtLeastTheBindingsVersion() {
        LibUsbVersion v = LibUsb.version();
        assertTrue(v.atLeast(1, 0, 26), v.toString());
        assertFalse(v.atLeast(2, 0, 0), v.toString());
        assertFalse(v.describe().isBlank());
        assertEquals(0x01000109, LibUsb.BINDING_API_VERSION);
        assertEquals(v.atLeast(1, 0, 27), LibUsb.hasInitContext(),
                "libusb_init_context is detected exactly when the library has it");
    }

    @Test
    void capabilitiesOfLinuxLibusb() {
        assertTrue(LibUsb.hasCapability(Capability.HAS_CAPABILITY));
        assertTrue(LibUsb.hasCapability(Capability.HAS_HOTPLUG), "udev-enabled libusb has hotplug");
        assertTrue(LibUsb.hasCapability(Capability.SUPPORTS_DETACH_KERNEL_DRIVER));
    }

    @Test
    void everyErrorHasLibusbsNameAndCode() {
        for (UsbError e : UsbError.values()) {
            assertEquals(e.cName(), LibUsb.errorName(e.code()), e.name());
            assertSame(e, UsbError.of(e.code()));
            assertFalse(LibUsb.strerror(e.code()).isBlank());
        }
        assertSame(UsbError.OTHER, UsbError.of(-1234));
        assertTrue(LibUsb.errorName(0).contains("LIBUSB_SUCCESS"), LibUsb.errorName(0));
    }

    @Test
    void everyTransferStatusHasLibusbsName() {
        for (TransferStatus s : TransferStatus.values()) {
            if (s != TransferStatus.COMPLETED) {
                assertEquals(s.cName(), LibUsb.errorName(s.code()), s.name());
            }
            assertSame(s, TransferStatus.of(s.code()));
        }
        assertSame(TransferStatus.ERROR, TransferStatus.of(77));
    }

    @Test
    void exceptionsSayWhatToDo() {
        var e = UsbException.of(-9, "libusb_bulk_transfer(0x81)");
        assertSame(UsbError.PIPE, e.error());
        assertTrue(e.getMessage().contains("LIBUSB_ERROR_PIPE") && e.getMessage().contains("clearHalt"), e.getMessage());
        var access = UsbException.accessDenied(1, 4, 0x1234, 0x5678);
        assertTrue(access.getMessage().contains("/dev/bus/usb/001/004"), access.getMessage());
        assertTrue(access.getMessage().contains("ATTR{idVendor}==\"1234\", ATTR{idProduct}==\"5678\""), access.getMessage());
        assertTrue(access.getMessage().contains("udevadm control --reload"), access.getMessage());
        var busy = UsbException.of(-6, "libusb_claim_interface(0)");
        assertTrue(busy.getMessage().contains("detachKernelDriver"), busy.getMessage());
        var stall = new TransferException(TransferStatus.STALL, null, "bulk IN 0x81");
        assertSame(UsbError.PIPE, stall.error());
        assertTrue(stall.getMessage().contains("clearHalt"), stall.getMessage());
        assertSame(UsbError.NO_DEVICE, new TransferException(TransferStatus.NO_DEVICE, null, "x").error());
        assertSame(UsbError.TIMEOUT, new TransferException(TransferStatus.TIMED_OUT, null, "x").error());
    }

    @Test
    void aMissingLibraryNamesThePackageAndDeniedAccessNamesTheFlag() {
        var missing = NativeLibrary.explain(new IllegalArgumentException("Cannot open library: libusb-1.0.so.0"));
        assertTrue(missing.getMessage().contains("apt-get install libusb-1.0-0"), missing.getMessage());
        var denied = NativeLibrary.explain(new ExceptionInInitializerError(new IllegalCallerException("restricted")));
        assertTrue(denied.getMessage().contains("--enable-native-access=org.ffmusb.libusb"), denied.getMessage());
    }

    @Test
    void speedsPrintAsLsusbDoes() {
        assertEquals("480M", Speed.HIGH.lsusbName());
        assertEquals("1.5M", Speed.LOW.lsusbName());
        assertEquals("5000M", Speed.SUPER.lsusbName());
        assertSame(Speed.SUPER_PLUS, Speed.of(5));
    }
}
