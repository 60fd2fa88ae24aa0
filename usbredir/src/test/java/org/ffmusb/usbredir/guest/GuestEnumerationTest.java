package org.ffmusb.usbredir.guest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.emulator.models.loopback.Loopback;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.Speed;
import org.ffmusb.usbredir.proto.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Our guest enumerates an emulated device that C usbredirect serves: what it reads is the model's. */
@Timeout(120)
class GuestEnumerationTest {
    @Test
    void readsTheLoopbacksDescriptorsAndStringsByteForByte() throws Exception {
        try (LoopbackRig rig = LoopbackRig.connect(new Loopback(), UsbRedirGuest.Options.DEFAULT)) {
            RedirectedDevice d = rig.device;
            DescriptorSet model = rig.plugged.descriptors();
            assertEquals(Speed.HIGH, d.speed());
            assertEquals(0x1209, d.vendorId());
            assertEquals(0x0001, d.productId());
            RawDescriptors raw = d.descriptors();
            assertEquals(Status.SUCCESS, raw.status());
            assertArrayEquals(model.device(), raw.device());
            assertEquals(model.configurationCount(), raw.configurations().size());
            for (int i = 0; i < model.configurationCount(); i++) {
                assertArrayEquals(model.configuration(i), raw.configurations().get(i), "configuration " + i);
            }
            assertEquals(DescriptorSet.LANGID_EN_US, raw.langId());
            for (int i = 1; model.text(i) != null; i++) {
                assertEquals(model.text(i), raw.string(i), "string " + i);
            }
            assertEquals(List.of(new RedirectedInterface(0, 0xff, 0, 0), new RedirectedInterface(1, 0xff, 1, 0)),
                    d.interfaces());
            RedirectedEndpoint loopIn = d.endpoint(Loopback.EP_LOOP_IN);
            assertEquals(new RedirectedEndpoint(0x81, EndpointType.BULK, 0, 0, 512, 0), loopIn);
            assertEquals(EndpointType.INTERRUPT, d.endpoint(Loopback.EP_INT_IN).type());
            assertNull(d.endpoint(Loopback.EP_ISO_IN), "alt setting 0 of interface 1 has no endpoints");
            assertTrue(rig.guest.peerVersion().startsWith("usbredir "), rig.guest.peerVersion());
        }
    }
}
