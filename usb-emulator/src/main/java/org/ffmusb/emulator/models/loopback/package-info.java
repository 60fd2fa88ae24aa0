/**
 * The loopback test device: bulk and interrupt loopback, bulk source/sink, isochronous source/sink
 * with a counting pattern, and vendor requests that make it stall or babble on demand.
 */
package org.ffmusb.emulator.models.loopback;
