package org.ffmusb.libusb.testing;

import org.ffmusb.emulator.model.ControlTransfer;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Transfer;
import org.ffmusb.emulator.model.TransferError;
import org.ffmusb.emulator.models.loopback.CountingPattern;
import org.ffmusb.emulator.models.loopback.Loopback;

/**
 * The loopback device with an isochronous IN source whose packets fail in a fixed pattern, as a bus
 * would lose some: of every four packets, the second is a transaction error with no data, the third
 * missed its microframe, the fourth is short (half its length); the first is whole. Completes at once.
 */
public final class IsoPacketErrors implements DeviceModel {
    private final Loopback loopback = new Loopback();
    private int sequence;

    @Override
    public DeviceDefinition definition() {
        return loopback.definition();
    }

    @Override
    public void transfer(Transfer t) {
        if (t.endpoint() != Loopback.EP_ISO_IN) {
            loopback.transfer(t);
            return;
        }
        for (int i = 0; i < t.isoPacketCount(); i++) {
            int length = t.isoPacketLength(i);
            switch (i % 4) {
                case 1 -> t.isoPacket(i, 0, TransferError.TRANSACTION_ERROR);
                case 2 -> t.isoPacket(i, 0, TransferError.MISSED);
                case 3 -> {
                    CountingPattern.fillPacket(t.buffer(), t.isoPacketOffset(i), length / 2, sequence);
                    t.isoPacket(i, length / 2, null);
                }
                default -> {
                    CountingPattern.fillPacket(t.buffer(), t.isoPacketOffset(i), length, sequence);
                    t.isoPacket(i, length, null);
                }
            }
            sequence++;
        }
        t.completeIso();
    }

    @Override
    public void control(ControlTransfer t) {
        loopback.control(t);
    }
}
