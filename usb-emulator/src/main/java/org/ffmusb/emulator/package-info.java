/**
 * The USB device emulator: {@link org.ffmusb.emulator.UsbEmulator} owns an in-process umockdev
 * testbed and plugs {@link org.ffmusb.emulator.model.DeviceModel device models} into it; real libusb,
 * libudev, lsusb and usbredirect (in this process or started through
 * {@link org.ffmusb.emulator.UsbEmulator#processBuilder}) then see them as USB devices.
 */
package org.ffmusb.emulator;
