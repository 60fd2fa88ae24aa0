/*
 * The usbfs ioctls libusb does not use (or uses only on some paths), on the raw device file of the
 * loopback: blocking REAPURB, synchronous USBDEVFS_CONTROL/BULK, CONNECTINFO, CONNINFO_EX, GET_SPEED,
 * DISCONNECT_CLAIM, GETDRIVER, the driver-disconnect USBDEVFS_IOCTL, SETCONFIGURATION of the active
 * configuration, RESETEP, and DROP_PRIVILEGES. Prints "PASS name" / "FAIL name: why".
 *
 * usage: usbfs_calls /dev/bus/usb/BBB/DDD BUS DEVNUM SYSPATH
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/usbdevice_fs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static int fd;
static int failures;

#define CHECK(name, cond, ...)                  \
    do {                                        \
        if (!(cond)) {                          \
            printf("FAIL %s: ", name);          \
            printf(__VA_ARGS__);                \
            printf(" (errno %s)\n", strerror(errno)); \
            fflush(stdout);                     \
            failures++;                         \
            return;                             \
        }                                       \
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

static void sync_transfers(void) {
    unsigned char b[4096];
    struct usbdevfs_ctrltransfer ct = {.bRequestType = 0x80, .bRequest = 6, .wValue = 0x0100, .wLength = 18,
                                       .timeout = 1000, .data = b};
    int r = ioctl(fd, USBDEVFS_CONTROL, &ct);
    CHECK("usbdevfs_control", r == 18 && b[0] == 18 && b[1] == 1 && b[8] == 0x09 && b[9] == 0x12,
          "GET_DESCRIPTOR(device) returned %d", r);
    pass("usbdevfs_control");
    unsigned char out[100];
    for (int i = 0; i < 100; i++)
        out[i] = i;
    struct usbdevfs_bulktransfer bt = {.ep = 0x01, .len = 100, .timeout = 1000, .data = out};
    r = ioctl(fd, USBDEVFS_BULK, &bt);
    CHECK("usbdevfs_bulk", r == 100, "OUT returned %d", r);
    bt.ep = 0x81, bt.len = 4096, bt.data = b;
    r = ioctl(fd, USBDEVFS_BULK, &bt);
    CHECK("usbdevfs_bulk", r == 100 && memcmp(b, out, 100) == 0, "IN returned %d", r);
    pass("usbdevfs_bulk");
}

static void blocking_reap(void) {
    enum { PACKETS = 64, SIZE = 1024 };
    struct usbdevfs_setinterface si = {.interface = 1, .altsetting = 1};
    int r = ioctl(fd, USBDEVFS_SETINTERFACE, &si);
    CHECK("blocking_reap", r == 0, "SETINTERFACE");
    static struct {
        struct usbdevfs_urb u;
        struct usbdevfs_iso_packet_desc d[PACKETS];
    } iso;
    static unsigned char buf[PACKETS * SIZE];
    memset(&iso, 0, sizeof iso);
    iso.u.type = USBDEVFS_URB_TYPE_ISO;
    iso.u.endpoint = 0x84;
    iso.u.buffer = buf;
    iso.u.buffer_length = sizeof buf;
    iso.u.number_of_packets = PACKETS;
    iso.u.usercontext = (void *) 0x1234;
    for (int i = 0; i < PACKETS; i++)
        iso.d[i].length = SIZE;
    double t0 = now();
    r = ioctl(fd, USBDEVFS_SUBMITURB, &iso.u);
    CHECK("blocking_reap", r == 0, "SUBMITURB");
    struct usbdevfs_urb *reaped = NULL;
    r = ioctl(fd, USBDEVFS_REAPURB, &reaped);
    double took = now() - t0;
    CHECK("blocking_reap", r == 0 && reaped == &iso.u, "REAPURB returned %d, %p", r, (void *) reaped);
    /* 64 packets at one per microframe: the reap waited for the bus */
    CHECK("blocking_reap", took >= 0.007, "REAPURB returned after %.4f s", took);
    CHECK("blocking_reap", iso.u.status == 0 && iso.u.actual_length == PACKETS * SIZE
          && iso.d[PACKETS - 1].actual_length == SIZE && iso.u.usercontext == (void *) 0x1234,
          "status %d, actual %d", iso.u.status, iso.u.actual_length);
    si.altsetting = 0;
    ioctl(fd, USBDEVFS_SETINTERFACE, &si);
    unsigned int n = 1;
    ioctl(fd, USBDEVFS_RELEASEINTERFACE, &n); /* SETINTERFACE claimed it */
    pass("blocking_reap");
}

static void connection_info(int bus, int devnum) {
    struct usbdevfs_connectinfo ci;
    int r = ioctl(fd, USBDEVFS_CONNECTINFO, &ci);
    CHECK("connectinfo", r == 0 && (int) ci.devnum == devnum && ci.slow == 0, "devnum %u", ci.devnum);
    pass("connectinfo");
    struct usbdevfs_conninfo_ex ex;
    memset(&ex, 0xee, sizeof ex);
    r = ioctl(fd, USBDEVFS_CONNINFO_EX(sizeof ex), &ex);
    CHECK("conninfo_ex", r == 0 && ex.size == sizeof ex && (int) ex.busnum == bus && (int) ex.devnum == devnum
          && ex.speed == 3 && ex.num_ports == 1 && ex.ports[0] >= 1, "bus %u dev %u speed %u ports %u",
          ex.busnum, ex.devnum, ex.speed, ex.num_ports);
    unsigned int small = 0xffffffff;
    r = ioctl(fd, USBDEVFS_CONNINFO_EX(4), &small);
    CHECK("conninfo_ex", r == 0 && small == sizeof ex, "a 4-byte CONNINFO_EX got size %u", small);
    pass("conninfo_ex");
    r = ioctl(fd, USBDEVFS_GET_SPEED);
    CHECK("get_speed", r == 3, "speed %d", r);
    pass("get_speed");
}

static void drivers_and_claims(void) {
    unsigned int n = 0;
    int r = ioctl(fd, USBDEVFS_RELEASEINTERFACE, &n); /* USBDEVFS_BULK claimed it */
    CHECK("disconnect_claim", r == 0, "RELEASEINTERFACE 0");
    struct usbdevfs_disconnect_claim dc = {.interface = 0, .flags = USBDEVFS_DISCONNECT_CLAIM_EXCEPT_DRIVER};
    strcpy(dc.driver, "usbfs");
    r = ioctl(fd, USBDEVFS_DISCONNECT_CLAIM, &dc);
    CHECK("disconnect_claim", r == 0, "without a driver it simply claims");
    struct usbdevfs_getdriver gd = {.interface = 0};
    r = ioctl(fd, USBDEVFS_GETDRIVER, &gd);
    CHECK("disconnect_claim", r == 0 && strcmp(gd.driver, "usbfs") == 0, "GETDRIVER after the claim: '%s'", gd.driver);
    r = ioctl(fd, USBDEVFS_DISCONNECT_CLAIM, &dc);
    CHECK("disconnect_claim", r < 0 && errno == EBUSY, "EXCEPT_DRIVER usbfs on usbfs: %d", r);
    pass("disconnect_claim");
    struct usbdevfs_ioctl io = {.ifno = 0, .ioctl_code = USBDEVFS_DISCONNECT};
    r = ioctl(fd, USBDEVFS_IOCTL, &io);
    CHECK("driver_disconnect", r == 0, "unbinding usbfs from interface 0");
    r = ioctl(fd, USBDEVFS_GETDRIVER, &gd);
    CHECK("driver_disconnect", r < 0 && errno == ENODATA, "GETDRIVER after the unbind: %d", r);
    io.ioctl_code = USBDEVFS_CONNECT;
    r = ioctl(fd, USBDEVFS_IOCTL, &io);
    CHECK("driver_disconnect", r == 0, "CONNECT without a driver to bind");
    pass("driver_disconnect");
    unsigned int config = 1;
    r = ioctl(fd, USBDEVFS_SETCONFIGURATION, &config);
    CHECK("set_same_configuration", r == 0, "SETCONFIGURATION(1) with nothing claimed");
    pass("set_same_configuration");
    unsigned int ep = 0x82;
    r = ioctl(fd, USBDEVFS_RESETEP, &ep);
    CHECK("resetep", r == 0, "RESETEP");
    pass("resetep");
}

static void read_attr(const char *syspath, const char *name, char *out, size_t n) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", syspath, name);
    FILE *f = fopen(path, "r");
    out[0] = 0;
    if (f) {
        if (!fgets(out, n, f))
            out[0] = 0;
        fclose(f);
    }
    out[strcspn(out, "\n")] = 0;
}

/* Unconfigured, the device has no interfaces (sysfs follows), then configuration 1 again. */
static void unconfigure_and_back(const char *syspath) {
    char value[64];
    unsigned int config = 0, n = 0;
    ioctl(fd, USBDEVFS_RELEASEINTERFACE, &n); /* RESETEP claimed it; a claimed interface blocks this */
    int r = ioctl(fd, USBDEVFS_SETCONFIGURATION, &config);
    CHECK("unconfigure", r == 0, "SETCONFIGURATION(0)");
    char path[512];
    snprintf(path, sizeof path, "%s/bConfigurationValue", syspath);
    int afd = open(path, O_RDONLY);
    ssize_t got = afd < 0 ? -1 : read(afd, value, sizeof value);
    if (afd >= 0)
        close(afd);
    CHECK("unconfigure", got == 0, "sysfs bConfigurationValue of an unconfigured device reads %zd bytes, "
          "Linux's reads none (libusb takes a newline for an I/O error)", got);
    unsigned char b[512];
    struct usbdevfs_bulktransfer bt = {.ep = 0x82, .len = 512, .timeout = 1000, .data = b};
    r = ioctl(fd, USBDEVFS_BULK, &bt);
    CHECK("unconfigure", r < 0 && errno == ESRCH, "a bulk transfer without a configuration: %d", r);
    config = 1;
    r = ioctl(fd, USBDEVFS_SETCONFIGURATION, &config);
    CHECK("unconfigure", r == 0, "SETCONFIGURATION(1)");
    read_attr(syspath, "bConfigurationValue", value, sizeof value);
    CHECK("unconfigure", strcmp(value, "1") == 0, "sysfs bConfigurationValue is '%s'", value);
    read_attr(syspath, "bNumInterfaces", value, sizeof value);
    CHECK("unconfigure", strcmp(value, " 2") == 0, "sysfs bNumInterfaces is '%s'", value);
    r = ioctl(fd, USBDEVFS_BULK, &bt);
    CHECK("unconfigure", r == 512, "bulk after reconfiguring: %d", r);
    pass("unconfigure");
}

static void drop_privileges(void) {
    unsigned int mask = 0x1, n = 1;
    int r = ioctl(fd, USBDEVFS_DROP_PRIVILEGES, &mask);
    CHECK("drop_privileges", r == 0, "DROP_PRIVILEGES");
    r = ioctl(fd, USBDEVFS_CLAIMINTERFACE, &n);
    CHECK("drop_privileges", r < 0 && errno == EACCES, "claiming a forbidden interface: %d", r);
    n = 0;
    r = ioctl(fd, USBDEVFS_CLAIMINTERFACE, &n);
    CHECK("drop_privileges", r == 0, "claiming an allowed interface");
    struct usbdevfs_ioctl io = {.ifno = 0, .ioctl_code = USBDEVFS_DISCONNECT};
    r = ioctl(fd, USBDEVFS_IOCTL, &io);
    CHECK("drop_privileges", r < 0 && errno == EACCES, "driver ioctl after dropping privileges: %d", r);
    pass("drop_privileges");
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: usbfs_calls DEVNODE BUS DEVNUM SYSPATH\n");
        return 2;
    }
    fd = open(argv[1], O_RDWR);
    if (fd < 0) {
        perror(argv[1]);
        return 2;
    }
    sync_transfers();
    blocking_reap();
    connection_info(atoi(argv[2]), atoi(argv[3]));
    drivers_and_claims();
    unconfigure_and_back(argv[4]);
    drop_privileges();
    close(fd);
    printf("DONE %d failures\n", failures);
    return failures;
}
