package org.ffmusb.usbredir.proto;

import java.io.IOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.usbredir.testing.NativeBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every struct layout, field offset and constant the codec mirrors, checked against Debian's
 * usbredirproto.h / usbredirparser.h through a C probe compiled with gcc.
 */
class UsbRedirProtoLayoutTest {
    private static final Map<String, Long> C = new HashMap<>();

    @BeforeAll
    static void probe() throws IOException {
        var binary = NativeBuild.compile("proto_layout_probe.c", List.of("libusbredirparser-0.5"));
        String out = NativeBuild.run(List.of(binary.toString()), null).requireSuccess("probe").stdoutText();
        for (String line : out.split("\n")) {
            String[] parts = line.split(" ");
            C.put(parts[0] + " " + parts[1], Long.parseLong(parts[2]));
        }
    }

    private static long c(String key) {
        Long value = C.get(key);
        assertNotNull(value, "the C probe does not print " + key);
        return value;
    }

    @Test
    void everyFullStructMatchesTheHeaderFieldByField() throws IllegalAccessException {
        int structs = 0;
        for (Field f : UsbRedirProto.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != StructLayout.class
                    || !C.containsKey("sizeof " + f.getName())) {
                continue;
            }
            StructLayout layout = (StructLayout) f.get(null);
            String name = f.getName();
            assertEquals(name, layout.name().orElseThrow());
            assertEquals(c("sizeof " + name), layout.byteSize(), "sizeof " + name);
            for (MemoryLayout member : layout.memberLayouts()) {
                String field = member.name().orElseThrow();
                assertEquals(c("offsetof " + name + "." + field),
                        UsbRedirProto.offset(layout, field), "offsetof " + name + "." + field);
            }
            structs++;
        }
        assertEquals(27, structs, "full structs compared (usb_redir_header and the 26 type headers)");
    }

    @Test
    void capReducedVariantsEndWhereTheOmittedFieldStarts() {
        assertEquals(c("offsetof usb_redir_device_connect_header.device_version_bcd"),
                UsbRedirProto.usb_redir_device_connect_header_no_device_version.byteSize());
        assertEquals(c("offsetof usb_redir_ep_info_header.max_streams"),
                UsbRedirProto.usb_redir_ep_info_header_no_max_streams.byteSize());
        assertEquals(c("offsetof usb_redir_ep_info_header.max_packet_size"),
                UsbRedirProto.usb_redir_ep_info_header_no_max_pktsz.byteSize());
        assertEquals(c("offsetof usb_redir_bulk_packet_header.length_high"),
                UsbRedirProto.usb_redir_bulk_packet_header_16bit_length.byteSize());
        assertEquals(c("offsetof usb_redir_header.id") + 4, UsbRedirProto.usb_redir_header_32bit_id.byteSize());
        assertEquals(c("offsetof usb_redir_hello_header.capabilities"), Offsets.HELLO_SIZE,
                "the caps words follow the 64-byte version");
        assertEquals(List.of(96L, 160L, 288L), List.of(
                UsbRedirProto.usb_redir_ep_info_header_no_max_pktsz.byteSize(),
                UsbRedirProto.usb_redir_ep_info_header_no_max_streams.byteSize(),
                UsbRedirProto.usb_redir_ep_info_header.byteSize()));
    }

    @Test
    void packetTypeCodesAndCapBitsMatchTheEnums() {
        for (PacketType type : PacketType.values()) {
            assertEquals(c("const usb_redir_" + type.cName()), type.code(), type.name());
        }
        for (Cap cap : Cap.values()) {
            assertEquals(c("const usb_redir_cap_" + cap.cName()), cap.bit(), cap.name());
        }
        assertEquals(c("const USBREDIR_VERSION"), UsbRedirProto.USBREDIR_VERSION);
        assertEquals(c("const USB_REDIR_CAPS_SIZE"), UsbRedirProto.USB_REDIR_CAPS_SIZE);
    }

    @Test
    void statusSpeedAndEndpointTypeConstantsMatch() {
        assertEquals(c("const usb_redir_success"), Status.SUCCESS);
        assertEquals(c("const usb_redir_cancelled"), Status.CANCELLED);
        assertEquals(c("const usb_redir_inval"), Status.INVAL);
        assertEquals(c("const usb_redir_ioerror"), Status.IOERROR);
        assertEquals(c("const usb_redir_stall"), Status.STALL);
        assertEquals(c("const usb_redir_timeout"), Status.TIMEOUT);
        assertEquals(c("const usb_redir_babble"), Status.BABBLE);
        assertEquals(c("const usb_redir_speed_low"), Speed.LOW);
        assertEquals(c("const usb_redir_speed_full"), Speed.FULL);
        assertEquals(c("const usb_redir_speed_high"), Speed.HIGH);
        assertEquals(c("const usb_redir_speed_super"), Speed.SUPER);
        assertEquals(c("const usb_redir_speed_unknown"), Speed.UNKNOWN);
        assertEquals(c("const usb_redir_type_control"), EndpointType.CONTROL);
        assertEquals(c("const usb_redir_type_iso"), EndpointType.ISO);
        assertEquals(c("const usb_redir_type_bulk"), EndpointType.BULK);
        assertEquals(c("const usb_redir_type_interrupt"), EndpointType.INTERRUPT);
        assertEquals(c("const usb_redir_type_invalid"), EndpointType.INVALID);
    }
}
