/* The C anchor of the codec benchmark: C usbredirparser decoding the same stream as the JMH suite.
 *
 *   usbredir_decode_bench host|guest CAPS STREAM_FILE SECONDS
 *
 * STREAM_FILE starts with the sender's hello; the rest is decoded over and over by one parser (the
 * hello is processed once, as in a live session) for about SECONDS, timed with
 * clock_gettime(CLOCK_MONOTONIC). Prints: iterations, packets per iteration, bytes per iteration,
 * nanoseconds per iteration. Callbacks free the data, as a real consumer would. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <usbredirparser.h>

static const uint8_t *input;
static size_t input_len, input_pos;
static long packets;

static int read_cb(void *priv, uint8_t *data, int count)
{
    size_t left = input_len - input_pos;
    if ((size_t)count > left)
        count = (int)left;
    memcpy(data, input + input_pos, count);
    input_pos += count;
    return count;
}

static int write_cb(void *priv, uint8_t *data, int count) { return count; }
static void log_cb(void *priv, int level, const char *msg) { if (level <= usbredirparser_error) fprintf(stderr, "%s\n", msg); }

static struct usbredirparser *parser;

#define NO_ID(name, ...) static void name(void *priv, ##__VA_ARGS__) { packets++; }
NO_ID(device_connect_cb, struct usb_redir_device_connect_header *h)
NO_ID(device_disconnect_cb)
NO_ID(reset_cb)
NO_ID(interface_info_cb, struct usb_redir_interface_info_header *h)
NO_ID(ep_info_cb, struct usb_redir_ep_info_header *h)
NO_ID(set_configuration_cb, uint64_t id, struct usb_redir_set_configuration_header *h)
NO_ID(get_configuration_cb, uint64_t id)
NO_ID(configuration_status_cb, uint64_t id, struct usb_redir_configuration_status_header *h)
NO_ID(set_alt_setting_cb, uint64_t id, struct usb_redir_set_alt_setting_header *h)
NO_ID(get_alt_setting_cb, uint64_t id, struct usb_redir_get_alt_setting_header *h)
NO_ID(alt_setting_status_cb, uint64_t id, struct usb_redir_alt_setting_status_header *h)
NO_ID(start_iso_stream_cb, uint64_t id, struct usb_redir_start_iso_stream_header *h)
NO_ID(stop_iso_stream_cb, uint64_t id, struct usb_redir_stop_iso_stream_header *h)
NO_ID(iso_stream_status_cb, uint64_t id, struct usb_redir_iso_stream_status_header *h)
NO_ID(start_interrupt_receiving_cb, uint64_t id, struct usb_redir_start_interrupt_receiving_header *h)
NO_ID(stop_interrupt_receiving_cb, uint64_t id, struct usb_redir_stop_interrupt_receiving_header *h)
NO_ID(interrupt_receiving_status_cb, uint64_t id, struct usb_redir_interrupt_receiving_status_header *h)
NO_ID(alloc_bulk_streams_cb, uint64_t id, struct usb_redir_alloc_bulk_streams_header *h)
NO_ID(free_bulk_streams_cb, uint64_t id, struct usb_redir_free_bulk_streams_header *h)
NO_ID(bulk_streams_status_cb, uint64_t id, struct usb_redir_bulk_streams_status_header *h)
NO_ID(cancel_data_packet_cb, uint64_t id)
NO_ID(filter_reject_cb)
NO_ID(device_disconnect_ack_cb)
NO_ID(start_bulk_receiving_cb, uint64_t id, struct usb_redir_start_bulk_receiving_header *h)
NO_ID(stop_bulk_receiving_cb, uint64_t id, struct usb_redir_stop_bulk_receiving_header *h)
NO_ID(bulk_receiving_status_cb, uint64_t id, struct usb_redir_bulk_receiving_status_header *h)

static void filter_filter_cb(void *priv, struct usbredirfilter_rule *rules, int count) { packets++; free(rules); }

#define DATA(name, type) \
    static void name(void *priv, uint64_t id, struct type *h, uint8_t *data, int len) \
    { packets++; usbredirparser_free_packet_data(parser, data); }
DATA(control_packet_cb, usb_redir_control_packet_header)
DATA(bulk_packet_cb, usb_redir_bulk_packet_header)
DATA(iso_packet_cb, usb_redir_iso_packet_header)
DATA(interrupt_packet_cb, usb_redir_interrupt_packet_header)
DATA(buffered_bulk_packet_cb, usb_redir_buffered_bulk_packet_header)

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void decode_all(void)
{
    while (input_pos < input_len) {
        int r = usbredirparser_do_read(parser);
        if (r < 0) {
            fprintf(stderr, "parse error %d at %zu\n", r, input_pos);
            exit(1);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s host|guest CAPS STREAM_FILE SECONDS\n", argv[0]);
        return 2;
    }
    int host = strcmp(argv[1], "host") == 0;
    uint32_t caps[USB_REDIR_CAPS_SIZE] = { (uint32_t)strtoul(argv[2], NULL, 0) };
    double seconds = atof(argv[4]);
    FILE *f = fopen(argv[3], "rb");
    if (!f) { perror(argv[3]); return 1; }
    static uint8_t buf[64 << 20];
    size_t total = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    input = buf;

    parser = usbredirparser_create();
    parser->priv = NULL;
    parser->log_func = log_cb; parser->read_func = read_cb; parser->write_func = write_cb;
    parser->device_connect_func = device_connect_cb; parser->device_disconnect_func = device_disconnect_cb;
    parser->reset_func = reset_cb; parser->interface_info_func = interface_info_cb; parser->ep_info_func = ep_info_cb;
    parser->set_configuration_func = set_configuration_cb; parser->get_configuration_func = get_configuration_cb;
    parser->configuration_status_func = configuration_status_cb; parser->set_alt_setting_func = set_alt_setting_cb;
    parser->get_alt_setting_func = get_alt_setting_cb; parser->alt_setting_status_func = alt_setting_status_cb;
    parser->start_iso_stream_func = start_iso_stream_cb; parser->stop_iso_stream_func = stop_iso_stream_cb;
    parser->iso_stream_status_func = iso_stream_status_cb;
    parser->start_interrupt_receiving_func = start_interrupt_receiving_cb;
    parser->stop_interrupt_receiving_func = stop_interrupt_receiving_cb;
    parser->interrupt_receiving_status_func = interrupt_receiving_status_cb;
    parser->alloc_bulk_streams_func = alloc_bulk_streams_cb; parser->free_bulk_streams_func = free_bulk_streams_cb;
    parser->bulk_streams_status_func = bulk_streams_status_cb; parser->cancel_data_packet_func = cancel_data_packet_cb;
    parser->filter_reject_func = filter_reject_cb; parser->filter_filter_func = filter_filter_cb;
    parser->device_disconnect_ack_func = device_disconnect_ack_cb;
    parser->start_bulk_receiving_func = start_bulk_receiving_cb; parser->stop_bulk_receiving_func = stop_bulk_receiving_cb;
    parser->bulk_receiving_status_func = bulk_receiving_status_cb;
    parser->control_packet_func = control_packet_cb; parser->bulk_packet_func = bulk_packet_cb;
    parser->iso_packet_func = iso_packet_cb; parser->interrupt_packet_func = interrupt_packet_cb;
    parser->buffered_bulk_packet_func = buffered_bulk_packet_cb;
    usbredirparser_init(parser, "bench", caps, USB_REDIR_CAPS_SIZE,
                        (host ? usbredirparser_fl_usb_host : 0) | usbredirparser_fl_no_hello);

    /* The hello: header (12) + type header (64) + its caps words. */
    size_t hello_len = 12 + *(uint32_t *)(buf + 4);
    input_len = hello_len;
    decode_all();
    size_t body_len = total - hello_len;
    input = buf + hello_len;
    input_len = body_len;

    long per_iteration;
    input_pos = 0; packets = 0; decode_all(); per_iteration = packets;   /* warm-up and count */
    double warm_end = now_ns() + seconds * 0.3e9;
    while (now_ns() < warm_end) { input_pos = 0; decode_all(); }

    long iterations = 0;
    double start = now_ns(), end = start + seconds * 1e9, t;
    do {
        input_pos = 0;
        decode_all();
        iterations++;
    } while ((t = now_ns()) < end);
    printf("iterations %ld\npackets %ld\nbytes %zu\nns_per_iteration %.1f\n",
           iterations, per_iteration, body_len, (t - start) / iterations);
    usbredirparser_destroy(parser);
    return 0;
}
