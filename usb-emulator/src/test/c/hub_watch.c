/*
 * The root hub through usbfs, as a hub driver would use it: hub descriptor, port status, the status
 * change endpoint. The test plugs a device after READY and unplugs it after PLUGGED-SEEN.
 *
 * usage: hub_watch ROOTHUB_DEVNODE
 * prints READY, "CHANGE port N status SSSS change CCCC" for each change reported, PLUGGED-SEEN,
 * UNPLUGGED-SEEN, then PASS or "FAIL what".
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/usbdevice_fs.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int fd, failures;

static void check(int ok, const char *what) {
    if (!ok) {
        printf("FAIL %s (errno %d %s)\n", what, errno, strerror(errno));
        failures++;
    }
}

static int control(int type, int request, int value, int index, unsigned char *data, int length) {
    struct usbdevfs_ctrltransfer c = {.bRequestType = type, .bRequest = request, .wValue = value,
                                      .wIndex = index, .wLength = length, .timeout = 1000, .data = data};
    return ioctl(fd, USBDEVFS_CONTROL, &c);
}

static int port_status(int port, int *status, int *change) {
    unsigned char s[4];
    int r = control(0xa3, 0 /* GET_STATUS */, 0, port, s, 4);
    *status = s[0] | s[1] << 8;
    *change = s[2] | s[3] << 8;
    return r;
}

/* Waits for the status change endpoint, reports the changed port and acknowledges its change. */
static int wait_change(void) {
    unsigned char bitmap[2] = {0};
    struct usbdevfs_urb urb = {.type = USBDEVFS_URB_TYPE_INTERRUPT, .endpoint = 0x81, .buffer = bitmap,
                               .buffer_length = sizeof bitmap};
    if (ioctl(fd, USBDEVFS_SUBMITURB, &urb) != 0) {
        check(0, "submit on the status change endpoint");
        return -1;
    }
    printf("WAITING\n");
    fflush(stdout);
    struct usbdevfs_urb *done;
    if (ioctl(fd, USBDEVFS_REAPURB, &done) != 0 || done != &urb || urb.status != 0 || urb.actual_length != 2) {
        check(0, "reap of the status change");
        return -1;
    }
    int port = 0;
    for (int p = 1; p <= 15; p++)
        if (bitmap[p / 8] & (1 << (p % 8)))
            port = p;
    int status, change;
    check(port_status(port, &status, &change) == 4, "GET_STATUS(port)");
    printf("CHANGE port %d status %04x change %04x\n", port, status, change);
    check(control(0x23, 1 /* CLEAR_FEATURE */, 16 /* C_PORT_CONNECTION */, port, NULL, 0) == 0,
          "CLEAR_FEATURE(C_PORT_CONNECTION)");
    int status2, change2;
    port_status(port, &status2, &change2);
    check(status2 == status && change2 == 0, "the change bit clears, the status stays");
    return port;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: hub_watch ROOTHUB_DEVNODE\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0);
    fd = open(argv[1], O_RDWR);
    if (fd < 0) {
        perror(argv[1]);
        return 2;
    }
    unsigned char d[16];
    check(control(0xa0, 6, 0x2900, 0, d, sizeof d) == 11 && d[1] == 0x29 && d[2] == 15, "USB 2 hub descriptor");
    check(control(0xa0, 6, 0x2a00, 0, d, sizeof d) == 11 && d[1] == 0x29,
          "a USB 2 root hub answers its own descriptor whatever the type asked (as xHCI's does)");
    check(control(0xa0, 0, 0, 0, d, 4) == 4 && d[0] == 0 && d[2] == 0, "GET_STATUS(hub)");
    check(control(0xa3, 0, 0, 16, d, 4) < 0 && errno == EPIPE, "port 16 does not exist (stall)");
    check(control(0x23, 3 /* SET_FEATURE */, 4 /* PORT_RESET */, 1, NULL, 0) < 0 && errno == EPIPE,
          "port reset stalls");
    check(ioctl(fd, USBDEVFS_RESET, 0) < 0 && errno == EISDIR, "USBDEVFS_RESET of a root hub: EISDIR");
    unsigned int ifnum = 0;
    check(ioctl(fd, USBDEVFS_CLAIMINTERFACE, &ifnum) == 0, "claim the hub interface");
    /* forget what happened before this program: acknowledge every change */
    for (int p = 1; p <= 15; p++)
        control(0x23, 1, 16, p, NULL, 0);
    printf("READY\n");
    int plugged = wait_change();
    int status, change;
    port_status(plugged, &status, &change);
    check((status & 0x0003) == 0x0003, "the port is connected and enabled");
    printf("PLUGGED-SEEN\n");
    int unplugged = wait_change();
    port_status(unplugged, &status, &change);
    check(unplugged == plugged && (status & 0x0003) == 0 && (status & 0x0100), "the same port, empty but powered");
    printf("UNPLUGGED-SEEN\n");
    /* a pending status URB is discarded like any other */
    unsigned char bitmap[2];
    struct usbdevfs_urb urb = {.type = USBDEVFS_URB_TYPE_INTERRUPT, .endpoint = 0x81, .buffer = bitmap,
                               .buffer_length = sizeof bitmap};
    struct usbdevfs_urb *done;
    check(ioctl(fd, USBDEVFS_SUBMITURB, &urb) == 0, "submit again");
    check(ioctl(fd, USBDEVFS_REAPURBNDELAY, &done) < 0 && errno == EAGAIN, "nothing changed: the URB waits");
    check(ioctl(fd, USBDEVFS_DISCARDURB, &urb) == 0, "discard");
    check(ioctl(fd, USBDEVFS_REAPURB, &done) == 0 && done == &urb && urb.status == -ENOENT, "discarded: ENOENT");
    printf(failures ? "FAIL %d checks\n" : "PASS\n", failures);
    return failures != 0;
}
