package org.ffmusb.emulator.direct;

/** {@link DirectLoopbackTest} with completions on the thread that drives the device ({@link DirectDevice.Dispatch#CALLER}). */
class DirectLoopbackCallerTest extends DirectLoopbackTest {
    @Override
    DirectDevice.Dispatch dispatch() {
        return DirectDevice.Dispatch.CALLER;
    }
}
