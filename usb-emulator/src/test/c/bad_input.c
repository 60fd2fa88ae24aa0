/*
 * Feeds the emulated loopback device (opened as a raw usbfs file) the requests a careless or hostile
 * program could make, and checks that each gets the answer Linux's usbfs and real hardware give:
 * impossible lengths, unknown ioctls, missing endpoints and interfaces, bad URB types and flags,
 * iso URBs with too many packets, discards of unknown URBs, claims that conflict. Prints
 * "PASS name" / "FAIL name: why", exits with the number of failures.
 *
 * usage: bad_input /dev/bus/usb/BBB/DDD
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/usbdevice_fs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int fd;
static int failures;

/* Runs an ioctl and checks it fails with `want` (0: it must succeed). */
static void expect(const char *name, unsigned long request, void *arg, int want) {
    errno = 0;
    int r = ioctl(fd, request, arg);
    int got = r < 0 ? errno : 0;
    if (got != want) {
        printf("FAIL %s: got %s (%d), want %s (%d)\n", name, got ? strerror(got) : "success", got,
               want ? strerror(want) : "success", want);
        failures++;
    } else {
        printf("PASS %s\n", name);
    }
    fflush(stdout);
}

static struct usbdevfs_urb *urb(unsigned char type, unsigned char ep, void *buf, int len) {
    static struct {
        struct usbdevfs_urb u;
        struct usbdevfs_iso_packet_desc iso[200];
    } storage;
    memset(&storage, 0, sizeof storage);
    storage.u.type = type;
    storage.u.endpoint = ep;
    storage.u.buffer = buf;
    storage.u.buffer_length = len;
    return &storage.u;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: bad_input /dev/bus/usb/BBB/DDD\n");
        return 2;
    }
    fd = open(argv[1], O_RDWR);
    if (fd < 0) {
        perror(argv[1]);
        return 2;
    }
    static unsigned char buf[65536];
    unsigned int n;

    expect("unknown_ioctl", _IO('U', 99), NULL, ENOTTY);
    expect("foreign_ioctl", _IOR('X', 1, int), buf, ENOTTY);

    n = 7;
    expect("claim_missing_interface", USBDEVFS_CLAIMINTERFACE, &n, ENOENT);
    n = 40;
    expect("claim_impossible_interface", USBDEVFS_CLAIMINTERFACE, &n, EINVAL);
    n = 0;
    expect("release_unclaimed_interface", USBDEVFS_RELEASEINTERFACE, &n, EINVAL);
    struct usbdevfs_getdriver gd = {.interface = 0};
    expect("getdriver_unbound", USBDEVFS_GETDRIVER, &gd, ENODATA);
    expect("claim_interface", USBDEVFS_CLAIMINTERFACE, &n, 0);
    expect("getdriver_usbfs", USBDEVFS_GETDRIVER, &gd, 0);
    if (strcmp(gd.driver, "usbfs") != 0) {
        printf("FAIL getdriver_name: '%s'\n", gd.driver);
        failures++;
    }
    struct usbdevfs_setinterface si = {.interface = 1, .altsetting = 9};
    expect("set_missing_altsetting", USBDEVFS_SETINTERFACE, &si, EINVAL);
    n = 0x8f;
    expect("clear_halt_missing_endpoint", USBDEVFS_CLEAR_HALT, &n, ENOENT);
    n = 0x7f;
    expect("clear_halt_impossible_endpoint", USBDEVFS_CLEAR_HALT, &n, EINVAL);
    n = 5;
    expect("set_missing_configuration", USBDEVFS_SETCONFIGURATION, &n, EBUSY); /* interface 0 is claimed */
    n = 0;
    expect("release_interface", USBDEVFS_RELEASEINTERFACE, &n, 0);
    n = 1;
    expect("release_auto_claimed_interface_1", USBDEVFS_RELEASEINTERFACE, &n, 0); /* SETINTERFACE claimed it */
    n = 5;
    expect("set_missing_configuration_unclaimed", USBDEVFS_SETCONFIGURATION, &n, EINVAL);

    expect("urb_impossible_length", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_BULK, 0x81, buf, 0x7fffffff), EINVAL);
    expect("urb_negative_length", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_BULK, 0x81, buf, -1), EINVAL);
    expect("urb_over_memory_limit", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_BULK, 0x81, buf, 64 << 20), ENOMEM);
    expect("urb_null_buffer", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_BULK, 0x81, NULL, 512), EINVAL);
    expect("urb_missing_endpoint", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_BULK, 0x8f, buf, 512), ENOENT);
    expect("urb_impossible_endpoint", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_BULK, 0x70, buf, 512), EINVAL);
    expect("urb_unknown_type", USBDEVFS_SUBMITURB, urb(7, 0x81, buf, 512), EINVAL);
    expect("urb_wrong_type", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_INTERRUPT, 0x81, buf, 512), EINVAL);
    struct usbdevfs_urb *u = urb(USBDEVFS_URB_TYPE_BULK, 0x81, buf, 512);
    u->flags = 0x1000;
    expect("urb_unknown_flags", USBDEVFS_SUBMITURB, u, EINVAL);
    expect("urb_iso_on_bulk", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_ISO, 0x81, buf, 512), EINVAL);
    expect("urb_control_too_short", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_CONTROL, 0, buf, 4), EINVAL);
    memset(buf, 0, 8);
    buf[0] = 0x80, buf[1] = 6, buf[3] = 1, buf[6] = 0xff; /* GET_DESCRIPTOR with wLength 255 */
    expect("urb_control_wlength_too_big", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_CONTROL, 0, buf, 8 + 18), EINVAL);
    buf[0] = 0x81, buf[1] = 0, buf[4] = 9, buf[6] = 2; /* GET_STATUS of interface 9 */
    expect("urb_control_missing_interface", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_CONTROL, 0, buf, 8 + 2), ENOENT);
    buf[0] = 0x82, buf[4] = 0x8f; /* GET_STATUS of endpoint 0x8f */
    expect("urb_control_missing_endpoint", USBDEVFS_SUBMITURB, urb(USBDEVFS_URB_TYPE_CONTROL, 0, buf, 8 + 2), ENOENT);

    si.altsetting = 1;
    expect("select_iso_setting", USBDEVFS_SETINTERFACE, &si, 0);
    u = urb(USBDEVFS_URB_TYPE_ISO, 0x84, buf, 0);
    u->number_of_packets = 200;
    expect("iso_too_many_packets", USBDEVFS_SUBMITURB, u, EINVAL);
    u = urb(USBDEVFS_URB_TYPE_ISO, 0x84, buf, 0);
    u->number_of_packets = 0;
    expect("iso_no_packets", USBDEVFS_SUBMITURB, u, EINVAL);
    u = urb(USBDEVFS_URB_TYPE_ISO, 0x84, buf, 0);
    u->number_of_packets = 2;
    u->iso_frame_desc[0].length = 100000;
    expect("iso_packet_too_long", USBDEVFS_SUBMITURB, u, EINVAL);

    expect("discard_unknown_urb", USBDEVFS_DISCARDURB, (void *) 0x1234, EINVAL);
    void *reaped;
    expect("reap_nothing", USBDEVFS_REAPURBNDELAY, &reaped, EAGAIN);

    struct usbdevfs_ctrltransfer ct = {.bRequestType = 0xc0, .bRequest = 0x02, .wLength = 5000, .timeout = 100,
                                       .data = buf};
    expect("control_ioctl_too_long", USBDEVFS_CONTROL, &ct, EINVAL);
    ct.wLength = 8, ct.bRequest = 0x7f;
    expect("control_ioctl_stall", USBDEVFS_CONTROL, &ct, EPIPE);
    ct.bRequestType = 0x81, ct.bRequest = 0, ct.wIndex = 9, ct.wLength = 2;
    expect("control_ioctl_missing_interface", USBDEVFS_CONTROL, &ct, ENOENT);
    struct usbdevfs_bulktransfer bt = {.ep = 0x81, .len = 512, .timeout = 100, .data = buf};
    expect("bulk_ioctl_timeout", USBDEVFS_BULK, &bt, ETIMEDOUT);
    bt.ep = 0x8f;
    expect("bulk_ioctl_missing_endpoint", USBDEVFS_BULK, &bt, ENOENT);
    bt.ep = 0x84;
    expect("bulk_ioctl_on_iso_endpoint", USBDEVFS_BULK, &bt, EINVAL);
    bt.ep = 0x82, bt.len = 0x7fffffff;
    expect("bulk_ioctl_impossible_length", USBDEVFS_BULK, &bt, EINVAL);
    n = 0;
    expect("release_auto_claimed_interface", USBDEVFS_RELEASEINTERFACE, &n, 0); /* the URBs above claimed it */
    struct usbdevfs_ioctl io = {.ifno = 0, .ioctl_code = USBDEVFS_DISCONNECT};
    expect("disconnect_without_driver", USBDEVFS_IOCTL, &io, ENODATA);
    io.ifno = 9;
    expect("driver_ioctl_missing_interface", USBDEVFS_IOCTL, &io, EINVAL);
    struct {
        struct usbdevfs_streams s;
        unsigned char eps[2];
    } st = {{.num_streams = 4, .num_eps = 1}, {0x81}};
    expect("streams_on_high_speed", USBDEVFS_ALLOC_STREAMS, &st, EINVAL);

    /* after all that, the device still works */
    bt.ep = 0x82, bt.len = 512, bt.timeout = 1000;
    errno = 0;
    int r = ioctl(fd, USBDEVFS_BULK, &bt);
    if (r != 512) {
        printf("FAIL still_works: USBDEVFS_BULK returned %d (%s)\n", r, strerror(errno));
        failures++;
    } else {
        printf("PASS still_works\n");
    }
    int speed = ioctl(fd, USBDEVFS_GET_SPEED);
    if (speed != 3) {
        printf("FAIL get_speed: %d\n", speed);
        failures++;
    } else {
        printf("PASS get_speed\n");
    }
    close(fd);
    printf("DONE %d failures\n", failures);
    return failures;
}
