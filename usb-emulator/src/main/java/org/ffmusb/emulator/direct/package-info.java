/**
 * Device models driven in-process by a Java host, as a host controller would drive them, without
 * umockdev, preload library, file descriptors or native code: {@link org.ffmusb.emulator.direct.DirectDevice}
 * (descriptors, configuration, alternate settings, halts, reset, bulk streams, unplug) and reusable,
 * zero-copy {@link org.ffmusb.emulator.direct.DirectTransfer}s of all four types. Standard requests are
 * answered by the same code as for the devices {@link org.ffmusb.emulator.UsbEmulator} serves to native
 * libraries, so a model looks the same to both kinds of host. This is the backend of the usbredir host
 * for emulated devices.
 */
package org.ffmusb.emulator.direct;
