package org.ffmusb.usbredir.filter;

import java.util.ArrayList;
import java.util.List;

/** Realistic devices as the filter sees them, for the check tests and the C interop test. */
final class KnownDevices {
    private KnownDevices() {}

    static final ClassCode BOOT_KEYBOARD = new ClassCode(0x03, 0x01, 0x01);
    static final ClassCode BOOT_MOUSE = new ClassCode(0x03, 0x01, 0x02);
    static final ClassCode NON_BOOT_HID = new ClassCode(0x03, 0x00, 0x00);
    static final ClassCode MASS_STORAGE = new ClassCode(0x08, 0x06, 0x50);
    static final ClassCode AUDIO_CONTROL = new ClassCode(0x01, 0x01, 0x00);
    static final ClassCode AUDIO_STREAMING = new ClassCode(0x01, 0x02, 0x00);
    static final ClassCode PER_INTERFACE = ClassCode.of(0x00);
    static final ClassCode IAD = new ClassCode(0xef, 0x02, 0x01);

    static final FilterDevice KEYBOARD = FilterDevice.of(PER_INTERFACE, 0x413c, 0x2113, 0x0110, BOOT_KEYBOARD);
    static final FilterDevice USB_STICK = FilterDevice.of(PER_INTERFACE, 0x0781, 0x5581, 0x0100, MASS_STORAGE);
    static final FilterDevice HEADSET = FilterDevice.of(PER_INTERFACE, 0x046d, 0x0a44, 0x0112,
            AUDIO_CONTROL, AUDIO_STREAMING, AUDIO_STREAMING, NON_BOOT_HID);
    static final FilterDevice KVM = FilterDevice.of(PER_INTERFACE, 0x0557, 0x2419, 0x0100, NON_BOOT_HID, NON_BOOT_HID);
    static final FilterDevice GAMEPAD = FilterDevice.of(PER_INTERFACE, 0x045e, 0x028e, 0x0114, NON_BOOT_HID);
    static final FilterDevice UNIFYING = FilterDevice.of(PER_INTERFACE, 0x046d, 0xc52b, 0x1211,
            BOOT_KEYBOARD, BOOT_MOUSE, NON_BOOT_HID);
    static final FilterDevice STICK_WITH_KEYPAD = FilterDevice.of(PER_INTERFACE, 0x1234, 0x5678, 0x0100,
            MASS_STORAGE, BOOT_KEYBOARD);
    static final FilterDevice HID_CLASS_DEVICE = FilterDevice.of(new ClassCode(0x03, 0, 0), 0x1234, 0x0001, 0x0100);
    static final FilterDevice HUB = FilterDevice.of(new ClassCode(0x09, 0x00, 0x02), 0x05e3, 0x0610, 0x9223,
            new ClassCode(0x09, 0x00, 0x02));
    static final FilterDevice WEBCAM = FilterDevice.of(IAD, 0x046d, 0x0825, 0x0012,
            new ClassCode(0x0e, 0x01, 0x00), new ClassCode(0x0e, 0x02, 0x00), AUDIO_CONTROL, AUDIO_STREAMING);
    static final FilterDevice FINGERPRINT = FilterDevice.of(new ClassCode(0xef, 0, 0), 0x27c6, 0x5503, 0x0100,
            ClassCode.of(0xff));
    static final FilterDevice UNCONFIGURED_MISC = FilterDevice.of(IAD, 0x1234, 0x0002, 0x0100);
    static final FilterDevice UNCONFIGURED = FilterDevice.of(PER_INTERFACE, 0x1234, 0x0003, 0x0100);
    static final FilterDevice VENDOR_SPECIFIC = FilterDevice.of(ClassCode.of(0xff), 0x1234, 0x0004, 0x0256);
    static final FilterDevice MANY_INTERFACES = new FilterDevice(PER_INTERFACE, 0xffff, 0xffff, 0xffff,
            manyInterfaces());

    /** Every device above. */
    static final List<FilterDevice> ALL = List.of(KEYBOARD, USB_STICK, HEADSET, KVM, GAMEPAD, UNIFYING,
            STICK_WITH_KEYPAD, HID_CLASS_DEVICE, HUB, WEBCAM, FINGERPRINT, UNCONFIGURED_MISC, UNCONFIGURED,
            VENDOR_SPECIFIC, MANY_INTERFACES);

    private static List<ClassCode> manyInterfaces() {
        var list = new ArrayList<ClassCode>();
        for (int i = 0; i < FilterDevice.MAX_INTERFACES; i++) {
            list.add(i % 3 == 0 ? NON_BOOT_HID : ClassCode.of(0xff));
        }
        return list;
    }
}
