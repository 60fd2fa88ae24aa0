/**
 * The device models that ship with the emulator ({@link org.ffmusb.emulator.models.ModelCatalog}):
 * loopback, mass storage and HID keyboard, each in its own package.
 */
package org.ffmusb.emulator.models;
