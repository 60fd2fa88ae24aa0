package org.ffmusb.usbredir.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.ffmusb.usbredir.filter.CheckFlag.DEFAULT_ALLOW;
import static org.ffmusb.usbredir.filter.CheckFlag.DONT_SKIP_NON_BOOT_HID;
import static org.ffmusb.usbredir.filter.KnownDevices.*;
import static org.junit.jupiter.api.Assertions.*;

/** The check algorithm of reference §8.2 and the examples of §8.3, on realistic devices. */
class FilterCheckTest {
    private static final String SPICE_DEFAULT = "0x03,-1,-1,-1,0|-1,-1,-1,-1,1";

    @Test
    void spiceDefaultDeniesKeyboardsAndAllowsTheRest() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse(SPICE_DEFAULT);
        assertEquals(new FilterVerdict.Denied(0, rules.get(0), new FilterVerdict.Pass(0, 0x03)),
                UsbRedirFilter.check(rules, KEYBOARD));
        assertEquals(FilterVerdict.Allowed.INSTANCE, UsbRedirFilter.check(rules, USB_STICK));
        assertEquals(FilterVerdict.Allowed.INSTANCE, UsbRedirFilter.check(rules, HUB));
        assertEquals(FilterVerdict.Allowed.INSTANCE, UsbRedirFilter.check(rules, WEBCAM));
        assertEquals(new FilterVerdict.Denied(0, rules.get(0), FilterVerdict.Pass.device(0x03)),
                UsbRedirFilter.check(rules, HID_CLASS_DEVICE));
        // The keypad interface (index 1) of a composite stick blocks the whole device.
        assertEquals(new FilterVerdict.Denied(0, rules.get(0), new FilterVerdict.Pass(1, 0x03)),
                UsbRedirFilter.check(rules, STICK_WITH_KEYPAD));
    }

    @Test
    void nonBootHidInterfacesOfCompositeDevicesAreSkipped() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse(SPICE_DEFAULT);
        assertTrue(UsbRedirFilter.check(rules, HEADSET).isAllowed(), "volume buttons do not make a headset HID");
        var denied = (FilterVerdict.Denied) UsbRedirFilter.check(rules, HEADSET, DONT_SKIP_NON_BOOT_HID);
        assertEquals(3, denied.pass().interfaceIndex());
        // The Unifying receiver has boot interfaces, which are never skipped.
        assertEquals(0, ((FilterVerdict.Denied) UsbRedirFilter.check(rules, UNIFYING)).pass().interfaceIndex());
    }

    @Test
    void aSingleNonBootHidInterfaceIsNotSkipped() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse(SPICE_DEFAULT);
        assertEquals(FilterVerdict.C_EPERM, UsbRedirFilter.check(rules, GAMEPAD).cValue());
    }

    @Test
    void whenEveryInterfaceIsSkippedTheCheckRunsAgainWithoutSkipping() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse(SPICE_DEFAULT);
        assertEquals(new FilterVerdict.Denied(0, rules.get(0), new FilterVerdict.Pass(0, 0x03)),
                UsbRedirFilter.check(rules, KVM), "a KVM must not slip through (C 0.7.1 fix)");
        // The first run allows the device class and skips both interfaces; the rerun checks them.
        FilterDevice kvmOfClassFf = new FilterDevice(ClassCode.of(0xff), 1, 2, 3, KVM.interfaces());
        assertEquals(new FilterVerdict.NoMatch(new FilterVerdict.Pass(0, 0x03)),
                UsbRedirFilter.check(UsbRedirFilter.parse("0xff,-1,-1,-1,1"), kvmOfClassFf));
        // The rerun keeps the other flags.
        assertTrue(UsbRedirFilter.check(UsbRedirFilter.parse("0xff,-1,-1,-1,1"), kvmOfClassFf, DEFAULT_ALLOW)
                .isAllowed());
    }

    @Test
    void noMatchingRuleIsNoMatchUnlessDefaultAllow() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse("0x08,-1,-1,-1,1");
        assertTrue(UsbRedirFilter.check(rules, USB_STICK).isAllowed());
        FilterVerdict verdict = UsbRedirFilter.check(rules, KEYBOARD);
        assertEquals(new FilterVerdict.NoMatch(new FilterVerdict.Pass(0, 0x03)), verdict);
        assertEquals(-2, verdict.cValue(), "C -ENOENT");
        assertTrue(UsbRedirFilter.check(rules, KEYBOARD, DEFAULT_ALLOW).isAllowed());
        assertTrue(UsbRedirFilter.check(List.of(), VENDOR_SPECIFIC, EnumSet.of(DEFAULT_ALLOW)).isAllowed());
        assertEquals(new FilterVerdict.NoMatch(FilterVerdict.Pass.device(0xff)),
                UsbRedirFilter.check(List.of(), VENDOR_SPECIFIC));
        // Default allow does not override an explicit deny.
        assertEquals(-1, UsbRedirFilter.check(UsbRedirFilter.parse("0x03,-1,-1,-1,0"), KEYBOARD, DEFAULT_ALLOW)
                .cValue(), "C -EPERM");
    }

    @Test
    void deviceClassesZeroAndEfSkipTheDevicePass() throws Exception {
        List<FilterRule> denyZeroAndEf = UsbRedirFilter.parse("0x00,-1,-1,-1,0|0xef,-1,-1,-1,0|-1,-1,-1,-1,1");
        assertTrue(UsbRedirFilter.check(denyZeroAndEf, USB_STICK).isAllowed());
        assertTrue(UsbRedirFilter.check(denyZeroAndEf, WEBCAM).isAllowed());
        // Surprising but C: without interfaces no pass runs at all, so even no rules allow the device.
        assertTrue(UsbRedirFilter.check(List.of(), UNCONFIGURED).isAllowed());
        assertTrue(UsbRedirFilter.check(List.of(), UNCONFIGURED_MISC).isAllowed());
        assertFalse(UsbRedirFilter.check(List.of(), HID_CLASS_DEVICE).isAllowed());
    }

    @Test
    void firstMatchingRuleDecidesAndSubclassProtocolNeverMatch() throws Exception {
        assertFalse(UsbRedirFilter.check(UsbRedirFilter.parse("0x08,-1,-1,-1,0|0x08,-1,-1,-1,1"), USB_STICK)
                .isAllowed());
        assertTrue(UsbRedirFilter.check(UsbRedirFilter.parse("0x08,-1,-1,-1,1|0x08,-1,-1,-1,0"), USB_STICK)
                .isAllowed());
        // 8 is matched against 08/06/50 without regard to 06/50.
        assertTrue(UsbRedirFilter.check(UsbRedirFilter.parse("8,-1,-1,-1,1"), USB_STICK).isAllowed());
    }

    @Test
    void vendorProductAndVersionMatchTheDeviceInEveryPass() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse("-1,0x0781,0x5581,0x0100,1|-1,0x0781,-1,-1,0|-1,-1,-1,-1,1");
        assertTrue(UsbRedirFilter.check(rules, USB_STICK).isAllowed());
        FilterDevice newerStick = FilterDevice.of(PER_INTERFACE, 0x0781, 0x5581, 0x0101, MASS_STORAGE);
        assertEquals(1, ((FilterVerdict.Denied) UsbRedirFilter.check(rules, newerStick)).ruleIndex());
        List<FilterRule> byVersion = UsbRedirFilter.parse("-1,-1,-1,0x0256,0|-1,-1,-1,-1,1");
        assertFalse(UsbRedirFilter.check(byVersion, VENDOR_SPECIFIC).isAllowed());
    }

    @Test
    void referenceSection83Examples() throws Exception {
        List<FilterRule> logitechOnly = UsbRedirFilter.parse("-1,0x046d,-1,-1,1|-1,-1,-1,-1,0");
        assertTrue(UsbRedirFilter.check(logitechOnly, HEADSET).isAllowed());
        assertTrue(UsbRedirFilter.check(logitechOnly, UNIFYING).isAllowed());
        assertEquals(-1, UsbRedirFilter.check(logitechOnly, USB_STICK).cValue());

        List<FilterRule> massStorageOnly = UsbRedirFilter.parse("0x08,-1,-1,-1,1|-1,-1,-1,-1,0");
        assertTrue(UsbRedirFilter.check(massStorageOnly, USB_STICK).isAllowed());
        assertEquals(new FilterVerdict.Denied(1, massStorageOnly.get(1), new FilterVerdict.Pass(1, 0x03)),
                UsbRedirFilter.check(massStorageOnly, STICK_WITH_KEYPAD));

        List<FilterRule> oneDevice = UsbRedirFilter.parse("-1,0x27c6,0x5503,-1,1");
        assertTrue(UsbRedirFilter.check(oneDevice, FINGERPRINT).isAllowed());
        assertEquals(-2, UsbRedirFilter.check(oneDevice, USB_STICK).cValue());
    }

    @Test
    void qemuFormParsesToTheSameRules() throws Exception {
        assertEquals(UsbRedirFilter.parse(SPICE_DEFAULT), UsbRedirFilter.parseQemu("0x03:-1:-1:-1:0|-1:-1:-1:-1:1"));
    }

    @Test
    void verdictsSayWhatDecided() throws Exception {
        List<FilterRule> rules = UsbRedirFilter.parse(SPICE_DEFAULT);
        assertEquals("denied by rule 1 (0x03,-1,-1,-1,0) in the pass of interface 1 (class 0x03)",
                UsbRedirFilter.check(rules, STICK_WITH_KEYPAD).toString());
        assertEquals("no rule matches the device pass (class 0xff)",
                UsbRedirFilter.check(List.of(), VENDOR_SPECIFIC).toString());
        assertEquals("allowed", UsbRedirFilter.check(rules, USB_STICK).toString());
    }

    @Test
    void flagsMapToCBits() {
        assertEquals(0, CheckFlag.toC(Set.of()));
        assertEquals(3, CheckFlag.toC(EnumSet.allOf(CheckFlag.class)));
        assertEquals(EnumSet.of(DONT_SKIP_NON_BOOT_HID), CheckFlag.fromC(0x02));
        assertEquals(EnumSet.of(DEFAULT_ALLOW), CheckFlag.fromC(0x01));
        var e = assertThrows(IllegalArgumentException.class, () -> CheckFlag.fromC(0x05));
        assertTrue(e.getMessage().contains("0x4"), e.getMessage());
    }

    @Test
    void devicesAreValidated() {
        var tooMany = new ArrayList<>(MANY_INTERFACES.interfaces());
        tooMany.add(MASS_STORAGE);
        assertThrows(IllegalArgumentException.class, () -> new FilterDevice(PER_INTERFACE, 1, 2, 3, tooMany));
        assertThrows(IllegalArgumentException.class, () -> FilterDevice.of(PER_INTERFACE, 0x10000, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> FilterDevice.of(PER_INTERFACE, 0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClassCode(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClassCode(0, -1, 0));
        assertTrue(NON_BOOT_HID.isNonBootHid());
        assertFalse(BOOT_KEYBOARD.isNonBootHid());
        assertFalse(new ClassCode(0x03, 0x00, 0x01).isNonBootHid());
    }

    @Test
    void describeUsesTheFormatOfCPrint() throws Exception {
        assertEquals("""
                Class  03 ID 1234:beef Version  2.56 Allow
                Class ANY ID  ANY: ANY Version   ANY Block
                Class  ff ID ffff:ffff Version 165.165 Allow
                """, UsbRedirFilter.describe(UsbRedirFilter.parse(
                "3,0x1234,0xbeef,0x0256,1|-1,-1,-1,-1,0|255,65535,65535,65535,1")));
        assertEquals("", UsbRedirFilter.describe(List.of()));
        assertEquals("Class  08 ID  ANY:0001 Version 10.00 Block", new FilterRule(8, -1, 1, 0x1000, false).describe());
    }
}
