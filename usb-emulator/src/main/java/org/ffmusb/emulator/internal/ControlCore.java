package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.model.ControlTransfer;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.model.SetupPacket;

/** A control transfer on the default pipe: the setup packet and the data stage. */
public final class ControlCore extends TransferCore implements ControlTransfer {
    private final SetupPacket setup;

    ControlCore(EmulatedDevice device, SetupPacket setup, int flags, MemorySegment data, Backing backing) {
        super(device, setup.isIn() && setup.length() > 0 ? 0x80 : 0x00, EndpointType.CONTROL,
                setup.isIn() && setup.length() > 0, setup.length(), 0, flags, data, null, backing);
        this.setup = setup;
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
