package org.ffmusb.usbredir.proto;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.regex.Pattern;
import org.ffmusb.usbredir.testing.CHarness;
import org.ffmusb.usbredir.testing.NativeBuild;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The harness's bench mode, which the JMH comparison runs as the C anchor: it decodes the stream the
 * given number of times and counts the packets C delivered (the hello included), which must be what
 * the Java codec delivers from the same bytes.
 */
class CHarnessBenchModeTest {
    private static final Pattern RESULT = Pattern.compile(
            "\\{\"ns\":(\\d+),\"packets\":(\\d+),\"bytes\":(\\d+),\"iterations\":(\\d+)}\n");

    @Test
    void benchDecodesTheStreamNTimesAndCountsThePacketsJavaDecodes() throws IOException {
        var guest = new GuestParser("bench", Caps.ALL);
        var host = new HostParser(Caps.ALL);
        guest.feed(new HostParser("h", Caps.ALL).drain());
        guest.poll();
        byte[] payload = new byte[1024];
        for (int i = 0; i < 500; i++) {
            guest.sendBulkPacket(i, 0x02, 0, payload.length, 0, MemorySegment.ofArray(payload), 0, payload.length);
            guest.sendControlPacket(i, 0x80, 6, 0x80, 0, 0x100, 0, 18, null, 0, 0);
        }
        byte[] stream = guest.drain();
        host.feed(stream);
        int javaPackets = 0;
        while (host.advance()) {
            assertFalse(host.cursor().isError());
            javaPackets++;
        }
        for (String chunk : List.of("65536", "1000")) {
            var result = NativeBuild.run(List.of(CHarness.binary().toString(), "bench", "host", "0xff", "7", chunk),
                    stream).requireSuccess("usbredir_harness bench");
            var m = RESULT.matcher(result.stdoutText());
            assertTrue(m.matches(), result.stdoutText());
            assertTrue(Long.parseLong(m.group(1)) > 0);
            assertEquals(7L * javaPackets, Long.parseLong(m.group(2)));
            assertEquals(stream.length, Long.parseLong(m.group(3)));
            assertEquals(7, Long.parseLong(m.group(4)));
        }
    }
}
