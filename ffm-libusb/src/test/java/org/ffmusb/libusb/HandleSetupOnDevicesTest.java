package org.ffmusb.libusb;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import org.ffmusb.emulator.PluggedDevice;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.libusb.testing.EmulatedUsb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Opening (by device, by vendor/product, by wrapping a file descriptor), interfaces, alternate settings,
 * configurations, kernel-driver calls and reset, through real libusb 1.0.26 on emulated devices.
 */
@Timeout(60)
class HandleSetupOnDevicesTest {
    private static final int VENDOR_IN = 0xc0;
    private static final int VENDOR_OUT = 0x40;
    static EmulatedUsb rig;

    @BeforeAll
    static void open() {
        rig = EmulatedUsb.open();
    }

    @AfterAll
    static void close() {
        rig.close();
    }

    @AfterEach
    void unplug() {
        rig.unplugAll();
    }

    @Test
    void openByVendorAndProductOrNot() {
        rig.plug(new Loopback());
        try (UsbDeviceHandle h = rig.usb().openDevice(Loopback.VENDOR_ID, Loopback.PRODUCT_ID).orElseThrow()) {
            assertEquals(Loopback.PRODUCT_ID, h.device().descriptor().productId());
            assertFalse(h.isClosed());
        }
        assertTrue(rig.usb().openDevice(0x0bad, 0xf00d).isEmpty());
    }

    @Test
    void claimIsExclusiveBetweenHandlesUntilReleased() {
        PluggedDevice plugged = rig.plug(new Loopback());
        try (UsbDeviceHandle first = rig.open(plugged); UsbDeviceHandle second = rig.open(plugged)) {
            first.claimInterface(0);
            var e = assertThrows(UsbException.class, () -> second.claimInterface(0));
            assertEquals(UsbError.BUSY, e.error());
            assertTrue(e.getMessage().contains("libusb_claim_interface(0)") && e.getMessage().contains("detach"),
                    e.getMessage());
            first.releaseInterface(0);
            second.claimInterface(0);
            var notClaimed = assertThrows(UsbException.class, () -> first.releaseInterface(0));
            assertEquals(UsbError.NOT_FOUND, notClaimed.error());
        }
    }

    @Test
    void alternateSettingSelectsTheIsochronousEndpoints() {
        try (UsbDeviceHandle h = rig.open(rig.plug(new Loopback()))) {
            h.claimInterface(1);
            assertEquals(0, currentAltSetting(h, 1));
            h.setAltSetting(1, 1);
            assertEquals(1, currentAltSetting(h, 1));
            var noSuch = assertThrows(UsbException.class, () -> h.setAltSetting(1, 7));
            assertEquals(UsbError.NOT_FOUND, noSuch.error(), noSuch.getMessage());
            h.setAltSetting(1, 0);
            assertEquals(0, currentAltSetting(h, 1));
        }
    }

    private static int currentAltSetting(UsbDeviceHandle h, int interfaceNumber) {
        byte[] b = new byte[1];
        MemorySegment data = MemorySegment.ofArray(b);
        assertEquals(1, h.controlTransfer(0x81, 0x0a, 0, interfaceNumber, data, 1000)); // GET_INTERFACE
        return b[0];
    }

    @Test
    void configurationCanBeUnsetAndSetAgain() {
        PluggedDevice plugged = rig.plug(new Loopback());
        try (UsbDeviceHandle h = rig.open(plugged)) {
            UsbDevice d = h.device();
            assertEquals(1, h.configuration());
            h.setConfiguration(1);
            h.setConfiguration(-1);
            assertEquals(0, h.configuration());
            assertTrue(d.activeConfiguration().isEmpty(), "unconfigured");
            var e = assertThrows(UsbException.class, () -> h.claimInterface(0));
            assertEquals(UsbError.NOT_FOUND, e.error(), "no interfaces while unconfigured: " + e.getMessage());
            h.setConfiguration(1);
            assertEquals(1, h.configuration());
            assertEquals(1, d.activeConfiguration().orElseThrow().configurationValue());
            h.claimInterface(0);
            assertEquals(12, h.bulkTransfer(Loopback.EP_SINK, MemorySegment.ofArray(new byte[12]), 1000));
        }
    }

    @Test
    void kernelDriverCallsOnADeviceWithoutDriverAndOnARootHub() {
        try (UsbDeviceHandle h = rig.open(rig.plug(new Loopback()))) {
            assertFalse(h.kernelDriverActive(0), "emulated devices get no kernel driver");
            var e = assertThrows(UsbException.class, () -> h.detachKernelDriver(0));
            assertEquals(UsbError.NOT_FOUND, e.error());
            h.setAutoDetachKernelDriver(true);
            h.claimInterface(0);
            h.releaseInterface(0);
            h.setAutoDetachKernelDriver(false);
        }
        UsbDevice rootHub = rig.usb().devices().stream().filter(d -> d.portPath().isEmpty() && d.busNumber() == 1)
                .findFirst().orElseThrow();
        try (UsbDeviceHandle hub = rootHub.open()) {
            assertTrue(hub.kernelDriverActive(0), "Linux's hub driver holds a root hub's interface");
            var busy = assertThrows(UsbException.class, () -> hub.claimInterface(0));
            assertEquals(UsbError.BUSY, busy.error());
            hub.detachKernelDriver(0);
            assertFalse(hub.kernelDriverActive(0));
            hub.claimInterface(0);
            hub.releaseInterface(0);
            hub.attachKernelDriver(0);
            assertTrue(hub.kernelDriverActive(0));
        }
    }

    @Test
    void resetKeepsTheHandleUsable() {
        try (UsbDeviceHandle h = rig.open(rig.plug(new Loopback()))) {
            h.claimInterface(0);
            MemorySegment data = MemorySegment.ofArray(new byte[] {1, 2, 3});
            assertEquals(3, h.controlTransfer(VENDOR_OUT, Loopback.REQUEST_WRITE_BUFFER, 0, 0, data, 1000));
            h.reset();
            byte[] back = new byte[3];
            assertEquals(3, h.controlTransfer(VENDOR_IN, Loopback.REQUEST_READ_BUFFER, 0, 0, MemorySegment.ofArray(back), 1000));
            assertArrayEquals(new byte[] {1, 2, 3}, back, "the device keeps its state over a bus reset");
            assertEquals(16, h.bulkTransfer(Loopback.EP_SOURCE, MemorySegment.ofArray(new byte[16]), 1000),
                    "interface 0 is claimed again after the reset");
        }
    }

    @Test
    void devMemWhereUsbfsCannotMapMemoryFailsTyped() {
        try (UsbDeviceHandle h = rig.open(rig.plug(new Loopback()))) {
            // The emulator offers no mmap of the device file, like a kernel before 4.6: the NOT_SUPPORTED path
            var e = assertThrows(UsbException.class, () -> h.devMemAlloc(4096));
            assertEquals(UsbError.NOT_SUPPORTED, e.error());
            assertTrue(e.getMessage().contains("bufferPool"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> h.devMemFree(MemorySegment.ofAddress(4096).reinterpret(8)));
        }
    }

    // open() as the preload library interposes it: the JVM's default lookup finds libc's own, which
    // knows nothing of the testbed's /dev.
    private static final MethodHandle OPEN = Linker.nativeLinker().downcallHandle(
            SymbolLookup.libraryLookup("libumockdev-preload.so.0", Arena.global()).find("open").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));

    /**
     * A file descriptor that is not a usbfs device node is refused with a message that says so. (Wrapping
     * an emulated device's node itself cannot be tested here: libusb reads the descriptors of a wrapped
     * descriptor with lseek and read, and the emulator's node is a pseudo terminal that only answers ioctls.)
     */
    @Test
    void wrappingSomethingElseThanADeviceNodeSaysWhat() throws Throwable {
        int fd;
        try (Arena arena = Arena.ofConfined()) {
            fd = (int) OPEN.invokeExact(arena.allocateFrom("/dev/null"), 2 /* O_RDWR */);
        }
        assertTrue(fd >= 0, "open /dev/null");
        try {
            var e = assertThrows(UsbException.class, () -> rig.usb().wrapSysDevice(fd));
            assertEquals(UsbError.IO, e.error());
            assertTrue(e.getMessage().contains("file descriptor " + fd + " is not an open usbfs device node"),
                    e.getMessage());
        } finally {
            int r = (int) CLOSE.invokeExact(fd);
            assertEquals(0, r);
        }
    }
}
