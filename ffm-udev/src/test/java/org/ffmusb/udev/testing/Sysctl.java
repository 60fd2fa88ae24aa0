package org.ffmusb.udev.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a number from /proc/sys. */
public final class Sysctl {
    private Sysctl() {}

    /**
     * The value of e.g. {@code net/core/rmem_default}. Read in one go: a sysctl file answers a read at a
     * non-zero offset with end-of-file, so Files.readString, which reads in small steps, gets one digit.
     */
    public static long read(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("/proc/sys", name))) {
            byte[] buffer = new byte[64];
            int n = in.read(buffer);
            return Long.parseLong(new String(buffer, 0, Math.max(n, 0), StandardCharsets.US_ASCII).strip());
        }
    }
}
