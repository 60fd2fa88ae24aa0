/**
 * How to write a USB device in Java: a {@link org.ffmusb.emulator.model.DeviceModel} is a
 * {@link org.ffmusb.emulator.model.DeviceDefinition} (device, configurations, interfaces, alternate
 * settings, endpoints, strings, BOS) plus handlers for class/vendor control requests and for the
 * transfers of its bulk, interrupt and isochronous endpoints. Standard requests are answered once for
 * all devices by the emulator. {@link org.ffmusb.emulator.model.DescriptorSet} turns a definition into
 * the exact descriptor bytes. Nothing here touches native code; the emulator that serves models to
 * real USB libraries is {@link org.ffmusb.emulator.UsbEmulator}.
 */
package org.ffmusb.emulator.model;
