/**
 * usbredir device filters (reference §8 of shared/reference/usbredir-protocol.md), equal to C
 * usbredirfilter 0.13: {@link org.ffmusb.usbredir.filter.UsbRedirFilter} parses and writes filter
 * strings such as spice-gtk's default {@code 0x03,-1,-1,-1,0|-1,-1,-1,-1,1} into
 * {@link org.ffmusb.usbredir.filter.FilterRule}s, checks a
 * {@link org.ffmusb.usbredir.filter.FilterDevice} against them (giving a
 * {@link org.ffmusb.usbredir.filter.FilterVerdict}), and describes them for people. Everything here is
 * immutable and thread-safe. The interop tests feed the same strings and devices to the C library and
 * assert identical results; the one deliberate difference (numbers beyond a C {@code int} are rejected,
 * not truncated) is documented on {@code UsbRedirFilter}.
 */
package org.ffmusb.usbredir.filter;
