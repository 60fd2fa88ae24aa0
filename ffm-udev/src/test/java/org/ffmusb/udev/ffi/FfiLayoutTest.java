package org.ffmusb.udev.ffi;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemoryLayout.PathElement;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ffmusb.udev.testing.NativeBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bindings against the C headers: gcc compiles the generated probe (which fails to compile when a
 * prototype differs from libudev.h or the libc headers) and prints every size, offset and constant; this
 * test compares them with the Java layouts, descriptors and constants.
 */
class FfiLayoutTest {
    private static final Map<String, String> C = new LinkedHashMap<>();
    private static final List<Class<?>> HEADERS = List.of(libudev_h.class, libc_h.class, errno_h.class);

    @BeforeAll
    static void probe() throws IOException {
        var binary = NativeBuild.compile("ffi_probe.c", List.of("libudev"));
        String out = NativeBuild.run(List.of(binary.toString()), Map.of()).requireSuccess("ffi_probe").stdout();
        for (String line : out.split("\n")) {
            String[] parts = line.split(" ", 3);
            C.put(parts[0] + " " + parts[1], parts[2]);
        }
    }

    private static String c(String key) {
        String value = C.get(key);
        assertNotNull(value, "the C probe does not print " + key);
        return value;
    }

    @Test
    void pollfdMatchesTheHeaderFieldByField() {
        GroupLayout layout = pollfd.layout();
        assertEquals(Long.parseLong(c("sizeof pollfd")), layout.byteSize(), "sizeof struct pollfd");
        for (MemoryLayout member : layout.memberLayouts()) {
            String name = member.name().orElseThrow();
            assertEquals(Long.parseLong(c("offsetof pollfd." + name)), layout.byteOffset(PathElement.groupElement(name)),
                    "offsetof pollfd." + name);
        }
        assertEquals(pollfd.fd$offset(), layout.byteOffset(PathElement.groupElement("fd")));
        assertEquals(pollfd.revents$offset(), layout.byteOffset(PathElement.groupElement("revents")));
        assertEquals(3, layout.memberLayouts().size(), "no padding in struct pollfd");
    }

    @Test
    void everyConstantHasTheHeadersValue() throws IllegalAccessException {
        int compared = 0;
        for (Class<?> header : HEADERS) {
            for (Field f : header.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                    assertEquals(Long.parseLong(c("const " + f.getName())), f.getInt(null), f.getName());
                    compared++;
                }
            }
        }
        assertEquals(C.keySet().stream().filter(k -> k.startsWith("const ")).count(), compared,
                "every constant the probe prints has a Java field");
    }

    @Test
    void everyFunctionDescriptorHasTheHeadersTypeSizes() throws ReflectiveOperationException {
        var java = new TreeSet<String>();
        for (Class<?> header : HEADERS) {
            for (Method m : header.getMethods()) {
                if (!m.getName().endsWith("$descriptor")) {
                    continue;
                }
                String name = m.getName().substring(0, m.getName().length() - "$descriptor".length());
                java.add(name);
                FunctionDescriptor d = (FunctionDescriptor) m.invoke(null);
                List<Long> sizes = new ArrayList<>();
                sizes.add(d.returnLayout().map(MemoryLayout::byteSize).orElse(0L));
                d.argumentLayouts().forEach(l -> sizes.add(l.byteSize()));
                List<Long> cSizes = new ArrayList<>();
                for (String s : c("fn " + name).split(" ")) {
                    cSizes.add(Long.parseLong(s));
                }
                assertEquals(cSizes, sizes, name + ": sizes of the result and each parameter");
            }
        }
        var probed = new TreeSet<String>();
        C.keySet().stream().filter(k -> k.startsWith("fn ")).forEach(k -> probed.add(k.substring(3)));
        assertEquals(probed, java, "the probe checks exactly the functions that are bound");
    }

    @Test
    void everyFunctionLinks() throws ReflectiveOperationException {
        int linked = 0;
        for (Class<?> header : HEADERS) {
            for (Method m : header.getMethods()) {
                if (m.getName().endsWith("$handle")) {
                    assertNotNull((MethodHandle) m.invoke(null), m.getName());
                    linked++;
                }
            }
        }
        assertEquals(C.keySet().stream().filter(k -> k.startsWith("fn ")).count(), linked);
    }

    @Test
    void committedBindingsAreWhatTheGeneratorWrites() throws IOException {
        var r = NativeBuild.run(List.of(NativeBuild.java(), "ffi-gen/GenerateFfi.java", "--check"), Map.of());
        assertEquals(0, r.exitCode(), "regenerate with java ffm-udev/ffi-gen/GenerateFfi.java:\n" + r.stderr());
    }
}
