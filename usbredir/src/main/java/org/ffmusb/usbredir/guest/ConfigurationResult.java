package org.ffmusb.usbredir.guest;

/**
 * configuration_status: the reply to set_configuration and get_configuration (reference §9.2).
 *
 * @param configuration the device's configuration value after the request (0 when unconfigured or on
 *                      errors)
 */
public record ConfigurationResult(int status, int configuration) implements GuestResult {}
