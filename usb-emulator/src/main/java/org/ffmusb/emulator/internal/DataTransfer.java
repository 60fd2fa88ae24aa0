package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.model.EndpointType;

/** A bulk, interrupt or isochronous transfer handed to a model. */
final class DataTransfer extends TransferCore {
    DataTransfer(DeviceCore device, int endpoint, EndpointType type, int length, int streamId, int flags,
            MemorySegment buffer, MemorySegment isoDescriptors, Backing backing) {
        super(device, endpoint, type, (endpoint & 0x80) != 0, length, streamId, flags, buffer, isoDescriptors,
                backing);
    }
}
