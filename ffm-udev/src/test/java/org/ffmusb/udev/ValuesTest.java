package org.ffmusb.udev;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The small value types and the parsing of sysfs and property text. */
class ValuesTest {

    @Test
    void busAddressIsLibusbsKeyAndUsbfsPath() {
        var a = new BusAddress(1, 4);
        assertEquals("/dev/bus/usb/001/004", a.devnode());
        assertEquals(a, BusAddress.ofDevnode("/dev/bus/usb/001/004"));
        assertEquals("001:004", a.toString());
        assertNull(BusAddress.ofDevnode("/dev/sda"));
        assertNull(BusAddress.ofDevnode("/dev/bus/usb/001"));
        assertNull(BusAddress.ofDevnode("/dev/bus/usb/001/999"));
        assertNull(BusAddress.ofDevnode(null));
        assertThrows(IllegalArgumentException.class, () -> new BusAddress(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BusAddress(1, 128));
    }

    @Test
    void sysfsTextParsesAsTheKernelPrintsIt() {
        assertEquals(0x0200, SysfsText.bcdVersion(" 2.00"), "version is printed %2x.%02x");
        assertEquals(0x0310, SysfsText.bcdVersion(" 3.10"));
        assertEquals(-1, SysfsText.bcdVersion("2"));
        assertEquals(0x1d6b, SysfsText.hex("1d6b"));
        assertEquals(9, SysfsText.hex("09\n"));
        assertEquals(-1, SysfsText.hex(""));
        assertEquals(-1, SysfsText.hex("zz"));
        assertEquals(0, SysfsText.dec(" 0"), "bAlternateSetting is printed %2d");
        assertEquals(-1, SysfsText.dec(null));
        assertEquals("/sys/devices/pci0000:00/0000:00:14.0/usb1",
                SysfsText.parentOf("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1"));
    }

    @Test
    void speedsAndActionsMapBothWays() {
        for (UsbSpeed s : UsbSpeed.values()) {
            assertEquals(s, UsbSpeed.ofSysfs(s.sysfsValue()));
        }
        assertEquals(UsbSpeed.HIGH, UsbSpeed.ofSysfs("480\n"));
        assertEquals(UsbSpeed.UNKNOWN, UsbSpeed.ofSysfs("42"));
        for (UdevAction a : UdevAction.values()) {
            if (a != UdevAction.OTHER) {
                assertEquals(a, UdevAction.of(a.udevName()));
            }
        }
        assertEquals(UdevAction.OTHER, UdevAction.of("fly"));
        assertEquals(UdevAction.OTHER, UdevAction.of(null));
    }
}
