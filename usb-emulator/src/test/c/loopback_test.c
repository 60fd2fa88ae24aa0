/*
 * Exercises every transfer type of the emulated loopback device (1209:0001) through real libusb:
 * control IN/OUT, bulk of 1 byte to 4 MiB with short and zero-length packets, interrupt, isochronous
 * IN and OUT with per-packet status, cancellation, stall and clear halt, babble, reset, and (with
 * --removal) unplugging while URBs are in flight. Prints "PASS name" or "FAIL name: why" per case and
 * exits with the number of failures.
 *
 * usage: loopback_test [--removal | --super-speed | --claim-and-exit]
 *   --removal: submit URBs that stay pending, print READY, and expect every one of them to complete
 *              with LIBUSB_TRANSFER_NO_DEVICE once the test unplugs the device.
 *   --super-speed: the SuperSpeed variant: 1024-byte bulk packets and bulk streams.
 *   --claim-and-exit: claim the interfaces, read the bulk source once and exit without releasing them
 *              (closing the file releases them, as on Linux).
 */
#include <libusb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define VID 0x1209
#define PID 0x0001
#define EP_LOOP_OUT 0x01
#define EP_LOOP_IN 0x81
#define EP_SINK 0x02
#define EP_SOURCE 0x82
#define EP_INT_OUT 0x03
#define EP_INT_IN 0x83
#define EP_ISO_IN 0x84
#define EP_ISO_OUT 0x04
#define REQ_WRITE_BUFFER 0x01
#define REQ_READ_BUFFER 0x02
#define REQ_ISO_STATS 0x03
#define REQ_HALT 0x04
#define REQ_BABBLE 0x05
#define VENDOR_OUT (LIBUSB_ENDPOINT_OUT | LIBUSB_REQUEST_TYPE_VENDOR | LIBUSB_RECIPIENT_DEVICE)
#define VENDOR_IN (LIBUSB_ENDPOINT_IN | LIBUSB_REQUEST_TYPE_VENDOR | LIBUSB_RECIPIENT_DEVICE)
#define ISO_PACKET 1024

static libusb_context *ctx;
static libusb_device_handle *h;
static int failures;
static int super_speed;

#define CHECK(name, cond, ...)                                  \
    do {                                                        \
        if (!(cond)) {                                          \
            printf("FAIL %s: ", name);                          \
            printf(__VA_ARGS__);                                \
            printf("\n");                                       \
            fflush(stdout);                                     \
            failures++;                                         \
            return;                                             \
        }                                                       \
    } while (0)

static void pass(const char *name) {
    printf("PASS %s\n", name);
    fflush(stdout);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- async helpers ---- */

struct op {
    struct libusb_transfer *t;
    int done;
};

static void LIBUSB_CALL on_done(struct libusb_transfer *t) {
    ((struct op *) t->user_data)->done = 1;
}

static struct op *submit(int type, unsigned char ep, unsigned char *buf, int len, int flags, int iso_packets) {
    struct op *o = calloc(1, sizeof *o);
    o->t = libusb_alloc_transfer(iso_packets);
    if (type == LIBUSB_TRANSFER_TYPE_ISOCHRONOUS) {
        libusb_fill_iso_transfer(o->t, h, ep, buf, len, iso_packets, on_done, o, 5000);
        libusb_set_iso_packet_lengths(o->t, len / iso_packets);
    } else if (type == LIBUSB_TRANSFER_TYPE_INTERRUPT) {
        libusb_fill_interrupt_transfer(o->t, h, ep, buf, len, on_done, o, 0);
    } else {
        libusb_fill_bulk_transfer(o->t, h, ep, buf, len, on_done, o, 0);
    }
    o->t->flags |= flags;
    int r = libusb_submit_transfer(o->t);
    if (r != 0) {
        o->done = 1;
        o->t->status = LIBUSB_TRANSFER_ERROR;
        o->t->actual_length = r;
    }
    return o;
}

/* Runs the event loop until every op is done or `seconds` pass; returns 1 if all finished. */
static int wait_all(struct op **ops, int n, double seconds) {
    double end = now() + seconds;
    while (now() < end) {
        int pending = 0;
        for (int i = 0; i < n; i++)
            pending += !ops[i]->done;
        if (!pending)
            return 1;
        struct timeval tv = {0, 50000};
        libusb_handle_events_timeout_completed(ctx, &tv, NULL);
    }
    return 0;
}

static void free_op(struct op *o) {
    libusb_free_transfer(o->t);
    free(o);
}

static void fill(unsigned char *b, int n, int seed) {
    for (int i = 0; i < n; i++)
        b[i] = (unsigned char) (i * 7 + seed);
}

/* ---- cases ---- */

static void control_out_in(void) {
    unsigned char out[100], in[4096];
    fill(out, sizeof out, 3);
    int r = libusb_control_transfer(h, VENDOR_OUT, REQ_WRITE_BUFFER, 0, 0, out, sizeof out, 1000);
    CHECK("control_out_in", r == (int) sizeof out, "control OUT returned %s", libusb_error_name(r));
    r = libusb_control_transfer(h, VENDOR_IN, REQ_READ_BUFFER, 0, 0, in, sizeof in, 1000);
    CHECK("control_out_in", r == (int) sizeof out, "short control IN returned %d, want %zu", r, sizeof out);
    CHECK("control_out_in", memcmp(in, out, sizeof out) == 0, "data read back differs");
    r = libusb_control_transfer(h, VENDOR_IN, REQ_READ_BUFFER, 0, 0, in, 10, 1000);
    CHECK("control_out_in", r == 10 && memcmp(in, out, 10) == 0, "truncated control IN returned %d", r);
    r = libusb_control_transfer(h, VENDOR_OUT, REQ_WRITE_BUFFER, 0, 0, NULL, 0, 1000);
    CHECK("control_out_in", r == 0, "zero-length control OUT returned %s", libusb_error_name(r));
    pass("control_out_in");
}

static void control_standard(void) {
    unsigned char b[256];
    struct libusb_device_descriptor dd;
    libusb_get_device_descriptor(libusb_get_device(h), &dd);
    int r = libusb_get_descriptor(h, LIBUSB_DT_DEVICE, 0, b, sizeof b);
    CHECK("control_standard", r == 18 && memcmp(b, &dd, 18) == 0, "GET_DESCRIPTOR(device) = %d", r);
    r = libusb_control_transfer(h, 0x80, LIBUSB_REQUEST_GET_STATUS, 0, 0, b, 2, 1000);
    CHECK("control_standard", r == 2 && b[0] == 0 && b[1] == 0, "GET_STATUS = %d %02x", r, b[0]);
    r = libusb_control_transfer(h, 0x80, LIBUSB_REQUEST_GET_CONFIGURATION, 0, 0, b, 1, 1000);
    CHECK("control_standard", r == 1 && b[0] == 1, "GET_CONFIGURATION = %d %d", r, b[0]);
    r = libusb_get_string_descriptor_ascii(h, dd.iProduct, b, sizeof b);
    CHECK("control_standard", r > 0 && strcmp((char *) b, "Loopback") == 0, "product string %d '%s'", r, b);
    r = libusb_control_transfer(h, 0x81, LIBUSB_REQUEST_GET_INTERFACE, 0, 1, b, 1, 1000);
    CHECK("control_standard", r == 1 && b[0] == 0, "GET_INTERFACE(1) = %d %d", r, b[0]);
    struct libusb_bos_descriptor *bos;
    r = libusb_get_bos_descriptor(h, &bos);
    CHECK("control_standard", r == 0 && bos->bNumDeviceCaps == (super_speed ? 3 : 2), "BOS: %s",
          libusb_error_name(r));
    libusb_free_bos_descriptor(bos);
    pass("control_standard");
}

static void control_stall(void) {
    unsigned char b[8];
    int r = libusb_control_transfer(h, VENDOR_IN, 0x7f, 0, 0, b, sizeof b, 1000);
    CHECK("control_stall", r == LIBUSB_ERROR_PIPE, "unknown request returned %s", libusb_error_name(r));
    r = libusb_control_transfer(h, 0x80, LIBUSB_REQUEST_GET_DESCRIPTOR, 0x0a << 8, 0, b, 4, 1000);
    CHECK("control_stall", r == LIBUSB_ERROR_PIPE, "GET_DESCRIPTOR(debug) returned %s", libusb_error_name(r));
    r = libusb_control_transfer(h, 0x80, LIBUSB_REQUEST_GET_STATUS, 0, 0, b, 2, 1000);
    CHECK("control_stall", r == 2, "control pipe dead after a stall: %s", libusb_error_name(r));
    pass("control_stall");
}

/* Bulk OUT and IN of the same size at once, so any size fits through the FIFO. */
static void bulk_loop_size(int size) {
    char name[64];
    snprintf(name, sizeof name, "bulk_loop_%d", size);
    unsigned char *out = malloc(size + 1), *in = malloc(size + 1);
    fill(out, size, size);
    memset(in, 0xee, size);
    struct op *ops[2];
    ops[0] = submit(LIBUSB_TRANSFER_TYPE_BULK, EP_LOOP_IN, in, size, 0, 0);
    ops[1] = submit(LIBUSB_TRANSFER_TYPE_BULK, EP_LOOP_OUT, out, size, 0, 0);
    int ok = wait_all(ops, 2, 30);
    int in_status = ops[0]->t->status, in_len = ops[0]->t->actual_length;
    int out_status = ops[1]->t->status, out_len = ops[1]->t->actual_length;
    int same = memcmp(in, out, size) == 0;
    free_op(ops[0]);
    free_op(ops[1]);
    free(out);
    free(in);
    CHECK(name, ok, "transfers did not complete");
    CHECK(name, out_status == LIBUSB_TRANSFER_COMPLETED && out_len == size, "OUT status %d actual %d", out_status,
          out_len);
    CHECK(name, in_status == LIBUSB_TRANSFER_COMPLETED && in_len == size, "IN status %d actual %d", in_status, in_len);
    CHECK(name, same, "data came back different");
    pass(name);
}

static void bulk_short_and_zlp(void) {
    unsigned char out[1024], in[4096];
    int n, mps = super_speed ? 1024 : 512;
    fill(out, sizeof out, 1);
    int r = libusb_bulk_transfer(h, EP_LOOP_OUT, out, 100, &n, 1000);
    CHECK("bulk_short_packet", r == 0 && n == 100, "OUT: %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_LOOP_IN, in, sizeof in, &n, 1000);
    CHECK("bulk_short_packet", r == 0 && n == 100 && memcmp(in, out, 100) == 0, "IN: %s, %d bytes",
          libusb_error_name(r), n);
    pass("bulk_short_packet");

    struct op *o = submit(LIBUSB_TRANSFER_TYPE_BULK, EP_LOOP_OUT, out, mps, LIBUSB_TRANSFER_ADD_ZERO_PACKET, 0);
    int ok = wait_all(&o, 1, 5);
    CHECK("bulk_zero_length_packet", ok && o->t->status == 0, "OUT with ZLP: status %d", o->t->status);
    free_op(o);
    r = libusb_bulk_transfer(h, EP_LOOP_IN, in, sizeof in, &n, 1000);
    CHECK("bulk_zero_length_packet", r == 0 && n == mps, "the ZLP did not end the IN transfer: %s, %d bytes",
          libusb_error_name(r), n);
    r = libusb_bulk_transfer(h, EP_LOOP_OUT, out, 0, &n, 1000);
    CHECK("bulk_zero_length_packet", r == 0 && n == 0, "zero-length OUT: %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_LOOP_IN, in, 64, &n, 1000);
    CHECK("bulk_zero_length_packet", r == 0 && n == 0, "zero-length IN: %s, %d bytes", libusb_error_name(r), n);
    pass("bulk_zero_length_packet");
}

static void bulk_source_sink(void) {
    unsigned char buf[16384];
    int n, r;
    long position = -1;
    for (int k = 0; k < 3; k++) {
        r = libusb_bulk_transfer(h, EP_SOURCE, buf, sizeof buf, &n, 1000);
        CHECK("bulk_source", r == 0 && n == (int) sizeof buf, "IN: %s, %d bytes", libusb_error_name(r), n);
        if (position < 0)
            position = buf[0];
        for (int i = 0; i < n; i++)
            CHECK("bulk_source", buf[i] == (unsigned char) (position + i), "byte %d is %d, want %d", i, buf[i],
                  (unsigned char) (position + i));
        position += n;
    }
    pass("bulk_source");
    unsigned char *big = malloc(1 << 20);
    fill(big, 1 << 20, 9);
    r = libusb_bulk_transfer(h, EP_SINK, big, 1 << 20, &n, 5000);
    free(big);
    CHECK("bulk_sink", r == 0 && n == 1 << 20, "OUT: %s, %d bytes", libusb_error_name(r), n);
    pass("bulk_sink");
}

static void interrupt_pending_then_data(void) {
    unsigned char in[64], out[10];
    fill(out, sizeof out, 5);
    struct op *o = submit(LIBUSB_TRANSFER_TYPE_INTERRUPT, EP_INT_IN, in, sizeof in, 0, 0);
    wait_all(&o, 1, 0.3);
    CHECK("interrupt", !o->done, "interrupt IN completed without data (status %d)", o->t->status);
    int n;
    int r = libusb_interrupt_transfer(h, EP_INT_OUT, out, sizeof out, &n, 1000);
    CHECK("interrupt", r == 0 && n == (int) sizeof out, "interrupt OUT: %s", libusb_error_name(r));
    int ok = wait_all(&o, 1, 5);
    CHECK("interrupt", ok && o->t->status == 0 && o->t->actual_length == (int) sizeof out
          && memcmp(in, out, sizeof out) == 0, "interrupt IN: status %d, %d bytes", o->t->status, o->t->actual_length);
    free_op(o);
    pass("interrupt");
}

static void cancel_pending(void) {
    unsigned char in[512];
    struct op *o = submit(LIBUSB_TRANSFER_TYPE_BULK, EP_LOOP_IN, in, sizeof in, 0, 0);
    wait_all(&o, 1, 0.2);
    CHECK("cancel", !o->done, "IN on an empty loopback completed");
    int r = libusb_cancel_transfer(o->t);
    CHECK("cancel", r == 0, "libusb_cancel_transfer: %s", libusb_error_name(r));
    int ok = wait_all(&o, 1, 5);
    CHECK("cancel", ok && o->t->status == LIBUSB_TRANSFER_CANCELLED, "status %d", o->t->status);
    free_op(o);
    int n;
    double t0 = now();
    r = libusb_bulk_transfer(h, EP_LOOP_IN, in, sizeof in, &n, 150);
    double took = now() - t0;
    CHECK("cancel", r == LIBUSB_ERROR_TIMEOUT, "timed-out IN returned %s", libusb_error_name(r));
    CHECK("cancel", took > 0.12 && took < 2, "the timeout took %.3f s", took);
    pass("cancel");
}

static void stall_and_clear_halt(void) {
    unsigned char buf[512], st[2];
    int n, r;
    r = libusb_control_transfer(h, VENDOR_OUT, REQ_HALT, 0, EP_SOURCE, NULL, 0, 1000);
    CHECK("stall_clear_halt", r == 0, "halt request: %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_SOURCE, buf, sizeof buf, &n, 1000);
    CHECK("stall_clear_halt", r == LIBUSB_ERROR_PIPE, "IN after halt: %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_SOURCE, buf, sizeof buf, &n, 1000);
    CHECK("stall_clear_halt", r == LIBUSB_ERROR_PIPE, "endpoint not halted any more: %s", libusb_error_name(r));
    r = libusb_control_transfer(h, 0x82, LIBUSB_REQUEST_GET_STATUS, 0, EP_SOURCE, st, 2, 1000);
    CHECK("stall_clear_halt", r == 2 && st[0] == 1, "GET_STATUS(endpoint) = %d %d", r, st[0]);
    r = libusb_clear_halt(h, EP_SOURCE);
    CHECK("stall_clear_halt", r == 0, "clear halt: %s", libusb_error_name(r));
    r = libusb_control_transfer(h, 0x82, LIBUSB_REQUEST_GET_STATUS, 0, EP_SOURCE, st, 2, 1000);
    CHECK("stall_clear_halt", r == 2 && st[0] == 0, "GET_STATUS(endpoint) after clear = %d %d", r, st[0]);
    r = libusb_bulk_transfer(h, EP_SOURCE, buf, sizeof buf, &n, 1000);
    CHECK("stall_clear_halt", r == 0 && n == (int) sizeof buf, "IN after clear halt: %s", libusb_error_name(r));
    /* the host can halt an endpoint too */
    r = libusb_control_transfer(h, 0x02, LIBUSB_REQUEST_SET_FEATURE, 0, EP_SINK, NULL, 0, 1000);
    CHECK("stall_clear_halt", r == 0, "SET_FEATURE(ENDPOINT_HALT): %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_SINK, buf, sizeof buf, &n, 1000);
    CHECK("stall_clear_halt", r == LIBUSB_ERROR_PIPE, "OUT to a halted sink: %s", libusb_error_name(r));
    r = libusb_clear_halt(h, EP_SINK);
    CHECK("stall_clear_halt", r == 0, "clear halt of the sink: %s", libusb_error_name(r));
    pass("stall_clear_halt");
}

static void babble(void) {
    unsigned char buf[512];
    int n;
    int r = libusb_control_transfer(h, VENDOR_OUT, REQ_BABBLE, 0, EP_SOURCE, NULL, 0, 1000);
    CHECK("babble", r == 0, "babble request: %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_SOURCE, buf, 100, &n, 1000);
    CHECK("babble", r == LIBUSB_ERROR_OVERFLOW, "IN returned %s", libusb_error_name(r));
    r = libusb_bulk_transfer(h, EP_SOURCE, buf, sizeof buf, &n, 1000);
    CHECK("babble", r == 0, "next IN: %s", libusb_error_name(r));
    pass("babble");
}

static void iso_in(void) {
    enum { URBS = 4, PACKETS = 32 };
    unsigned char *bufs[URBS];
    struct op *ops[URBS];
    int r = libusb_set_interface_alt_setting(h, 1, 1);
    CHECK("iso_in", r == 0, "SET_INTERFACE(1, 1): %s", libusb_error_name(r));
    double t0 = now();
    for (int i = 0; i < URBS; i++) {
        bufs[i] = calloc(PACKETS, ISO_PACKET);
        ops[i] = submit(LIBUSB_TRANSFER_TYPE_ISOCHRONOUS, EP_ISO_IN, bufs[i], PACKETS * ISO_PACKET, 0, PACKETS);
    }
    int ok = wait_all(ops, URBS, 10);
    double took = now() - t0;
    long expect = -1;
    int bad = 0, total = 0;
    for (int i = 0; i < URBS && ok; i++) {
        CHECK("iso_in", ops[i]->t->status == LIBUSB_TRANSFER_COMPLETED, "URB %d status %d", i, ops[i]->t->status);
        for (int p = 0; p < PACKETS; p++) {
            struct libusb_iso_packet_descriptor *d = &ops[i]->t->iso_packet_desc[p];
            unsigned char *pk = libusb_get_iso_packet_buffer_simple(ops[i]->t, p);
            uint32_t seq = pk[0] | pk[1] << 8 | pk[2] << 16 | (uint32_t) pk[3] << 24;
            if (d->status != 0 || d->actual_length != ISO_PACKET || (expect >= 0 && seq != expect))
                bad++;
            for (int j = 4; j < ISO_PACKET; j++)
                if (pk[j] != (unsigned char) (seq + j)) {
                    bad++;
                    break;
                }
            expect = seq + 1;
            total++;
        }
    }
    for (int i = 0; i < URBS; i++) {
        free_op(ops[i]);
        free(bufs[i]);
    }
    CHECK("iso_in", ok, "iso URBs did not complete");
    CHECK("iso_in", bad == 0, "%d of %d packets broke the pattern or their status", bad, total);
    /* 128 packets at one per microframe: 16 ms of bus time from the first submission */
    CHECK("iso_in", took >= 0.015, "128 packets took only %.4f s: the iso rate is not kept", took);
    pass("iso_in");

    /* a shorter packet request than the endpoint's size gets exactly what was asked */
    unsigned char small[3 * 100];
    struct op *o = submit(LIBUSB_TRANSFER_TYPE_ISOCHRONOUS, EP_ISO_IN, small, sizeof small, 0, 3);
    ok = wait_all(&o, 1, 5);
    CHECK("iso_in_short_packets", ok && o->t->iso_packet_desc[2].actual_length == 100
          && o->t->iso_packet_desc[2].status == 0, "packet 2: %d bytes, status %d",
          o->t->iso_packet_desc[2].actual_length, o->t->iso_packet_desc[2].status);
    free_op(o);
    pass("iso_in_short_packets");
}

static void iso_out(void) {
    enum { URBS = 4, PACKETS = 32 };
    unsigned char stats[16];
    int r = libusb_control_transfer(h, VENDOR_IN, REQ_ISO_STATS, 0, 0, stats, 16, 1000);
    CHECK("iso_out", r == 16, "ISO_STATS: %s", libusb_error_name(r));
    uint32_t good0 = stats[8] | stats[9] << 8 | stats[10] << 16 | (uint32_t) stats[11] << 24;
    uint32_t bad0 = stats[12] | stats[13] << 8 | stats[14] << 16 | (uint32_t) stats[15] << 24;
    unsigned char *bufs[URBS];
    struct op *ops[URBS];
    uint32_t seq = 1000;
    for (int i = 0; i < URBS; i++) {
        bufs[i] = malloc(PACKETS * ISO_PACKET);
        for (int p = 0; p < PACKETS; p++, seq++) {
            unsigned char *pk = bufs[i] + p * ISO_PACKET;
            pk[0] = seq, pk[1] = seq >> 8, pk[2] = seq >> 16, pk[3] = seq >> 24;
            for (int j = 4; j < ISO_PACKET; j++)
                pk[j] = (unsigned char) (seq + j);
        }
        if (i == URBS - 1)
            bufs[i][(PACKETS - 1) * ISO_PACKET + 100] ^= 0xff; /* one broken packet at the very end */
        ops[i] = submit(LIBUSB_TRANSFER_TYPE_ISOCHRONOUS, EP_ISO_OUT, bufs[i], PACKETS * ISO_PACKET, 0, PACKETS);
    }
    int ok = wait_all(ops, URBS, 10);
    int bad_status = 0;
    for (int i = 0; i < URBS; i++) {
        for (int p = 0; p < PACKETS && ok; p++)
            bad_status += ops[i]->t->iso_packet_desc[p].status != 0
                || ops[i]->t->iso_packet_desc[p].actual_length != ISO_PACKET;
        free_op(ops[i]);
        free(bufs[i]);
    }
    CHECK("iso_out", ok, "iso OUT URBs did not complete");
    CHECK("iso_out", bad_status == 0, "%d packets with a bad status or length", bad_status);
    r = libusb_control_transfer(h, VENDOR_IN, REQ_ISO_STATS, 0, 0, stats, 16, 1000);
    uint32_t good = (stats[8] | stats[9] << 8 | stats[10] << 16 | (uint32_t) stats[11] << 24) - good0;
    uint32_t bad = (stats[12] | stats[13] << 8 | stats[14] << 16 | (uint32_t) stats[15] << 24) - bad0;
    CHECK("iso_out", good == URBS * PACKETS - 1 && bad == 1, "the sink counted %u good and %u bad packets", good, bad);
    r = libusb_set_interface_alt_setting(h, 1, 0);
    CHECK("iso_out", r == 0, "SET_INTERFACE(1, 0): %s", libusb_error_name(r));
    pass("iso_out");
}

static void reset_and_reconfigure(void) {
    unsigned char b[2];
    int r = libusb_reset_device(h);
    CHECK("reset", r == 0, "libusb_reset_device: %s", libusb_error_name(r));
    r = libusb_control_transfer(h, 0x80, LIBUSB_REQUEST_GET_STATUS, 0, 0, b, 2, 1000);
    CHECK("reset", r == 2, "GET_STATUS after reset: %s", libusb_error_name(r));
    bulk_loop_size(700);
    pass("reset");
    libusb_release_interface(h, 0);
    libusb_release_interface(h, 1);
    r = libusb_set_configuration(h, 1);
    CHECK("set_configuration", r == 0, "libusb_set_configuration(1): %s", libusb_error_name(r));
    int config = -1;
    r = libusb_get_configuration(h, &config);
    CHECK("set_configuration", r == 0 && config == 1, "configuration is %d", config);
    r = libusb_claim_interface(h, 0);
    CHECK("set_configuration", r == 0, "claim after set_configuration: %s", libusb_error_name(r));
    r = libusb_claim_interface(h, 1);
    CHECK("set_configuration", r == 0, "claim interface 1: %s", libusb_error_name(r));
    pass("set_configuration");
}

static void streams(void) {
    unsigned char eps[2] = {EP_LOOP_OUT, EP_LOOP_IN};
    int speed = libusb_get_device_speed(libusb_get_device(h));
    CHECK("streams", speed == LIBUSB_SPEED_SUPER, "device speed %d", speed);
    int r = libusb_alloc_streams(h, 100, eps, 2);
    CHECK("streams", r == 15, "libusb_alloc_streams(100) = %d: 16 stream contexts, stream 0 kept by xHCI", r);
    r = libusb_alloc_streams(h, 4, eps, 2);
    CHECK("streams", r == LIBUSB_ERROR_INVALID_PARAM, "allocating twice: %s", libusb_error_name(r));
    unsigned char out[3000], in[4096];
    fill(out, sizeof out, 11);
    struct op *ops[2];
    ops[0] = calloc(1, sizeof(struct op));
    ops[0]->t = libusb_alloc_transfer(0);
    libusb_fill_bulk_stream_transfer(ops[0]->t, h, EP_LOOP_IN, 3, in, sizeof in, on_done, ops[0], 0);
    libusb_submit_transfer(ops[0]->t);
    ops[1] = calloc(1, sizeof(struct op));
    ops[1]->t = libusb_alloc_transfer(0);
    libusb_fill_bulk_stream_transfer(ops[1]->t, h, EP_LOOP_OUT, 3, out, sizeof out, on_done, ops[1], 0);
    libusb_submit_transfer(ops[1]->t);
    int ok = wait_all(ops, 2, 5);
    int n = ops[0]->t->actual_length, st = ops[0]->t->status;
    free_op(ops[0]);
    free_op(ops[1]);
    CHECK("streams", ok && st == 0 && n == (int) sizeof out && memcmp(in, out, sizeof out) == 0,
          "stream 3 echo: status %d, %d bytes", st, n);
    r = libusb_free_streams(h, eps, 2);
    CHECK("streams", r == 0, "libusb_free_streams: %s", libusb_error_name(r));
    r = libusb_free_streams(h, eps, 2);
    CHECK("streams", r == LIBUSB_ERROR_INVALID_PARAM, "freeing twice: %s", libusb_error_name(r));
    pass("streams");
}

static void removal(void) {
    enum { N = 4 };
    unsigned char bufs[N][512];
    struct op *ops[N];
    ops[0] = submit(LIBUSB_TRANSFER_TYPE_BULK, EP_LOOP_IN, bufs[0], 512, 0, 0);
    ops[1] = submit(LIBUSB_TRANSFER_TYPE_BULK, EP_LOOP_IN, bufs[1], 512, 0, 0);
    ops[2] = submit(LIBUSB_TRANSFER_TYPE_INTERRUPT, EP_INT_IN, bufs[2], 64, 0, 0);
    ops[3] = submit(LIBUSB_TRANSFER_TYPE_INTERRUPT, EP_INT_IN, bufs[3], 64, 0, 0);
    wait_all(ops, N, 0.2);
    for (int i = 0; i < N; i++)
        CHECK("removal", !ops[i]->done, "URB %d ended before the unplug (status %d)", i, ops[i]->t->status);
    printf("READY\n");
    fflush(stdout);
    int ok = wait_all(ops, N, 20);
    CHECK("removal", ok, "URBs still pending 20 s after READY: something hangs");
    for (int i = 0; i < N; i++)
        CHECK("removal", ops[i]->t->status == LIBUSB_TRANSFER_NO_DEVICE, "URB %d ended with status %d", i,
              ops[i]->t->status);
    unsigned char b[2];
    int r = libusb_control_transfer(h, 0x80, LIBUSB_REQUEST_GET_STATUS, 0, 0, b, 2, 1000);
    CHECK("removal", r == LIBUSB_ERROR_NO_DEVICE, "control after unplug: %s", libusb_error_name(r));
    pass("removal");
}

int main(int argc, char **argv) {
    int removal_mode = argc > 1 && strcmp(argv[1], "--removal") == 0;
    super_speed = argc > 1 && strcmp(argv[1], "--super-speed") == 0;
    if (libusb_init(&ctx) != 0) {
        printf("FAIL init: libusb_init\n");
        return 1;
    }
    h = libusb_open_device_with_vid_pid(ctx, VID, PID);
    if (!h) {
        printf("FAIL open: no %04x:%04x\n", VID, PID);
        return 1;
    }
    if (libusb_claim_interface(h, 0) != 0 || libusb_claim_interface(h, 1) != 0) {
        printf("FAIL claim\n");
        return 1;
    }
    if (argc > 1 && strcmp(argv[1], "--claim-and-exit") == 0) {
        unsigned char b[512];
        int n, r = libusb_bulk_transfer(h, EP_SOURCE, b, sizeof b, &n, 1000);
        printf(r == 0 ? "PASS claim_and_exit\n" : "FAIL claim_and_exit: %s\n", libusb_error_name(r));
        return r != 0;
    } else if (removal_mode) {
        removal();
    } else if (super_speed) {
        control_out_in();
        control_standard();
        int sizes[] = {1, 1023, 1024, 1025, 65536, 4 << 20};
        for (unsigned i = 0; i < sizeof sizes / sizeof *sizes; i++)
            bulk_loop_size(sizes[i]);
        bulk_short_and_zlp();
        streams();
        iso_in();
    } else {
        control_out_in();
        control_standard();
        control_stall();
        int sizes[] = {1, 2, 63, 64, 511, 512, 513, 1023, 1024, 4095, 16384, 65536, 1 << 20, 4 << 20};
        for (unsigned i = 0; i < sizeof sizes / sizeof *sizes; i++)
            bulk_loop_size(sizes[i]);
        bulk_short_and_zlp();
        bulk_source_sink();
        interrupt_pending_then_data();
        cancel_pending();
        stall_and_clear_halt();
        babble();
        iso_in();
        iso_out();
        reset_and_reconfigure();
    }
    libusb_close(h);
    libusb_exit(ctx);
    printf("DONE %d failures\n", failures);
    return failures;
}
