package org.ffmusb.usbredir.guest;

import static org.ffmusb.usbredir.guest.LoopbackRig.await;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ffmusb.emulator.models.storage.DiskImage;
import org.ffmusb.emulator.models.storage.MassStorage;
import org.ffmusb.usbredir.proto.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our guest reads an emulated USB stick through C usbredirect with Bulk-Only Transport: the whole disk
 * arrives intact, and pulling the stick out mid-read reaches the guest as device_disconnect with every
 * pending request completed with an error status.
 */
@Timeout(180)
class GuestMassStorageTest {
    private static final UsbRedirGuest.Options OPTIONS = UsbRedirGuest.Options.DEFAULT;

    private static Path image(Path dir, int megabytes, long seed) throws Exception {
        byte[] bytes = new byte[megabytes << 20];
        new Random(seed).nextBytes(bytes);
        Path file = dir.resolve("disk.img");
        Files.write(file, bytes);
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String readWholeDisk(RedirectedDevice device, int blocksPerCommand) throws Exception {
        BulkOnlyStorage storage = BulkOnlyStorage.of(device);
        BulkOnlyStorage.Capacity capacity = await(storage.readCapacity());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long start = System.nanoTime();
        long bytes = await(storage.read(0, capacity.blocks(), capacity.blockSize(), blocksPerCommand,
                (block, data) -> digest.update(data.asByteBuffer())));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(capacity.bytes(), bytes);
        System.out.printf("read %d MiB in %d-block commands through usbredirect: %.1f MB/s%n", bytes >> 20,
                blocksPerCommand, bytes / seconds / 1e6);
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void readsTheWholeDiskThroughUsbredirectAs(@TempDir Path dir) throws Exception {
        Path file = image(dir, 8, 1);
        try (DiskImage disk = DiskImage.open(file, true);
             LoopbackRig rig = LoopbackRig.connect(new MassStorage(disk), OPTIONS)) {
            BulkOnlyStorage.Capacity capacity = await(BulkOnlyStorage.of(rig.device).readCapacity());
            assertEquals(new BulkOnlyStorage.Capacity(8 << 11, 512), capacity);
            assertEquals(sha256(file), readWholeDisk(rig.device, 128));
        }
    }

    @Test
    void readsTheWholeDiskThroughUsbredirectToWithMegabyteCommands(@TempDir Path dir) throws Exception {
        Path file = image(dir, 8, 2);
        try (DiskImage disk = DiskImage.open(file, true);
             LoopbackRig rig = LoopbackRig.listen(new MassStorage(disk), OPTIONS)) {
            assertEquals(sha256(file), readWholeDisk(rig.device, 2048));
        }
    }

    @Test
    void unplugMidReadDetachesTheDeviceAndFailsPendingRequests(@TempDir Path dir) throws Exception {
        Path file = image(dir, 64, 3);
        try (DiskImage disk = DiskImage.open(file, true);
             LoopbackRig rig = LoopbackRig.connect(new MassStorage(disk), OPTIONS)) {
            RedirectedDevice device = rig.device;
            BulkOnlyStorage storage = BulkOnlyStorage.of(device);
            AtomicLong bytes = new AtomicLong();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Long> read = storage.read(0, 64 << 11, 512, 16, (block, data) -> {
                if (bytes.addAndGet(data.byteSize()) >= 1 << 20) {
                    started.countDown();
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS), "the read got going");
            rig.plugged.unplug();

            ExecutionException e = assertThrows(ExecutionException.class, () -> read.get(15, TimeUnit.SECONDS));
            var failure = assertInstanceOf(BulkOnlyStorage.CommandException.class, e.getCause());
            assertNotEquals(Status.SUCCESS, failure.usbStatus(), failure.getMessage());
            assertTrue(bytes.get() < 64L << 20, "the read stopped early");
            await(device.detached());
            assertFalse(device.isAttached());
            assertNull(rig.guest.currentDevice());
            assertFalse(rig.guest.device().isDone(), "the guest waits for the next device");
            TransferResult after = await(device.bulk(MassStorage.EP_IN, MemorySegment.ofArray(new byte[512])));
            assertEquals(Status.IOERROR, after.status(), "a request to a detached device fails at once");
        }
    }
}
