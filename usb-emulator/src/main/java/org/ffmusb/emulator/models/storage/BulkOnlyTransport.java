package org.ffmusb.emulator.models.storage;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import org.ffmusb.emulator.model.DeviceContext;
import org.ffmusb.emulator.model.Transfer;
import org.ffmusb.emulator.model.TransferError;

/**
 * USB Mass Storage Class Bulk-Only Transport 1.0: CBW on bulk OUT, optional data phase, CSW on bulk
 * IN. The thirteen host/device expectation cases of §6.7 are resolved as the spec asks: a data phase
 * the device ends early is terminated with a short packet and a STALL of the pipe (so transfers the
 * host queued behind it cannot swallow the CSW), disagreements of direction or length are phase
 * errors, and an invalid or meaningless CBW halts both pipes until Reset Recovery (§5.3.4: the class
 * request Bulk-Only Mass Storage Reset, then CLEAR_FEATURE(ENDPOINT_HALT) on both endpoints).
 *
 * <p>Runs in the model's callbacks, where transfer buffers may be used directly; the queue of IN
 * transfers is also touched by cancellation hooks, which may run elsewhere, so the state is guarded by
 * this object's monitor. Commands allocate nothing in the steady state of READ and WRITE.
 */
final class BulkOnlyTransport {
    static final int CBW_LENGTH = 31;
    static final int CSW_LENGTH = 13;
    private static final int CBW_SIGNATURE = 0x43425355;
    private static final int CSW_SIGNATURE = 0x53425355;
    private static final int STATUS_GOOD = 0;
    private static final int STATUS_FAILED = 1;
    private static final int STATUS_PHASE_ERROR = 2;
    private static final ValueLayout.OfInt LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private enum Phase { COMMAND, DATA_IN, DATA_OUT, STATUS, RESET_NEEDED }

    private final ScsiDisk disk;
    private final int inEndpoint;
    private final int outEndpoint;
    private final ArrayDeque<Transfer> waitingIn = new ArrayDeque<>();
    // Reused by every command (under this object's monitor), so that READ and WRITE allocate nothing.
    private final Runnable forgetCancelled = this::forgetCancelled;
    private final CbwReader cbwReader = new CbwReader();
    private final Mover mover = new Mover();
    private final MemorySegment csw = MemorySegment.ofArray(new byte[CSW_LENGTH]);
    private DeviceContext device;
    private Phase phase = Phase.COMMAND;
    private int tag;
    private long hostLength;
    private ScsiCommand command;
    /** Bytes the device moves in this data phase: min(device length, host length). */
    private long dataLength;
    private long moved;
    private int status;
    /** After the data: halt the data pipe, because the device moved less than the host expected. */
    private boolean stallAfterData;

    BulkOnlyTransport(ScsiDisk disk, int inEndpoint, int outEndpoint) {
        this.disk = disk;
        this.inEndpoint = inEndpoint;
        this.outEndpoint = outEndpoint;
    }

    synchronized void attach(DeviceContext context) {
        this.device = context;
    }

    /** Bulk-Only Mass Storage Reset: ready for a CBW; the host clears the halts itself. */
    synchronized void reset() {
        phase = Phase.COMMAND;
        command = null;
    }

    synchronized void out(Transfer t) {
        switch (phase) {
            case COMMAND -> commandBlock(t);
            case DATA_OUT -> dataOut(t);
            default -> {
                // OUT data while the device has something to send, or after a bad CBW: refuse it.
                t.stall();
                halt(outEndpoint);
            }
        }
    }

    synchronized void in(Transfer t) {
        waitingIn.add(t);
        t.onCancel(forgetCancelled);
        serveIn();
    }

    /** A transfer waiting here was cancelled: drop it (one hook for all: a transfer allocates nothing). */
    private synchronized void forgetCancelled() {
        waitingIn.removeIf(t -> !t.isPending());
    }

    private void commandBlock(Transfer t) {
        cbwReader.valid = false;
        cbwReader.length = t.length();
        if (!t.access(cbwReader) || !cbwReader.valid) {
            if (!t.isPending()) {
                return;
            }
            phase = Phase.RESET_NEEDED;
            t.stall();
            halt(outEndpoint);
            halt(inEndpoint);
            return;
        }
        tag = cbwReader.tag;
        hostLength = Integer.toUnsignedLong(cbwReader.dataLength);
        boolean hostIn = (cbwReader.flags & 0x80) != 0;
        byte[] cdb = cbwReader.cdb;
        command = disk.execute(cdb);
        moved = 0;
        stallAfterData = false;
        status = command.good() ? STATUS_GOOD : STATUS_FAILED;
        t.complete(CBW_LENGTH);
        plan(hostIn);
        serveIn();
    }

    /** Matches what the host expects with what the command wants (BOT §6.7, cases 1-13). */
    private void plan(boolean hostIn) {
        ScsiCommand.Direction d = command.direction();
        long deviceLength = d == ScsiCommand.Direction.NONE ? 0 : command.length();
        if (hostLength == 0) {
            // Hn: cases 1 (Dn), 2 (Di) and 3 (Do)
            status = deviceLength == 0 ? status : STATUS_PHASE_ERROR;
            phase = Phase.STATUS;
        } else if (hostIn) {
            if (d == ScsiCommand.Direction.OUT) {
                status = STATUS_PHASE_ERROR; // case 8: Hi <> Do
                toStatusHalting(inEndpoint);
            } else if (deviceLength == 0) {
                toStatusHalting(inEndpoint); // case 4: Hi > Dn
            } else {
                dataLength = Math.min(deviceLength, hostLength);
                if (deviceLength > hostLength) {
                    status = STATUS_PHASE_ERROR; // case 7: Hi < Di
                }
                stallAfterData = deviceLength < hostLength; // case 5: Hi > Di
                phase = Phase.DATA_IN;
            }
        } else {
            if (d == ScsiCommand.Direction.IN) {
                status = STATUS_PHASE_ERROR; // case 10: Ho <> Di
                toStatusHalting(outEndpoint);
            } else if (deviceLength == 0) {
                toStatusHalting(outEndpoint); // case 9: Ho > Dn
            } else if (deviceLength > hostLength) {
                status = STATUS_PHASE_ERROR; // case 13: Ho < Do; nothing is written
                toStatusHalting(outEndpoint);
            } else {
                dataLength = deviceLength;
                stallAfterData = deviceLength < hostLength; // case 11: Ho > Do
                phase = Phase.DATA_OUT;
            }
        }
    }

    private void toStatusHalting(int endpoint) {
        phase = Phase.STATUS;
        halt(endpoint);
    }

    private void dataOut(Transfer t) {
        if (!t.isPending()) {
            return;
        }
        int n = (int) Math.min(t.length(), dataLength - moved);
        t.access(mover.of(moved, n));
        moved += n;
        if (n < t.length()) {
            // The device wanted less than the host sends: take what it needs, then STALL (case 11).
            phase = Phase.STATUS;
            t.fail(TransferError.STALL, n);
            halt(outEndpoint);
            return;
        }
        t.complete(n);
        if (moved == dataLength) {
            phase = Phase.STATUS;
            if (stallAfterData) {
                halt(outEndpoint);
            }
        }
    }

    private void serveIn() {
        while (!waitingIn.isEmpty()) {
            Transfer t = waitingIn.peek();
            if (!t.isPending()) {
                waitingIn.poll(); // stalled by a halt, or cancelled
                continue;
            }
            switch (phase) {
                case DATA_IN -> dataIn(t);
                case STATUS -> statusIn(t);
                case RESET_NEEDED -> {
                    waitingIn.poll();
                    t.stall();
                }
                default -> {
                    return; // nothing to send before a CBW: the device NAKs
                }
            }
        }
    }

    private void dataIn(Transfer t) {
        waitingIn.poll();
        int n = (int) Math.min(t.length(), dataLength - moved);
        t.access(mover.of(moved, n));
        moved += n;
        boolean done = moved == dataLength;
        if (done) {
            phase = Phase.STATUS;
        }
        if (n > 0 || !done) {
            t.complete(n);
        }
        if (done && stallAfterData) {
            halt(inEndpoint); // ends the data phase for every transfer still queued (and a 0-byte one)
        }
    }

    private void statusIn(Transfer t) {
        waitingIn.poll();
        long residue = hostLength - moved;
        csw.set(LE32, 0, CSW_SIGNATURE);
        csw.set(LE32, 4, tag);
        csw.set(LE32, 8, (int) residue);
        csw.set(ValueLayout.JAVA_BYTE, 12, (byte) status);
        phase = Phase.COMMAND;
        command = null;
        t.complete(csw);
    }

    /** Takes a CBW apart inside {@link Transfer#access}: valid and meaningful (§6.2), its fields, the CDB. */
    private static final class CbwReader implements Transfer.BufferAction {
        /** One CDB array per length (1..16): execute() reads a command's fields from it. */
        private final byte[][] cdbs = new byte[17][];
        int length;
        boolean valid;
        int tag;
        int dataLength;
        int flags;
        byte[] cdb;

        @Override
        public void run(MemorySegment cbw) {
            if (length != CBW_LENGTH || cbw.get(LE32, 0) != CBW_SIGNATURE) {
                return;
            }
            int lun = cbw.get(ValueLayout.JAVA_BYTE, 13) & 0x0f;
            int cdbLength = cbw.get(ValueLayout.JAVA_BYTE, 14) & 0x1f;
            if (lun != 0 || cdbLength < 1 || cdbLength > 16) {
                return; // not meaningful (§6.2.2): only LUN 0 exists
            }
            tag = cbw.get(LE32, 4);
            dataLength = cbw.get(LE32, 8);
            flags = cbw.get(ValueLayout.JAVA_BYTE, 12);
            if (cdbs[cdbLength] == null) {
                cdbs[cdbLength] = new byte[cdbLength];
            }
            cdb = cdbs[cdbLength];
            MemorySegment.copy(cbw, ValueLayout.JAVA_BYTE, 15, cdb, 0, cdbLength);
            valid = true;
        }
    }

    /** Moves the next part of the data phase inside {@link Transfer#access}. */
    private final class Mover implements Transfer.BufferAction {
        private long at;
        private int n;

        Mover of(long at, int n) {
            this.at = at;
            this.n = n;
            return this;
        }

        @Override
        public void run(MemorySegment buffer) {
            command.data().move(at, buffer, 0, n);
        }
    }

    private void halt(int endpoint) {
        if (device != null) {
            device.halt(endpoint);
        }
    }
}
