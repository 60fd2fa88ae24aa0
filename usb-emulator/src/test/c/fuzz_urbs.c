/*
 * Random usbfs traffic on the raw device file of the loopback: URBs of every type with random
 * endpoints, flags, lengths (including impossible ones), iso packet tables and control setups (random
 * standard, class and vendor requests), random reaps and discards, interface claims and alternate
 * settings. Memory the calls point to is always valid (a bad pointer makes umockdev's preload abort the
 * caller, where Linux would say EFAULT). The emulator must answer everything with usbfs errnos, never
 * EIO (what it answers when it failed inside), and the device must work normally afterwards.
 *
 * usage: fuzz_urbs DEVNODE ITERATIONS SEED
 * prints "EIO n" counts, "PASS fuzz" or "FAIL fuzz: why".
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/usbdevice_fs.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define SLOTS 64
#define BUFFER (1 << 20)

static struct slot {
    struct usbdevfs_urb u;
    struct usbdevfs_iso_packet_desc iso[200];
    int busy;
} slots[SLOTS];
static unsigned char buffers[SLOTS][BUFFER];
static int fd;
static long eio, submitted, reaped, rejected;

static uint32_t rnd(void) {
    return (uint32_t) random();
}

static void note(int r) {
    if (r < 0 && errno == EIO)
        eio++;
}

static void submit(int i) {
    static const unsigned char eps[] = {0x00, 0x80, 0x01, 0x81, 0x02, 0x82, 0x03, 0x83, 0x04, 0x84, 0x05, 0x8f, 0x7f};
    struct slot *s = &slots[i];
    memset(&s->u, 0, sizeof s->u);
    s->u.endpoint = eps[rnd() % sizeof eps];
    int plausible = rnd() % 2; /* half of the URBs match the endpoint's type and use sane flags */
    if (plausible) {
        int number = s->u.endpoint & 0x0f;
        s->u.type = number == 0 ? USBDEVFS_URB_TYPE_CONTROL
                  : number <= 2 ? USBDEVFS_URB_TYPE_BULK
                  : number == 3 ? USBDEVFS_URB_TYPE_INTERRUPT
                  : number == 4 ? USBDEVFS_URB_TYPE_ISO : rnd() % 4;
        s->u.flags = rnd() & (USBDEVFS_URB_SHORT_NOT_OK | USBDEVFS_URB_ZERO_PACKET);
    } else {
        s->u.type = rnd() % 5;
        s->u.flags = rnd() % 4 == 0 ? rnd() : (rnd() & 0xc7);
    }
    s->u.buffer = buffers[i];
    switch (plausible ? 4 + rnd() % 4 : rnd() % 8) {
    case 0: s->u.buffer_length = 0; break;
    case 1: s->u.buffer_length = -(int) (rnd() % 100); break;
    case 2: s->u.buffer_length = 0x7fffffff; break;
    case 3: s->u.buffer_length = 32 << 20; s->u.buffer = buffers[i]; break; /* over the memory budget */
    case 4: s->u.buffer_length = rnd() % 1025; break;
    default: s->u.buffer_length = rnd() % BUFFER; break;
    }
    if (s->u.type == USBDEVFS_URB_TYPE_CONTROL) {
        for (int k = 0; k < 8; k++)
            buffers[i][k] = rnd();
        if (rnd() % 2)
            buffers[i][0] &= 0x9f; /* standard requests half of the time */
        if (rnd() % 2) {
            int wlength = rnd() % 300;
            buffers[i][6] = wlength, buffers[i][7] = wlength >> 8;
            s->u.buffer_length = 8 + wlength + (rnd() % 3 == 0 ? -(int) (rnd() % 16) : 0);
        }
    }
    if (s->u.type == USBDEVFS_URB_TYPE_ISO) {
        s->u.number_of_packets = rnd() % 140;
        long total = 0;
        for (int k = 0; k < 200; k++) {
            s->iso[k].length = rnd() % 6 == 0 ? rnd() : rnd() % 3000;
            if (k < s->u.number_of_packets && s->iso[k].length <= 98304)
                total += s->iso[k].length;
        }
        if (total > BUFFER)
            s->u.number_of_packets = 1, s->iso[0].length = 1024;
    }
    if (s->u.buffer_length > BUFFER && s->u.buffer_length < 16 << 20)
        s->u.buffer_length = BUFFER;
    int r = ioctl(fd, USBDEVFS_SUBMITURB, &s->u);
    note(r);
    if (r == 0) {
        s->busy = 1;
        submitted++;
    } else {
        rejected++;
    }
}

static void reap_all_ready(void) {
    struct usbdevfs_urb *u;
    while (1) {
        int r = ioctl(fd, USBDEVFS_REAPURBNDELAY, &u);
        note(r);
        if (r != 0)
            return;
        for (int i = 0; i < SLOTS; i++)
            if (&slots[i].u == u)
                slots[i].busy = 0;
        reaped++;
    }
}

static void other_call(void) {
    unsigned int n = rnd() % 4;
    struct usbdevfs_setinterface si = {.interface = rnd() % 3, .altsetting = rnd() % 3};
    struct usbdevfs_ctrltransfer ct = {.bRequestType = rnd(), .bRequest = rnd(), .wValue = rnd(), .wIndex = rnd(),
                                       .wLength = rnd() % 64, .timeout = 20, .data = buffers[0]};
    switch (rnd() % 8) {
    case 0: note(ioctl(fd, USBDEVFS_CLAIMINTERFACE, &n)); break;
    case 1: note(ioctl(fd, USBDEVFS_RELEASEINTERFACE, &n)); break;
    case 2: note(ioctl(fd, USBDEVFS_SETINTERFACE, &si)); break;
    case 3: n = 0x80 | (rnd() % 5); note(ioctl(fd, USBDEVFS_CLEAR_HALT, &n)); break;
    case 4: if (rnd() % 4 == 0) note(ioctl(fd, USBDEVFS_CONTROL, &ct)); break;
    case 5: note(ioctl(fd, USBDEVFS_DISCARDURB, &slots[rnd() % SLOTS].u)); break;
    case 6: note(ioctl(fd, USBDEVFS_DISCARDURB, (void *) (uintptr_t) rnd())); break;
    case 7: n = 1; note(ioctl(fd, USBDEVFS_SETCONFIGURATION, &n)); break;
    }
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: fuzz_urbs DEVNODE ITERATIONS SEED\n");
        return 2;
    }
    fd = open(argv[1], O_RDWR);
    if (fd < 0) {
        perror(argv[1]);
        return 2;
    }
    long iterations = atol(argv[2]);
    srandom(atoi(argv[3]));
    for (long it = 0; it < iterations; it++) {
        int i = rnd() % SLOTS;
        if (!slots[i].busy && rnd() % 2)
            submit(i);
        else if (rnd() % 2)
            reap_all_ready();
        else
            other_call();
    }
    /* end everything: discard what is pending, reap it all */
    for (int i = 0; i < SLOTS; i++)
        if (slots[i].busy)
            ioctl(fd, USBDEVFS_DISCARDURB, &slots[i].u);
    for (int tries = 0; tries < 200; tries++) {
        reap_all_ready();
        int busy = 0;
        for (int i = 0; i < SLOTS; i++)
            busy += slots[i].busy;
        if (!busy)
            break;
        usleep(10000);
    }
    int still = 0;
    for (int i = 0; i < SLOTS; i++)
        still += slots[i].busy;
    printf("SUBMITTED %ld REJECTED %ld REAPED %ld EIO %ld\n", submitted, rejected, reaped, eio);
    /* the device still works, once put back in order (the fuzzing may have unconfigured it, halted
       endpoints, or asked the loopback to stall or babble its next transfers) */
    for (unsigned int i = 0; i < 2; i++)
        ioctl(fd, USBDEVFS_RELEASEINTERFACE, &i);
    unsigned int n = 1;
    ioctl(fd, USBDEVFS_SETCONFIGURATION, &n);
    unsigned char b[18];
    struct usbdevfs_ctrltransfer ct = {.bRequestType = 0x80, .bRequest = 6, .wValue = 0x0100, .wLength = 18,
                                       .timeout = 1000, .data = b};
    int r = ioctl(fd, USBDEVFS_CONTROL, &ct);
    struct usbdevfs_bulktransfer bt = {.ep = 0x82, .len = 18, .timeout = 1000, .data = b};
    int r2 = -1;
    for (int tries = 0; tries < 3 && r2 != 18; tries++) {
        n = 0x82;
        ioctl(fd, USBDEVFS_CLEAR_HALT, &n);
        r2 = ioctl(fd, USBDEVFS_BULK, &bt);
    }
    if (eio || still || r != 18 || r2 != 18) {
        printf("FAIL fuzz: %ld EIO answers, %d URBs never came back, GET_DESCRIPTOR %d, bulk %d\n", eio, still, r, r2);
        return 1;
    }
    printf("PASS fuzz\n");
    return 0;
}
