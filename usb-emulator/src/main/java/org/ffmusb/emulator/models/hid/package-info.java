/** The HID boot keyboard: key reports typed from Java, LEDs and idle rate set by the host. */
package org.ffmusb.emulator.models.hid;
