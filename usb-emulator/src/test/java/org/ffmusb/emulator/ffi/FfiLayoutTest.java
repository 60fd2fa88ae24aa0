package org.ffmusb.emulator.ffi;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every struct size, field offset and constant of the ffi package against what gcc makes of the C
 * headers ({@code <linux/usbdevice_fs.h>}, {@code <umockdev-1.0/umockdev.h>}, {@code <glib.h>},
 * {@code <errno.h>}, {@code <fcntl.h>}, {@code <termios.h>}, {@code <sys/socket.h>}, {@code <sys/un.h>}). The probe is generated from the Java side
 * by reflection, so a new accessor is checked without touching this test. Every function binding is
 * linked too, which fails on a missing symbol.
 */
class FfiLayoutTest {
    /** Java struct class -> the C type it mirrors. */
    private static final Map<Class<?>, String> STRUCTS = Map.ofEntries(
            Map.entry(usbdevfs_urb.class, "struct usbdevfs_urb"),
            Map.entry(usbdevfs_iso_packet_desc.class, "struct usbdevfs_iso_packet_desc"),
            Map.entry(usbdevfs_ctrltransfer.class, "struct usbdevfs_ctrltransfer"),
            Map.entry(usbdevfs_bulktransfer.class, "struct usbdevfs_bulktransfer"),
            Map.entry(usbdevfs_setinterface.class, "struct usbdevfs_setinterface"),
            Map.entry(usbdevfs_getdriver.class, "struct usbdevfs_getdriver"),
            Map.entry(usbdevfs_connectinfo.class, "struct usbdevfs_connectinfo"),
            Map.entry(usbdevfs_conninfo_ex.class, "struct usbdevfs_conninfo_ex"),
            Map.entry(usbdevfs_ioctl.class, "struct usbdevfs_ioctl"),
            Map.entry(usbdevfs_disconnect_claim.class, "struct usbdevfs_disconnect_claim"),
            Map.entry(usbdevfs_streams.class, "struct usbdevfs_streams"),
            Map.entry(usbdevfs_hub_portinfo.class, "struct usbdevfs_hub_portinfo"),
            Map.entry(UMockdevIoctlData.class, "UMockdevIoctlData"),
            Map.entry(sockaddr_un.class, "struct sockaddr_un"),
            Map.entry(GError.class, "GError"));
    private static final List<Class<?>> CONSTANTS = List.of(usbdevice_fs_h.class, errno_h.class, fcntl_h.class,
            prctl_h.class, socket_h.class);
    /** Constants whose C spelling differs from the Java name. */
    private static final Map<String, String> C_EXPRESSION = Map.of("USBDEVFS_CONNINFO_EX_0", "USBDEVFS_CONNINFO_EX(0)");

    static Map<String, Long> probe = new HashMap<>();
    static List<String> checked = new ArrayList<>();

    @BeforeAll
    static void runProbe() throws Exception {
        StringBuilder c = new StringBuilder("""
                #include <errno.h>
                #include <fcntl.h>
                #include <stddef.h>
                #include <stdio.h>
                #include <sys/prctl.h>
                #include <termios.h>
                #include <sys/ioctl.h>
                #include <sys/socket.h>
                #include <sys/un.h>
                #include <linux/usbdevice_fs.h>
                #include <umockdev.h>
                #define P(name, value) printf("%s %lld\\n", name, (long long) (value))
                int main(void) {
                """);
        for (var e : STRUCTS.entrySet()) {
            String java = e.getKey().getSimpleName();
            checked.add(java + ".sizeof");
            c.append("    P(\"").append(java).append(".sizeof\", sizeof(").append(e.getValue()).append("));\n");
            for (Method m : e.getKey().getDeclaredMethods()) {
                if (m.getName().endsWith("$offset") && m.getParameterCount() == 0) {
                    String field = m.getName().substring(0, m.getName().length() - "$offset".length());
                    checked.add(java + "." + field);
                    c.append("    P(\"").append(java).append('.').append(field).append("\", offsetof(")
                            .append(e.getValue()).append(", ").append(field).append("));\n");
                }
            }
        }
        for (Class<?> k : CONSTANTS) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                    checked.add(f.getName());
                    c.append("    P(\"").append(f.getName()).append("\", (unsigned int) ")
                            .append(C_EXPRESSION.getOrDefault(f.getName(), f.getName())).append(");\n");
                }
            }
        }
        c.append("    return 0;\n}\n");
        Path dir = Files.createDirectories(Path.of("target/native"));
        Path source = dir.resolve("ffi_probe.c");
        Files.writeString(source, c);
        Path binary = Programs.compileFile(source, "umockdev-1.0");
        var out = Programs.run(new ProcessBuilder(binary.toString()), 30).requireSuccess("ffi_probe");
        for (String line : out.stdout().split("\n")) {
            String[] kv = line.split(" ");
            probe.put(kv[0], Long.parseLong(kv[1]));
        }
    }

    @Test
    void structSizesAndOffsetsMatchTheCHeaders() throws Exception {
        for (var e : STRUCTS.entrySet()) {
            String java = e.getKey().getSimpleName();
            assertEquals(probe.get(java + ".sizeof"), (Long) e.getKey().getMethod("sizeof").invoke(null),
                    "sizeof(" + e.getValue() + ")");
            for (Method m : e.getKey().getDeclaredMethods()) {
                if (m.getName().endsWith("$offset") && m.getParameterCount() == 0) {
                    String field = m.getName().substring(0, m.getName().length() - "$offset".length());
                    assertEquals(probe.get(java + "." + field), (Long) m.invoke(null),
                            "offsetof(" + e.getValue() + ", " + field + ")");
                }
            }
        }
    }

    @Test
    void constantsMatchTheCHeaders() throws Exception {
        for (Class<?> k : CONSTANTS) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                    assertEquals(probe.get(f.getName()), Integer.toUnsignedLong(f.getInt(null)), f.getName());
                }
            }
        }
    }

    @Test
    void theProbeCoveredEveryBinding() {
        assertTrue(checked.size() > 100, "only " + checked.size() + " items were checked");
        for (String item : checked) {
            assertTrue(probe.containsKey(item), item + " missing from the probe's output");
        }
    }

    @Test
    void everyFunctionLinks() throws Exception {
        for (Class<?> h : List.of(umockdev_h.class, gobject_h.class, glib_h.class, libc_h.class)) {
            int linked = 0;
            for (Method m : h.getDeclaredMethods()) {
                if (m.getName().endsWith("$handle")) {
                    assertNotNull(m.invoke(null), m.getName());
                    linked++;
                }
            }
            assertTrue(linked > 0, h.getSimpleName() + " has no functions");
        }
    }
}
