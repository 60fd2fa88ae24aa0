package org.ffmusb.emulator.models.storage;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * A direct-access block device speaking the SCSI commands a USB mass storage device needs (SPC-4,
 * SBC-3, and READ FORMAT CAPACITIES of UFI): INQUIRY (standard data and VPD pages 00/80/83), TEST UNIT
 * READY, REQUEST SENSE, READ CAPACITY (10) and (16), READ and WRITE (6)/(10)/(16), VERIFY (10), MODE
 * SENSE (6)/(10), PREVENT ALLOW MEDIUM REMOVAL, SYNCHRONIZE CACHE (10)/(16), START STOP UNIT. Anything
 * else is CHECK CONDITION with ILLEGAL REQUEST / INVALID COMMAND OPERATION CODE; addresses past the end
 * of the medium are ILLEGAL REQUEST / LOGICAL BLOCK ADDRESS OUT OF RANGE, writes to a read-only image
 * DATA PROTECT / WRITE PROTECTED. Called from the model's callbacks only.
 */
final class ScsiDisk {
    static final int BLOCK = DiskImage.BLOCK_SIZE;

    private final DiskImage image;
    private final String serial;
    private Sense sense = Sense.NONE;
    private boolean removalPrevented;
    private boolean loaded = true;
    private final MediumAccess reads = new MediumAccess(false);
    private final MediumAccess writes = new MediumAccess(true);

    ScsiDisk(DiskImage image, String serial) {
        this.image = image;
        this.serial = serial;
    }

    /** Decodes a CDB; sense data for a failed command is kept for the next REQUEST SENSE. */
    ScsiCommand execute(byte[] cdb) {
        int opcode = cdb[0] & 0xff;
        return switch (opcode) {
            case 0x03 -> requestSense(cdb);
            case 0x12 -> inquiry(cdb);
            default -> {
                if (!loaded && opcode != 0x1b && opcode != 0x1e) {
                    yield fail(Sense.MEDIUM_NOT_PRESENT);
                }
                yield switch (opcode) {
                    case 0x00 -> ok();
                    case 0x08 -> readWrite(false, u24(cdb, 1) & 0x1fffff, (cdb[4] & 0xff) == 0 ? 256 : cdb[4] & 0xff);
                    case 0x0a -> readWrite(true, u24(cdb, 1) & 0x1fffff, (cdb[4] & 0xff) == 0 ? 256 : cdb[4] & 0xff);
                    case 0x28 -> readWrite(false, u32(cdb, 2), u16(cdb, 7));
                    case 0x2a -> readWrite(true, u32(cdb, 2), u16(cdb, 7));
                    case 0x88 -> readWrite(false, u64(cdb, 2), u32(cdb, 10));
                    case 0x8a -> readWrite(true, u64(cdb, 2), u32(cdb, 10));
                    case 0x2f -> verify(u32(cdb, 2), u16(cdb, 7));
                    case 0x25 -> readCapacity10();
                    case 0x9e -> (cdb[1] & 0x1f) == 0x10 ? readCapacity16(u32(cdb, 10)) : fail(Sense.INVALID_FIELD_IN_CDB);
                    case 0x23 -> readFormatCapacities(u16(cdb, 7));
                    case 0x1a -> modeSense(cdb[2] & 0x3f, cdb[4] & 0xff, false);
                    case 0x5a -> modeSense(cdb[2] & 0x3f, u16(cdb, 7), true);
                    case 0x1e -> {
                        removalPrevented = (cdb[4] & 1) != 0;
                        yield ok();
                    }
                    case 0x35, 0x91 -> {
                        image.flush();
                        yield ok();
                    }
                    case 0x1b -> startStop(cdb[4]);
                    default -> fail(Sense.INVALID_OPCODE);
                };
            }
        };
    }

    /** The medium reads as 512-byte blocks; a command past its end is refused before any data moves. */
    private ScsiCommand readWrite(boolean write, long lba, long blocks) {
        long count = image.blockCount();
        if (lba < 0 || lba > count || blocks > count - lba) {
            return fail(Sense.LBA_OUT_OF_RANGE);
        }
        if (write && image.isReadOnly()) {
            return fail(Sense.WRITE_PROTECTED);
        }
        sense = Sense.NONE;
        MediumAccess access = write ? writes : reads;
        access.base = lba * BLOCK;
        long length = blocks * BLOCK;
        if (access.command == null || access.command.length() != length) {
            access.command = new ScsiCommand(write ? ScsiCommand.Direction.OUT : ScsiCommand.Direction.IN, length,
                    access, true);
        }
        return access.command;
    }

    /**
     * The data of a READ or WRITE: copies between the medium and the transfer buffer at the command's
     * block. One per direction, re-aimed by each command (the transport holds one command at a time),
     * with the last command kept for the next one of the same length: a stream of reads or writes
     * allocates nothing.
     */
    private final class MediumAccess implements ScsiCommand.Data {
        private final boolean write;
        long base;
        ScsiCommand command;

        MediumAccess(boolean write) {
            this.write = write;
        }

        @Override
        public void move(long offset, MemorySegment buffer, long bufferOffset, int n) {
            if (write) {
                MemorySegment.copy(buffer, bufferOffset, image.segment(), base + offset, n);
            } else {
                MemorySegment.copy(image.segment(), base + offset, buffer, bufferOffset, n);
            }
        }
    }

    private ScsiCommand verify(long lba, long blocks) {
        long count = image.blockCount();
        return lba > count || blocks > count - lba ? fail(Sense.LBA_OUT_OF_RANGE) : ok();
    }

    private ScsiCommand requestSense(byte[] cdb) {
        byte[] data = sense.fixedFormat();
        sense = Sense.NONE;
        return ScsiCommand.response(data, cdb[4] & 0xff);
    }

    private ScsiCommand inquiry(byte[] cdb) {
        int allocation = u16(cdb, 3);
        if ((cdb[1] & 1) == 0) {
            if ((cdb[2] & 0xff) != 0) {
                return fail(Sense.INVALID_FIELD_IN_CDB);
            }
            byte[] d = new byte[36];
            d[0] = 0x00; // direct access block device
            d[1] = (byte) 0x80; // removable medium
            d[2] = 0x06; // SPC-4
            d[3] = 0x02; // response data format 2
            d[4] = 31;
            ascii(d, 8, "ffmusb", 8);
            ascii(d, 16, "Emulated Disk", 16);
            ascii(d, 32, "0.1", 4);
            sense = Sense.NONE;
            return ScsiCommand.response(d, allocation);
        }
        byte[] page = switch (cdb[2] & 0xff) {
            case 0x00 -> new byte[] {0, 0x00, 0, 3, 0x00, (byte) 0x80, (byte) 0x83};
            case 0x80 -> {
                byte[] s = serial.getBytes(StandardCharsets.US_ASCII);
                byte[] p = new byte[4 + s.length];
                p[1] = (byte) 0x80;
                p[3] = (byte) s.length;
                System.arraycopy(s, 0, p, 4, s.length);
                yield p;
            }
            case 0x83 -> {
                // one T10 vendor ID designator: "ffmusb  " + serial
                byte[] id = ("ffmusb  " + serial).getBytes(StandardCharsets.US_ASCII);
                byte[] p = new byte[8 + id.length];
                p[1] = (byte) 0x83;
                p[3] = (byte) (4 + id.length);
                p[4] = 0x02; // ASCII
                p[5] = 0x01; // T10 vendor ID, associated with the logical unit
                p[7] = (byte) id.length;
                System.arraycopy(id, 0, p, 8, id.length);
                yield p;
            }
            default -> null;
        };
        if (page == null) {
            return fail(Sense.INVALID_FIELD_IN_CDB);
        }
        sense = Sense.NONE;
        return ScsiCommand.response(page, allocation);
    }

    private ScsiCommand readCapacity10() {
        long last = image.blockCount() - 1;
        byte[] d = new byte[8];
        putU32(d, 0, last > 0xffff_ffffL ? 0xffff_ffffL : last);
        putU32(d, 4, BLOCK);
        sense = Sense.NONE;
        return ScsiCommand.response(d, 8);
    }

    private ScsiCommand readCapacity16(long allocation) {
        byte[] d = new byte[32];
        long last = image.blockCount() - 1;
        putU32(d, 0, last >>> 32);
        putU32(d, 4, last & 0xffff_ffffL);
        putU32(d, 8, BLOCK);
        sense = Sense.NONE;
        return ScsiCommand.response(d, allocation);
    }

    private ScsiCommand readFormatCapacities(long allocation) {
        byte[] d = new byte[12];
        d[3] = 8; // capacity list length
        putU32(d, 4, Math.min(image.blockCount(), 0xffff_ffffL));
        d[8] = 0x02; // formatted media
        d[9] = 0;
        d[10] = (byte) (BLOCK >> 8);
        d[11] = (byte) BLOCK;
        sense = Sense.NONE;
        return ScsiCommand.response(d, allocation);
    }

    /** MODE SENSE: the write-protect bit, and the caching page (write cache off: writes are in the
     *  image once the command completes). Page 0x3f asks for every page. */
    private ScsiCommand modeSense(int page, long allocation, boolean ten) {
        byte[] caching = new byte[20];
        caching[0] = 0x08;
        caching[1] = 18;
        byte[] pages = switch (page) {
            case 0x08, 0x3f -> caching;
            default -> null;
        };
        if (pages == null) {
            return fail(Sense.INVALID_FIELD_IN_CDB);
        }
        int header = ten ? 8 : 4;
        byte[] d = new byte[header + pages.length];
        int length = d.length - (ten ? 2 : 1);
        if (ten) {
            d[0] = (byte) (length >> 8);
            d[1] = (byte) length;
            d[3] = (byte) (image.isReadOnly() ? 0x80 : 0);
        } else {
            d[0] = (byte) length;
            d[2] = (byte) (image.isReadOnly() ? 0x80 : 0);
        }
        System.arraycopy(pages, 0, d, header, pages.length);
        sense = Sense.NONE;
        return ScsiCommand.response(d, allocation);
    }

    private ScsiCommand startStop(byte flags) {
        boolean loadEject = (flags & 2) != 0;
        boolean start = (flags & 1) != 0;
        if (loadEject && !start) {
            if (removalPrevented) {
                return fail(Sense.REMOVAL_PREVENTED);
            }
            image.flush();
            loaded = false;
        } else if (loadEject) {
            loaded = true;
        }
        return ok();
    }

    /** Power-on state after a bus reset: the medium stays, removal is allowed, no sense pending. */
    void reset() {
        sense = Sense.NONE;
        removalPrevented = false;
    }

    private ScsiCommand ok() {
        sense = Sense.NONE;
        return ScsiCommand.noData(true);
    }

    private ScsiCommand fail(Sense s) {
        sense = s;
        return ScsiCommand.noData(false);
    }

    private static void ascii(byte[] d, int at, String s, int width) {
        for (int i = 0; i < width; i++) {
            d[at + i] = (byte) (i < s.length() ? s.charAt(i) : ' ');
        }
    }

    private static void putU32(byte[] d, int at, long v) {
        d[at] = (byte) (v >> 24);
        d[at + 1] = (byte) (v >> 16);
        d[at + 2] = (byte) (v >> 8);
        d[at + 3] = (byte) v;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) << 16 | u16(b, at + 1);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }

    private static long u64(byte[] b, int at) {
        return (u32(b, at) << 32) | u32(b, at + 4);
    }
}
