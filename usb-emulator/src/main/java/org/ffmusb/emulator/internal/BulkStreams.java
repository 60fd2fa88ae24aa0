package org.ffmusb.emulator.internal;

import java.util.function.IntUnaryOperator;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.EndpointType;

/**
 * SuperSpeed bulk streams as Linux hands them out (usb_alloc_streams over xhci_alloc_streams, and the
 * free side), for both transports: usbfs's ALLOC_STREAMS/FREE_STREAMS and the direct host. Only bulk
 * endpoints of a SuperSpeed device whose companion descriptor offers streams have any. Results are a
 * count or 0, or a negative errno. Device lock held by every caller.
 */
final class BulkStreams {
    private BulkStreams() {}

    /**
     * The interface all of {@code endpoints} belong to, as parse_usbdevfs_streams checks them: each in
     * the current settings (else EINVAL), all of one interface (else EINVAL). {@code claim} vets the
     * interface of the first endpoint for the caller before the others are looked at (usbfs: checkintf,
     * which may claim it) and returns 0 or a negative errno.
     */
    static int interfaceOf(DeviceCore dev, int[] endpoints, IntUnaryOperator claim) {
        int ifnum = -1;
        for (int i = 0; i < endpoints.length; i++) {
            int ep = endpoints[i];
            Endpoint e = dev.state.currentEndpoint(ep);
            int owner = e == null ? -errno_h.EINVAL : dev.state.interfaceOfEndpoint(ep);
            if (owner < 0) {
                return owner;
            }
            if (i == 0) {
                int r = claim.applyAsInt(owner);
                if (r < 0) {
                    return r;
                }
                ifnum = owner;
            } else if (owner != ifnum) {
                return -errno_h.EINVAL;
            }
        }
        return ifnum;
    }

    /** The most streams every endpoint offers (2^MaxStreams of its companion descriptor), 0 if one has none. */
    static int capacity(DeviceCore dev, int[] endpoints) {
        int max = Integer.MAX_VALUE;
        for (int ep : endpoints) {
            Endpoint e = dev.state.currentEndpoint(ep);
            boolean streamCapable = e != null && dev.descriptors.definition().speed().isSuperSpeed()
                    && e.type() == EndpointType.BULK && e.maxStreams() > 0;
            max = streamCapable ? Math.min(max, 1 << e.maxStreams()) : 0;
        }
        return max;
    }

    /**
     * Allocates: xHCI adds stream 0, which it keeps for itself, caps the count at {@code capacity} and
     * hands out the rest (ids 1..granted). EINVAL if nothing is left to grant or an endpoint has streams.
     */
    static int allocate(DeviceCore dev, int[] endpoints, int numStreams, int capacity) {
        int granted = Math.min(numStreams + 1, capacity) - 1;
        if (granted < 1) {
            return -errno_h.EINVAL;
        }
        for (int ep : endpoints) {
            if (dev.state.streams(ep) != 0) {
                return -errno_h.EINVAL;
            }
        }
        for (int ep : endpoints) {
            dev.state.setStreams(ep, granted);
        }
        return granted;
    }

    /** Frees the streams of every endpoint; EINVAL (and nothing freed) if one has none. */
    static int free(DeviceCore dev, int[] endpoints) {
        for (int ep : endpoints) {
            if (dev.state.streams(ep) == 0) {
                return -errno_h.EINVAL;
            }
        }
        for (int ep : endpoints) {
            dev.state.setStreams(ep, 0);
        }
        return 0;
    }
}
