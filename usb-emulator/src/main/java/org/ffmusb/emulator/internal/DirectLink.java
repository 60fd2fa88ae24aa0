package org.ffmusb.emulator.internal;

import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * One model-facing transfer of the direct transport and its bookkeeping: the {@link TransferCore} the
 * model sees, its place in the device's list of transfers in flight, and the two pieces of work the
 * device's dispatcher runs for it (hand it to the model; call the host back). A {@link HostTransfer}
 * keeps one link while its transfers end through the model, and takes a fresh one when a transfer
 * ended otherwise (the model may still hold the old one, see {@link TransferCore#isReusable}).
 */
final class DirectLink implements Backing {
    final HostTransfer host;
    TransferCore core;
    /** The interface owning the endpoint, for cancellation when its setting changes; -1 for control. */
    int interfaceNumber = -1;
    /** The device's list of transfers in flight (guarded by its pending lock). */
    DirectLink previous;
    DirectLink next;
    boolean linked;
    ScheduledFuture<?> timeout;

    final DirectCore.Work toModel = new DirectCore.Work() {
        @Override
        void run() {
            host.device.dispatch(DirectLink.this);
        }
    };

    final DirectCore.Work toHost = new DirectCore.Work() {
        @Override
        void run() {
            host.delivered();
        }

        @Override
        boolean callsHost() {
            return true;
        }
    };

    DirectLink(HostTransfer host) {
        this.host = host;
    }

    @Override
    public void record(TransferCore t, int status, int actualLength, int errorCount) {
        t.clearIsoGaps();
        host.record(status, actualLength);
    }

    /** The model lets go first (its cancel hooks), then the host hears of the end. */
    @Override
    public void ended(TransferCore t, int status, int actualLength, List<Runnable> hooks) {
        if (hooks != null) {
            host.device.post(new DirectCore.Work() {
                @Override
                void run() {
                    t.runCancelHooks(hooks);
                }
            });
        }
        host.device.post(toHost);
        host.device.kick();
    }

    @Override
    public String toString() {
        return String.valueOf(core);
    }
}
