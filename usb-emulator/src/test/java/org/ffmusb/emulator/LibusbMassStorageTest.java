package org.ffmusb.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.emulator.testing.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bulk-Only Transport and SCSI of the mass storage model, driven by a C program on real libusb (src/test/c/msc_test.c). */
@Timeout(120)
class LibusbMassStorageTest {
    static UsbEmulator emulator;
    static Path program;

    @BeforeAll
    static void open() {
        program = Programs.compile("msc_test.c", "libusb-1.0");
        emulator = UsbEmulator.open();
    }

    @AfterAll
    static void close() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static byte[] randomImage(int size) {
        byte[] b = new byte[size];
        new Random(42).nextBytes(b);
        return b;
    }

    @Test
    void readsWritesSenseAndRecovery(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("disk.img");
        byte[] original = randomImage(4 << 20);
        Files.write(file, original);
        Programs.Result r;
        try (DiskImage image = DiskImage.open(file, false)) {
            PluggedDevice dev = emulator.plug(new MassStorage(image));
            try {
                r = Programs.run(emulator.processBuilder(program.toString(), file.toString()), 90);
            } finally {
                dev.unplug();
            }
        }
        String out = r.stdout();
        assertTrue(out.contains("DONE 0 failures"), out + r.stderr());
        for (String c : List.of("inquiry", "read_capacity_16", "mode_sense_10", "read_whole_disk", "read_past_end", "unknown_opcode",
                "bot_case_5_short_data", "bot_case_4", "bot_phase_error", "bot_case_9", "bot_write_cases", "invalid_cbw",
                "write_10", "write_16", "medium_removal")) {
            assertTrue(out.contains("PASS " + c + "\n"), c + " did not pass:\n" + out);
        }
        byte[] after = Files.readAllBytes(file);
        byte[] pattern = new byte[8 * 512];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) "FFMUSB-WRITE-PATTERN".charAt(i % 20);
        }
        assertArrayEquals(pattern, Arrays.copyOfRange(after, 100 * 512, 108 * 512), "the written pattern is not in the image");
        assertArrayEquals(Arrays.copyOf(pattern, 512), Arrays.copyOfRange(after, after.length - 512, after.length));
        assertArrayEquals(Arrays.copyOf(original, 100 * 512), Arrays.copyOf(after, 100 * 512), "other blocks changed");
        assertArrayEquals(Arrays.copyOfRange(original, 108 * 512, original.length - 512),
                Arrays.copyOfRange(after, 108 * 512, after.length - 512), "other blocks changed");
    }

    @Test
    void readOnlyImageIsWriteProtected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ro.img");
        byte[] original = randomImage(1 << 20);
        Files.write(file, original);
        Programs.Result r;
        try (DiskImage image = DiskImage.open(file, true)) {
            PluggedDevice dev = emulator.plug(new MassStorage(image));
            try {
                r = Programs.run(emulator.processBuilder(program.toString(), file.toString(), "--read-only"), 90);
            } finally {
                dev.unplug();
            }
        }
        assertTrue(r.stdout().contains("PASS write_protected\n"), r.stdout());
        assertTrue(r.stdout().contains("PASS mode_sense_6\n"), r.stdout());
        assertTrue(r.stdout().contains("DONE 0 failures"), r.stdout() + r.stderr());
        assertArrayEquals(original, Files.readAllBytes(file), "a read-only image changed");
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("FFMUSB-WRITE"));
    }
}
