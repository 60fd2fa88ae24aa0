package org.ffmusb.tools;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the tools' tests need to run {@code ffmusb} as a user does: in a JVM of its own. */
public final class ChildJvm {
    private ChildJvm() {}

    /** The command line of {@code ffmusb ARGS} in a child JVM on the module path Surefire runs us with. */
    public static List<String> ffmusb(String... args) {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "surefire runs this module's tests on the module path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=org.ffmusb.tools,org.ffmusb.usbredir,org.ffmusb.libusb,org.ffmusb.udev,"
                        + "org.ffmusb.emulator",
                "-p", modulePath, "-m", "org.ffmusb.tools/org.ffmusb.tools.Ffmusb"));
        command.addAll(List.of(args));
        return command;
    }

    /** A TCP port free on this machine now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
