/* Lists the devices C libusb sees, one "bus address vid pid" line each (decimal bus and address, hex
 * ids), for the lookup test: the udev device of each libusb device is found by bus and address. */
#include <libusb.h>
#include <stdio.h>

int main(void)
{
    libusb_context *ctx;
    libusb_device **list;
    if (libusb_init(&ctx) != 0) {
        fprintf(stderr, "libusb_init failed\n");
        return 1;
    }
    ssize_t n = libusb_get_device_list(ctx, &list);
    if (n < 0) {
        fprintf(stderr, "libusb_get_device_list: %s\n", libusb_error_name((int)n));
        return 1;
    }
    for (ssize_t i = 0; i < n; i++) {
        struct libusb_device_descriptor d;
        if (libusb_get_device_descriptor(list[i], &d) == 0)
            printf("%u %u %04x %04x\n", libusb_get_bus_number(list[i]), libusb_get_device_address(list[i]),
                   d.idVendor, d.idProduct);
    }
    libusb_free_device_list(list, 1);
    libusb_exit(ctx);
    return 0;
}
