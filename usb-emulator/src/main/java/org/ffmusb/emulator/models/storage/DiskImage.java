package org.ffmusb.emulator.models.storage;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A disk image file mapped into memory as the medium of a {@link MassStorage} device: reads and
 * writes of the emulated disk are copies between the mapping and the transfer buffers, and land in
 * the file through the page cache ({@link #flush} forces them to the disk). The image is 512-byte
 * blocks; a trailing partial block is not part of the medium.
 *
 * <p>Close it after unplugging the device. The file must not be truncated while it is mapped: access
 * to a page past the end of a file kills the process (SIGBUS).
 */
public final class DiskImage implements AutoCloseable {
    public static final int BLOCK_SIZE = 512;

    private final Path path;
    private final boolean readOnly;
    private final Arena arena;
    private final MemorySegment data;

    private DiskImage(Path path, boolean readOnly, Arena arena, MemorySegment data) {
        this.path = path;
        this.readOnly = readOnly;
        this.arena = arena;
        this.data = data;
    }

    /**
     * Maps an existing image file.
     *
     * @param readOnly the device reports write protection and refuses writes (DATA PROTECT)
     * @throws IOException if the file cannot be opened or holds less than one block
     */
    public static DiskImage open(Path path, boolean readOnly) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("no disk image file " + path + " (create one with: truncate -s 16M " + path
                    + ", or copy a real disk image there)");
        }
        if (!Files.isReadable(path) || (!readOnly && !Files.isWritable(path))) {
            throw new IOException("cannot " + (readOnly ? "read " : "read and write ") + path + ": check its "
                    + "permissions" + (readOnly ? "" : ", or emulate a write-protected medium (read-only)"));
        }
        long size = Files.size(path);
        long blocks = size / BLOCK_SIZE;
        if (blocks == 0) {
            throw new IOException(path + " holds " + size + " bytes: a disk image needs at least one " + BLOCK_SIZE
                    + "-byte block (create one with: truncate -s 16M " + path + ")");
        }
        Arena arena = Arena.ofShared();
        try (FileChannel ch = readOnly ? FileChannel.open(path, StandardOpenOption.READ)
                : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MemorySegment data = ch.map(readOnly ? FileChannel.MapMode.READ_ONLY : FileChannel.MapMode.READ_WRITE, 0,
                    blocks * BLOCK_SIZE, arena);
            return new DiskImage(path, readOnly, arena, data);
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public long blockCount() {
        return data.byteSize() / BLOCK_SIZE;
    }

    /** The whole medium. */
    MemorySegment segment() {
        return data;
    }

    /** Forces written blocks to the file (SYNCHRONIZE CACHE). */
    public void flush() {
        if (!readOnly) {
            data.force();
        }
    }

    /** Flushes and unmaps. */
    @Override
    public void close() {
        flush();
        arena.close();
    }

    @Override
    public String toString() {
        return path + " (" + blockCount() + " blocks" + (readOnly ? ", read-only)" : ")");
    }
}
