/*
 * usbredir_harness: drives the real C libusbredirparser (0.13) for the Java interop tests
 * (CInterop*Test, CDifferencesTest); the benchmark has its own C anchor in benchmarks/. It never reimplements parsing: every
 * packet, error and blob below comes from the library; the harness only prints what it hands over.
 *
 * Usage
 *   usbredir_harness script < SCRIPT             run a script (below); the tests batch many cases
 *   usbredir_harness decode host|guest CAPS [CHUNK] < STREAM
 *                                                parse a binary stream as the given receiving role
 *
 * Script: one command per line, tokens separated by single spaces, numbers in C notation (strtoull
 * base 0), byte strings in hex ("-" = empty). Every command's output is JSON lines.
 *   session role=host|guest caps=N [hello=VERSIONHEX] [blob=HEX] [chunk=N] [seed=N]
 *       new parser (usbredirparser_fl_no_hello unless hello= is given). blob= unserializes into it
 *       and prints {"unserialize":R}. chunk= caps each read callback (default 65536); seed= makes
 *       every read a pseudo-random size in 1..chunk.
 *   feed HEX            hand the bytes to usbredirparser_do_read, calling it again after every -2
 *   peerhello CAPS      feed a peer hello (version "peer", one caps word) without printing it
 *   send TYPE ID FIELDS... [DATAHEX]
 *       call usbredirparser_send_TYPE. FIELDS are the C type-header struct fields in struct order,
 *       arrays as 32 values; data packets end with DATAHEX. filter_filter: ID COUNT then COUNT
 *       times "class vendor product version allow". device_disconnect_ack has no send function:
 *       it feeds the parser a device_disconnect, whose ack the parser queues by itself.
 *   flush [MAX]         usbredirparser_do_write (at most MAX bytes): {"wrote":"HEX"}
 *   state               {"state":{"have_peer_caps":0|1,"our_caps":N,"peer_caps":N,
 *                                  "pending_packets":N,"pending_bytes":N}}
 *   serialize           {"blob":"HEX"} (or {"serialize":R} on failure)
 *   end                 destroy the parser, print "."
 *
 * Events printed by feed, one line each, in exactly the format of the Java PacketFormat.json:
 *   {"type":"<C name>","id":N,<type-header fields on the wire, C names, struct order>,"data":"HEX"}
 *   hello: "version" and "caps" (u32 words); filter_filter: "rules":[[class,vendor,product,version,allow],...]
 *   {"error":"<C log message>","offset":N} for a packet do_read rejected (-2), for a second hello and
 *   for a filter_filter whose string does not parse (the two cases C only logs).
 * "offset" is the stream offset of the packet's first byte. The C callbacks of some types carry no
 * id; for those the id is read from the packet's main header in the stream the harness fed (the
 * harness knows where each packet starts because the parser reads exactly one packet's bytes before
 * calling back); for every other type the id comes from the callback and is checked against the
 * stream, so a harness out of step with the parser shows up as {"harness_error":...}.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <usbredirfilter.h>
#include <usbredirparser.h>

/* ------------------------------------------------------------------ type-header descriptions */

/* One field of a packed type-header struct: name (the C field name), element size, element count
 * (1 for scalars, 32 for the arrays of interface_info and ep_info). */
struct field {
    const char *name;
    int size;
    int count;
};

struct ptype {
    int code;
    const char *name;
    const struct field *fields; /* NULL-terminated, in struct order */
    int data;                   /* 1 for data packets (types 100-104) */
};

#define F(n, s) { n, s, 1 }
#define A(n, s) { n, s, 32 }
#define END { NULL, 0, 0 }

static const struct field f_none[] = { END };
static const struct field f_device_connect[] = { F("speed", 1), F("device_class", 1), F("device_subclass", 1),
    F("device_protocol", 1), F("vendor_id", 2), F("product_id", 2), F("device_version_bcd", 2), END };
static const struct field f_interface_info[] = { F("interface_count", 4), A("interface", 1),
    A("interface_class", 1), A("interface_subclass", 1), A("interface_protocol", 1), END };
static const struct field f_ep_info[] = { A("type", 1), A("interval", 1), A("interface", 1),
    A("max_packet_size", 2), A("max_streams", 4), END };
static const struct field f_set_configuration[] = { F("configuration", 1), END };
static const struct field f_configuration_status[] = { F("status", 1), F("configuration", 1), END };
static const struct field f_set_alt_setting[] = { F("interface", 1), F("alt", 1), END };
static const struct field f_get_alt_setting[] = { F("interface", 1), END };
static const struct field f_alt_setting_status[] = { F("status", 1), F("interface", 1), F("alt", 1), END };
static const struct field f_start_iso_stream[] = { F("endpoint", 1), F("pkts_per_urb", 1), F("no_urbs", 1), END };
static const struct field f_endpoint[] = { F("endpoint", 1), END };
static const struct field f_status_endpoint[] = { F("status", 1), F("endpoint", 1), END };
static const struct field f_alloc_bulk_streams[] = { F("endpoints", 4), F("no_streams", 4), END };
static const struct field f_free_bulk_streams[] = { F("endpoints", 4), END };
static const struct field f_bulk_streams_status[] = { F("endpoints", 4), F("no_streams", 4), F("status", 1), END };
static const struct field f_start_bulk_receiving[] = { F("stream_id", 4), F("bytes_per_transfer", 4),
    F("endpoint", 1), F("no_transfers", 1), END };
static const struct field f_stop_bulk_receiving[] = { F("stream_id", 4), F("endpoint", 1), END };
static const struct field f_bulk_receiving_status[] = { F("stream_id", 4), F("endpoint", 1), F("status", 1), END };
static const struct field f_control_packet[] = { F("endpoint", 1), F("request", 1), F("requesttype", 1),
    F("status", 1), F("value", 2), F("index", 2), F("length", 2), END };
static const struct field f_bulk_packet[] = { F("endpoint", 1), F("status", 1), F("length", 2),
    F("stream_id", 4), F("length_high", 2), END };
static const struct field f_short_data[] = { F("endpoint", 1), F("status", 1), F("length", 2), END };
static const struct field f_buffered_bulk_packet[] = { F("stream_id", 4), F("length", 4), F("endpoint", 1),
    F("status", 1), END };

static const struct ptype ptypes[] = {
    { usb_redir_hello, "hello", f_none, 0 },
    { usb_redir_device_connect, "device_connect", f_device_connect, 0 },
    { usb_redir_device_disconnect, "device_disconnect", f_none, 0 },
    { usb_redir_reset, "reset", f_none, 0 },
    { usb_redir_interface_info, "interface_info", f_interface_info, 0 },
    { usb_redir_ep_info, "ep_info", f_ep_info, 0 },
    { usb_redir_set_configuration, "set_configuration", f_set_configuration, 0 },
    { usb_redir_get_configuration, "get_configuration", f_none, 0 },
    { usb_redir_configuration_status, "configuration_status", f_configuration_status, 0 },
    { usb_redir_set_alt_setting, "set_alt_setting", f_set_alt_setting, 0 },
    { usb_redir_get_alt_setting, "get_alt_setting", f_get_alt_setting, 0 },
    { usb_redir_alt_setting_status, "alt_setting_status", f_alt_setting_status, 0 },
    { usb_redir_start_iso_stream, "start_iso_stream", f_start_iso_stream, 0 },
    { usb_redir_stop_iso_stream, "stop_iso_stream", f_endpoint, 0 },
    { usb_redir_iso_stream_status, "iso_stream_status", f_status_endpoint, 0 },
    { usb_redir_start_interrupt_receiving, "start_interrupt_receiving", f_endpoint, 0 },
    { usb_redir_stop_interrupt_receiving, "stop_interrupt_receiving", f_endpoint, 0 },
    { usb_redir_interrupt_receiving_status, "interrupt_receiving_status", f_status_endpoint, 0 },
    { usb_redir_alloc_bulk_streams, "alloc_bulk_streams", f_alloc_bulk_streams, 0 },
    { usb_redir_free_bulk_streams, "free_bulk_streams", f_free_bulk_streams, 0 },
    { usb_redir_bulk_streams_status, "bulk_streams_status", f_bulk_streams_status, 0 },
    { usb_redir_cancel_data_packet, "cancel_data_packet", f_none, 0 },
    { usb_redir_filter_reject, "filter_reject", f_none, 0 },
    { usb_redir_filter_filter, "filter_filter", f_none, 0 },
    { usb_redir_device_disconnect_ack, "device_disconnect_ack", f_none, 0 },
    { usb_redir_start_bulk_receiving, "start_bulk_receiving", f_start_bulk_receiving, 0 },
    { usb_redir_stop_bulk_receiving, "stop_bulk_receiving", f_stop_bulk_receiving, 0 },
    { usb_redir_bulk_receiving_status, "bulk_receiving_status", f_bulk_receiving_status, 0 },
    { usb_redir_control_packet, "control_packet", f_control_packet, 1 },
    { usb_redir_bulk_packet, "bulk_packet", f_bulk_packet, 1 },
    { usb_redir_iso_packet, "iso_packet", f_short_data, 1 },
    { usb_redir_interrupt_packet, "interrupt_packet", f_short_data, 1 },
    { usb_redir_buffered_bulk_packet, "buffered_bulk_packet", f_buffered_bulk_packet, 1 },
};
#define NTYPES ((int)(sizeof(ptypes) / sizeof(ptypes[0])))

static const struct ptype *ptype_by_code(int code)
{
    for (int i = 0; i < NTYPES; i++)
        if (ptypes[i].code == code)
            return &ptypes[i];
    return NULL;
}

static const struct ptype *ptype_by_name(const char *name)
{
    for (int i = 0; i < NTYPES; i++)
        if (strcmp(ptypes[i].name, name) == 0)
            return &ptypes[i];
    return NULL;
}

/* ------------------------------------------------------------------------------ utilities */

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "usbredir_harness: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

struct bytes {
    uint8_t *b;
    size_t len, cap;
};

static void bytes_append(struct bytes *d, const void *src, size_t n)
{
    if (d->len + n > d->cap) {
        d->cap = (d->len + n) * 2 + 64;
        d->b = xrealloc(d->b, d->cap);
    }
    memcpy(d->b + d->len, src, n);
    d->len += n;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Appends the bytes of a hex string ("-" = none). */
static void parse_hex(struct bytes *out, const char *hex)
{
    if (strcmp(hex, "-") == 0)
        return;
    size_t n = strlen(hex);
    if (n % 2)
        die("odd hex length: %s", hex);
    for (size_t i = 0; i < n; i += 2) {
        int hi = hexval(hex[i]), lo = hexval(hex[i + 1]);
        if (hi < 0 || lo < 0)
            die("bad hex: %s", hex);
        uint8_t b = (uint8_t)(hi << 4 | lo);
        bytes_append(out, &b, 1);
    }
}

static uint64_t number(const char *s)
{
    char *end;
    errno = 0;
    uint64_t v = strtoull(s, &end, 0);
    if (*s == '\0' || *end != '\0' || errno)
        die("bad number: %s", s);
    return v;
}

static void print_hex(const uint8_t *b, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        putchar(digits[b[i] >> 4]);
        putchar(digits[b[i] & 15]);
    }
}

/* A JSON string exactly as PacketFormat.jsonString: one char per byte, \" and \\ escaped, bytes
 * outside printable ASCII as \u00XX. */
static void print_json_string(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"')
            fputs("\\\"", stdout);
        else if (c == '\\')
            fputs("\\\\", stdout);
        else if (c < 0x20 || c >= 0x7f)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static uint64_t get_le(const uint8_t *p, int size)
{
    uint64_t v = 0;
    for (int i = size - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void put_le(uint8_t *p, int size, uint64_t v)
{
    for (int i = 0; i < size; i++) {
        p[i] = (uint8_t)v;
        v >>= 8;
    }
}

/* ------------------------------------------------------------------------------ the session */

struct session {
    struct usbredirparser *parser;
    int host;
    /* Everything ever fed, preceded by a restored partial packet; pos = bytes the parser has read. */
    struct bytes stream;
    size_t pos;
    /* Offset of the first byte of the packet the parser is reading (may be past pos after a skip). */
    uint64_t pkt_start;
    int chunk;
    uint64_t seed;
    int quiet;            /* feeding a packet of the harness's own (peerhello, disconnect) */
    char last_error[512]; /* last message logged at level error, for the -2 event */
    /* do_write capture */
    struct bytes wrote;
    long write_budget;    /* bytes the write callback still accepts; < 0 = unlimited */
};

static struct session *S;

static int header_len(void)
{
    return usbredirparser_have_cap(S->parser, usb_redir_cap_64bits_ids) &&
           usbredirparser_peer_has_cap(S->parser, usb_redir_cap_64bits_ids) ? 16 : 12;
}

static int negotiated(int cap)
{
    return usbredirparser_have_cap(S->parser, cap) && usbredirparser_peer_has_cap(S->parser, cap);
}

/* The type-header length this parser reads for a received type, by the rules of C
 * usbredirparser_get_type_header_len (only the cap-dependent sizes differ from the struct size). */
static int received_type_header_len(int code)
{
    switch (code) {
    case usb_redir_hello:
        return 64;
    case usb_redir_device_connect:
        return negotiated(usb_redir_cap_connect_device_version) ? 10 : 8;
    case usb_redir_ep_info:
        return negotiated(usb_redir_cap_bulk_streams) ? 288
            : negotiated(usb_redir_cap_ep_info_max_packet_size) ? 160 : 96;
    case usb_redir_bulk_packet:
        return negotiated(usb_redir_cap_32bits_bulk_length) ? 10 : 8;
    default: {
        int n = 0;
        for (const struct field *f = ptype_by_code(code)->fields; f->name; f++)
            n += f->size * f->count;
        return n;
    }
    }
}

/* The id in the main header of the packet that starts at pkt_start and ends at pos, as the
 * harness fed it; -1 if that packet is not (wholly) in the stream the harness knows. */
static int stream_id(uint64_t *id)
{
    if (S->pkt_start > S->pos || S->pkt_start + 8 > S->pos)
        return -1;
    const uint8_t *h = S->stream.b + S->pkt_start;
    uint64_t length = get_le(h + 4, 4);
    uint64_t hdr = S->pos - S->pkt_start - length;
    if (S->pos - S->pkt_start < length || (hdr != 12 && hdr != 16))
        return -1;
    *id = get_le(h + 8, (int)hdr - 8);
    return 0;
}

static void event_error(const char *message)
{
    printf("{\"error\":");
    print_json_string(message, strlen(message));
    printf(",\"offset\":%" PRIu64 "}\n", S->pkt_start);
}

/* Opens the JSON object of a received packet and prints its id. has_id: the callback gave one. */
static void event_begin(int code, int has_id, uint64_t id)
{
    uint64_t from_stream;
    int known = stream_id(&from_stream) == 0;
    if (has_id && known && from_stream != id)
        printf("{\"harness_error\":\"callback id %" PRIu64 " but the stream has %" PRIu64 " at offset %"
               PRIu64 "\"}\n", id, from_stream, S->pkt_start);
    printf("{\"type\":\"%s\",\"id\":", ptype_by_code(code)->name);
    if (has_id)
        printf("%" PRIu64, id);
    else if (known)
        printf("%" PRIu64, from_stream);
    else
        printf("null");
}

/* Prints the fields of a received type header that are on the wire. */
static void event_fields(int code, const void *header)
{
    const uint8_t *p = header;
    int len = received_type_header_len(code), off = 0;
    for (const struct field *f = ptype_by_code(code)->fields; f->name; f++) {
        int bytes = f->size * f->count;
        if (off + bytes > len)
            break;
        printf(",\"%s\":", f->name);
        if (f->count > 1)
            putchar('[');
        for (int i = 0; i < f->count; i++)
            printf(i ? ",%" PRIu64 : "%" PRIu64, get_le(p + off + i * f->size, f->size));
        if (f->count > 1)
            putchar(']');
        off += bytes;
    }
}

static void event_end(void)
{
    printf("}\n");
    S->pkt_start = S->pos;
}

static void on_packet(int code, int has_id, uint64_t id, const void *header)
{
    if (S->quiet) {
        S->pkt_start = S->pos;
        return;
    }
    event_begin(code, has_id, id);
    event_fields(code, header);
    event_end();
}

static void on_data_packet(int code, uint64_t id, const void *header, uint8_t *data, int data_len)
{
    if (!S->quiet) {
        event_begin(code, 1, id);
        event_fields(code, header);
        printf(",\"data\":\"");
        print_hex(data, (size_t)data_len);
        putchar('"');
        event_end();
    } else {
        S->pkt_start = S->pos;
    }
    usbredirparser_free_packet_data(S->parser, data);
}

/* ------------------------------------------------------------------------------ callbacks */

static void cb_log(void *priv, int level, const char *msg)
{
    if (getenv("HARNESS_LOG"))
        fprintf(stderr, "[%d] %s\n", level, msg);
    if (level != usbredirparser_error)
        return;
    snprintf(S->last_error, sizeof(S->last_error), "%s", msg);
    /* The two rejections C only logs: report them like the -2 ones, so event streams line up. The
     * packet has been read completely when they are logged. */
    if (strstr(msg, "second hello") || strstr(msg, "error parsing filter")) {
        if (!S->quiet)
            event_error(msg);
        S->pkt_start = S->pos;
    }
}

static int cb_read(void *priv, uint8_t *data, int count)
{
    size_t left = S->stream.len - S->pos;
    size_t n = (size_t)count;
    size_t limit = (size_t)S->chunk;
    if (S->seed) {
        S->seed ^= S->seed << 13;
        S->seed ^= S->seed >> 7;
        S->seed ^= S->seed << 17;
        limit = 1 + S->seed % (uint64_t)S->chunk;
    }
    if (n > limit)
        n = limit;
    if (n > left)
        n = left;
    memcpy(data, S->stream.b + S->pos, n);
    S->pos += n;
    return (int)n;
}

static int cb_write(void *priv, uint8_t *data, int count)
{
    int n = count;
    if (S->write_budget >= 0 && n > S->write_budget)
        n = (int)S->write_budget;
    if (S->write_budget >= 0)
        S->write_budget -= n;
    bytes_append(&S->wrote, data, (size_t)n);
    return n;
}

static void cb_hello(void *priv, struct usb_redir_hello_header *h)
{
    if (S->quiet) {
        S->pkt_start = S->pos;
        return;
    }
    event_begin(usb_redir_hello, 0, 0);
    printf(",\"version\":");
    print_json_string(h->version, strnlen(h->version, sizeof(h->version)));
    /* The callback does not pass the caps words: print the ones fed (a hello is always read with the
     * 12-byte header, its data follows the 64-byte version field). */
    printf(",\"caps\":[");
    if (S->pkt_start > S->pos || S->pos - S->pkt_start < 12 + 64) {
        printf("]}\n{\"harness_error\":\"hello callback without its packet in the stream\"}\n");
        S->pkt_start = S->pos;
        return;
    }
    const uint8_t *data = S->stream.b + S->pkt_start + 12 + 64;
    uint64_t data_len = S->pos - (S->pkt_start + 12 + 64);
    for (uint64_t i = 0; i + 4 <= data_len; i += 4)
        printf(i ? ",%" PRIu64 : "%" PRIu64, get_le(data + i, 4));
    putchar(']');
    event_end();
}

static void cb_device_connect(void *priv, struct usb_redir_device_connect_header *h)
{ on_packet(usb_redir_device_connect, 0, 0, h); }
static void cb_device_disconnect(void *priv)
{ on_packet(usb_redir_device_disconnect, 0, 0, NULL); }
static void cb_reset(void *priv)
{ on_packet(usb_redir_reset, 0, 0, NULL); }
static void cb_interface_info(void *priv, struct usb_redir_interface_info_header *h)
{ on_packet(usb_redir_interface_info, 0, 0, h); }
static void cb_ep_info(void *priv, struct usb_redir_ep_info_header *h)
{ on_packet(usb_redir_ep_info, 0, 0, h); }
static void cb_set_configuration(void *priv, uint64_t id, struct usb_redir_set_configuration_header *h)
{ on_packet(usb_redir_set_configuration, 1, id, h); }
static void cb_get_configuration(void *priv, uint64_t id)
{ on_packet(usb_redir_get_configuration, 1, id, NULL); }
static void cb_configuration_status(void *priv, uint64_t id, struct usb_redir_configuration_status_header *h)
{ on_packet(usb_redir_configuration_status, 1, id, h); }
static void cb_set_alt_setting(void *priv, uint64_t id, struct usb_redir_set_alt_setting_header *h)
{ on_packet(usb_redir_set_alt_setting, 1, id, h); }
static void cb_get_alt_setting(void *priv, uint64_t id, struct usb_redir_get_alt_setting_header *h)
{ on_packet(usb_redir_get_alt_setting, 1, id, h); }
static void cb_alt_setting_status(void *priv, uint64_t id, struct usb_redir_alt_setting_status_header *h)
{ on_packet(usb_redir_alt_setting_status, 1, id, h); }
static void cb_start_iso_stream(void *priv, uint64_t id, struct usb_redir_start_iso_stream_header *h)
{ on_packet(usb_redir_start_iso_stream, 1, id, h); }
static void cb_stop_iso_stream(void *priv, uint64_t id, struct usb_redir_stop_iso_stream_header *h)
{ on_packet(usb_redir_stop_iso_stream, 1, id, h); }
static void cb_iso_stream_status(void *priv, uint64_t id, struct usb_redir_iso_stream_status_header *h)
{ on_packet(usb_redir_iso_stream_status, 1, id, h); }
static void cb_start_interrupt_receiving(void *priv, uint64_t id,
                                         struct usb_redir_start_interrupt_receiving_header *h)
{ on_packet(usb_redir_start_interrupt_receiving, 1, id, h); }
static void cb_stop_interrupt_receiving(void *priv, uint64_t id,
                                        struct usb_redir_stop_interrupt_receiving_header *h)
{ on_packet(usb_redir_stop_interrupt_receiving, 1, id, h); }
static void cb_interrupt_receiving_status(void *priv, uint64_t id,
                                          struct usb_redir_interrupt_receiving_status_header *h)
{ on_packet(usb_redir_interrupt_receiving_status, 1, id, h); }
static void cb_alloc_bulk_streams(void *priv, uint64_t id, struct usb_redir_alloc_bulk_streams_header *h)
{ on_packet(usb_redir_alloc_bulk_streams, 1, id, h); }
static void cb_free_bulk_streams(void *priv, uint64_t id, struct usb_redir_free_bulk_streams_header *h)
{ on_packet(usb_redir_free_bulk_streams, 1, id, h); }
static void cb_bulk_streams_status(void *priv, uint64_t id, struct usb_redir_bulk_streams_status_header *h)
{ on_packet(usb_redir_bulk_streams_status, 1, id, h); }
static void cb_cancel_data_packet(void *priv, uint64_t id)
{ on_packet(usb_redir_cancel_data_packet, 1, id, NULL); }
static void cb_filter_reject(void *priv)
{ on_packet(usb_redir_filter_reject, 0, 0, NULL); }
static void cb_device_disconnect_ack(void *priv)
{ on_packet(usb_redir_device_disconnect_ack, 0, 0, NULL); }
static void cb_start_bulk_receiving(void *priv, uint64_t id, struct usb_redir_start_bulk_receiving_header *h)
{ on_packet(usb_redir_start_bulk_receiving, 1, id, h); }
static void cb_stop_bulk_receiving(void *priv, uint64_t id, struct usb_redir_stop_bulk_receiving_header *h)
{ on_packet(usb_redir_stop_bulk_receiving, 1, id, h); }
static void cb_bulk_receiving_status(void *priv, uint64_t id, struct usb_redir_bulk_receiving_status_header *h)
{ on_packet(usb_redir_bulk_receiving_status, 1, id, h); }

static void cb_filter_filter(void *priv, struct usbredirfilter_rule *rules, int count)
{
    if (!S->quiet) {
        event_begin(usb_redir_filter_filter, 0, 0);
        printf(",\"rules\":[");
        for (int i = 0; i < count; i++)
            printf("%s[%d,%d,%d,%d,%d]", i ? "," : "", rules[i].device_class, rules[i].vendor_id,
                   rules[i].product_id, rules[i].device_version_bcd, rules[i].allow ? 1 : 0);
        putchar(']');
        event_end();
    } else {
        S->pkt_start = S->pos;
    }
    usbredirfilter_free(rules);
}

static void cb_control_packet(void *priv, uint64_t id, struct usb_redir_control_packet_header *h,
                              uint8_t *data, int len)
{ on_data_packet(usb_redir_control_packet, id, h, data, len); }
static void cb_bulk_packet(void *priv, uint64_t id, struct usb_redir_bulk_packet_header *h,
                           uint8_t *data, int len)
{ on_data_packet(usb_redir_bulk_packet, id, h, data, len); }
static void cb_iso_packet(void *priv, uint64_t id, struct usb_redir_iso_packet_header *h,
                          uint8_t *data, int len)
{ on_data_packet(usb_redir_iso_packet, id, h, data, len); }
static void cb_interrupt_packet(void *priv, uint64_t id, struct usb_redir_interrupt_packet_header *h,
                                uint8_t *data, int len)
{ on_data_packet(usb_redir_interrupt_packet, id, h, data, len); }
static void cb_buffered_bulk_packet(void *priv, uint64_t id, struct usb_redir_buffered_bulk_packet_header *h,
                                    uint8_t *data, int len)
{ on_data_packet(usb_redir_buffered_bulk_packet, id, h, data, len); }

/* ------------------------------------------------------------------------------ commands */

static uint32_t our_caps_word(void)
{
    uint32_t w = 0;
    for (int i = 0; i < 32; i++)
        if (usbredirparser_have_cap(S->parser, i))
            w |= 1u << i;
    return w;
}

static uint32_t peer_caps_word(void)
{
    uint32_t w = 0;
    for (int i = 0; i < 32; i++)
        if (usbredirparser_peer_has_cap(S->parser, i))
            w |= 1u << i;
    return w;
}

static void session_open(int host, uint32_t caps, const char *version, const struct bytes *blob,
                         int chunk, uint64_t seed)
{
    S = calloc(1, sizeof(*S));
    S->host = host;
    S->chunk = chunk;
    S->seed = seed;
    S->write_budget = -1;
    struct usbredirparser *p = usbredirparser_create();
    if (!p)
        die("usbredirparser_create failed");
    S->parser = p;
    /* Every callback is set: C calls them without NULL checks (reference §7.3). */
    p->log_func = cb_log;
    p->read_func = cb_read;
    p->write_func = cb_write;
    p->hello_func = cb_hello;
    p->device_connect_func = cb_device_connect;
    p->device_disconnect_func = cb_device_disconnect;
    p->reset_func = cb_reset;
    p->interface_info_func = cb_interface_info;
    p->ep_info_func = cb_ep_info;
    p->set_configuration_func = cb_set_configuration;
    p->get_configuration_func = cb_get_configuration;
    p->configuration_status_func = cb_configuration_status;
    p->set_alt_setting_func = cb_set_alt_setting;
    p->get_alt_setting_func = cb_get_alt_setting;
    p->alt_setting_status_func = cb_alt_setting_status;
    p->start_iso_stream_func = cb_start_iso_stream;
    p->stop_iso_stream_func = cb_stop_iso_stream;
    p->iso_stream_status_func = cb_iso_stream_status;
    p->start_interrupt_receiving_func = cb_start_interrupt_receiving;
    p->stop_interrupt_receiving_func = cb_stop_interrupt_receiving;
    p->interrupt_receiving_status_func = cb_interrupt_receiving_status;
    p->alloc_bulk_streams_func = cb_alloc_bulk_streams;
    p->free_bulk_streams_func = cb_free_bulk_streams;
    p->bulk_streams_status_func = cb_bulk_streams_status;
    p->cancel_data_packet_func = cb_cancel_data_packet;
    p->filter_reject_func = cb_filter_reject;
    p->filter_filter_func = cb_filter_filter;
    p->device_disconnect_ack_func = cb_device_disconnect_ack;
    p->start_bulk_receiving_func = cb_start_bulk_receiving;
    p->stop_bulk_receiving_func = cb_stop_bulk_receiving;
    p->bulk_receiving_status_func = cb_bulk_receiving_status;
    p->control_packet_func = cb_control_packet;
    p->bulk_packet_func = cb_bulk_packet;
    p->iso_packet_func = cb_iso_packet;
    p->interrupt_packet_func = cb_interrupt_packet;
    p->buffered_bulk_packet_func = cb_buffered_bulk_packet;

    int flags = (host ? usbredirparser_fl_usb_host : 0) | (version ? 0 : usbredirparser_fl_no_hello);
    uint32_t caps_array[USB_REDIR_CAPS_SIZE] = { caps };
    usbredirparser_init(p, version ? version : "", caps_array, USB_REDIR_CAPS_SIZE, flags);

    if (blob) {
        int r = usbredirparser_unserialize(p, blob->b, (int)blob->len);
        printf("{\"unserialize\":%d}\n", r);
        /* Offsets continue from the restored partial packet, as in the Java parser: put its bytes
         * (header, type header, data: the three length-prefixed fields after to_skip) in front of
         * the stream so the packet's id can be read. Java's restore does the same. */
        if (r == 0 && blob->len >= 24) {
            size_t at = 8;
            for (int field = 0; field < 2; field++)  /* our_caps, peer_caps */
                at += 4 + get_le(blob->b + at, 4);
            int32_t skip = (int32_t)get_le(blob->b + at, 4);
            at += 4;
            for (int field = 0; field < 3; field++) {
                uint32_t n = (uint32_t)get_le(blob->b + at, 4);
                bytes_append(&S->stream, blob->b + at + 4, n);
                at += 4 + n;
            }
            S->pos = S->stream.len;
            S->pkt_start = skip > 0 ? (uint64_t)skip : 0;
        }
    }
}

static void session_close(void)
{
    usbredirparser_destroy(S->parser);
    free(S->stream.b);
    free(S->wrote.b);
    free(S);
    S = NULL;
}

/* Reads everything fed so far; after each -2 reports the rejected packet and calls again. */
static void session_read(void)
{
    for (;;) {
        int r = usbredirparser_do_read(S->parser);
        if (r != usbredirparser_read_parse_error) {
            if (r != 0)
                die("do_read returned %d", r);
            return;
        }
        if (!S->quiet)
            event_error(S->last_error);
        /* The packet is rejected either right after its main header (bad type or length: the
         * parser then skips header.length bytes, kept in an int, so a length >= 2^31 skips nothing)
         * or after all of it (verification): find where the next packet starts. */
        uint64_t consumed = S->pos - S->pkt_start;
        uint64_t next = S->pos;
        if (consumed == (uint64_t)header_len() && S->pkt_start + 8 <= S->stream.len) {
            int32_t skip = (int32_t)get_le(S->stream.b + S->pkt_start + 4, 4);
            if (skip > 0)
                next += (uint64_t)skip;
        }
        S->pkt_start = next;
    }
}

static void session_feed(const uint8_t *b, size_t n)
{
    bytes_append(&S->stream, b, n);
    session_read();
}

static void feed_own_packet(uint32_t type, const uint8_t *type_header, int th_len, const uint8_t *data,
                            int data_len)
{
    uint8_t h[16];
    int hl = header_len();
    put_le(h, 4, type);
    put_le(h + 4, 4, (uint64_t)(th_len + data_len));
    put_le(h + 8, 8, 0);
    S->quiet = 1;
    bytes_append(&S->stream, h, (size_t)hl);
    bytes_append(&S->stream, type_header, (size_t)th_len);
    bytes_append(&S->stream, data, (size_t)data_len);
    session_read();
    S->quiet = 0;
}

static void cmd_peerhello(uint32_t caps)
{
    uint8_t version[64] = "peer";
    uint8_t word[4];
    put_le(word, 4, caps);
    if (S->pos != S->stream.len)
        die("peerhello in the middle of a packet");
    feed_own_packet(usb_redir_hello, version, 64, word, 4);
}

/* Fills a packed type-header struct from the field tokens; returns the index of the next token. */
static int fill_header(const struct ptype *t, uint8_t *buf, char **tok, int ntok, int at)
{
    int off = 0;
    for (const struct field *f = t->fields; f->name; f++) {
        for (int i = 0; i < f->count; i++) {
            if (at >= ntok)
                die("%s: missing field %s", t->name, f->name);
            put_le(buf + off, f->size, number(tok[at++]));
            off += f->size;
        }
    }
    return at;
}

static void cmd_send(char **tok, int ntok)
{
    if (ntok < 3)
        die("send TYPE ID ...");
    const struct ptype *t = ptype_by_name(tok[1]);
    if (!t)
        die("unknown packet type %s", tok[1]);
    uint64_t id = number(tok[2]);
    uint8_t h[288] = { 0 };
    int at = fill_header(t, h, tok, ntok, 3);
    struct bytes data = { 0 };
    if (t->data) {
        if (at >= ntok)
            die("%s: missing data", t->name);
        parse_hex(&data, tok[at++]);
    }
    struct usbredirparser *p = S->parser;
    switch (t->code) {
    case usb_redir_device_connect: usbredirparser_send_device_connect(p, (void *)h); break;
    case usb_redir_device_disconnect: usbredirparser_send_device_disconnect(p); break;
    case usb_redir_reset: usbredirparser_send_reset(p); break;
    case usb_redir_interface_info: usbredirparser_send_interface_info(p, (void *)h); break;
    case usb_redir_ep_info: usbredirparser_send_ep_info(p, (void *)h); break;
    case usb_redir_set_configuration: usbredirparser_send_set_configuration(p, id, (void *)h); break;
    case usb_redir_get_configuration: usbredirparser_send_get_configuration(p, id); break;
    case usb_redir_configuration_status: usbredirparser_send_configuration_status(p, id, (void *)h); break;
    case usb_redir_set_alt_setting: usbredirparser_send_set_alt_setting(p, id, (void *)h); break;
    case usb_redir_get_alt_setting: usbredirparser_send_get_alt_setting(p, id, (void *)h); break;
    case usb_redir_alt_setting_status: usbredirparser_send_alt_setting_status(p, id, (void *)h); break;
    case usb_redir_start_iso_stream: usbredirparser_send_start_iso_stream(p, id, (void *)h); break;
    case usb_redir_stop_iso_stream: usbredirparser_send_stop_iso_stream(p, id, (void *)h); break;
    case usb_redir_iso_stream_status: usbredirparser_send_iso_stream_status(p, id, (void *)h); break;
    case usb_redir_start_interrupt_receiving:
        usbredirparser_send_start_interrupt_receiving(p, id, (void *)h); break;
    case usb_redir_stop_interrupt_receiving:
        usbredirparser_send_stop_interrupt_receiving(p, id, (void *)h); break;
    case usb_redir_interrupt_receiving_status:
        usbredirparser_send_interrupt_receiving_status(p, id, (void *)h); break;
    case usb_redir_alloc_bulk_streams: usbredirparser_send_alloc_bulk_streams(p, id, (void *)h); break;
    case usb_redir_free_bulk_streams: usbredirparser_send_free_bulk_streams(p, id, (void *)h); break;
    case usb_redir_bulk_streams_status: usbredirparser_send_bulk_streams_status(p, id, (void *)h); break;
    case usb_redir_cancel_data_packet: usbredirparser_send_cancel_data_packet(p, id); break;
    case usb_redir_filter_reject: usbredirparser_send_filter_reject(p); break;
    case usb_redir_filter_filter: {
        if (at >= ntok)
            die("filter_filter: missing rule count");
        int count = (int)number(tok[at++]);
        struct usbredirfilter_rule *rules = calloc((size_t)count + 1, sizeof(*rules));
        for (int i = 0; i < count; i++) {
            if (at + 5 > ntok)
                die("filter_filter: missing rule fields");
            rules[i].device_class = (int)strtol(tok[at++], NULL, 0);
            rules[i].vendor_id = (int)strtol(tok[at++], NULL, 0);
            rules[i].product_id = (int)strtol(tok[at++], NULL, 0);
            rules[i].device_version_bcd = (int)strtol(tok[at++], NULL, 0);
            rules[i].allow = (int)strtol(tok[at++], NULL, 0);
        }
        usbredirparser_send_filter_filter(p, rules, count);
        free(rules);
        break;
    }
    case usb_redir_device_disconnect_ack: {
        /* No send function: the parser queues the ack itself when it receives a device_disconnect. */
        feed_own_packet(usb_redir_device_disconnect, NULL, 0, NULL, 0);
        break;
    }
    case usb_redir_start_bulk_receiving: usbredirparser_send_start_bulk_receiving(p, id, (void *)h); break;
    case usb_redir_stop_bulk_receiving: usbredirparser_send_stop_bulk_receiving(p, id, (void *)h); break;
    case usb_redir_bulk_receiving_status: usbredirparser_send_bulk_receiving_status(p, id, (void *)h); break;
    case usb_redir_control_packet:
        usbredirparser_send_control_packet(p, id, (void *)h, data.b, (int)data.len); break;
    case usb_redir_bulk_packet:
        usbredirparser_send_bulk_packet(p, id, (void *)h, data.b, (int)data.len); break;
    case usb_redir_iso_packet:
        usbredirparser_send_iso_packet(p, id, (void *)h, data.b, (int)data.len); break;
    case usb_redir_interrupt_packet:
        usbredirparser_send_interrupt_packet(p, id, (void *)h, data.b, (int)data.len); break;
    case usb_redir_buffered_bulk_packet:
        usbredirparser_send_buffered_bulk_packet(p, id, (void *)h, data.b, (int)data.len); break;
    default:
        die("%s cannot be sent (the parser sends its hello at init)", t->name);
    }
    free(data.b);
}

static void cmd_flush(long max)
{
    S->wrote.len = 0;
    S->write_budget = max;
    if (usbredirparser_has_data_to_write(S->parser))
        usbredirparser_do_write(S->parser);
    S->write_budget = -1;
    printf("{\"wrote\":\"");
    print_hex(S->wrote.b, S->wrote.len);
    printf("\"}\n");
}

static void cmd_state(void)
{
    printf("{\"state\":{\"have_peer_caps\":%d,\"our_caps\":%" PRIu32 ",\"peer_caps\":%" PRIu32
           ",\"pending_packets\":%d,\"pending_bytes\":%" PRIu64 "}}\n",
           usbredirparser_have_peer_caps(S->parser), our_caps_word(), peer_caps_word(),
           usbredirparser_has_data_to_write(S->parser), usbredirparser_get_bufferered_output_size(S->parser));
}

static void cmd_serialize(void)
{
    uint8_t *state;
    int len;
    int r = usbredirparser_serialize(S->parser, &state, &len);
    if (r) {
        printf("{\"serialize\":%d}\n", r);
        return;
    }
    printf("{\"blob\":\"");
    print_hex(state, (size_t)len);
    printf("\"}\n");
    free(state);
}

static int parse_role(const char *s)
{
    if (strcmp(s, "host") == 0)
        return 1;
    if (strcmp(s, "guest") == 0)
        return 0;
    die("role must be host or guest: %s", s);
    return 0;
}

static void cmd_session(char **tok, int ntok)
{
    int host = -1, chunk = 65536;
    uint32_t caps = 0;
    uint64_t seed = 0;
    struct bytes version = { 0 }, blob = { 0 };
    int have_version = 0, have_blob = 0;
    for (int i = 1; i < ntok; i++) {
        char *eq = strchr(tok[i], '=');
        if (!eq)
            die("session: expected key=value: %s", tok[i]);
        *eq = '\0';
        const char *k = tok[i], *v = eq + 1;
        if (strcmp(k, "role") == 0)
            host = parse_role(v);
        else if (strcmp(k, "caps") == 0)
            caps = (uint32_t)number(v);
        else if (strcmp(k, "hello") == 0) {
            parse_hex(&version, v);
            bytes_append(&version, "", 1);
            have_version = 1;
        } else if (strcmp(k, "blob") == 0) {
            parse_hex(&blob, v);
            have_blob = 1;
        } else if (strcmp(k, "chunk") == 0)
            chunk = (int)number(v);
        else if (strcmp(k, "seed") == 0)
            seed = number(v);
        else
            die("session: unknown key %s", k);
    }
    if (host < 0)
        die("session: role= missing");
    if (chunk < 1 || chunk > 65536)
        die("session: chunk must be 1..65536");
    session_open(host, caps, have_version ? (char *)version.b : NULL, have_blob ? &blob : NULL, chunk, seed);
    free(version.b);
    free(blob.b);
}

static int split(char *line, char **tok, int max)
{
    int n = 0;
    char *save;
    for (char *t = strtok_r(line, " \t\r\n", &save); t; t = strtok_r(NULL, " \t\r\n", &save)) {
        if (n == max)
            die("too many tokens");
        tok[n++] = t;
    }
    return n;
}

static void run_script(FILE *in)
{
    static char *tok[512];
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, in) > 0) {
        int n = split(line, tok, 512);
        if (n == 0)
            continue;
        const char *cmd = tok[0];
        if (strcmp(cmd, "session") == 0) {
            if (S)
                die("session already open");
            cmd_session(tok, n);
            continue;
        }
        if (!S)
            die("%s outside a session", cmd);
        if (strcmp(cmd, "feed") == 0) {
            struct bytes b = { 0 };
            for (int i = 1; i < n; i++)
                parse_hex(&b, tok[i]);
            session_feed(b.b, b.len);
            free(b.b);
        } else if (strcmp(cmd, "peerhello") == 0) {
            cmd_peerhello((uint32_t)number(tok[1]));
        } else if (strcmp(cmd, "send") == 0) {
            cmd_send(tok, n);
        } else if (strcmp(cmd, "flush") == 0) {
            cmd_flush(n > 1 ? (long)number(tok[1]) : -1);
        } else if (strcmp(cmd, "state") == 0) {
            cmd_state();
        } else if (strcmp(cmd, "serialize") == 0) {
            cmd_serialize();
        } else if (strcmp(cmd, "end") == 0) {
            session_close();
            printf(".\n");
        } else {
            die("unknown command %s", cmd);
        }
    }
    if (S)
        die("script ended inside a session");
    free(line);
}

static void read_all(FILE *in, struct bytes *out)
{
    uint8_t buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
        bytes_append(out, buf, n);
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    if (argc >= 2 && strcmp(argv[1], "script") == 0) {
        run_script(stdin);
    } else if (argc >= 4 && strcmp(argv[1], "decode") == 0) {
        struct bytes input = { 0 };
        read_all(stdin, &input);
        session_open(parse_role(argv[2]), (uint32_t)number(argv[3]), NULL, NULL,
                     argc > 4 ? (int)number(argv[4]) : 65536, 0);
        session_feed(input.b, input.len);
        session_close();
        free(input.b);
    } else {
        fprintf(stderr, "usage: usbredir_harness script < SCRIPT\n"
                        "       usbredir_harness decode host|guest CAPS [CHUNK] < STREAM\n");
        return 2;
    }
    fflush(stdout);
    return 0;
}
