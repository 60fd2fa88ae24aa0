package org.ffmusb.emulator.model;

/**
 * A USB device written in Java: its descriptors and the behaviour of its endpoints. The emulator
 * answers all standard requests itself (GET_DESCRIPTOR of every kind it can derive from
 * {@link #definition()}, GET/SET_CONFIGURATION, GET/SET_INTERFACE, GET_STATUS, SET/CLEAR_FEATURE,
 * SET_ADDRESS) and keeps endpoint halts; a model only sees what is specific to it.
 *
 * <h2>Threads</h2>
 * Callbacks run one at a time. Served through a {@link org.ffmusb.emulator.UsbEmulator}, they run on
 * the emulator's I/O thread ({@code usb-emulator-io}: umockdev's worker thread, which serves the usbfs
 * ioctls of every process in the testbed), except {@link #plugged} and {@link #unplugged()}, which run
 * on the thread that plugs or unplugs the device, and cancellation hooks ({@link Transfer#onCancel}),
 * which run on the cancelling thread. Driven by a {@link org.ffmusb.emulator.direct.DirectDevice},
 * they (hooks included) run on whichever thread drives the device at the time: the host's, or the
 * device's worker; never nested in one another, and never inside a completion of the model's own.
 * Callbacks must not block: a transfer that has to wait (an interrupt IN until a key is pressed) is
 * kept and completed later from any thread.
 */
public interface DeviceModel {

    /** The descriptors; called once when the device is plugged in. */
    DeviceDefinition definition();

    /** The device is being plugged in (before the host sees it); {@code context} stays valid until
     *  {@link #unplugged()}. Runs on the thread that plugs the device. */
    default void plugged(DeviceContext context) {}

    /** A bulk, interrupt or isochronous transfer on one of the endpoints of the active settings.
     *  Transfers to a halted endpoint never get here (the emulator stalls them). */
    void transfer(Transfer transfer);

    /** A class or vendor request, or a standard one the emulator leaves to the model (see
     *  {@link ControlTransfer}). The default stalls, like a device that does not know the request. */
    default void control(ControlTransfer transfer) {
        transfer.stall();
    }

    /** The host selected a configuration ({@code null}: back to the unconfigured state). All
     *  interfaces are at alternate setting 0 and no endpoint is halted. */
    default void configured(Configuration configuration) {}

    /** The host selected an alternate setting (SET_INTERFACE); the setting's endpoints are un-halted. */
    default void interfaceSelected(int interfaceNumber, AltSetting setting) {}

    /** The host cleared a halt (CLEAR_FEATURE(ENDPOINT_HALT)); the data toggle restarts. */
    default void haltCleared(int endpoint) {}

    /** Bus reset (USBDEVFS_RESET): the device is re-enumerated and comes back configured as before. */
    default void reset() {}

    /** The device was unplugged; every pending transfer has already ended. */
    default void unplugged() {}
}
