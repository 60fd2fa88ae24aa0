/* The C anchor of the udev event latency benchmark: a libudev monitor as a C program writes it.
 *
 *   udev_monitor_bench
 *
 * Listens to the "udev" source filtered on usb/usb_device with a 128 MiB receive buffer, prints "ready",
 * then one line per event, "<action> <syspath> <ns>", where ns is CLOCK_MONOTONIC (the clock of Java's
 * System.nanoTime) right after udev_monitor_receive_device returned. Ends when standard input closes.
 * Run it inside the testbed (UsbEmulator.processBuilder) to receive the emulator's events. */
#define _GNU_SOURCE
#include <libudev.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void)
{
    struct udev *udev = udev_new();
    struct udev_monitor *mon = udev_monitor_new_from_netlink(udev, "udev");
    if (!udev || !mon) {
        perror("udev_monitor_new_from_netlink");
        return 1;
    }
    udev_monitor_filter_add_match_subsystem_devtype(mon, "usb", "usb_device");
    udev_monitor_set_receive_buffer_size(mon, 128 * 1024 * 1024);
    if (udev_monitor_enable_receiving(mon) < 0) {
        perror("udev_monitor_enable_receiving");
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    struct pollfd fds[2] = {{.fd = udev_monitor_get_fd(mon), .events = POLLIN}, {.fd = 0, .events = POLLIN}};
    for (;;) {
        if (poll(fds, 2, -1) < 0)
            continue;
        if (fds[1].revents) {
            char b[64];
            if (read(0, b, sizeof b) <= 0)
                break;
        }
        if (!(fds[0].revents & POLLIN))
            continue;
        struct udev_device *d;
        while ((d = udev_monitor_receive_device(mon))) {
            long long t = now_ns();
            printf("%s %s %lld\n", udev_device_get_action(d), udev_device_get_syspath(d), t);
            udev_device_unref(d);
        }
        fflush(stdout);
    }
    udev_monitor_unref(mon);
    udev_unref(udev);
    return 0;
}
