/*
 * The ceiling of the emulated USB stack as a C libusb program sees it: round trips per second of
 * 8-byte control transfers and 16 KiB bulk IN transfers (loopback, 1209:0001), bulk IN throughput
 * with several URBs in flight, and sequential read MB/s of the mass storage device (1209:0002) over
 * Bulk-Only Transport. The anchor: the bare usbfs ioctl round trip to the emulator (GET_CAPABILITIES
 * on the device file), which every transfer pays at least twice (submit and reap).
 *
 * usage: emulator_bench DEVNODE_OF_LOOPBACK SECONDS_PER_CASE [CASE,...]
 * prints one "RESULT name value unit" line per case. Cases: ioctl, control, bulk, async, inflight,
 * storage (all of them by default); "async" is one asynchronous 16 KiB bulk IN transfer resubmitted from
 * its callback, the C anchor of ffm-libusb's AsyncBulkBenchmark.
 */
#include <fcntl.h>
#include <libusb.h>
#include <linux/usbdevice_fs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void result(const char *name, double value, const char *unit) {
    printf("RESULT %s %.1f %s\n", name, value, unit);
    fflush(stdout);
}

static void bare_ioctl(const char *devnode, double seconds) {
    int fd = open(devnode, O_RDWR);
    if (fd < 0) {
        perror(devnode);
        exit(1);
    }
    uint32_t caps;
    long n = 0;
    double end = now() + seconds, t0 = now();
    while (now() < end) {
        for (int i = 0; i < 100; i++, n++)
            if (ioctl(fd, USBDEVFS_GET_CAPABILITIES, &caps) != 0) {
                perror("GET_CAPABILITIES");
                exit(1);
            }
    }
    result("ioctl_round_trips", n / (now() - t0), "ops/s");
    close(fd);
}

static void control_round_trips(libusb_device_handle *h, double seconds) {
    unsigned char b[8];
    long n = 0;
    double end = now() + seconds, t0 = now();
    while (now() < end) {
        for (int i = 0; i < 50; i++, n++)
            if (libusb_control_transfer(h, 0xc0, 0x02, 0, 0, b, 8, 1000) != 8) {
                fprintf(stderr, "control transfer failed\n");
                exit(1);
            }
    }
    result("control_8_byte_round_trips", n / (now() - t0), "transfers/s");
}

static void bulk_round_trips(libusb_device_handle *h, double seconds) {
    static unsigned char b[16384];
    long n = 0;
    int got;
    double end = now() + seconds, t0 = now();
    while (now() < end) {
        for (int i = 0; i < 20; i++, n++)
            if (libusb_bulk_transfer(h, 0x82, b, sizeof b, &got, 1000) != 0 || got != (int) sizeof b) {
                fprintf(stderr, "bulk transfer failed\n");
                exit(1);
            }
    }
    double rate = n / (now() - t0);
    result("bulk_16k_in_round_trips", rate, "transfers/s");
    result("bulk_16k_in_sync_throughput", rate * sizeof b / 1e6, "MB/s");
}

/* One transfer in flight, resubmitted from its callback: round trips through the event loop. */
struct async_loop {
    long done;
    int stop;
    int idle;
};

static void LIBUSB_CALL resubmit_one(struct libusb_transfer *t) {
    struct async_loop *s = t->user_data;
    if (t->status != LIBUSB_TRANSFER_COMPLETED || t->actual_length != t->length) {
        fprintf(stderr, "async bulk transfer failed: status %d\n", t->status);
        exit(1);
    }
    s->done++;
    if (s->stop)
        s->idle = 1;
    else if (libusb_submit_transfer(t) != 0) {
        fprintf(stderr, "resubmission failed\n");
        exit(1);
    }
}

static void bulk_async_round_trips(libusb_context *ctx, libusb_device_handle *h, double seconds) {
    static unsigned char b[16384];
    struct async_loop s = {0, 0, 0};
    struct libusb_transfer *t = libusb_alloc_transfer(0);
    libusb_fill_bulk_transfer(t, h, 0x82, b, sizeof b, resubmit_one, &s, 1000);
    libusb_submit_transfer(t);
    double t0 = now();
    while (now() - t0 < seconds)
        libusb_handle_events(ctx);
    double rate = s.done / (now() - t0);
    s.stop = 1;
    while (!s.idle)
        libusb_handle_events(ctx);
    libusb_free_transfer(t);
    result("bulk_16k_in_async_round_trips", rate, "transfers/s");
}

struct inflight {
    long done;
    int stop;
};

static void LIBUSB_CALL resubmit(struct libusb_transfer *t) {
    struct inflight *s = t->user_data;
    if (t->status == LIBUSB_TRANSFER_COMPLETED)
        s->done += t->actual_length;
    if (!s->stop)
        libusb_submit_transfer(t);
    else
        t->user_data = NULL;
}

static void bulk_throughput(libusb_context *ctx, libusb_device_handle *h, int size, int depth, double seconds) {
    struct inflight s = {0, 0};
    struct libusb_transfer *t[16];
    for (int i = 0; i < depth; i++) {
        t[i] = libusb_alloc_transfer(0);
        libusb_fill_bulk_transfer(t[i], h, 0x82, malloc(size), size, resubmit, &s, 5000);
        libusb_submit_transfer(t[i]);
    }
    double t0 = now();
    while (now() - t0 < seconds)
        libusb_handle_events(ctx);
    double took = now() - t0;
    s.stop = 1;
    for (int pending = depth; pending > 0;) {
        libusb_handle_events(ctx);
        pending = 0;
        for (int i = 0; i < depth; i++)
            pending += t[i]->user_data != NULL;
    }
    char name[64];
    snprintf(name, sizeof name, "bulk_%dk_in_%d_in_flight", size / 1024, depth);
    result(name, s.done / took / 1e6, "MB/s");
    for (int i = 0; i < depth; i++) {
        free(t[i]->buffer);
        libusb_free_transfer(t[i]);
    }
}

/* Bulk-Only Transport READ(10) of `blocks` 512-byte blocks at `lba`. */
static int bot_read(libusb_device_handle *h, uint32_t lba, int blocks, unsigned char *data) {
    static uint32_t tag;
    unsigned char cbw[31] = {0x55, 0x53, 0x42, 0x43}, csw[13];
    int len = blocks * 512, n;
    tag++;
    memcpy(cbw + 4, &tag, 4);
    memcpy(cbw + 8, &len, 4);
    cbw[12] = 0x80, cbw[14] = 10;
    cbw[15] = 0x28;
    cbw[17] = lba >> 24, cbw[18] = lba >> 16, cbw[19] = lba >> 8, cbw[20] = lba;
    cbw[22] = blocks >> 8, cbw[23] = blocks;
    if (libusb_bulk_transfer(h, 0x02, cbw, 31, &n, 5000) || libusb_bulk_transfer(h, 0x81, data, len, &n, 5000)
        || n != len || libusb_bulk_transfer(h, 0x81, csw, 13, &n, 5000) || csw[12] != 0)
        return -1;
    return 0;
}

static void mass_storage_read(libusb_context *ctx, double seconds) {
    libusb_device_handle *h = libusb_open_device_with_vid_pid(ctx, 0x1209, 0x0002);
    if (!h || libusb_claim_interface(h, 0)) {
        fprintf(stderr, "cannot open the mass storage device\n");
        exit(1);
    }
    unsigned char cap[8], cbw[31] = {0x55, 0x53, 0x42, 0x43, 1, 0, 0, 0, 8, 0, 0, 0, 0x80, 0, 10, 0x25}, csw[13];
    int n;
    libusb_bulk_transfer(h, 0x02, cbw, 31, &n, 5000);
    libusb_bulk_transfer(h, 0x81, cap, 8, &n, 5000);
    libusb_bulk_transfer(h, 0x81, csw, 13, &n, 5000);
    uint32_t blocks = ((uint32_t) cap[0] << 24 | cap[1] << 16 | cap[2] << 8 | cap[3]) + 1;
    enum { CHUNK = 256 }; /* 128 KiB per READ(10), close to Linux usb-storage's 240 sectors */
    unsigned char *data = malloc(CHUNK * 512);
    long bytes = 0;
    double t0 = now();
    uint32_t lba = 0;
    while (now() - t0 < seconds) {
        int count = blocks - lba < CHUNK ? blocks - lba : CHUNK;
        if (bot_read(h, lba, count, data)) {
            fprintf(stderr, "READ(10) failed at %u\n", lba);
            exit(1);
        }
        bytes += count * 512;
        lba = lba + count >= blocks ? 0 : lba + count;
    }
    result("mass_storage_sequential_read", bytes / (now() - t0) / 1e6, "MB/s");
    free(data);
    libusb_close(h);
}

static const char *cases = "ioctl,control,bulk,async,inflight,storage";

static int wanted(const char *name) {
    size_t n = strlen(name);
    for (const char *p = cases; (p = strstr(p, name)) != NULL; p += n)
        if ((p == cases || p[-1] == ',') && (p[n] == ',' || p[n] == 0))
            return 1;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: emulator_bench DEVNODE_OF_LOOPBACK SECONDS_PER_CASE [CASE,...]\n");
        return 2;
    }
    double seconds = atof(argv[2]);
    if (argc > 3)
        cases = argv[3];
    if (wanted("ioctl"))
        bare_ioctl(argv[1], seconds);
    libusb_context *ctx;
    libusb_init(&ctx);
    libusb_device_handle *h = libusb_open_device_with_vid_pid(ctx, 0x1209, 0x0001);
    if (!h || libusb_claim_interface(h, 0)) {
        fprintf(stderr, "cannot open the loopback device\n");
        return 1;
    }
    if (wanted("control"))
        control_round_trips(h, seconds);
    if (wanted("bulk"))
        bulk_round_trips(h, seconds);
    if (wanted("async"))
        bulk_async_round_trips(ctx, h, seconds);
    if (wanted("inflight")) {
        bulk_throughput(ctx, h, 16384, 8, seconds);
        bulk_throughput(ctx, h, 1 << 20, 4, seconds);
    }
    libusb_close(h);
    if (wanted("storage"))
        mass_storage_read(ctx, seconds);
    libusb_exit(ctx);
    return 0;
}
