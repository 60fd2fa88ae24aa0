/*
 * The root hub through usbfs, as a hub driver would use it: hub descriptor, port status, the status
 * change endpoint. The test plugs a device after READY and unplugs it after PLUGGED-SEEN.
 *
 * usage: hub_watch ROOTHUB_DEVNODE
 *          takes the hub from the kernel's hub driver, prints READY, "CHANGE port N status SSSS change
 *          CCCC" for each change reported, PLUGGED-SEEN, UNPLUGGED-SEEN, gives the hub back, then PASS
 *          or "FAIL what"
 *        hub_watch ROOTHUB_DEVNODE portinfo
 *          prints "PORTINFO nports addr1 addr2 ..." as the hub driver reports them
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/usbdevice_fs.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int fd, failures;

static int hub_ioctl(int code, void *data) {
    struct usbdevfs_ioctl c = {.ifno = 0, .ioctl_code = code, .data = data};
    return ioctl(fd, USBDEVFS_IOCTL, &c);
}

static const char *driver_of_interface_0(void) {
    static struct usbdevfs_getdriver gd;
    memset(&gd, 0, sizeof gd);
    return ioctl(fd, USBDEVFS_GETDRIVER, &gd) == 0 ? gd.driver : "(none)";
}

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
    if (argc > 2 && strcmp(argv[2], "portinfo") == 0) {
        struct usbdevfs_hub_portinfo info;
        int r = hub_ioctl(USBDEVFS_HUB_PORTINFO, &info);
        if (r != info.nports + 1) {
            printf("FAIL HUB_PORTINFO returned %d (errno %d)\n", r, errno);
            return 1;
        }
        printf("PORTINFO %d", info.nports);
        for (int p = 0; p < info.nports; p++)
            printf(" %d", info.port[p]);
        printf("\n");
        return 0;
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
    /* the hub driver owns the interface, as on a real machine */
    unsigned int ifnum = 0, n = 1;
    check(strcmp(driver_of_interface_0(), "hub") == 0, "GETDRIVER says hub");
    check(ioctl(fd, USBDEVFS_CLAIMINTERFACE, &ifnum) < 0 && errno == EBUSY, "the hub driver's interface: EBUSY");
    check(ioctl(fd, USBDEVFS_SETCONFIGURATION, &n) < 0 && errno == EBUSY, "SETCONFIGURATION under the hub driver");
    check(hub_ioctl(_IO('U', 99), NULL) < 0 && errno == ENOSYS, "an ioctl the hub driver does not know: ENOSYS");
    /* port claims */
    unsigned int port = 3;
    check(ioctl(fd, USBDEVFS_CLAIM_PORT, &port) == 0, "CLAIM_PORT 3");
    check(ioctl(fd, USBDEVFS_CLAIM_PORT, &port) < 0 && errno == EBUSY, "CLAIM_PORT 3 again: EBUSY");
    port = 4;
    check(ioctl(fd, USBDEVFS_RELEASE_PORT, &port) < 0 && errno == ENOENT, "RELEASE_PORT of a port not held");
    port = 16;
    check(ioctl(fd, USBDEVFS_CLAIM_PORT, &port) < 0 && errno == EINVAL, "CLAIM_PORT 16: no such port");
    port = 3;
    check(ioctl(fd, USBDEVFS_RELEASE_PORT, &port) == 0, "RELEASE_PORT 3");
    /* take the hub from its driver */
    struct usbdevfs_disconnect_claim dc = {.interface = 0, .flags = USBDEVFS_DISCONNECT_CLAIM_IF_DRIVER};
    strcpy(dc.driver, "usbfs");
    check(ioctl(fd, USBDEVFS_DISCONNECT_CLAIM, &dc) < 0 && errno == EBUSY, "DISCONNECT_CLAIM if usbfs: EBUSY");
    strcpy(dc.driver, "hub");
    check(ioctl(fd, USBDEVFS_DISCONNECT_CLAIM, &dc) == 0, "DISCONNECT_CLAIM if hub");
    check(strcmp(driver_of_interface_0(), "usbfs") == 0, "GETDRIVER says usbfs");
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
    /* give the hub back to its driver */
    check(ioctl(fd, USBDEVFS_RELEASEINTERFACE, &ifnum) == 0, "release the hub interface");
    check(hub_ioctl(USBDEVFS_CONNECT, NULL) == 1, "USBDEVFS_CONNECT binds the hub driver: 1, as device_attach()");
    check(hub_ioctl(USBDEVFS_CONNECT, NULL) < 0 && errno == EBUSY, "USBDEVFS_CONNECT with the driver bound: EBUSY");
    check(strcmp(driver_of_interface_0(), "hub") == 0, "the hub driver is back");
    printf(failures ? "FAIL %d checks\n" : "PASS\n", failures);
    return failures != 0;
}
