/*
 * Prints what libusb sees of one device (argument VID:PID, hex), one fact per line, for comparison
 * with another view of the same device model (the direct API):
 *   speed N                  libusb_get_device_speed (enum libusb_speed)
 *   active N                 libusb_get_configuration
 *   cached-device HEX        the device descriptor libusb read at enumeration, as its 18 bytes
 *   cached-config I HEX      the first 9 bytes of configuration I as libusb parsed it at enumeration
 *   device HEX               GET_DESCRIPTOR(DEVICE) over the wire
 *   config I HEX             GET_DESCRIPTOR(CONFIGURATION, I) over the wire, wTotalLength bytes
 *   string I HEX             GET_DESCRIPTOR(STRING, I, US English) over the wire, for I = 0..3
 *   bos HEX                  GET_DESCRIPTOR(BOS) over the wire, if bcdUSB >= 2.01
 * Exits 0, or 1 with a message on stderr.
 */
#include <libusb.h>
#include <stdio.h>
#include <stdlib.h>

static void hex(const char *label, int index, const unsigned char *b, int n) {
    if (index >= 0) {
        printf("%s %d ", label, index);
    } else {
        printf("%s ", label);
    }
    for (int i = 0; i < n; i++) {
        printf("%02x", b[i]);
    }
    printf("\n");
}

static int fail(const char *what, int r) {
    fprintf(stderr, "%s: %s\n", what, libusb_error_name(r));
    return 1;
}

int main(int argc, char **argv) {
    unsigned vid, pid;
    if (argc != 2 || sscanf(argv[1], "%x:%x", &vid, &pid) != 2) {
        fprintf(stderr, "usage: descriptor_dump VID:PID\n");
        return 2;
    }
    libusb_context *ctx;
    int r = libusb_init(&ctx);
    if (r < 0) {
        return fail("libusb_init", r);
    }
    libusb_device_handle *h = libusb_open_device_with_vid_pid(ctx, vid, pid);
    if (h == NULL) {
        fprintf(stderr, "no device %04x:%04x\n", vid, pid);
        return 1;
    }
    libusb_device *dev = libusb_get_device(h);
    printf("speed %d\n", libusb_get_device_speed(dev));
    int active;
    r = libusb_get_configuration(h, &active);
    if (r < 0) {
        return fail("libusb_get_configuration", r);
    }
    printf("active %d\n", active);

    struct libusb_device_descriptor d;
    libusb_get_device_descriptor(dev, &d);
    unsigned char cached[18] = {d.bLength, d.bDescriptorType, d.bcdUSB & 0xff, d.bcdUSB >> 8, d.bDeviceClass,
            d.bDeviceSubClass, d.bDeviceProtocol, d.bMaxPacketSize0, d.idVendor & 0xff, d.idVendor >> 8,
            d.idProduct & 0xff, d.idProduct >> 8, d.bcdDevice & 0xff, d.bcdDevice >> 8, d.iManufacturer,
            d.iProduct, d.iSerialNumber, d.bNumConfigurations};
    hex("cached-device", -1, cached, 18);
    for (int i = 0; i < d.bNumConfigurations; i++) {
        struct libusb_config_descriptor *c;
        r = libusb_get_config_descriptor(dev, i, &c);
        if (r < 0) {
            return fail("libusb_get_config_descriptor", r);
        }
        unsigned char head[9] = {c->bLength, c->bDescriptorType, c->wTotalLength & 0xff, c->wTotalLength >> 8,
                c->bNumInterfaces, c->bConfigurationValue, c->iConfiguration, c->bmAttributes, c->MaxPower};
        hex("cached-config", i, head, 9);
        libusb_free_config_descriptor(c);
    }

    unsigned char b[4096];
    r = libusb_get_descriptor(h, LIBUSB_DT_DEVICE, 0, b, sizeof b);
    if (r < 0) {
        return fail("GET_DESCRIPTOR(DEVICE)", r);
    }
    hex("device", -1, b, r);
    for (int i = 0; i < d.bNumConfigurations; i++) {
        r = libusb_get_descriptor(h, LIBUSB_DT_CONFIG, i, b, sizeof b);
        if (r < 0) {
            return fail("GET_DESCRIPTOR(CONFIGURATION)", r);
        }
        hex("config", i, b, r);
    }
    for (int i = 0; i <= 3; i++) {
        r = libusb_get_string_descriptor(h, i, 0x0409, b, 255);
        if (r < 0) {
            return fail("GET_DESCRIPTOR(STRING)", r);
        }
        hex("string", i, b, r);
    }
    if (d.bcdUSB >= 0x0201) {
        r = libusb_get_descriptor(h, LIBUSB_DT_BOS, 0, b, sizeof b);
        if (r < 0) {
            return fail("GET_DESCRIPTOR(BOS)", r);
        }
        hex("bos", -1, b, r);
    }
    libusb_close(h);
    libusb_exit(ctx);
    return 0;
}
