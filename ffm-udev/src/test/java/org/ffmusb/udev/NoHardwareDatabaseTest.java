package org.ffmusb.udev;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ffmusb.udev.testing.NativeBuild;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Without Debian's udev package there is no hwdb.bin: names must fall back with a one-line notice. A child
 * JVM runs in a private mount namespace ({@code unshare -m}, root) where every path libudev 252 reads the
 * database from is covered by /dev/null.
 */
class NoHardwareDatabaseTest {
    /** sd-hwdb's search path in systemd 252 (src/libsystemd/sd-hwdb/sd-hwdb.c). */
    private static final List<String> HWDB_PATHS = List.of("/etc/systemd/hwdb/hwdb.bin", "/etc/udev/hwdb.bin",
            "/usr/lib/systemd/hwdb/hwdb.bin", "/lib/systemd/hwdb/hwdb.bin", "/lib/udev/hwdb.bin", "/usr/lib/udev/hwdb.bin");

    @Test
    void withoutTheDatabaseNamesAreMissingAndOneNoticeLineSaysWhatToInstall() throws IOException {
        var hide = new StringBuilder();
        for (String path : HWDB_PATHS) {
            hide.append("if [ -e ").append(path).append(" ]; then mount --bind /dev/null ").append(path)
                    .append(" || exit 97; fi; ");
        }
        String classpath = "target/classes" + File.pathSeparator + "target/test-classes";
        hide.append("exec ").append(NativeBuild.java()).append(" --enable-native-access=ALL-UNNAMED -cp ")
                .append(classpath).append(" ").append(NoHwdbProbe.class.getName());
        var r = NativeBuild.run(List.of("unshare", "-m", "sh", "-c", hide.toString()), Map.of());
        assertNotEquals(97, r.exitCode(), "mount --bind failed: the test needs root (CAP_SYS_ADMIN) for a private"
                + " mount namespace: " + r.stderr());
        assertEquals(0, r.exitCode(), "unshare -m (util-linux) needs root: " + r.stderr() + r.stdout());
        assertEquals("hwdb false\nnames UsbNames[vendor=null, product=null]\nhwdb false\n", r.stdout());
        List<String> notices = r.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, notices.size(), "one notice per process: " + r.stderr());
        String notice = notices.getFirst();
        assertTrue(notice.startsWith("WARNING: no udev hardware database") && notice.contains("apt-get install udev"),
                notice);
    }
}
