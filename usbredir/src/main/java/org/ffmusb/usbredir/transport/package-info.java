/**
 * Moving usbredir bytes: {@link org.ffmusb.usbredir.transport.UsbRedirPeer} is what a host or guest
 * engine offers a transport (TCP, a SPICE channel, an in-process pipe).
 */
package org.ffmusb.usbredir.transport;
