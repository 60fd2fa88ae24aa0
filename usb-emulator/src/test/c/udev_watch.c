/*
 * What libudev and libusb see of the USB devices.
 *
 * usage: udev_watch list
 *          every usb_device and usb_interface with its properties and sysfs attributes, as
 *          "syspath|kind|key|value" lines
 *        udev_watch watch EVENTS
 *          prints READY, then every libusb hotplug event ("LIBUSB ARRIVED|LEFT vvvv:pppp") and every
 *          libudev monitor event of usb_device ("UDEV ACTION SYSPATH") until EVENTS events were seen
 *          and one more second brought nothing new (so duplicates would show), or 30 s passed
 */
#include <libudev.h>
#include <libusb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int events;
static double last_event;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void print_device(struct udev_device *d) {
    const char *path = udev_device_get_syspath(d);
    const char *kind = udev_device_get_devtype(d);
    struct udev_list_entry *e;
    udev_list_entry_foreach(e, udev_device_get_properties_list_entry(d))
        printf("%s|%s|property|%s=%s\n", path, kind, udev_list_entry_get_name(e), udev_list_entry_get_value(e));
    udev_list_entry_foreach(e, udev_device_get_sysattr_list_entry(d)) {
        const char *name = udev_list_entry_get_name(e);
        if (strcmp(name, "descriptors") == 0 || strcmp(name, "uevent") == 0)
            continue;
        const char *value = udev_device_get_sysattr_value(d, name);
        if (value)
            printf("%s|%s|attr|%s=%s\n", path, kind, name, value);
    }
    if (udev_device_get_devnode(d))
        printf("%s|%s|devnode|%s\n", path, kind, udev_device_get_devnode(d));
    struct udev_device *parent = udev_device_get_parent_with_subsystem_devtype(d, "usb", "usb_device");
    if (parent && strcmp(kind, "usb_interface") == 0)
        printf("%s|%s|parent|%s\n", path, kind, udev_device_get_syspath(parent));
}

static int list(struct udev *udev) {
    struct udev_enumerate *en = udev_enumerate_new(udev);
    udev_enumerate_add_match_subsystem(en, "usb");
    udev_enumerate_scan_devices(en);
    struct udev_list_entry *e;
    udev_list_entry_foreach(e, udev_enumerate_get_list_entry(en)) {
        struct udev_device *d = udev_device_new_from_syspath(udev, udev_list_entry_get_name(e));
        if (d) {
            print_device(d);
            udev_device_unref(d);
        }
    }
    udev_enumerate_unref(en);
    /* libusb's view of the same devices */
    libusb_context *ctx;
    libusb_init(&ctx);
    libusb_device **list;
    ssize_t n = libusb_get_device_list(ctx, &list);
    for (ssize_t i = 0; i < n; i++) {
        struct libusb_device_descriptor dd;
        libusb_get_device_descriptor(list[i], &dd);
        printf("libusb|%03d/%03d|%04x:%04x|speed=%d\n", libusb_get_bus_number(list[i]),
               libusb_get_device_address(list[i]), dd.idVendor, dd.idProduct, libusb_get_device_speed(list[i]));
    }
    libusb_free_device_list(list, 1);
    libusb_exit(ctx);
    return 0;
}

static int LIBUSB_CALL on_hotplug(libusb_context *ctx, libusb_device *dev, libusb_hotplug_event ev, void *ud) {
    struct libusb_device_descriptor dd;
    libusb_get_device_descriptor(dev, &dd);
    printf("LIBUSB %s %04x:%04x\n", ev == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED ? "ARRIVED" : "LEFT", dd.idVendor,
           dd.idProduct);
    fflush(stdout);
    events++;
    last_event = now();
    return 0;
}

static int watch(struct udev *udev, int expected) {
    struct udev_monitor *mon = udev_monitor_new_from_netlink(udev, "udev");
    udev_monitor_filter_add_match_subsystem_devtype(mon, "usb", "usb_device");
    udev_monitor_enable_receiving(mon);
    libusb_context *ctx;
    libusb_init(&ctx);
    if (!libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        printf("FAIL libusb has no hotplug support\n");
        return 1;
    }
    libusb_hotplug_callback_handle handle;
    int r = libusb_hotplug_register_callback(ctx, LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT,
                                             0, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
                                             LIBUSB_HOTPLUG_MATCH_ANY, on_hotplug, NULL, &handle);
    if (r != 0) {
        printf("FAIL hotplug registration: %s\n", libusb_error_name(r));
        return 1;
    }
    printf("READY\n");
    fflush(stdout);
    double start = now();
    last_event = start;
    while (now() - start < 30) {
        if (events >= expected && now() - last_event > 1.0)
            break;
        struct pollfd p = {udev_monitor_get_fd(mon), POLLIN, 0};
        if (poll(&p, 1, 20) > 0) {
            struct udev_device *d = udev_monitor_receive_device(mon);
            if (d) {
                printf("UDEV %s %s\n", udev_device_get_action(d), udev_device_get_syspath(d));
                fflush(stdout);
                events++;
                last_event = now();
                udev_device_unref(d);
            }
        }
        struct timeval tv = {0, 20000};
        libusb_handle_events_timeout_completed(ctx, &tv, NULL);
    }
    printf("DONE %d events\n", events);
    libusb_hotplug_deregister_callback(ctx, handle);
    libusb_exit(ctx);
    udev_monitor_unref(mon);
    return 0;
}

int main(int argc, char **argv) {
    struct udev *udev = udev_new();
    if (argc >= 2 && strcmp(argv[1], "list") == 0)
        return list(udev);
    if (argc >= 3 && strcmp(argv[1], "watch") == 0)
        return watch(udev, atoi(argv[2]));
    fprintf(stderr, "usage: udev_watch list | udev_watch watch EVENTS\n");
    return 2;
}
