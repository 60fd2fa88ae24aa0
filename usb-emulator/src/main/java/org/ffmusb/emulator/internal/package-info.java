/**
 * The umockdev adapter: the testbed, the sysfs records derived from a model's descriptors, and the
 * usbfs ioctl emulation (Linux drivers/usb/core/devio.c semantics: URB submission, reaping, discards,
 * claims, configuration and alternate settings, halts, resets, synchronous transfers) on top of the
 * {@code ffi} bindings. Not exported.
 */
package org.ffmusb.emulator.internal;
