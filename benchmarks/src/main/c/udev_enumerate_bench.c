/* The C anchor of the udev enumeration benchmark: times N enumerations of the USB devices with libudev.
 *
 *   udev_enumerate_bench export-db|snapshot ITERATIONS
 *
 * export-db: what `udevadm info --export-db` does for each device of subsystem usb: its devpath, device
 *            node and every property, formatted into a buffer.
 * snapshot:  what ffm-udev's Udev.usbDevices() reads, in its order, copied as Java copies it: syspath,
 *            every property, every sysfs attribute but descriptors and uevent, the driver (from the uevent
 *            file when the link is missing but the properties name one), sysname, device node, for devices
 *            and interfaces alike; for devices also the descriptors file and the hwdb names the properties
 *            lack.
 * One libudev context (and hwdb) serves every iteration, as one Udev does in the Java benchmark.
 * Prints "key value" lines: devices, interfaces, bytes, ns_mean, ns_median (per enumeration, after 10%
 * warm-up iterations). Run it inside the testbed (UsbEmulator.processBuilder) to see emulated devices. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <libudev.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct out {
    char *buf;
    size_t len, cap;
};

static void append(struct out *o, const char *a, const char *b)
{
    size_t la = strlen(a), lb = b ? strlen(b) : 0;
    if (o->len + la + lb + 2 > o->cap) {
        o->cap = (o->len + la + lb + 2) * 2;
        o->buf = realloc(o->buf, o->cap);
        if (!o->buf) {
            perror("realloc");
            exit(1);
        }
    }
    memcpy(o->buf + o->len, a, la);
    memcpy(o->buf + o->len + la, b, lb);
    o->len += la + lb;
    o->buf[o->len++] = '\n';
}

/* One owned copy per value, as a Java snapshot holds one String (or byte[]) per value. */
struct copies {
    void **s;
    size_t n, cap, bytes;
};

static void keep_owned(struct copies *c, void *p, size_t len)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        c->s = realloc(c->s, c->cap * sizeof(void *));
        if (!c->s) {
            perror("realloc");
            exit(1);
        }
    }
    c->s[c->n++] = p;
    c->bytes += len;
}

static void keep(struct copies *c, const char *s)
{
    if (s)
        keep_owned(c, strdup(s), strlen(s));
}

static void read_descriptors(const char *syspath, struct copies *c)
{
    char path[4096];
    unsigned char bytes[65536];
    snprintf(path, sizeof path, "%s/descriptors", syspath);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t n, total = 0;
    while ((n = read(fd, bytes + total, sizeof bytes - total)) > 0)
        total += n;
    close(fd);
    void *copy = malloc(total);
    memcpy(copy, bytes, total);
    keep_owned(c, copy, total);
}

/* In Udev.usbDevices()' order: properties before the driver (libudev 252 drops the uevent file's DRIVER
 * from the properties when the driver is asked for first). */
static void snapshot(struct udev_device *d, struct udev_hwdb *hwdb, struct copies *c)
{
    struct udev_list_entry *e;
    int driver_property = 0, names = 0;
    keep(c, udev_device_get_syspath(d));
    udev_list_entry_foreach(e, udev_device_get_properties_list_entry(d)) {
        const char *name = udev_list_entry_get_name(e);
        driver_property |= !strcmp(name, "DRIVER");
        names += !strcmp(name, "ID_VENDOR_FROM_DATABASE") || !strcmp(name, "ID_MODEL_FROM_DATABASE");
        keep(c, name);
        keep(c, udev_list_entry_get_value(e));
    }
    udev_list_entry_foreach(e, udev_device_get_sysattr_list_entry(d)) {
        const char *name = udev_list_entry_get_name(e);
        if (!strcmp(name, "descriptors") || !strcmp(name, "uevent"))
            continue;
        const char *value = udev_device_get_sysattr_value(d, name);
        if (value) {
            keep(c, name);
            keep(c, value);
        }
    }
    const char *driver = udev_device_get_driver(d);
    if (!driver && driver_property) { /* no driver link: the uevent file's DRIVER line */
        const char *uevent = udev_device_get_sysattr_value(d, "uevent");
        const char *line = uevent ? strstr(uevent, "DRIVER=") : NULL;
        size_t len = line ? strcspn(line + 7, "\n") : 0;
        if (len && (line == uevent || line[-1] == '\n'))
            keep_owned(c, strndup(line + 7, len), len);
    } else {
        keep(c, driver);
    }
    keep(c, udev_device_get_sysname(d));
    keep(c, udev_device_get_devnode(d));
    const char *devtype = udev_device_get_devtype(d);
    if (devtype && !strcmp(devtype, "usb_device")) {
        read_descriptors(udev_device_get_syspath(d), c);
        const char *vid = udev_device_get_sysattr_value(d, "idVendor");
        const char *pid = udev_device_get_sysattr_value(d, "idProduct");
        if (hwdb && vid && pid && names < 2) {
            char modalias[64];
            snprintf(modalias, sizeof modalias, "usb:v%04lXp%04lX*", strtoul(vid, NULL, 16), strtoul(pid, NULL, 16));
            udev_list_entry_foreach(e, udev_hwdb_get_properties_list_entry(hwdb, modalias, 0)) {
                const char *key = udev_list_entry_get_name(e);
                if (!strcmp(key, "ID_VENDOR_FROM_DATABASE") || !strcmp(key, "ID_MODEL_FROM_DATABASE"))
                    keep(c, udev_list_entry_get_value(e));
            }
        }
    }
}

static void export_db(struct udev_device *d, struct out *o)
{
    struct udev_list_entry *e;
    append(o, "P: ", udev_device_get_devpath(d));
    if (udev_device_get_devnode(d))
        append(o, "N: ", udev_device_get_devnode(d) + strlen("/dev/"));
    udev_list_entry_foreach(e, udev_device_get_properties_list_entry(d)) {
        char line[8192];
        snprintf(line, sizeof line, "E: %s=%s", udev_list_entry_get_name(e), udev_list_entry_get_value(e));
        append(o, line, NULL);
    }
    append(o, "", NULL);
}

static long long now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int compare(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "export-db") && strcmp(argv[1], "snapshot"))) {
        fprintf(stderr, "usage: %s export-db|snapshot ITERATIONS\n", argv[0]);
        return 2;
    }
    int snap = !strcmp(argv[1], "snapshot");
    int iterations = atoi(argv[2]);
    int warmup = iterations / 10 + 1;
    long long *times = calloc(iterations, sizeof(long long));
    int devices = 0, interfaces = 0;
    size_t bytes = 0;
    struct udev *udev = udev_new();
    struct udev_hwdb *hwdb = snap ? udev_hwdb_new(udev) : NULL;
    for (int i = -warmup; i < iterations; i++) {
        long long start = now_ns();
        struct udev_enumerate *en = udev_enumerate_new(udev);
        struct udev_list_entry *entry;
        struct out o = {0};
        struct copies c = {0};
        devices = interfaces = 0;
        udev_enumerate_add_match_subsystem(en, "usb");
        udev_enumerate_scan_devices(en);
        udev_list_entry_foreach(entry, udev_enumerate_get_list_entry(en)) {
            struct udev_device *d = udev_device_new_from_syspath(udev, udev_list_entry_get_name(entry));
            if (!d)
                continue;
            const char *devtype = udev_device_get_devtype(d);
            if (devtype && !strcmp(devtype, "usb_device"))
                devices++;
            else if (devtype && !strcmp(devtype, "usb_interface"))
                interfaces++;
            if (snap)
                snapshot(d, hwdb, &c);
            else
                export_db(d, &o);
            udev_device_unref(d);
        }
        udev_enumerate_unref(en);
        bytes = o.len + c.bytes;
        free(o.buf);
        for (size_t k = 0; k < c.n; k++)
            free(c.s[k]);
        free(c.s);
        long long elapsed = now_ns() - start;
        if (i >= 0)
            times[i] = elapsed;
    }
    if (hwdb)
        udev_hwdb_unref(hwdb);
    udev_unref(udev);
    long long sum = 0;
    for (int i = 0; i < iterations; i++)
        sum += times[i];
    qsort(times, iterations, sizeof(long long), compare);
    printf("devices %d\ninterfaces %d\nbytes %zu\nns_mean %lld\nns_median %lld\n", devices, interfaces, bytes,
           sum / iterations, times[iterations / 2]);
    free(times);
    return 0;
}
