/*
 * Drives the emulated mass storage device (1209:0002) through real libusb with the Bulk-Only
 * Transport and SCSI commands, the way a USB storage driver does, and checks what comes back against
 * the image file itself: INQUIRY, capacities, reads of the whole disk, writes, sense data for commands
 * past the end of the medium and unknown opcodes, the BOT cases where host and device disagree, and
 * reset recovery after an invalid CBW. Prints "PASS name" / "FAIL name: why", exits with the number
 * of failures.
 *
 * usage: msc_test IMAGE [--read-only]
 */
#include <libusb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VID 0x1209
#define PID 0x0002
#define EP_IN 0x81
#define EP_OUT 0x02
#define DIR_NONE 0
#define DIR_IN 1
#define DIR_OUT 2

static libusb_device_handle *h;
static int failures;
static uint32_t tag = 1;
static unsigned char *image;
static long image_size;
static int read_only;

#define CHECK(name, cond, ...)                  \
    do {                                        \
        if (!(cond)) {                          \
            printf("FAIL %s: ", name);          \
            printf(__VA_ARGS__);                \
            printf("\n");                       \
            fflush(stdout);                     \
            failures++;                         \
            return;                             \
        }                                       \
    } while (0)

static void pass(const char *name) {
    printf("PASS %s\n", name);
    fflush(stdout);
}

static void put32le(unsigned char *p, uint32_t v) {
    p[0] = v, p[1] = v >> 8, p[2] = v >> 16, p[3] = v >> 24;
}

static uint32_t get32le(const unsigned char *p) {
    return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t) p[3] << 24;
}

static uint32_t get32be(const unsigned char *p) {
    return (uint32_t) p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

static void put32be(unsigned char *p, uint32_t v) {
    p[0] = v >> 24, p[1] = v >> 16, p[2] = v >> 8, p[3] = v;
}

/* Bulk transfer that turns a STALL into "clear the halt" as a driver does; returns the libusb result. */
static int bulk(unsigned char ep, unsigned char *buf, int len, int *got) {
    int r = libusb_bulk_transfer(h, ep, buf, len, got, 5000);
    if (r == LIBUSB_ERROR_PIPE)
        libusb_clear_halt(h, ep);
    return r;
}

static int reset_recovery(void) {
    int r = libusb_control_transfer(h, 0x21, 0xff, 0, 0, NULL, 0, 1000);
    libusb_clear_halt(h, EP_IN);
    libusb_clear_halt(h, EP_OUT);
    return r;
}

/*
 * One BOT command. host_dir/host_len: what the CBW announces. Returns the CSW status (0, 1, 2), or -1
 * if the transport failed; *got = data bytes moved, *residue = the CSW's dCSWDataResidue.
 */
static int command(const unsigned char *cdb, int cdb_len, int host_dir, unsigned char *data, int host_len,
                   int *got, uint32_t *residue) {
    unsigned char cbw[31] = {0}, csw[13];
    int n, r;
    put32le(cbw, 0x43425355);
    put32le(cbw + 4, ++tag);
    put32le(cbw + 8, host_len);
    cbw[12] = host_dir == DIR_IN ? 0x80 : 0;
    cbw[14] = cdb_len;
    memcpy(cbw + 15, cdb, cdb_len);
    r = bulk(EP_OUT, cbw, 31, &n);
    if (r != 0 || n != 31)
        return -1;
    *got = 0;
    if (host_len > 0) {
        r = bulk(host_dir == DIR_IN ? EP_IN : EP_OUT, data, host_len, got);
        if (r != 0 && r != LIBUSB_ERROR_PIPE)
            return -1;
    }
    r = bulk(EP_IN, csw, 13, &n);
    if (r == LIBUSB_ERROR_PIPE)
        r = bulk(EP_IN, csw, 13, &n);
    if (r != 0 || n != 13 || get32le(csw) != 0x53425355 || get32le(csw + 4) != tag)
        return -1;
    *residue = get32le(csw + 8);
    return csw[12];
}

static int request_sense(unsigned char *sense) {
    unsigned char cdb[6] = {0x03, 0, 0, 0, 18, 0};
    int got;
    uint32_t residue;
    return command(cdb, 6, DIR_IN, sense, 18, &got, &residue);
}

static void rw10(unsigned char op, uint32_t lba, uint16_t blocks, unsigned char *cdb) {
    memset(cdb, 0, 10);
    cdb[0] = op;
    put32be(cdb + 2, lba);
    cdb[7] = blocks >> 8, cdb[8] = blocks;
}

static void inquiry_and_capacity(void) {
    unsigned char lun = 0xee, buf[64], cdb[16] = {0};
    int got;
    uint32_t residue;
    int r = libusb_control_transfer(h, 0xa1, 0xfe, 0, 0, &lun, 1, 1000);
    CHECK("get_max_lun", r == 1 && lun == 0, "GET MAX LUN = %d, %d", r, lun);
    pass("get_max_lun");
    cdb[0] = 0x12, cdb[4] = 36;
    int st = command(cdb, 6, DIR_IN, buf, 36, &got, &residue);
    CHECK("inquiry", st == 0 && got == 36 && residue == 0, "status %d, %d bytes, residue %u", st, got, residue);
    CHECK("inquiry", (buf[0] & 0x1f) == 0 && buf[1] == 0x80 && memcmp(buf + 8, "ffmusb  Emulated Disk", 21) == 0,
          "unexpected INQUIRY data");
    pass("inquiry");
    memset(cdb, 0, sizeof cdb);
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("test_unit_ready", st == 0, "status %d", st);
    pass("test_unit_ready");
    cdb[0] = 0x25;
    st = command(cdb, 10, DIR_IN, buf, 8, &got, &residue);
    uint32_t last = get32be(buf), block = get32be(buf + 4);
    CHECK("read_capacity_10", st == 0 && got == 8 && block == 512 && last == image_size / 512 - 1,
          "status %d, last LBA %u, block %u", st, last, block);
    pass("read_capacity_10");
    memset(cdb, 0, sizeof cdb);
    cdb[0] = 0x9e, cdb[1] = 0x10, cdb[13] = 32;
    st = command(cdb, 16, DIR_IN, buf, 32, &got, &residue);
    CHECK("read_capacity_16", st == 0 && got == 32 && get32be(buf + 4) == last && get32be(buf + 8) == 512,
          "status %d, %d bytes", st, got);
    pass("read_capacity_16");
    memset(cdb, 0, sizeof cdb);
    cdb[0] = 0x1a, cdb[2] = 0x3f, cdb[4] = 192;
    st = command(cdb, 6, DIR_IN, buf, 64, &got, &residue);
    CHECK("mode_sense_6", st == 0 && got >= 4 && !!(buf[2] & 0x80) == read_only,
          "status %d, %d bytes, device-specific parameter %02x", st, got, buf[2]);
    pass("mode_sense_6");
    memset(cdb, 0, sizeof cdb);
    cdb[0] = 0x5a, cdb[2] = 0x08, cdb[8] = 64; /* MODE SENSE(10), caching page */
    st = command(cdb, 10, DIR_IN, buf, 64, &got, &residue);
    CHECK("mode_sense_10", st == 0 && got == 28 && buf[1] == 26 && !!(buf[3] & 0x80) == read_only && buf[8] == 0x08
          && buf[9] == 18, "status %d, %d bytes, length %d, page %02x", st, got, buf[1], buf[8]);
    memset(cdb, 0, sizeof cdb);
    cdb[0] = 0x5a, cdb[2] = 0x1c, cdb[8] = 64; /* a page the device does not have */
    st = command(cdb, 10, DIR_IN, buf, 64, &got, &residue);
    CHECK("mode_sense_10", st == 1, "unknown page: status %d", st);
    unsigned char sense[18];
    request_sense(sense);
    CHECK("mode_sense_10", (sense[2] & 0xf) == 5 && sense[12] == 0x24, "sense %x/%02x", sense[2], sense[12]);
    pass("mode_sense_10");
}

static void read_whole_disk(void) {
    enum { CHUNK = 128 };
    unsigned char cdb[10], *buf = malloc(CHUNK * 512);
    long blocks = image_size / 512;
    int got;
    uint32_t residue;
    for (long lba = 0; lba < blocks; lba += CHUNK) {
        int n = blocks - lba < CHUNK ? blocks - lba : CHUNK;
        rw10(0x28, lba, n, cdb);
        int st = command(cdb, 10, DIR_IN, buf, n * 512, &got, &residue);
        int same = memcmp(buf, image + lba * 512, n * 512) == 0;
        if (st != 0 || got != n * 512 || !same) {
            free(buf);
            CHECK("read_whole_disk", 0, "LBA %ld: status %d, %d bytes, data %s", lba, st, got,
                  same ? "same" : "differs");
        }
    }
    free(buf);
    pass("read_whole_disk");
}

static void write_pattern(void) {
    unsigned char cdb[16], out[8 * 512], in[8 * 512];
    int got;
    uint32_t residue;
    for (int i = 0; i < (int) sizeof out; i++)
        out[i] = "FFMUSB-WRITE-PATTERN"[i % 20];
    rw10(0x2a, 100, 8, cdb);
    int st = command(cdb, 10, DIR_OUT, out, sizeof out, &got, &residue);
    if (read_only) {
        unsigned char sense[18];
        CHECK("write_protected", st == 1 && residue == sizeof out, "WRITE(10) on a read-only medium: status %d", st);
        request_sense(sense);
        CHECK("write_protected", (sense[2] & 0xf) == 7 && sense[12] == 0x27, "sense %x/%02x", sense[2], sense[12]);
        pass("write_protected");
        return;
    }
    CHECK("write_10", st == 0 && got == (int) sizeof out, "status %d, %d bytes", st, got);
    rw10(0x28, 100, 8, cdb);
    st = command(cdb, 10, DIR_IN, in, sizeof in, &got, &residue);
    CHECK("write_10", st == 0 && memcmp(in, out, sizeof out) == 0, "read back: status %d", st);
    pass("write_10");
    /* WRITE(16)/READ(16) at the very last block */
    long last = image_size / 512 - 1;
    memset(cdb, 0, 16);
    cdb[0] = 0x8a;
    put32be(cdb + 6, last);
    cdb[13] = 1;
    st = command(cdb, 16, DIR_OUT, out, 512, &got, &residue);
    CHECK("write_16", st == 0, "status %d", st);
    cdb[0] = 0x88;
    st = command(cdb, 16, DIR_IN, in, 512, &got, &residue);
    CHECK("write_16", st == 0 && memcmp(in, out, 512) == 0, "read back: status %d", st);
    cdb[0] = 0x35;
    st = command(cdb, 10, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("write_16", st == 0, "SYNCHRONIZE CACHE: status %d", st);
    pass("write_16");
    printf("WROTE lba 100 count 8 and lba %ld count 1\n", last);
}

static void past_end_and_unknown(void) {
    unsigned char cdb[16], buf[1024], sense[18];
    int got;
    uint32_t residue;
    long blocks = image_size / 512;
    rw10(0x28, blocks - 1, 2, cdb);
    int st = command(cdb, 10, DIR_IN, buf, 1024, &got, &residue);
    CHECK("read_past_end", st == 1 && got == 0 && residue == 1024, "status %d, %d bytes, residue %u", st, got, residue);
    st = request_sense(sense);
    CHECK("read_past_end", st == 0 && sense[0] == 0x70 && (sense[2] & 0xf) == 5 && sense[12] == 0x21
          && sense[13] == 0, "sense %02x %x/%02x/%02x", sense[0], sense[2], sense[12], sense[13]);
    st = request_sense(sense);
    CHECK("read_past_end", st == 0 && (sense[2] & 0xf) == 0, "sense not cleared: %x", sense[2]);
    pass("read_past_end");
    memset(cdb, 0, 16);
    cdb[0] = 0xff;
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("unknown_opcode", st == 1, "status %d", st);
    request_sense(sense);
    CHECK("unknown_opcode", (sense[2] & 0xf) == 5 && sense[12] == 0x20, "sense %x/%02x", sense[2], sense[12]);
    pass("unknown_opcode");
}

/* Host and device disagree: the thirteen cases of BOT 6.7 (1, 6 and 12 are every normal command). */
static void transport_cases(void) {
    unsigned char cdb[16] = {0}, buf[4096];
    int got;
    uint32_t residue;
    /* case 5 (Hi > Di): 36 bytes of INQUIRY for a host ready for 512 */
    cdb[0] = 0x12, cdb[4] = 36;
    int st = command(cdb, 6, DIR_IN, buf, 512, &got, &residue);
    CHECK("bot_case_5_short_data", st == 0 && got == 36 && residue == 512 - 36, "status %d, %d bytes, residue %u",
          st, got, residue);
    pass("bot_case_5_short_data");
    /* case 4 (Hi > Dn): TEST UNIT READY with a data phase */
    memset(cdb, 0, 16);
    st = command(cdb, 6, DIR_IN, buf, 64, &got, &residue);
    CHECK("bot_case_4", st == 0 && got == 0 && residue == 64, "status %d, %d bytes, residue %u", st, got, residue);
    pass("bot_case_4");
    /* case 2 (Hn < Di): READ without a data phase is a phase error; reset recovery follows */
    rw10(0x28, 0, 1, cdb);
    st = command(cdb, 10, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("bot_phase_error", st == 2, "status %d", st);
    CHECK("bot_phase_error", reset_recovery() == 0, "reset recovery failed");
    /* case 10 (Ho <> Di): READ announced as OUT */
    st = command(cdb, 10, DIR_OUT, buf, 512, &got, &residue);
    CHECK("bot_phase_error", st == 2, "case 10 status %d", st);
    reset_recovery();
    memset(cdb, 0, 16);
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("bot_phase_error", st == 0, "TEST UNIT READY after recovery: %d", st);
    /* case 7 (Hi < Di): READ of 2 blocks for a host ready for 1: one block, then a phase error */
    rw10(0x28, 0, 2, cdb);
    st = command(cdb, 10, DIR_IN, buf, 512, &got, &residue);
    CHECK("bot_phase_error", st == 2 && got == 512 && memcmp(buf, image, 512) == 0, "case 7 status %d, %d bytes",
          st, got);
    reset_recovery();
    pass("bot_phase_error");
    /* case 9 (Ho > Dn): TEST UNIT READY with 512 bytes to send: the device stalls the data, status good */
    memset(cdb, 0, 16);
    st = command(cdb, 6, DIR_OUT, buf, 512, &got, &residue);
    CHECK("bot_case_9", st == 0 && got == 0 && residue == 512, "status %d, %d bytes, residue %u", st, got, residue);
    pass("bot_case_9");
    if (read_only)
        return;
    /* case 3 (Hn < Do): WRITE without a data phase */
    rw10(0x2a, 101, 1, cdb);
    st = command(cdb, 10, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("bot_write_cases", st == 2, "case 3 status %d", st);
    reset_recovery();
    /* case 8 (Hi <> Do): WRITE announced as IN */
    st = command(cdb, 10, DIR_IN, buf, 512, &got, &residue);
    CHECK("bot_write_cases", st == 2 && got == 0, "case 8 status %d, %d bytes", st, got);
    reset_recovery();
    /* case 13 (Ho < Do): WRITE of 2 blocks with 1 block of data: phase error, nothing written */
    unsigned char data[1024];
    memset(data, 0xa5, sizeof data);
    rw10(0x2a, 101, 2, cdb);
    st = command(cdb, 10, DIR_OUT, data, 512, &got, &residue);
    CHECK("bot_write_cases", st == 2, "case 13 status %d", st);
    reset_recovery();
    rw10(0x28, 101, 2, cdb);
    st = command(cdb, 10, DIR_IN, buf, 1024, &got, &residue);
    CHECK("bot_write_cases", st == 0 && memcmp(buf, image + 101 * 512, 1024) == 0, "case 13 wrote something");
    /* case 11 (Ho > Do): WRITE of 1 block with 2 blocks of data: the device takes one, stalls the rest */
    rw10(0x2a, 100, 1, cdb);
    st = command(cdb, 10, DIR_OUT, data, 1024, &got, &residue);
    CHECK("bot_write_cases", st == 0 && got == 512 && residue == 512, "case 11 status %d, %d bytes, residue %u", st,
          got, residue);
    rw10(0x28, 100, 2, cdb);
    st = command(cdb, 10, DIR_IN, buf, 1024, &got, &residue);
    CHECK("bot_write_cases", st == 0 && memcmp(buf, data, 512) == 0 && memcmp(buf + 512, image + 101 * 512, 512) == 0,
          "case 11: the block did not land, or more than it");
    pass("bot_write_cases");
}

static void invalid_cbw_needs_reset_recovery(void) {
    unsigned char bad[31] = {0}, csw[13], cdb[16] = {0};
    int n, got;
    uint32_t residue;
    put32le(bad, 0x12345678); /* wrong signature */
    int r = libusb_bulk_transfer(h, EP_OUT, bad, 31, &n, 1000);
    CHECK("invalid_cbw", r == LIBUSB_ERROR_PIPE, "a CBW with a bad signature got %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_IN, csw, 13, &n, 1000);
    CHECK("invalid_cbw", r == LIBUSB_ERROR_PIPE, "bulk IN after a bad CBW got %s", libusb_error_name(r));
    /* clearing the halts is not enough: the device insists on the class reset */
    libusb_clear_halt(h, EP_OUT);
    libusb_clear_halt(h, EP_IN);
    r = libusb_bulk_transfer(h, EP_OUT, bad, 31, &n, 1000);
    CHECK("invalid_cbw", r == LIBUSB_ERROR_PIPE, "still invalid: %s", libusb_error_name(r));
    libusb_clear_halt(h, EP_OUT);
    unsigned char tur[31] = {0};
    put32le(tur, 0x43425355);
    put32le(tur + 4, 77);
    tur[14] = 6;
    r = libusb_bulk_transfer(h, EP_OUT, tur, 31, &n, 1000);
    CHECK("invalid_cbw", r == LIBUSB_ERROR_PIPE, "a valid CBW before reset recovery got %s", libusb_error_name(r));
    CHECK("invalid_cbw", reset_recovery() == 0, "Bulk-Only Mass Storage Reset failed");
    int st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("invalid_cbw", st == 0, "TEST UNIT READY after reset recovery: %d", st);
    /* a 512-byte "CBW" is invalid too */
    unsigned char big[512] = {0};
    memcpy(big, tur, 31);
    r = libusb_bulk_transfer(h, EP_OUT, big, 512, &n, 1000);
    CHECK("invalid_cbw", r == LIBUSB_ERROR_PIPE, "a 512-byte CBW got %s", libusb_error_name(r));
    reset_recovery();
    pass("invalid_cbw");
}

static void medium_removal(void) {
    unsigned char cdb[16] = {0}, sense[18];
    int got;
    uint32_t residue;
    cdb[0] = 0x1e, cdb[4] = 1; /* prevent */
    int st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("medium_removal", st == 0, "PREVENT: %d", st);
    memset(cdb, 0, 16);
    cdb[0] = 0x1b, cdb[4] = 0x02; /* eject */
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    request_sense(sense);
    CHECK("medium_removal", st == 1 && (sense[2] & 0xf) == 5 && sense[12] == 0x53 && sense[13] == 2,
          "eject while prevented: %d, sense %x/%02x/%02x", st, sense[2], sense[12], sense[13]);
    cdb[0] = 0x1e, cdb[4] = 0; /* allow */
    command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    cdb[0] = 0x1b, cdb[4] = 0x02;
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("medium_removal", st == 0, "eject: %d", st);
    memset(cdb, 0, 16);
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    request_sense(sense);
    CHECK("medium_removal", st == 1 && (sense[2] & 0xf) == 2 && sense[12] == 0x3a, "TUR without medium: %d, %x/%02x",
          st, sense[2], sense[12]);
    cdb[0] = 0x1b, cdb[4] = 0x03; /* load */
    st = command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    memset(cdb, 0, 16);
    st = st || command(cdb, 6, DIR_NONE, NULL, 0, &got, &residue);
    CHECK("medium_removal", st == 0, "load and TUR: %d", st);
    pass("medium_removal");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: msc_test IMAGE [--read-only]\n");
        return 2;
    }
    read_only = argc > 2 && strcmp(argv[2], "--read-only") == 0;
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    image_size = ftell(f) / 512 * 512;
    rewind(f);
    image = malloc(image_size);
    if (fread(image, 1, image_size, f) != (size_t) image_size) {
        perror("read image");
        return 2;
    }
    fclose(f);
    libusb_context *ctx;
    libusb_init(&ctx);
    h = libusb_open_device_with_vid_pid(ctx, VID, PID);
    if (!h || libusb_claim_interface(h, 0) != 0) {
        printf("FAIL open: cannot open and claim %04x:%04x\n", VID, PID);
        return 1;
    }
    inquiry_and_capacity();
    read_whole_disk();
    past_end_and_unknown();
    transport_cases();
    invalid_cbw_needs_reset_recovery();
    write_pattern();
    medium_removal();
    libusb_release_interface(h, 0);
    libusb_close(h);
    libusb_exit(ctx);
    printf("DONE %d failures\n", failures);
    return failures;
}
