package org.ffmusb.emulator.direct;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.ffmusb.emulator.direct.DirectTransfer.Status;
import org.ffmusb.emulator.model.EndpointType;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The mass storage model over Bulk-Only Transport through the direct API: the whole image read back, a write landing in the file. */
@Timeout(60)
class DirectMassStorageTest {
    static final int IMAGE_BYTES = 4 << 20;
    static final ValueLayout.OfInt LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @TempDir
    Path dir;
    Path imagePath;
    DiskImage image;
    DirectDevice dev;
    Arena arena;
    Completions done;
    DirectTransfer cbw;
    DirectTransfer data;
    DirectTransfer csw;
    MemorySegment cbwBytes;
    MemorySegment cswBytes;
    int tag;

    @BeforeEach
    void attach() throws IOException {
        imagePath = dir.resolve("disk.img");
        byte[] content = new byte[IMAGE_BYTES];
        new Random(42).nextBytes(content);
        Files.write(imagePath, content);
        image = DiskImage.open(imagePath, false);
        dev = DirectDevice.attach(new MassStorage(image, "0123456789AB"));
        arena = Arena.ofShared();
        done = new Completions();
        cbwBytes = arena.allocate(31);
        cswBytes = arena.allocate(13);
        cbw = dev.newTransfer(EndpointType.BULK, MassStorage.EP_OUT).buffer(cbwBytes);
        data = dev.newTransfer(EndpointType.BULK, MassStorage.EP_IN);
        csw = dev.newTransfer(EndpointType.BULK, MassStorage.EP_IN).buffer(cswBytes);
    }

    @AfterEach
    void unplug() {
        dev.unplug();
        image.close();
        arena.close();
    }

    /** Sends a CBW with {@code cdb}, moves the data phase through {@code buffer}, returns the CSW status. */
    int command(byte[] cdb, boolean in, MemorySegment buffer) {
        tag++;
        cbwBytes.fill((byte) 0);
        cbwBytes.set(LE32, 0, 0x43425355);
        cbwBytes.set(LE32, 4, tag);
        cbwBytes.set(LE32, 8, (int) buffer.byteSize());
        cbwBytes.set(ValueLayout.JAVA_BYTE, 12, (byte) (in ? 0x80 : 0));
        cbwBytes.set(ValueLayout.JAVA_BYTE, 14, (byte) cdb.length);
        MemorySegment.copy(cdb, 0, cbwBytes, ValueLayout.JAVA_BYTE, 15, cdb.length);
        assertEquals(Status.COMPLETED, done.run(cbw));
        if (buffer.byteSize() > 0) {
            DirectTransfer phase = in ? data : dev.newTransfer(EndpointType.BULK, MassStorage.EP_OUT);
            assertEquals(Status.COMPLETED, done.run(phase.buffer(buffer)));
            assertEquals(buffer.byteSize(), phase.actualLength());
        }
        assertEquals(Status.COMPLETED, done.run(csw));
        assertEquals(13, csw.actualLength());
        assertEquals(0x53425355, cswBytes.get(LE32, 0), "CSW signature");
        assertEquals(tag, cswBytes.get(LE32, 4), "CSW tag");
        assertEquals(0, cswBytes.get(LE32, 8), "residue");
        return cswBytes.get(ValueLayout.JAVA_BYTE, 12);
    }

    static byte[] readWrite10(boolean write, int lba, int blocks) {
        return new byte[] {(byte) (write ? 0x2a : 0x28), 0, (byte) (lba >> 24), (byte) (lba >> 16), (byte) (lba >> 8),
                (byte) lba, 0, (byte) (blocks >> 8), (byte) blocks, 0};
    }

    @Test
    void inquiryNamesTheDevice() {
        MemorySegment answer = arena.allocate(36);
        assertEquals(0, command(new byte[] {0x12, 0, 0, 0, 36, 0}, true, answer));
        String vendorProduct = new String(answer.asSlice(8, 24).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.US_ASCII);
        assertEquals("ffmusb  Emulated Disk", vendorProduct.strip());
    }

    @Test
    void readingTheWholeImageGivesItsChecksum() throws Exception {
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        MemorySegment chunk = arena.allocate(64 * 1024);
        int blocks = (int) (chunk.byteSize() / DiskImage.BLOCK_SIZE);
        for (int lba = 0; lba < IMAGE_BYTES / DiskImage.BLOCK_SIZE; lba += blocks) {
            assertEquals(0, command(readWrite10(false, lba, blocks), true, chunk), "READ(10) at " + lba);
            read.update(chunk.asByteBuffer());
        }
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(imagePath));
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(read.digest()));
    }

    @Test
    void aWrittenPatternLandsInTheImage() throws Exception {
        int lba = 1000;
        MemorySegment pattern = arena.allocate(16 * DiskImage.BLOCK_SIZE);
        for (int i = 0; i < pattern.byteSize(); i++) {
            pattern.set(ValueLayout.JAVA_BYTE, i, (byte) (0xa5 ^ i));
        }
        assertEquals(0, command(readWrite10(true, lba, 16), false, pattern));
        MemorySegment back = arena.allocate(pattern.byteSize());
        assertEquals(0, command(readWrite10(false, lba, 16), true, back));
        assertEquals(-1, back.mismatch(pattern));
        dev.unplug(); // the model flushes the image when it is unplugged
        byte[] file = Files.readAllBytes(imagePath);
        assertArrayEquals(pattern.toArray(ValueLayout.JAVA_BYTE),
                Arrays.copyOfRange(file, lba * DiskImage.BLOCK_SIZE, (lba + 16) * DiskImage.BLOCK_SIZE));
    }

    @Test
    void anInvalidCommandBlockHaltsBothPipesUntilResetRecovery() {
        cbwBytes.fill((byte) 0x11); // no CBW signature
        assertEquals(Status.STALL, done.run(cbw));
        assertTrue(dev.isHalted(MassStorage.EP_IN));
        assertTrue(dev.isHalted(MassStorage.EP_OUT));
        assertEquals(Status.STALL, done.run(csw), "the device halted its IN pipe (a functional stall)");
        // BOT §5.3.4 Reset Recovery: the class reset, then CLEAR_FEATURE(ENDPOINT_HALT) on both endpoints
        DirectTransfer reset = dev.newControlTransfer().setup(0x21, MassStorage.REQUEST_RESET, 0, 0, 0);
        assertEquals(Status.COMPLETED, done.run(reset));
        assertEquals(Status.COMPLETED, dev.clearHalt(MassStorage.EP_IN));
        assertEquals(Status.COMPLETED, dev.clearHalt(MassStorage.EP_OUT));
        assertEquals(0, command(new byte[6], false, MemorySegment.NULL), "TEST UNIT READY works again");
    }

    @Test
    void unplugWhileTheHostWaitsForTheNextPhaseEndsItWithNoDevice() {
        MemorySegment chunk = arena.allocate(64 * 1024);
        assertEquals(0, command(readWrite10(false, 0, 128), true, chunk));
        DirectTransfer waiting = dev.newTransfer(EndpointType.BULK, MassStorage.EP_IN).buffer(arena.allocate(512));
        done.submit(waiting); // no CBW yet: the device NAKs
        done.submit(data.buffer(chunk));
        dev.unplug();
        assertEquals(Status.NO_DEVICE, waiting.status());
        assertEquals(Status.NO_DEVICE, data.status());
        assertEquals(1, done.callbacks(waiting));
        assertEquals(1, done.callbacks(data));
        assertFalse(cbw.submit(done.callback));
        assertEquals(Status.NO_DEVICE, cbw.status());
    }

    @Test
    void readCommandsAllocateNothingInTheSteadyState() {
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        // Completions on this thread, inside submit: the whole command runs here, where it is measured.
        dev.unplug();
        dev = DirectDevice.attach(new MassStorage(image, "0123456789AB"), DirectDevice.Dispatch.CALLER);
        cbw = dev.newTransfer(EndpointType.BULK, MassStorage.EP_OUT).buffer(cbwBytes);
        data = dev.newTransfer(EndpointType.BULK, MassStorage.EP_IN);
        csw = dev.newTransfer(EndpointType.BULK, MassStorage.EP_IN).buffer(cswBytes);
        MemorySegment chunk = arena.allocate(64 * 1024);
        data.buffer(chunk);
        cbwBytes.fill((byte) 0);
        cbwBytes.set(LE32, 0, 0x43425355);
        cbwBytes.set(LE32, 8, (int) chunk.byteSize());
        cbwBytes.set(ValueLayout.JAVA_BYTE, 12, (byte) 0x80);
        cbwBytes.set(ValueLayout.JAVA_BYTE, 14, (byte) 10);
        MemorySegment.copy(readWrite10(false, 0, 128), 0, cbwBytes, ValueLayout.JAVA_BYTE, 15, 10);
        DirectTransfer.Callback ignore = t -> { };
        int n = 20_000;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 40 && best >= 1; round++) { // until the JIT compiled the path (see DirectLoopbackTest)
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) {
                cbw.submit(ignore);
                data.submit(ignore);
                csw.submit(ignore);
            }
            best = Math.min(best, (double) (mx.getCurrentThreadAllocatedBytes() - before) / n);
            assertEquals(Status.COMPLETED, csw.status());
            assertEquals(0, cswBytes.get(ValueLayout.JAVA_BYTE, 12), "CSW status");
        }
        assertTrue(best < 1, "READ(10) of 64 KiB (CBW, data, CSW) allocated " + best + " bytes per command at best");
    }

    @Test
    void getMaxLunIsAnsweredByTheModel() {
        MemorySegment lun = arena.allocate(1);
        DirectTransfer t = dev.newControlTransfer().buffer(lun).setup(0xa1, MassStorage.REQUEST_GET_MAX_LUN, 0, 0, 1);
        assertEquals(Status.COMPLETED, done.run(t));
        assertEquals(1, t.actualLength());
        assertEquals(0, lun.get(ValueLayout.JAVA_BYTE, 0));
    }
}
