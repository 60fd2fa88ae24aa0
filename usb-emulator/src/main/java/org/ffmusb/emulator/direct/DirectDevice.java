package org.ffmusb.emulator.direct;

import java.util.Objects;
import org.ffmusb.emulator.direct.DirectTransfer.Status;
import org.ffmusb.emulator.internal.DirectCore;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.Speed;

/**
 * A {@link DeviceModel} driven in-process as a host controller drives a device: no umockdev, no
 * preload library, no file descriptors, no native code. A Java host (the usbredir host's emulated
 * backend) reads what it needs to describe the device, changes its configuration and settings, and
 * moves data with reusable {@link DirectTransfer}s whose buffers the model reads and writes in place.
 * Standard requests are answered by the same code as on the umockdev path, so the device looks the
 * same to a host either way.
 *
 * <pre>{@code
 * try (DirectDevice disk = DirectDevice.attach(new MassStorage(image))) {
 *     DirectTransfer in = disk.newTransfer(EndpointType.BULK, 0x81).buffer(segment);
 *     in.submit(t -> handle(t.status(), t.actualLength()));   // on the device's worker thread
 * }
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 * {@link #attach} plugs the model in as the umockdev path does: {@code plugged}, then the first
 * configuration is selected (Linux's enumeration selects it) and the model hears {@code configured}.
 * {@link #unplug} (or {@link #close}) ends every transfer in flight with {@link Status#NO_DEVICE};
 * submissions and operations afterwards are refused with the same status.
 *
 * <h2>Threads</h2>
 * Thread-safe. Model callbacks of one device run one at a time, and so do its transfer completions,
 * never nested: a completion that submits the next transfer only queues it, and the model sees it when
 * the completion has returned. Completions must not block. Which thread runs them
 * is chosen at {@link #attach(DeviceModel, Dispatch) attach}:
 * <ul>
 *   <li>{@link Dispatch#WORKER} (the default): the device's worker thread
 *   {@code usb-emulator-direct-VID:PID-N}, like libusb's event thread. {@link DirectTransfer#submit}
 *   and {@link DirectTransfer#cancel} only queue (a few hundred nanoseconds), and a completion never
 *   runs inside them, even when the model answers at once.</li>
 *   <li>{@link Dispatch#CALLER}: the thread that drives the device when no one else does, with no
 *   thread switch: a model that answers at once completes the transfer inside {@code submit} on the
 *   caller's thread, before it returns (record a transfer as in flight before submitting it). The
 *   worker takes over when completions keep resubmitting, the timer thread
 *   {@code usb-emulator-direct-timer} may run timeouts' completions.</li>
 * </ul>
 * In both modes a transfer a model completes from a thread of its own (a timer, a key typed from
 * Java) is delivered by the worker. The operations ({@link #setConfiguration}, {@link #setAltSetting},
 * {@link #clearHalt}, {@link #reset}, streams, {@link #unplug}) run on the calling thread, model
 * callbacks included, once no model callback of this device is running (with {@link Dispatch#CALLER},
 * no completion either). With {@link Dispatch#WORKER} they never wait for a completion, so a host may
 * call them holding a lock its completion handlers take (as a host does with libusb); completions then
 * run while an operation's model callbacks do, but never concurrently with each other, and an operation
 * called from a completion does not run other completions inside it. Do not call the operations of one
 * device from a completion of another one whose completions call back into the first.
 */
public final class DirectDevice implements AutoCloseable {
    /** Which thread runs model callbacks for transfers, and completions (see the class comment). */
    public enum Dispatch {
        /** The device's worker thread; never inside submit or cancel. */
        WORKER,
        /** The thread driving the device, inside submit when the model answers at once. */
        CALLER
    }

    private final DirectCore core;

    private DirectDevice(DirectCore core) {
        this.core = core;
    }

    /** Plugs {@code model} in with completions on the device's worker thread ({@link Dispatch#WORKER}). */
    public static DirectDevice attach(DeviceModel model) {
        return attach(model, Dispatch.WORKER);
    }

    /** Plugs {@code model} in; its {@code plugged} and {@code configured} callbacks run on this thread. */
    public static DirectDevice attach(DeviceModel model, Dispatch dispatch) {
        Objects.requireNonNull(dispatch, "dispatch");
        return new DirectDevice(DirectCore.attach(Objects.requireNonNull(model, "model"), dispatch == Dispatch.WORKER));
    }

    // ---- what a host reads to describe the device

    public DeviceModel model() {
        return core.model();
    }

    /** The descriptors of every kind, as GET_DESCRIPTOR returns them. */
    public DescriptorSet descriptors() {
        return core.descriptors();
    }

    public DeviceDefinition definition() {
        return core.descriptors().definition();
    }

    public Speed speed() {
        return definition().speed();
    }

    /** The 18-byte device descriptor, byte for byte what GET_DESCRIPTOR(DEVICE) returns. */
    public byte[] deviceDescriptor() {
        return core.descriptors().device();
    }

    public int configurationCount() {
        return core.descriptors().configurationCount();
    }

    /** Configuration descriptor {@code index} in full (wTotalLength bytes), as GET_DESCRIPTOR(CONFIGURATION, index)
     *  returns it; null if there is none. */
    public byte[] configurationDescriptor(int index) {
        return core.descriptors().configuration(index);
    }

    /** The active configuration, or null while unconfigured. */
    public Configuration activeConfiguration() {
        return core.activeConfiguration();
    }

    /** bConfigurationValue of the active configuration, 0 while unconfigured (what GET_CONFIGURATION says). */
    public int activeConfigurationValue() {
        Configuration c = core.activeConfiguration();
        return c == null ? 0 : c.value();
    }

    /** The alternate setting selected on an interface of the active configuration, -1 if there is no such interface. */
    public int altSetting(int interfaceNumber) {
        return core.altSetting(interfaceNumber);
    }

    /** The selected setting of an interface of the active configuration, or null. */
    public AltSetting currentAltSetting(int interfaceNumber) {
        Configuration c = core.activeConfiguration();
        int alt = core.altSetting(interfaceNumber);
        return c == null || alt < 0 ? null : c.iface(interfaceNumber).altSetting(alt);
    }

    /** The endpoint with this address in the current settings (what transfers can reach), or null. */
    public Endpoint endpoint(int address) {
        return core.endpoint(address);
    }

    /** True while a bulk or interrupt endpoint is halted (after a STALL, until {@link #clearHalt}). */
    public boolean isHalted(int endpoint) {
        return core.isHalted(endpoint);
    }

    /** The bulk streams allocated on an endpoint (usable stream ids 1..n), 0 for none. */
    public int streams(int endpoint) {
        return core.streams(endpoint);
    }

    public boolean isAttached() {
        return !core.isGone();
    }

    // ---- what a host controller does to it

    /**
     * SET_CONFIGURATION ({@code 0} unconfigures). The same value again resets the configuration
     * (settings 0, halts cleared). Transfers in flight on data endpoints end {@link Status#CANCELLED}.
     *
     * @return COMPLETED; STALL for a value the device does not have (Linux's usb_set_configuration
     *     answers EINVAL); NO_DEVICE once unplugged
     */
    public Status setConfiguration(int value) {
        return Status.of(core.setConfiguration(value));
    }

    /**
     * SET_INTERFACE; the new setting's endpoints start un-halted. Transfers in flight on the
     * interface's endpoints end {@link Status#CANCELLED}, as usbfs kills them.
     *
     * @return COMPLETED; STALL for an interface or setting the active configuration does not have;
     *     NO_DEVICE once unplugged
     */
    public Status setAltSetting(int interfaceNumber, int altSetting) {
        return Status.of(core.setAltSetting(interfaceNumber, altSetting));
    }

    /**
     * CLEAR_FEATURE(ENDPOINT_HALT): the endpoint accepts transfers again, the data toggle restarts and
     * the model hears {@code haltCleared}. Transfers still in flight stay in flight.
     *
     * @return COMPLETED; STALL for an endpoint not in the current settings; NO_DEVICE once unplugged
     */
    public Status clearHalt(int endpoint) {
        return Status.of(core.clearHalt(endpoint));
    }

    /**
     * A port reset as USBDEVFS_RESET does it: every transfer in flight ends {@link Status#CANCELLED},
     * the model hears {@code reset}, then the configuration and the alternate settings are restored
     * ({@code configured}, {@code interfaceSelected}); halts and streams are gone.
     *
     * @return COMPLETED, or NO_DEVICE once unplugged
     */
    public Status reset() {
        return Status.of(core.reset());
    }

    /**
     * Allocates {@code count} bulk streams on SuperSpeed bulk endpoints of one interface, as xHCI
     * does: fewer if the endpoints offer fewer ({@link #streams} tells how many). The endpoints'
     * transfers in flight end {@link Status#CANCELLED} first.
     *
     * @return COMPLETED; ERROR for what Linux refuses with EINVAL (count outside 2..65536, an endpoint
     *     without streams or not in the current settings, endpoints of two interfaces, streams already
     *     allocated); NO_DEVICE once unplugged
     */
    public Status allocateStreams(int count, int... endpoints) {
        return Status.of(core.changeStreams(true, count, endpoints.clone()));
    }

    /** Frees the streams of the endpoints; ERROR if one has none. See {@link #allocateStreams}. */
    public Status freeStreams(int... endpoints) {
        return Status.of(core.changeStreams(false, 0, endpoints.clone()));
    }

    /**
     * Unplugs: every transfer in flight ends {@link Status#NO_DEVICE}; when this returns their
     * completions and the model's {@code unplugged} have run (called from a completion: right after
     * it returns), and the worker thread ends. Idempotent.
     */
    public void unplug() {
        core.unplug();
    }

    /** {@link #unplug()}. */
    @Override
    public void close() {
        unplug();
    }

    /**
     * Runs {@code listener} once, when the device is unplugged: after the completions of the transfers
     * the unplug ended and the model's {@code unplugged}, on the thread that ran them (at once, on this
     * thread, if the device is already unplugged). A host learns of the loss this way even with no
     * transfer in flight. It must not block.
     */
    public void onUnplugged(Runnable listener) {
        core.onUnplugged(Objects.requireNonNull(listener, "listener"));
    }

    // ---- transfers

    /** A reusable control transfer on the default pipe; set the request with {@link DirectTransfer#setup}. */
    public DirectTransfer newControlTransfer() {
        return new DirectTransfer(this, core, EndpointType.CONTROL, 0, 0);
    }

    /** A reusable bulk or interrupt transfer on {@code endpoint} (bit 7 set for IN). */
    public DirectTransfer newTransfer(EndpointType type, int endpoint) {
        if (type != EndpointType.BULK && type != EndpointType.INTERRUPT) {
            throw new IllegalArgumentException("newTransfer is for bulk and interrupt transfers, not " + type
                    + " (see newControlTransfer, newIsoTransfer)");
        }
        return new DirectTransfer(this, core, type, endpoint, 0);
    }

    /** A reusable isochronous transfer of up to {@code maxPackets} packets (1..128) on {@code endpoint}. */
    public DirectTransfer newIsoTransfer(int endpoint, int maxPackets) {
        if (maxPackets < 1 || maxPackets > 128) {
            throw new IllegalArgumentException("an isochronous transfer has 1..128 packets (usbfs's limit), not "
                    + maxPackets);
        }
        return new DirectTransfer(this, core, EndpointType.ISOCHRONOUS, endpoint, maxPackets);
    }

    @Override
    public String toString() {
        return core + (core.isGone() ? " (unplugged)" : "");
    }
}
