package org.ffmusb.emulator.internal;

import java.util.HashMap;
import java.util.Map;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;

/**
 * What the host can change on a device: the active configuration, the alternate setting of each
 * interface, endpoint halts, bulk streams, remote wakeup; and for usbfs, which open file claimed which
 * interface (Linux's usbfs driver binding), which kernel driver is bound to an interface, and which
 * file claimed which hub port. Not thread-safe: guarded by the owning device's lock (the halts may also
 * be read without it).
 */
final class DeviceState {
    private final ClientSession[] claimOwner = new ClientSession[32];
    private final String[] kernelDriver = new String[32];
    /** By configuration value << 8 | interface number. */
    private final Map<Integer, String> probingDrivers = new HashMap<>();
    private final ClientSession[] portOwner = new ClientSession[Hub.PORTS + 1];
    private Configuration active;
    private int[] altSettings = new int[0];
    /** The endpoints of the current settings, by {@link Urbs#epIndex}. */
    private final Endpoint[] currentEndpoints = new Endpoint[32];
    /** The interface of the active configuration that has each endpoint in some setting, -1 for none. */
    private final int[] endpointInterface = new int[32];
    /** Written under the device lock; volatile so that {@link #isHalted} can be read without it. */
    private volatile int halted;
    /** Bulk streams allocated per endpoint (by {@link Urbs#epIndex}), 0 for none. */
    private final int[] streams = new int[32];
    private boolean remoteWakeup;

    Configuration active() {
        return active;
    }

    /** The alternate setting now selected on an interface of the active configuration, or null. */
    AltSetting currentAlt(int interfaceNumber) {
        if (active == null || interfaceNumber < 0 || interfaceNumber >= altSettings.length) {
            return null;
        }
        return active.iface(interfaceNumber).altSetting(altSettings[interfaceNumber]);
    }

    /** Linux's findintfep: the interface (any setting) of the active configuration with this endpoint. */
    int interfaceOfEndpoint(int address) {
        if ((address & ~0x8f) != 0) {
            return -errno_h.EINVAL;
        }
        if (active == null) {
            return -errno_h.ESRCH;
        }
        int owner = endpointInterface[Urbs.epIndex(address)];
        return owner >= 0 ? owner : -errno_h.ENOENT;
    }

    /** The endpoint with this address in the current settings (Linux's ep_in/ep_out), or null. */
    Endpoint currentEndpoint(int address) {
        return (address & ~0x8f) != 0 ? null : currentEndpoints[Urbs.epIndex(address)];
    }

    /**
     * Rebuilds the lookup tables after a change of configuration or setting: every transfer looks its
     * endpoint up, and a table lookup neither iterates nor allocates. The first interface (and, within
     * it, the first setting) that has an address owns it, as the list walks of Linux's findintfep and
     * of its ep_in/ep_out updates have it.
     */
    private void indexEndpoints() {
        java.util.Arrays.fill(endpointInterface, -1);
        java.util.Arrays.fill(currentEndpoints, null);
        if (active == null) {
            return;
        }
        for (Interface i : active.interfaces()) {
            for (AltSetting a : i.altSettings()) {
                for (Endpoint e : a.endpoints()) {
                    if (endpointInterface[Urbs.epIndex(e.address())] < 0) {
                        endpointInterface[Urbs.epIndex(e.address())] = i.number();
                    }
                }
            }
        }
        for (int i = 0; i < altSettings.length; i++) {
            for (Endpoint e : currentAlt(i).endpoints()) {
                if (currentEndpoints[Urbs.epIndex(e.address())] == null) {
                    currentEndpoints[Urbs.epIndex(e.address())] = e;
                }
            }
        }
    }

    /** May be called without the device lock (every transfer asks): a halt set or cleared under the lock
     *  is seen at once. */
    boolean isHalted(int endpoint) {
        return (halted & (1 << Urbs.epIndex(endpoint))) != 0;
    }

    void setHalted(int endpoint, boolean value) {
        int bit = 1 << Urbs.epIndex(endpoint);
        halted = value ? halted | bit : halted & ~bit;
    }

    /** The bulk streams allocated on an endpoint (usable ids 1..n), 0 for none. */
    int streams(int endpoint) {
        return streams[Urbs.epIndex(endpoint)];
    }

    void setStreams(int endpoint, int count) {
        streams[Urbs.epIndex(endpoint)] = count;
    }

    boolean remoteWakeup() {
        return remoteWakeup;
    }

    void setRemoteWakeup(boolean value) {
        remoteWakeup = value;
    }

    int altSetting(int interfaceNumber) {
        return altSettings[interfaceNumber];
    }

    /** Makes {@code c} (or none) the active configuration: settings 0, no halts. */
    void select(Configuration c) {
        active = c;
        altSettings = new int[c == null ? 0 : c.interfaces().size()];
        halted = 0;
        java.util.Arrays.fill(streams, 0);
        indexEndpoints();
    }

    void selectAlt(int interfaceNumber, int alt) {
        altSettings[interfaceNumber] = alt;
        for (Endpoint e : currentAlt(interfaceNumber).endpoints()) {
            setHalted(e.address(), false);
        }
        indexEndpoints();
    }

    ClientSession claimOwner(int interfaceNumber) {
        return claimOwner[interfaceNumber];
    }

    void setClaimOwner(int interfaceNumber, ClientSession session) {
        claimOwner[interfaceNumber] = session;
        if (session != null) {
            session.claimed |= 1 << interfaceNumber;
        }
    }

    /** The kernel driver bound to an interface (see {@link KernelDrivers}), or null. */
    String kernelDriver(int interfaceNumber) {
        return kernelDriver[interfaceNumber];
    }

    void setKernelDriver(int interfaceNumber, String name) {
        kernelDriver[interfaceNumber] = name;
    }

    /**
     * The kernel driver that takes an interface of the active configuration whenever it is free and
     * probed (see {@link KernelDrivers}), or null.
     */
    String probingDriver(int interfaceNumber) {
        return active == null ? null : probingDrivers.get(active.value() << 8 | interfaceNumber);
    }

    /** Names the driver that matches an interface of the active configuration. */
    void setProbingDriver(int interfaceNumber, String name) {
        probingDrivers.put(active.value() << 8 | interfaceNumber, name);
    }

    /** The name GETDRIVER reports: the kernel driver, "usbfs" while a file claims it, or null. */
    String boundDriver(int interfaceNumber) {
        if (kernelDriver[interfaceNumber] != null) {
            return kernelDriver[interfaceNumber];
        }
        return claimOwner[interfaceNumber] != null ? InterfaceRequests.USBFS : null;
    }

    /** The file that claimed hub port {@code port} (USBDEVFS_CLAIM_PORT), or null. */
    ClientSession portOwner(int port) {
        return portOwner[port];
    }

    void setPortOwner(int port, ClientSession session) {
        portOwner[port] = session;
    }

    /** Releases every port {@code session} claimed (it closed the file). */
    void releasePorts(ClientSession session) {
        for (int p = 0; p < portOwner.length; p++) {
            if (portOwner[p] == session) {
                portOwner[p] = null;
            }
        }
    }
}
