package org.ffmusb.usbredir.transport;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.guest.RedirectedDevice;
import org.ffmusb.usbredir.guest.TransferResult;
import org.ffmusb.usbredir.guest.UsbRedirGuest;
import org.ffmusb.usbredir.testing.SourceHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two peers in one JVM over {@link PeerPipe}: the same contract as a socket, without one. */
@Timeout(60)
class PeerPipeTest {
    @Test
    void ourGuestEnumeratesAndReadsThroughThePipe() throws Exception {
        DescriptorSet model = DescriptorSet.of(new Loopback().definition());
        UsbRedirGuest guest = new UsbRedirGuest();
        SourceHost host = new SourceHost(model);
        PeerPipe pipe = PeerPipe.connect(guest, host);
        RedirectedDevice device = guest.device().get(10, TimeUnit.SECONDS);
        assertArrayEquals(model.device(), device.descriptors().device());
        assertArrayEquals(model.configuration(0), device.descriptors().configurations().getFirst());
        assertEquals("Loopback", device.descriptors().string(2));
        MemorySegment buffer = MemorySegment.ofArray(new byte[1 << 20]);
        TransferResult r = device.bulk(SourceHost.SOURCE, buffer).get(10, TimeUnit.SECONDS);
        assertEquals(new TransferResult(0, 1 << 20), r);
        long packetsSent = pipe.counters().packetsSent();
        assertEquals(packetsSent - 1, pipe.counters().packetsReceived() - 4,
                "one reply per request; hello + interface_info, ep_info, device_connect from the host");
        assertTrue(pipe.counters().bytesReceived() > 1 << 20);

        pipe.close();
        pipe.closed().get(10, TimeUnit.SECONDS);
        assertNull(guest.closed().getNow(null));
        assertTrue(guest.closed().isDone());
        assertEquals(1, host.disconnects.get());
        assertFalse(device.isAttached());
        assertEquals(3, device.bulk(SourceHost.SOURCE, buffer).get().status(), "ioerror once the pipe is closed");
    }

    @Test
    void echoPeersMoveLargeVolumesBothWaysAndCloseOnce() throws Exception {
        EchoPeer talker = new EchoPeer(Long.MAX_VALUE, false);
        EchoPeer echo = new EchoPeer(4 << 20, true);
        PeerPipe pipe = PeerPipe.connect(talker, echo);
        byte[] chunk = new byte[100_000];
        for (int i = 0; i < 200; i++) {
            talker.send(chunk);
        }
        long expected = 200L * chunk.length;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (talker.received.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, talker.received.get());
        assertEquals(expected, pipe.counters().bytesSent());
        assertEquals(expected, pipe.counters().bytesReceived());
        assertTrue(echo.maxPending.get() <= (4 << 20) + PeerPipe.CHUNK, "the echo's output stayed bounded: "
                + echo.maxPending.get());
        pipe.close();
        pipe.close();
        pipe.closed().get(10, TimeUnit.SECONDS);
        Thread.sleep(100);
        assertEquals(1, talker.disconnects.get());
        assertEquals(1, echo.disconnects.get());
    }
}
