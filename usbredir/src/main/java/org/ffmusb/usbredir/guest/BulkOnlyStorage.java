package org.ffmusb.usbredir.guest;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.Status;

/**
 * A mass-storage device (class 8, SCSI transparent, Bulk-Only Transport 1.0) read through a
 * {@link RedirectedDevice}: READ CAPACITY(10) and READ(10) of LUN 0, what a read test needs. Each command
 * sends its CBW, data and CSW requests together so the host has them all in flight; commands run one
 * after another, as BOT requires. A data stage that stalls is recovered as BOT §5.3.4 says (clear the
 * halt, then read the CSW).
 *
 * <p>Completions run on the transport's I/O thread, like all guest requests; so does the data sink of
 * {@link #read}. Not for concurrent use: one command at a time.
 */
public final class BulkOnlyStorage {
    private static final int CBW_SIGNATURE = 0x43425355;
    private static final int CSW_SIGNATURE = 0x53425355;
    private static final int CBW_LENGTH = 31;
    private static final int CSW_LENGTH = 13;
    private static final ValueLayout.OfInt LE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt BE32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private final RedirectedDevice device;
    private final int in;
    private final int out;
    private final MemorySegment cbw = MemorySegment.ofArray(new byte[CBW_LENGTH]);
    private final MemorySegment csw = MemorySegment.ofArray(new byte[CSW_LENGTH]);
    private int tag;

    /** A command that did not end with CSW status "good", or a transport failure; for people. */
    public static final class CommandException extends IOException {
        private final int usbStatus;
        private final int cswStatus;

        CommandException(String message, int usbStatus, int cswStatus) {
            super(message);
            this.usbStatus = usbStatus;
            this.cswStatus = cswStatus;
        }

        /** The usbredir {@link Status} of the transfer that failed, success when the CSW said so. */
        public int usbStatus() {
            return usbStatus;
        }

        /** The CSW status: 0 good, 1 failed, 2 phase error; -1 when no CSW arrived. */
        public int cswStatus() {
            return cswStatus;
        }
    }

    /** The medium's size from READ CAPACITY(10). */
    public record Capacity(long blocks, int blockSize) {
        public long bytes() {
            return blocks * blockSize;
        }
    }

    private BulkOnlyStorage(RedirectedDevice device, int in, int out) {
        this.device = device;
        this.in = in;
        this.out = out;
    }

    /**
     * The Bulk-Only interface of {@code device} (class 8, protocol 0x50) with its bulk endpoints.
     *
     * @throws IllegalArgumentException if the device has none
     */
    public static BulkOnlyStorage of(RedirectedDevice device) {
        for (RedirectedInterface itf : device.interfaces()) {
            if (itf.interfaceClass() != 0x08 || itf.interfaceProtocol() != 0x50) {
                continue;
            }
            int in = -1;
            int out = -1;
            for (RedirectedEndpoint e : device.endpoints()) {
                if (e.interfaceNumber() == itf.number() && e.type() == EndpointType.BULK) {
                    if (e.isIn() && in < 0) {
                        in = e.address();
                    } else if (!e.isIn() && out < 0) {
                        out = e.address();
                    }
                }
            }
            if (in >= 0 && out >= 0) {
                return new BulkOnlyStorage(device, in, out);
            }
        }
        throw new IllegalArgumentException("device " + device + " has no Bulk-Only mass storage interface (class 08, "
                + "protocol 50) with bulk IN and OUT endpoints");
    }

    public int inEndpoint() {
        return in;
    }

    public int outEndpoint() {
        return out;
    }

    /** READ CAPACITY(10). */
    public CompletableFuture<Capacity> readCapacity() {
        MemorySegment data = MemorySegment.ofArray(new byte[8]);
        byte[] cdb = {0x25, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        return command(cdb, data, true, "READ CAPACITY(10)").thenApply(n -> {
            long lastBlock = Integer.toUnsignedLong(data.get(BE32, 0));
            return new Capacity(lastBlock + 1, data.get(BE32, 4));
        });
    }

    /** Receives the data of each READ(10), on the I/O thread; the segment is only valid during the call. */
    @FunctionalInterface
    public interface BlockSink {
        void accept(long firstBlock, MemorySegment data);
    }

    /**
     * Reads {@code count} blocks from {@code firstBlock} with READ(10) commands of at most
     * {@code blocksPerCommand} blocks, one after another, handing each command's data to {@code sink}.
     * Completes with the bytes read, or exceptionally with a {@link CommandException}.
     */
    public CompletableFuture<Long> read(long firstBlock, long count, int blockSize, int blocksPerCommand, BlockSink sink) {
        if (blocksPerCommand < 1 || blocksPerCommand > 0xffff || (long) blocksPerCommand * blockSize > 128L << 20) {
            throw new IllegalArgumentException("blocks per READ(10) must be 1..65535 and at most 128 MiB: "
                    + blocksPerCommand);
        }
        if (firstBlock < 0 || count < 0 || firstBlock + count > 1L << 32) {
            throw new IllegalArgumentException("READ(10) addresses 32-bit block numbers: " + firstBlock + "+" + count);
        }
        MemorySegment buffer = Arena.ofAuto().allocate((long) blocksPerCommand * blockSize, 4096);
        CompletableFuture<Long> done = new CompletableFuture<>();
        readNext(firstBlock, firstBlock + count, blockSize, blocksPerCommand, buffer, sink, 0, done);
        return done;
    }

    private void readNext(long block, long end, int blockSize, int blocksPerCommand, MemorySegment buffer,
                          BlockSink sink, long bytesRead, CompletableFuture<Long> done) {
        if (block >= end) {
            done.complete(bytesRead);
            return;
        }
        int blocks = (int) Math.min(blocksPerCommand, end - block);
        MemorySegment data = blocks == blocksPerCommand ? buffer : buffer.asSlice(0, (long) blocks * blockSize);
        byte[] cdb = {0x28, 0, (byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block, 0,
                (byte) (blocks >>> 8), (byte) blocks, 0};
        command(cdb, data, true, "READ(10) of block " + block).whenComplete((n, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            try {
                sink.accept(block, data);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                return;
            }
            readNext(block + blocks, end, blockSize, blocksPerCommand, buffer, sink, bytesRead + n, done);
        });
    }

    /** One BOT command with an optional data stage; completes with the bytes moved in it. */
    private CompletableFuture<Long> command(byte[] cdb, MemorySegment data, boolean dataIn, String what) {
        int t = ++tag;
        cbw.fill((byte) 0);
        cbw.set(LE32, 0, CBW_SIGNATURE);
        cbw.set(LE32, 4, t);
        cbw.set(LE32, 8, (int) data.byteSize());
        cbw.set(ValueLayout.JAVA_BYTE, 12, (byte) (dataIn ? 0x80 : 0x00));
        cbw.set(ValueLayout.JAVA_BYTE, 14, (byte) cdb.length);
        MemorySegment.copy(MemorySegment.ofArray(cdb), 0, cbw, 15, cdb.length);
        RedirRequest<TransferResult> command = device.bulk(out, cbw);
        RedirRequest<TransferResult> stage = data.byteSize() == 0 ? null : device.bulk(dataIn ? in : out, data);
        RedirRequest<TransferResult> status = device.bulk(in, csw);
        CompletableFuture<Long> result = new CompletableFuture<>();
        CompletableFuture<?> all = stage == null ? CompletableFuture.allOf(command, status)
                : CompletableFuture.allOf(command, stage, status);
        all.whenComplete((ignored, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            TransferResult c = command.join();
            TransferResult d = stage == null ? new TransferResult(Status.SUCCESS, 0) : stage.join();
            TransferResult s = status.join();
            if (!c.isSuccess()) {
                result.completeExceptionally(new CommandException(what + ": the CBW transfer ended with "
                        + c.statusName(), c.status(), -1));
            } else if (s.status() == Status.STALL && (d.status() == Status.STALL || stage == null)) {
                recoverStatus(t, d, what, result); // BOT §6.7.2: the data stage ended early with a stall
            } else if (!s.isSuccess()) {
                result.completeExceptionally(new CommandException(what + ": the CSW transfer ended with "
                        + s.statusName(), s.status(), -1));
            } else {
                checkCsw(t, d, s.length(), what, result);
            }
        });
        return result;
    }

    /** Clears the halt of the bulk IN endpoint (the host intercepts it, §9.3) and reads the CSW again. */
    private void recoverStatus(int t, TransferResult d, String what, CompletableFuture<Long> result) {
        device.controlOut(0x02, 0x01, 0x00, in, new byte[0]).thenCompose(clear -> {
            if (!clear.isSuccess()) {
                result.completeExceptionally(new CommandException(what + ": CLEAR_FEATURE(ENDPOINT_HALT) ended with "
                        + clear.statusName(), clear.status(), -1));
                return CompletableFuture.completedFuture(null);
            }
            return device.bulk(in, csw).thenAccept(s -> {
                if (!s.isSuccess()) {
                    result.completeExceptionally(new CommandException(what + ": the CSW transfer ended with "
                            + s.statusName(), s.status(), -1));
                } else {
                    checkCsw(t, new TransferResult(Status.SUCCESS, d.length()), s.length(), what, result);
                }
            });
        });
    }

    private void checkCsw(int t, TransferResult data, long cswLength, String what, CompletableFuture<Long> result) {
        if (cswLength != CSW_LENGTH || csw.get(LE32, 0) != CSW_SIGNATURE || csw.get(LE32, 4) != t) {
            result.completeExceptionally(new CommandException(what + ": no valid CSW (" + cswLength + " bytes, tag "
                    + csw.get(LE32, 4) + ", expected " + t + ")", Status.SUCCESS, -1));
            return;
        }
        int cswStatus = csw.get(ValueLayout.JAVA_BYTE, 12);
        int residue = csw.get(LE32, 8);
        if (cswStatus != 0) {
            result.completeExceptionally(new CommandException(what + ": CSW status " + cswStatus
                    + (cswStatus == 1 ? " (command failed)" : cswStatus == 2 ? " (phase error)" : ""), Status.SUCCESS,
                    cswStatus));
        } else if (!data.isSuccess()) {
            result.completeExceptionally(new CommandException(what + ": the data transfer ended with "
                    + data.statusName(), data.status(), cswStatus));
        } else if (residue != 0) {
            result.completeExceptionally(new CommandException(what + ": " + residue + " bytes were not transferred",
                    Status.SUCCESS, cswStatus));
        } else {
            result.complete(data.length());
        }
    }
}
