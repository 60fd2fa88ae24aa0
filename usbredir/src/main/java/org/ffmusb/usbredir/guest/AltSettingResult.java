package org.ffmusb.usbredir.guest;

/**
 * alt_setting_status: the reply to set_alt_setting and get_alt_setting (reference §9.2).
 *
 * @param alt the interface's alternate setting after the request; 0xff when the interface is unknown or
 *            the device is gone
 */
public record AltSettingResult(int status, int interfaceNumber, int alt) implements GuestResult {}
