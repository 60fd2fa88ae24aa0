package org.ffmusb.udev;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The hand-over between the monitor's two threads when the listeners fall behind. */
class MonitorQueueTest {

    private static MonitorQueue.Received event(long seqnum) {
        return new MonitorQueue.Received("add", seqnum, seqnum, new DeviceFacts("/sys/devices/x/" + seqnum,
                String.valueOf(seqnum), DeviceFacts.USB_DEVICE, null, null, Map.of(), Map.of(), new byte[0]));
    }

    @Test
    void eventsBeyondTheCapacityAreCountedDroppedAndReportedInTheirPlace() throws InterruptedException {
        var queue = new MonitorQueue();
        int extra = 10;
        for (long s = 0; s < MonitorQueue.CAPACITY + extra; s++) {
            queue.put(event(s));
        }
        // The receiving thread never blocks; the delivering thread catches up.
        for (long s = 0; s < MonitorQueue.CAPACITY; s++) {
            assertEquals(s, ((MonitorQueue.Received) queue.take()).seqnum());
        }
        queue.put(event(100_000));
        var lost = assertInstanceOf(MonitorQueue.Lost.class, queue.take(), "the loss comes before what follows it");
        assertTrue(lost.reason().startsWith(extra + " udev events were dropped"), lost.reason());
        assertEquals(100_000, ((MonitorQueue.Received) queue.take()).seqnum());
    }

    @Test
    void stopOvertakesWhatIsQueued() throws InterruptedException {
        var queue = new MonitorQueue();
        queue.put(event(1));
        queue.put(event(2));
        queue.stop();
        assertInstanceOf(MonitorQueue.Stop.class, queue.take());
    }
}
