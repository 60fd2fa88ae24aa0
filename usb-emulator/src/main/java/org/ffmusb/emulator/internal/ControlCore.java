package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.model.ControlTransfer;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.SetupPacket;

/** A control transfer on the default pipe: the setup packet and the data stage. */
public final class ControlCore extends TransferCore implements ControlTransfer {
    private volatile SetupPacket setup;

    ControlCore(DeviceCore device, SetupPacket setup, int flags, MemorySegment data, Backing backing) {
        super(device, endpointOf(setup), EndpointType.CONTROL, hasInData(setup), setup.length(), 0, flags, data, null,
                backing);
        this.setup = setup;
    }

    /** Re-arms an ended control transfer with a new request (see {@link TransferCore#rearm}). */
    void rearm(SetupPacket setup, int flags, MemorySegment data) {
        this.setup = setup;
        rearm(endpointOf(setup), EndpointType.CONTROL, hasInData(setup), setup.length(), 0, flags, data, 0, null);
    }

    /** 0x80 while data flows to the host, as usbfs reports a control URB's pipe; 0x00 otherwise. */
    private static int endpointOf(SetupPacket setup) {
        return hasInData(setup) ? 0x80 : 0x00;
    }

    private static boolean hasInData(SetupPacket setup) {
        return setup.isIn() && setup.length() > 0;
    }

    @Override
    public SetupPacket setup() {
        return setup;
    }

    @Override
    public String toString() {
        return "control transfer " + setup;
    }
}
