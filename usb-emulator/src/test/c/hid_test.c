/*
 * Talks HID to the emulated keyboard (1209:0003) through real libusb, as a host's HID driver does:
 * HID and report descriptors, SET_IDLE/GET_IDLE, SET_PROTOCOL/GET_PROTOCOL, SET_REPORT for the LEDs,
 * GET_REPORT, then interrupt IN reports of what the test types in Java (it prints READY and waits).
 * Prints "PASS name" / "FAIL name: why" and "REPORT mm kk" per key report; exits with the failures.
 */
#include <libusb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IF_OUT (LIBUSB_ENDPOINT_OUT | LIBUSB_REQUEST_TYPE_CLASS | LIBUSB_RECIPIENT_INTERFACE)
#define IF_IN (LIBUSB_ENDPOINT_IN | LIBUSB_REQUEST_TYPE_CLASS | LIBUSB_RECIPIENT_INTERFACE)

static libusb_device_handle *h;
static int failures;

#define CHECK(name, cond, ...)                  \
    do {                                        \
        if (!(cond)) {                          \
            printf("FAIL %s: ", name);          \
            printf(__VA_ARGS__);                \
            printf("\n");                       \
            fflush(stdout);                     \
            failures++;                         \
            return;                             \
        }                                       \
    } while (0)

static void pass(const char *name) {
    printf("PASS %s\n", name);
    fflush(stdout);
}

static void descriptors(void) {
    unsigned char b[256];
    int r = libusb_control_transfer(h, 0x81, LIBUSB_REQUEST_GET_DESCRIPTOR, 0x21 << 8, 0, b, 9, 1000);
    CHECK("hid_descriptor", r == 9 && b[1] == 0x21 && b[6] == 0x22 && b[7] == 63, "HID descriptor: %d", r);
    pass("hid_descriptor");
    r = libusb_control_transfer(h, 0x81, LIBUSB_REQUEST_GET_DESCRIPTOR, 0x22 << 8, 0, b, sizeof b, 1000);
    CHECK("report_descriptor", r == 63 && b[0] == 0x05 && b[1] == 0x01 && b[3] == 0x06 && b[62] == 0xc0,
          "report descriptor: %d bytes", r);
    pass("report_descriptor");
}

static void idle_protocol_leds(void) {
    unsigned char b[8];
    int r = libusb_control_transfer(h, IF_OUT, 0x0a, 0, 0, NULL, 0, 1000); /* SET_IDLE 0 */
    CHECK("idle", r == 0, "SET_IDLE: %s", libusb_error_name(r));
    r = libusb_control_transfer(h, IF_IN, 0x02, 0, 0, b, 1, 1000);
    CHECK("idle", r == 1 && b[0] == 0, "GET_IDLE: %d, %d", r, b[0]);
    pass("idle");
    r = libusb_control_transfer(h, IF_IN, 0x03, 0, 0, b, 1, 1000);
    CHECK("protocol", r == 1 && b[0] == 1, "GET_PROTOCOL after reset: %d, %d", r, b[0]);
    r = libusb_control_transfer(h, IF_OUT, 0x0b, 0, 0, NULL, 0, 1000); /* boot protocol */
    CHECK("protocol", r == 0, "SET_PROTOCOL: %s", libusb_error_name(r));
    r = libusb_control_transfer(h, IF_IN, 0x03, 0, 0, b, 1, 1000);
    CHECK("protocol", r == 1 && b[0] == 0, "GET_PROTOCOL: %d, %d", r, b[0]);
    r = libusb_control_transfer(h, IF_OUT, 0x0b, 2, 0, NULL, 0, 1000);
    CHECK("protocol", r == LIBUSB_ERROR_PIPE, "SET_PROTOCOL(2): %s", libusb_error_name(r));
    pass("protocol");
    unsigned char leds = 0x03; /* num lock + caps lock */
    r = libusb_control_transfer(h, IF_OUT, 0x09, 0x0200, 0, &leds, 1, 1000);
    CHECK("leds", r == 1, "SET_REPORT(output): %s", libusb_error_name(r));
    r = libusb_control_transfer(h, IF_IN, 0x01, 0x0100, 0, b, 8, 1000);
    CHECK("leds", r == 8 && b[0] == 0 && b[2] == 0, "GET_REPORT(input): %d", r);
    printf("LEDS %02x\n", leds);
    pass("leds");
}

static void typed_keys(int reports) {
    unsigned char b[8];
    int n;
    printf("READY\n");
    fflush(stdout);
    for (int i = 0; i < reports; i++) {
        int r = libusb_interrupt_transfer(h, 0x81, b, sizeof b, &n, 10000);
        CHECK("typed_keys", r == 0 && n == 8, "report %d: %s, %d bytes", i, libusb_error_name(r), n);
        printf("REPORT %02x %02x\n", b[0], b[2]);
        fflush(stdout);
    }
    int r = libusb_interrupt_transfer(h, 0x81, b, sizeof b, &n, 300);
    CHECK("typed_keys", r == LIBUSB_ERROR_TIMEOUT, "a report nobody typed: %s", libusb_error_name(r));
    pass("typed_keys");
}

int main(int argc, char **argv) {
    int reports = argc > 1 ? atoi(argv[1]) : 6;
    libusb_context *ctx;
    libusb_init(&ctx);
    h = libusb_open_device_with_vid_pid(ctx, 0x1209, 0x0003);
    if (!h || libusb_claim_interface(h, 0) != 0) {
        printf("FAIL open: cannot open and claim 1209:0003\n");
        return 1;
    }
    descriptors();
    idle_protocol_leds();
    typed_keys(reports);
    libusb_release_interface(h, 0);
    libusb_close(h);
    libusb_exit(ctx);
    printf("DONE %d failures\n", failures);
    return failures;
}
