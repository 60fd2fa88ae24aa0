package org.ffmusb.libusb.ffi;

import java.io.IOException;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ffmusb.libusb.testing.NativeBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every struct size, field offset and width, C type width and constant of {@code org.ffmusb.libusb.ffi},
 * checked against the installed {@code <libusb.h>} through a C probe compiled with gcc
 * (src/test/c/libusb_layout_probe.c).
 */
class LibUsbLayoutTest {
    private static final Map<String, Long> C = new HashMap<>();

    /** Every struct class of the package; the probe must print each of them. */
    private static final List<Class<?>> STRUCTS = List.of(libusb_device_descriptor.class,
            libusb_endpoint_descriptor.class, libusb_interface_descriptor.class, libusb_interface.class,
            libusb_config_descriptor.class, libusb_ss_endpoint_companion_descriptor.class,
            libusb_bos_dev_capability_descriptor.class, libusb_bos_descriptor.class,
            libusb_usb_2_0_extension_descriptor.class, libusb_ss_usb_device_capability_descriptor.class,
            libusb_container_id_descriptor.class, libusb_control_setup.class, libusb_version.class,
            libusb_iso_packet_descriptor.class, libusb_transfer.class, libusb_pollfd.class, timeval.class);

    @BeforeAll
    static void probe() throws IOException {
        var binary = NativeBuild.compileAgainstLibusb("libusb_layout_probe.c");
        String out = NativeBuild.run(List.of(binary.toString()), Map.of(), 60).requireSuccess("probe").stdout();
        for (String line : out.split("\n")) {
            int first = line.indexOf(' ');
            int last = line.lastIndexOf(' ');
            C.put(line.substring(0, last), Long.parseLong(line.substring(last + 1)));
            assertTrue(first > 0);
        }
    }

    private static long c(String key) {
        Long value = C.get(key);
        assertNotNull(value, "the C probe does not print " + key);
        return value;
    }

    private static GroupLayout layoutOf(Class<?> struct) throws ReflectiveOperationException {
        return (GroupLayout) struct.getMethod("layout").invoke(null);
    }

    @Test
    void everyStructMatchesTheHeaderFieldByField() throws ReflectiveOperationException {
        int fields = 0;
        for (Class<?> struct : STRUCTS) {
            GroupLayout layout = layoutOf(struct);
            String name = struct.getSimpleName();
            assertEquals(name, layout.name().orElseThrow());
            assertEquals(c("sizeof " + name), layout.byteSize(), "sizeof " + name);
            long offset = 0;
            for (MemoryLayout member : layout.memberLayouts()) {
                if (!(member instanceof PaddingLayout)) {
                    String field = name + "." + member.name().orElseThrow();
                    assertEquals(c("offsetof " + field), offset, "offsetof " + field);
                    assertEquals(c("fieldsize " + field), member.byteSize(), "sizeof " + field);
                    if (member instanceof SequenceLayout seq && seq.elementCount() == 0) {
                        assertEquals(c("elemsize " + field), seq.elementLayout().byteSize(), "element of " + field);
                    }
                    fields++;
                }
                offset += member.byteSize();
            }
        }
        assertEquals(STRUCTS.size(), C.keySet().stream().filter(k -> k.startsWith("sizeof ")
                && !k.equals("sizeof libusb_init_option")).count(), "structs in the probe vs in Java");
        assertEquals(C.keySet().stream().filter(k -> k.startsWith("offsetof ")
                && !k.startsWith("offsetof libusb_init_option.")).count(), fields, "fields in the probe vs in Java");
    }

    @Test
    void theOffsetAccessorsAreTheLayoutOffsets() throws ReflectiveOperationException {
        int checked = 0;
        for (Class<?> struct : STRUCTS) {
            for (Method m : struct.getMethods()) {
                if (m.getName().endsWith("$offset") && m.getParameterCount() == 0) {
                    String javaName = m.getName().substring(0, m.getName().length() - "$offset".length());
                    String cName = javaName.endsWith("_") ? javaName.substring(0, javaName.length() - 1) : javaName;
                    assertEquals(c("offsetof " + struct.getSimpleName() + "." + cName), (long) m.invoke(null),
                            struct.getSimpleName() + "." + javaName + "$offset()");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "offset accessors checked: " + checked);
    }

    @Test
    void theInitOptionOfNewerLibusbMatchesWhenTheHeaderHasIt() {
        if (C.containsKey("has libusb_init_option")) {
            assertEquals(c("sizeof libusb_init_option"), libusb_init_option.sizeof());
            assertEquals(c("offsetof libusb_init_option.option"), libusb_init_option.option$offset());
            assertEquals(c("offsetof libusb_init_option.value"), libusb_init_option.value$offset());
        } else {
            // 1.0.26 has no libusb_init_option: its shape is libusb 1.0.27's (reference §4.1)
            assertEquals(0x01000109, c("const LIBUSB_API_VERSION"));
            assertEquals(16, libusb_init_option.sizeof());
            assertEquals(8, libusb_init_option.value$offset());
        }
    }

    @Test
    void theCTypesHaveTheWidthsOfTheirJavaLayouts() {
        assertEquals(c("typesize char"), libusb_h.C_CHAR.byteSize());
        assertEquals(c("typesize uint8_t"), libusb_h.C_CHAR.byteSize());
        assertEquals(c("typesize short"), libusb_h.C_SHORT.byteSize());
        assertEquals(c("typesize uint16_t"), libusb_h.C_SHORT.byteSize());
        assertEquals(c("typesize int"), libusb_h.C_INT.byteSize());
        assertEquals(c("typesize uint32_t"), libusb_h.C_INT.byteSize());
        assertEquals(c("typesize long"), libusb_h.C_LONG.byteSize());
        assertEquals(c("typesize long long"), libusb_h.C_LONG_LONG.byteSize());
        for (String t : List.of("size_t", "ssize_t", "intptr_t")) {
            assertEquals(c("typesize " + t), libusb_h.C_LONG.byteSize(), t + " is passed as C_LONG");
        }
        for (String t : List.of("void *", "libusb_transfer_cb_fn", "libusb_hotplug_callback_fn", "libusb_log_cb",
                "libusb_pollfd_added_cb", "libusb_pollfd_removed_cb")) {
            assertEquals(c("typesize " + t), libusb_h.C_POINTER.byteSize(), t + " is passed as C_POINTER");
        }
        for (String t : List.of("enum libusb_transfer_status", "enum libusb_log_level", "enum libusb_option",
                "libusb_hotplug_event", "libusb_hotplug_callback_handle")) {
            assertEquals(c("typesize " + t), libusb_h.C_INT.byteSize(), t + " is passed as C_INT");
        }
    }

    /** Links every function of libusb_h (each holder resolves its symbol) and checks the C types it uses. */
    @Test
    void everyFunctionLinksAndUsesOnlyTheCheckedCTypes() throws ReflectiveOperationException {
        var allowed = List.<MemoryLayout>of(libusb_h.C_CHAR, libusb_h.C_SHORT, libusb_h.C_INT, libusb_h.C_LONG,
                libusb_h.C_POINTER);
        int functions = 0;
        for (Method m : libusb_h.class.getDeclaredMethods()) {
            if (m.getName().endsWith("$descriptor") && Modifier.isStatic(m.getModifiers())) {
                if (m.getName().equals("libusb_init_context$descriptor") && !libusb_h.libusb_init_context$isAvailable()) {
                    // 1.0.26: the holder fails to link when first used, and only then
                    var e = assertThrows(java.lang.reflect.InvocationTargetException.class, () -> m.invoke(null));
                    assertTrue(String.valueOf(e.getCause()).contains("libusb_init_context"), String.valueOf(e.getCause()));
                    functions++;
                    continue;
                }
                var desc = (java.lang.foreign.FunctionDescriptor) m.invoke(null);
                var layouts = new ArrayList<>(desc.argumentLayouts());
                desc.returnLayout().ifPresent(layouts::add);
                for (MemoryLayout l : layouts) {
                    assertTrue(allowed.contains(l) || l instanceof AddressLayout, m.getName() + " uses " + l);
                    assertInstanceOf(ValueLayout.class, l);
                }
                functions++;
            }
        }
        assertEquals(90, functions, "functions in libusb_h (89 of 1.0.26 + libusb_init_context)");
    }

    /**
     * Every function {@code <libusb.h>} declares is bound: exported ones in {@link libusb_h} (the variadic
     * {@code libusb_set_option} as its invoker class), {@code static inline} ones re-implemented in
     * {@link libusb_inline}.
     */
    @Test
    void everyFunctionOfTheHeaderIsBound() throws IOException {
        String dir = NativeBuild.run(List.of("pkg-config", "--variable=includedir", "libusb-1.0"), Map.of(), 30)
                .requireSuccess("pkg-config libusb-1.0").stdout().strip();
        String header = java.nio.file.Files.readString(java.nio.file.Path.of(dir, "libusb-1.0", "libusb.h"));
        var exported = new java.util.TreeSet<String>();
        var m = java.util.regex.Pattern.compile("LIBUSB_CALL (\\*?)(libusb_\\w+)").matcher(header);
        while (m.find()) {
            if (m.group(1).isEmpty()) { // "*name" is a callback typedef
                exported.add(m.group(2));
            }
        }
        var inline = new java.util.TreeSet<String>();
        var i = java.util.regex.Pattern.compile("static inline [\\w *]*?(libusb_\\w+)\\s*\\(").matcher(header);
        while (i.find()) {
            inline.add(i.group(1));
        }
        var bound = new java.util.TreeSet<String>();
        for (Method method : libusb_h.class.getMethods()) {
            if (method.getName().endsWith("$descriptor")) {
                bound.add(method.getName().replace("$descriptor", ""));
            }
        }
        for (Class<?> nested : libusb_h.class.getClasses()) {
            bound.add(nested.getSimpleName()); // the variadic invoker
        }
        var missing = new java.util.TreeSet<>(exported);
        missing.removeAll(bound);
        assertEquals(java.util.Set.of(), missing, "functions of libusb.h without a binding");
        assertTrue(inline.contains("libusb_fill_iso_transfer") && inline.size() >= 14, "static inline found: " + inline);
        var inlineBound = new java.util.TreeSet<String>();
        for (Method method : libusb_inline.class.getMethods()) {
            inlineBound.add(method.getName());
        }
        inline.removeAll(inlineBound);
        assertEquals(java.util.Set.of(), inline, "static inline helpers of libusb.h not re-implemented");
        assertTrue(exported.size() >= 89, exported.size() + " functions found in " + dir);
    }

    @Test
    void everyConstantMatchesTheHeader() throws ReflectiveOperationException {
        int constants = 0;
        for (Method m : libusb_h_1.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0 && m.getName().startsWith("LIBUSB")) {
                long java = ((Number) m.invoke(null)).longValue();
                assertEquals(c("const " + m.getName()), java, m.getName());
                constants++;
            }
        }
        assertEquals(C.keySet().stream().filter(k -> k.startsWith("const ")).count(), constants,
                "constants in the probe vs in Java");
        assertEquals(156, constants);
    }
}
