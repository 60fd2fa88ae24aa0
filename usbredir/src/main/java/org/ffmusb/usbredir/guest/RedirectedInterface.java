package org.ffmusb.usbredir.guest;

/**
 * An interface of the device's active configuration, as the host's interface_info reports it (the
 * class codes of the currently selected alternate setting; reference §4).
 */
public record RedirectedInterface(int number, int interfaceClass, int interfaceSubclass, int interfaceProtocol) {}
