/*
 * Takes interfaces from and gives them back to drivers through usbfs, one command per line on stdin, so
 * that a test can watch what each step changes in sysfs and which uevents it sends.
 *
 * usage: usbfs_driver   then lines of
 *          open BUS ADDRESS | claim IF | release IF | detach IF | attach IF | config VALUE | close
 *        each answered by "OK <command>" or "ERR <command> <errno name>"; READY first.
 *        End of input ends the program without releasing anything (as a program that dies would).
 *
 * Plain ioctls rather than libusb: libusb would open a udev monitor to discover devices, and umockdev
 * names a monitor's socket after its fd number, so it could take the name of the socket of a monitor
 * in another process (udevadm's), which would then hear nothing more.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/usbdevice_fs.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static const char *errno_name(int e) {
    switch (e) {
    case EBUSY: return "EBUSY";
    case EINVAL: return "EINVAL";
    case ENOENT: return "ENOENT";
    case ENODATA: return "ENODATA";
    case ENODEV: return "ENODEV";
    case ENOTTY: return "ENOTTY";
    case EHOSTUNREACH: return "EHOSTUNREACH";
    default: return strerror(e);
    }
}

/* USBDEVFS_IOCTL to the driver of an interface: DISCONNECT or CONNECT. */
static int driver_ioctl(int fd, int ifnum, int code) {
    struct usbdevfs_ioctl command = {.ifno = ifnum, .ioctl_code = code, .data = NULL};
    return ioctl(fd, USBDEVFS_IOCTL, &command);
}

int main(void) {
    int fd = -1;
    char line[256];
    printf("READY\n");
    fflush(stdout);
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = 0;
        char cmd[32] = "";
        unsigned int a = 0, b = 0;
        sscanf(line, "%31s %u %u", cmd, &a, &b);
        int r = 0;
        errno = 0;
        if (strcmp(cmd, "open") == 0) {
            char path[64];
            snprintf(path, sizeof path, "/dev/bus/usb/%03u/%03u", a, b);
            r = fd = open(path, O_RDWR | O_CLOEXEC);
        } else if (fd < 0) {
            r = -1;
            errno = EBADF;
        } else if (strcmp(cmd, "claim") == 0) {
            r = ioctl(fd, USBDEVFS_CLAIMINTERFACE, &a);
        } else if (strcmp(cmd, "release") == 0) {
            r = ioctl(fd, USBDEVFS_RELEASEINTERFACE, &a);
        } else if (strcmp(cmd, "detach") == 0) {
            r = driver_ioctl(fd, a, USBDEVFS_DISCONNECT);
        } else if (strcmp(cmd, "attach") == 0) {
            r = driver_ioctl(fd, a, USBDEVFS_CONNECT);
        } else if (strcmp(cmd, "config") == 0) {
            r = ioctl(fd, USBDEVFS_SETCONFIGURATION, &a);
        } else if (strcmp(cmd, "close") == 0) {
            r = close(fd);
            fd = -1;
        } else {
            r = -1;
            errno = ENOSYS;
        }
        if (r < 0)
            printf("ERR %s %s\n", line, errno_name(errno));
        else
            printf("OK %s\n", line);
        fflush(stdout);
    }
    return 0;
}
