package org.ffmusb.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceContext;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.TransferError;

/**
 * A device model as a host controller sees it, whatever carries the host's requests: the descriptors,
 * the state the host changes ({@link DeviceState}: configuration, alternate settings, halts, streams),
 * the serialised calls into the model, and the rules every transfer follows (a halted endpoint stalls
 * without asking the model; a STALL halts a bulk or interrupt endpoint). {@link StandardRequests}
 * answers the standard requests on top of it. Two transports extend it: {@link EmulatedDevice} (usbfs
 * over umockdev: files, URBs, claims, sysfs) and {@link DirectCore} (a Java host's transfer handles).
 *
 * <p>{@link #lock} guards the state and is never held while calling a model. {@link #modelLock}
 * serialises model callbacks.
 */
public abstract class DeviceCore {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.emulator");

    /** {@link #collectPending}: every endpoint, the default pipe included. */
    static final int ANY_ENDPOINT = -1;
    /** {@link #settingsChanged}: the whole configuration changed, not one interface. */
    static final int ALL_INTERFACES = -1;

    final DeviceModel model;
    final DescriptorSet descriptors;
    final ReentrantLock lock = new ReentrantLock();
    /** Serialises model callbacks (see the subclasses for who holds it when). */
    final ReentrantLock modelLock;
    /** Configuration, settings, halts, streams (and usbfs claims): guarded by {@link #lock}. */
    final DeviceState state = new DeviceState();
    volatile boolean gone;

    DeviceCore(DeviceModel model, DescriptorSet descriptors, boolean fairModelLock) {
        this.model = model;
        this.descriptors = descriptors;
        this.modelLock = new ReentrantLock(fairModelLock);
    }

    public DeviceModel model() {
        return model;
    }

    public DescriptorSet descriptors() {
        return descriptors;
    }

    public boolean isGone() {
        return gone;
    }

    /** True for the root hub of a bus, which answers a few requests differently (no qualifier). */
    boolean isRootHub() {
        return false;
    }

    // ---- what a transport supplies

    /** Whether the current thread may use the buffer of a pending transfer (see {@link TransferCore#buffer}). */
    abstract boolean mayTouchBuffers();

    /** Adds the transfers in flight on {@code endpoint} (or on all, {@link #ANY_ENDPOINT}) to {@code out}. Lock held. */
    abstract void collectPending(int endpoint, List<TransferCore> out);

    /** Under the lock: makes {@code c} the active configuration (a transport adds its bindings around it). */
    void selectConfiguration(Configuration c, boolean changed) {
        state.select(c);
    }

    /**
     * After a configuration ({@code interfaceNumber} {@link #ALL_INTERFACES}) or an alternate setting
     * changed, before the model hears of it; no lock held. The transfers queued on endpoints the device
     * left behind are void: the direct transport cancels them, usbfs has its own kill rules.
     */
    void settingsChanged(int interfaceNumber) {}

    /** After a new configuration was selected (no lock held): the transport updates its view, the model hears of it. */
    void configurationChanged(Configuration c, boolean changed) {
        callModel(() -> model.configured(c));
    }

    // ---- transfers

    /**
     * A halted endpoint answers STALL without asking the model; everything else goes to the model. The
     * halt is read without the lock (see {@link DeviceState#isHalted}): this runs for every transfer.
     */
    void submitToModel(TransferCore t) {
        if (state.isHalted(t.endpoint())) {
            t.stall();
        } else {
            transferToModel(t);
        }
    }

    /**
     * Bookkeeping when any transfer ends: a STALL on a bulk/interrupt endpoint halts it. The lock is taken
     * only then, so that ending a transfer does not contend with the host submitting the next one.
     */
    void transferEnded(TransferCore t, int status) {
        if (status == -errno_h.EPIPE && isDataEndpoint(t.endpoint())) {
            lock.lock();
            try {
                state.setHalted(t.endpoint(), true);
            } finally {
                lock.unlock();
            }
        }
        forget(t);
    }

    /** The transport's own bookkeeping when a transfer ended (the direct one drops it from its list); no lock held. */
    void forget(TransferCore t) {}

    static boolean isDataEndpoint(int endpoint) {
        return (endpoint & 0x0f) != 0;
    }

    /** A functional stall from the device side: the endpoint halts, its pending transfers end with STALL. */
    void haltFromDevice(int endpoint) {
        List<TransferCore> stalled = new ArrayList<>();
        lock.lock();
        try {
            if (!isDataEndpoint(endpoint) || gone) {
                return;
            }
            state.setHalted(endpoint, true);
            collectPending(endpoint, stalled);
        } finally {
            lock.unlock();
        }
        for (TransferCore t : stalled) {
            t.finish(-errno_h.EPIPE, 0, 0, TransferCore.BY_DEVICE);
        }
    }

    /** The model's handle on its own device. */
    DeviceContext context() {
        return new DeviceContext() {
            @Override
            public void halt(int endpoint) {
                haltFromDevice(endpoint);
            }

            @Override
            public boolean isHalted(int endpoint) {
                lock.lock();
                try {
                    return state.isHalted(endpoint);
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    // ---- device-wide changes shared by the transports

    /**
     * A port reset (USBDEVFS_RESET, the direct host's reset): the device comes back with the same
     * configuration and alternate settings (Linux's usb_reset_and_verify_device re-applies them); halts,
     * streams and remote wakeup are gone. Lock held; returns the settings to announce with
     * {@link #announceReset}.
     */
    int[] resetStateLocked() {
        Configuration active = state.active();
        int[] alts = new int[active == null ? 0 : active.interfaces().size()];
        for (int i = 0; i < alts.length; i++) {
            alts[i] = state.altSetting(i);
        }
        state.select(active);
        for (int i = 0; i < alts.length; i++) {
            state.selectAlt(i, alts[i]);
        }
        state.setRemoteWakeup(false);
        return alts;
    }

    /** Tells the model about a reset: reset, the configuration, then every setting other than 0. No lock held. */
    void announceReset(Configuration active, int[] alts) {
        callModel(model::reset);
        callModel(() -> model.configured(active));
        for (int i = 0; i < alts.length; i++) {
            if (alts[i] != 0) {
                int ifnum = i;
                callModel(() -> model.interfaceSelected(ifnum, active.iface(ifnum).altSetting(alts[ifnum])));
            }
        }
    }

    // ---- calling the model

    /** Calls the model, serialised with other model callbacks; an exception is logged, never thrown. */
    void callModel(Runnable call) {
        modelLock.lock();
        try {
            call.run();
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "device model " + model.getClass().getName() + " failed", t);
        } finally {
            modelLock.unlock();
        }
    }

    /** Hands a bulk, interrupt or isochronous transfer to the model (see {@link #modelFailed}). */
    void transferToModel(TransferCore t) {
        modelLock.lock();
        try {
            model.transfer(t);
        } catch (Throwable e) {
            modelFailed(t, e);
        } finally {
            modelLock.unlock();
        }
    }

    /** Hands a control request to the model (see {@link #modelFailed}). */
    void controlToModel(ControlCore t) {
        modelLock.lock();
        try {
            model.control(t);
        } catch (Throwable e) {
            modelFailed(t, e);
        } finally {
            modelLock.unlock();
        }
    }

    /** A model that throws on a transfer fails it as a device would that stopped answering (control:
     *  STALL, others: transaction error). No lambda on this path: a transfer allocates nothing. */
    private void modelFailed(TransferCore t, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "device model " + model.getClass().getName() + " failed on " + t, e);
        if (t instanceof ControlCore) {
            t.stall();
        } else {
            t.fail(TransferError.TRANSACTION_ERROR, 0);
        }
    }

    static void runGuarded(Runnable r, String what) {
        try {
            r.run();
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.ERROR, what + " failed", e);
        }
    }
}
