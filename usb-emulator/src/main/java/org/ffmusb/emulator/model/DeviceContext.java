package org.ffmusb.emulator.model;

/**
 * What a plugged-in model can do to its own device beyond answering transfers. Thread-safe.
 */
public interface DeviceContext {

    /**
     * Halts an endpoint from the device side (a functional stall, e.g. Bulk-Only Transport ending a
     * short data phase or refusing an invalid CBW): the transfers pending on it end with STALL, and so
     * does every later one until the host clears the halt (CLEAR_FEATURE(ENDPOINT_HALT)).
     */
    void halt(int endpoint);

    /** True while an endpoint is halted. */
    boolean isHalted(int endpoint);
}
