#!/usr/bin/env python3
"""Writes the function bindings of org.ffmusb.emulator.ffi in the shape jextract gives them.

jextract is not packaged for Debian and cannot be fetched by the build (reference/ffm-libusb-udev.md
0. and 3.6), so this script stands in for it: one header class per library, a private holder class
per function (lazy, independent linking), $descriptor/$handle accessors, an invoker with the C
prototype in its Javadoc. Struct layouts, callbacks and constants are written by hand in the same
shape; FfiLayoutTest compares all of them with gcc's view of the C headers.

Deviations from jextract, on purpose: integer macros become `public static final int` fields (jextract
emits accessor methods, which a switch cannot use), including the ioctl numbers, which jextract skips
because they are function-like macros. Functions that report errors through errno are linked with
Linker.Option.captureCallState("errno") and take the capture segment as their first argument
(jextract cannot add linker options; java-does-usb hand-writes the same thing).

usage: ffi-gen/generate.py   (rewrites the *_h.java files next to this script's target package)
"""
import os
import re

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "java", "org", "ffmusb", "emulator", "ffi")

# C type -> (value layout expression, Java type)
TYPES = {
    "void": (None, "void"),
    "int": ("ffi$shared.C_INT", "int"),
    "long": ("ffi$shared.C_LONG", "long"),
    "ptr": ("ffi$shared.C_POINTER", "MemorySegment"),
}

HEADERS = [
    {
        "class": "umockdev_h",
        "doc": "libumockdev.so.0 ({@code <umockdev-1.0/umockdev.h>}, umockdev 0.17): the testbed and the ioctl emulation API.",
        "soname": "libumockdev.so.0", "package": "libumockdev0",
        "functions": [
            ("ptr umockdev_testbed_new()", "UMockdevTestbed *umockdev_testbed_new(void)"),
            ("ptr umockdev_testbed_get_root_dir(ptr)", "gchar *umockdev_testbed_get_root_dir(UMockdevTestbed *self)"),
            ("int umockdev_testbed_add_from_string(ptr, ptr, ptr)", "gboolean umockdev_testbed_add_from_string(UMockdevTestbed *self, const gchar *data, GError **error)"),
            ("void umockdev_testbed_remove_device(ptr, ptr)", "void umockdev_testbed_remove_device(UMockdevTestbed *self, const gchar *syspath)"),
            ("void umockdev_testbed_set_attribute(ptr, ptr, ptr, ptr)", "void umockdev_testbed_set_attribute(UMockdevTestbed *self, const gchar *devpath, const gchar *name, const gchar *value)"),
            ("int umockdev_testbed_attach_ioctl(ptr, ptr, ptr, ptr)", "gboolean umockdev_testbed_attach_ioctl(UMockdevTestbed *self, const gchar *dev, UMockdevIoctlBase *handler, GError **error)"),
            ("int umockdev_testbed_detach_ioctl(ptr, ptr, ptr)", "gboolean umockdev_testbed_detach_ioctl(UMockdevTestbed *self, const gchar *dev, GError **error)"),
            ("int umockdev_in_mock_environment()", "gboolean umockdev_in_mock_environment(void)"),
            ("ptr umockdev_ioctl_base_new()", "UMockdevIoctlBase *umockdev_ioctl_base_new(void)"),
            ("long umockdev_ioctl_client_get_request(ptr)", "gulong umockdev_ioctl_client_get_request(UMockdevIoctlClient *self)"),
            ("ptr umockdev_ioctl_client_get_arg(ptr)", "UMockdevIoctlData *umockdev_ioctl_client_get_arg(UMockdevIoctlClient *self)"),
            ("int umockdev_ioctl_client_get_connected(ptr)", "gboolean umockdev_ioctl_client_get_connected(UMockdevIoctlClient *self)"),
            ("void umockdev_ioctl_client_complete(ptr, long, int)", "void umockdev_ioctl_client_complete(UMockdevIoctlClient *self, glong res, gint errno_)"),
            ("ptr umockdev_ioctl_data_resolve(ptr, long, long, ptr)", "UMockdevIoctlData *umockdev_ioctl_data_resolve(UMockdevIoctlData *self, gsize offset, gsize len, GError **error)"),
            ("int umockdev_ioctl_data_set_ptr(ptr, long, ptr)", "gboolean umockdev_ioctl_data_set_ptr(UMockdevIoctlData *self, gsize offset, UMockdevIoctlData *child)"),
            ("int umockdev_ioctl_data_reload(ptr, ptr)", "gboolean umockdev_ioctl_data_reload(UMockdevIoctlData *self, GError **error)"),
            ("ptr umockdev_ioctl_data_ref(ptr)", "UMockdevIoctlData *umockdev_ioctl_data_ref(UMockdevIoctlData *self)"),
            ("void umockdev_ioctl_data_unref(ptr)", "void umockdev_ioctl_data_unref(UMockdevIoctlData *self)"),
        ],
    },
    {
        "class": "gobject_h",
        "doc": "libgobject-2.0.so.0 ({@code <glib-object.h>}): reference counting and signal connection.",
        "soname": "libgobject-2.0.so.0", "package": "libglib2.0-0",
        "functions": [
            ("long g_signal_connect_data(ptr, ptr, ptr, ptr, ptr, int)", "gulong g_signal_connect_data(gpointer instance, const gchar *detailed_signal, GCallback c_handler, gpointer data, GClosureNotify destroy_data, GConnectFlags connect_flags)"),
            ("void g_signal_handler_disconnect(ptr, long)", "void g_signal_handler_disconnect(gpointer instance, gulong handler_id)"),
            ("ptr g_object_ref(ptr)", "gpointer g_object_ref(gpointer object)"),
            ("void g_object_unref(ptr)", "void g_object_unref(gpointer object)"),
        ],
    },
    {
        "class": "glib_h",
        "doc": "libglib-2.0.so.0 ({@code <glib.h>}): freeing what GLib hands out.",
        "soname": "libglib-2.0.so.0", "package": "libglib2.0-0",
        "functions": [
            ("void g_free(ptr)", "void g_free(gpointer mem)"),
            ("void g_error_free(ptr)", "void g_error_free(GError *error)"),
        ],
    },
    {
        "class": "libc_h",
        "doc": "The C library ({@code <stdlib.h>}, {@code <fcntl.h>}, {@code <termios.h>}, {@code <unistd.h>}, {@code <sys/prctl.h>}, {@code <sys/socket.h>}): pseudo terminals, which stand in for a usbfs file's poll() readiness, the timer slack, and the datagram sockets that carry uevents to the testbed's monitors.",
        "soname": None, "package": "libc6",
        "functions": [
            ("errno int posix_openpt(int)", "int posix_openpt(int flags)"),
            ("errno int grantpt(int)", "int grantpt(int fd)"),
            ("errno int unlockpt(int)", "int unlockpt(int fd)"),
            ("int ptsname_r(int, ptr, long)", "int ptsname_r(int fd, char *buf, size_t buflen)"),
            ("errno variadic2 int open(ptr, int, int)", "int open(const char *pathname, int flags, ...)"),
            ("errno int close(int)", "int close(int fd)"),
            ("errno int tcflow(int, int)", "int tcflow(int fd, int action)"),
            ("errno variadic1 int prctl(int, long)", "int prctl(int option, ...)"),
            ("errno int socket(int, int, int)", "int socket(int domain, int type, int protocol)"),
            ("errno long sendto(int, ptr, long, int, ptr, int)", "ssize_t sendto(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr *dest_addr, socklen_t addrlen)"),
        ],
    },
]


def parse(spec):
    words = spec.split("(")[0].split()
    args = [a.strip() for a in spec.split("(")[1].rstrip(")").split(",") if a.strip()]
    errno = "errno" in words
    variadic = next((int(w[len("variadic"):]) for w in words if w.startswith("variadic")), None)
    ret, name = words[-2], words[-1]
    return name, ret, args, errno, variadic


def function(header, spec, proto):
    name, ret, args, errno, variadic = parse(spec)
    layouts = [TYPES[a][0] for a in args]
    if TYPES[ret][0] is None:
        desc = "FunctionDescriptor.ofVoid(%s)" % ", ".join(layouts)
    else:
        desc = "FunctionDescriptor.of(%s)" % ", ".join([TYPES[ret][0]] + layouts)
    options = []
    if errno:
        options.append('Linker.Option.captureCallState("errno")')
    if variadic is not None:
        options.append("Linker.Option.firstVariadicArg(%d)" % variadic)
    link_args = ["LOOKUP", '"%s"' % name, "DESC"] + options
    params = []
    call = []
    if errno:
        params.append("MemorySegment errno$")
        call.append("errno$")
    for i, a in enumerate(args):
        params.append("%s x%d" % (TYPES[a][1], i))
        call.append("x%d" % i)
    jret = TYPES[ret][1]
    invoke = "mh$.invokeExact(%s)" % ", ".join(call)
    body = ("%s;" % invoke) if jret == "void" else ("return (%s) %s;" % (jret, invoke))
    errno_doc = ""
    if errno:
        errno_doc = "\n     * <p>{@code errno$} is a {@link errno_h#allocateCaptureState} segment that receives errno."
    snippet = "     * {@snippet lang=c :\n     * %s\n     * }" % proto
    return f"""
    private static class {name} {{
        static final FunctionDescriptor DESC = {desc};
        static final MethodHandle HANDLE = ffi$shared.downcall({", ".join(link_args)});
    }}

    /**
     * Function descriptor for:
{snippet}
     */
    public static FunctionDescriptor {name}$descriptor() {{
        return {name}.DESC;
    }}

    /**
     * Downcall method handle for:
{snippet}
     */
    public static MethodHandle {name}$handle() {{
        return {name}.HANDLE;
    }}

    /**
{snippet}{errno_doc}
     */
    public static {jret} {name}({", ".join(params)}) {{
        var mh$ = {name}.HANDLE;
        try {{
            {body}
        }} catch (Throwable ex$) {{
            throw new AssertionError("should not reach here", ex$);
        }}
    }}
"""


def header(h):
    if h["soname"]:
        lookup = 'ffi$shared.library("%s", "%s")' % (h["soname"], h["package"])
    else:
        lookup = "Linker.nativeLinker().defaultLookup()"
    body = "".join(function(h, spec, proto) for spec, proto in h["functions"])
    return f"""// Generated by ffi-gen/generate.py in the shape of jextract output. Do not edit by hand.
package org.ffmusb.emulator.ffi;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/** {h["doc"]} */
@SuppressWarnings("unused")
public final class {h["class"]} {{
    private {h["class"]}() {{}}

    static final SymbolLookup LOOKUP = {lookup};
{body}}}
"""



# Struct layouts: (C type, name). Padding follows the C rules of x86_64 and aarch64 Linux;
# ("union", [...]) is an anonymous union, ("flex", struct, name) a trailing flexible array member.
JAVA_KEYWORDS = {"interface", "class", "default", "int", "long", "short", "char", "byte", "native", "volatile"}

FIELD = {
    "u8": ("ffi$shared.C_CHAR", "byte", "ValueLayout.OfByte", 1),
    "u16": ("ffi$shared.C_SHORT", "short", "ValueLayout.OfShort", 2),
    "int": ("ffi$shared.C_INT", "int", "ValueLayout.OfInt", 4),
    "long": ("ffi$shared.C_LONG", "long", "ValueLayout.OfLong", 8),
    "ptr": ("ffi$shared.C_POINTER", "MemorySegment", "AddressLayout", 8),
}

STRUCTS = [
    ("usbdevfs_urb", "{@code <linux/usbdevice_fs.h>}: one asynchronous transfer as user space submits it (SUBMITURB) and reaps it (REAPURB).", """struct usbdevfs_urb {
    unsigned char type;
    unsigned char endpoint;
    int status;
    unsigned int flags;
    void *buffer;
    int buffer_length;
    int actual_length;
    int start_frame;
    union {
        int number_of_packets;  /* Only used for isoc urbs */
        unsigned int stream_id; /* Only used with bulk streams */
    };
    int error_count;
    unsigned int signr;         /* signal to be sent on completion, or 0 if none should be sent. */
    void *usercontext;
    struct usbdevfs_iso_packet_desc iso_frame_desc[];
}""", [("u8", "type"), ("u8", "endpoint"), ("int", "status"), ("int", "flags"), ("ptr", "buffer"),
       ("int", "buffer_length"), ("int", "actual_length"), ("int", "start_frame"),
       ("union", [("int", "number_of_packets"), ("int", "stream_id")]),
       ("int", "error_count"), ("int", "signr"), ("ptr", "usercontext"),
       ("flex", "usbdevfs_iso_packet_desc", "iso_frame_desc")]),
    ("usbdevfs_iso_packet_desc", "{@code <linux/usbdevice_fs.h>}: one packet of an isochronous URB.", """struct usbdevfs_iso_packet_desc {
    unsigned int length;
    unsigned int actual_length;
    unsigned int status;
}""", [("int", "length"), ("int", "actual_length"), ("int", "status")]),
    ("usbdevfs_ctrltransfer", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_CONTROL.", """struct usbdevfs_ctrltransfer {
    __u8 bRequestType;
    __u8 bRequest;
    __u16 wValue;
    __u16 wIndex;
    __u16 wLength;
    __u32 timeout;  /* in milliseconds */
    void *data;
}""", [("u8", "bRequestType"), ("u8", "bRequest"), ("u16", "wValue"), ("u16", "wIndex"), ("u16", "wLength"),
       ("int", "timeout"), ("ptr", "data")]),
    ("usbdevfs_bulktransfer", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_BULK.", """struct usbdevfs_bulktransfer {
    unsigned int ep;
    unsigned int len;
    unsigned int timeout; /* in milliseconds */
    void *data;
}""", [("int", "ep"), ("int", "len"), ("int", "timeout"), ("ptr", "data")]),
    ("usbdevfs_setinterface", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_SETINTERFACE.", """struct usbdevfs_setinterface {
    unsigned int interface;
    unsigned int altsetting;
}""", [("int", "interface"), ("int", "altsetting")]),
    ("usbdevfs_getdriver", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_GETDRIVER.", """struct usbdevfs_getdriver {
    unsigned int interface;
    char driver[USBDEVFS_MAXDRIVERNAME + 1];
}""", [("int", "interface"), ("char256", "driver")]),
    ("usbdevfs_connectinfo", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_CONNECTINFO.", """struct usbdevfs_connectinfo {
    unsigned int devnum;
    unsigned char slow;
}""", [("int", "devnum"), ("u8", "slow")]),
    ("usbdevfs_conninfo_ex", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_CONNINFO_EX(len).", """struct usbdevfs_conninfo_ex {
    __u32 size;      /* Size of the structure from the kernel's point of view. */
    __u32 busnum;    /* USB bus number, as enumerated by the kernel. */
    __u32 devnum;    /* Device address on the bus. */
    __u32 speed;     /* USB_SPEED_* constants from ch9.h */
    __u8 num_ports;  /* Number of entries in the device path array. */
    __u8 ports[7];   /* Device path on the bus. */
}""", [("int", "size"), ("int", "busnum"), ("int", "devnum"), ("int", "speed"), ("u8", "num_ports"), ("char7", "ports")]),
    ("usbdevfs_ioctl", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_IOCTL.", """struct usbdevfs_ioctl {
    int ifno;        /* interface 0..N ; negative numbers reserved */
    int ioctl_code;  /* MUST encode size + direction of data so the macros in <asm/ioctl.h> give correct values */
    void *data;      /* param buffer (in, or out) */
}""", [("int", "ifno"), ("int", "ioctl_code"), ("ptr", "data")]),
    ("usbdevfs_disconnect_claim", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_DISCONNECT_CLAIM.", """struct usbdevfs_disconnect_claim {
    unsigned int interface;
    unsigned int flags;
    char driver[USBDEVFS_MAXDRIVERNAME + 1];
}""", [("int", "interface"), ("int", "flags"), ("char256", "driver")]),
    ("usbdevfs_hub_portinfo", "{@code <linux/usbdevice_fs.h>}: what USBDEVFS_HUB_PORTINFO (through USBDEVFS_IOCTL) fills in.", """struct usbdevfs_hub_portinfo {
    char nports;        /* number of downstream ports in this hub */
    char port [127];    /* e.g. port 3 connects to device 27 */
}""", [("u8", "nports"), ("char127", "port")]),
    ("usbdevfs_streams", "{@code <linux/usbdevice_fs.h>}: the argument of USBDEVFS_ALLOC_STREAMS and USBDEVFS_FREE_STREAMS.", """struct usbdevfs_streams {
    unsigned int num_streams; /* Not used by USBDEVFS_FREE_STREAMS */
    unsigned int num_eps;
    unsigned char eps[];
}""", [("int", "num_streams"), ("int", "num_eps"), ("flexbytes", "eps")]),
    ("UMockdevIoctlData", "{@code <umockdev-1.0/umockdev.h>}: a block of the client's memory copied into this process (resolved), written back when the ioctl completes.", """struct _UMockdevIoctlData {
    GObject parent_instance;
    guint8* data;
    gint data_len;
    gulong client_addr;
    UMockdevIoctlDataPrivate * priv;
}""", [("gobject", "parent_instance"), ("ptr", "data"), ("int", "data_len"), ("long", "client_addr"), ("ptr", "priv")]),
    ("sockaddr_un", "{@code <sys/un.h>}: the address of an AF_UNIX socket, here a libudev monitor's socket in the testbed.", """struct sockaddr_un {
    sa_family_t sun_family;
    char sun_path[108];
}""", [("u16", "sun_family"), ("char108", "sun_path")]),
    ("GError", "{@code <glib.h>}: an error reported by a GLib-style function.", """struct _GError {
    GQuark domain;
    gint code;
    gchar *message;
}""", [("int", "domain"), ("int", "code"), ("ptr", "message")]),
]


def struct_class(name, doc, cdecl, fields):
    members, accessors, offset, align = [], [], 0, 1
    flex = None

    def add(layout_expr, size, al):
        nonlocal offset, align
        pad = (-offset) % al
        if pad:
            members.append("MemoryLayout.paddingLayout(%d)" % pad)
            offset += pad
        members.append(layout_expr)
        offset += size
        align = max(align, al)

    def accessor(fname, ctype):
        lay, jt, lt, _ = FIELD[ctype]
        m = fname + "_" if fname in JAVA_KEYWORDS else fname  # jextract's escaping
        accessors.append(f"""
    private static final {lt} {fname}$LAYOUT = ({lt}) $LAYOUT.select(groupElement("{fname}"));
    private static final long {fname}$OFFSET = $LAYOUT.byteOffset(groupElement("{fname}"));

    /** Offset of {{@code {fname}}}, derived from {{@link #layout()}}. */
    public static long {fname}$offset() {{
        return {fname}$OFFSET;
    }}

    /** Getter for field {{@code {fname}}}. */
    public static {jt} {m}(MemorySegment struct) {{
        return struct.get({fname}$LAYOUT, {fname}$OFFSET);
    }}

    /** Setter for field {{@code {fname}}}. */
    public static void {m}(MemorySegment struct, {jt} fieldValue) {{
        struct.set({fname}$LAYOUT, {fname}$OFFSET, fieldValue);
    }}
""")

    for f in fields:
        kind = f[0]
        if kind == "union":
            size = max(FIELD[t][3] for t, _ in f[1])
            al = size
            alts = ", ".join('%s.withName("%s")' % (FIELD[t][0], n) for t, n in f[1])
            add("MemoryLayout.unionLayout(%s)" % alts, size, al)
            for t, n in f[1]:
                accessors.append(f"""
    private static final ValueLayout.OfInt {n}$LAYOUT = ffi$shared.C_INT;
    private static final long {n}$OFFSET = $LAYOUT.byteOffset(groupElement({len(members) - 1}), groupElement("{n}"));

    /** Offset of {{@code {n}}} (in the anonymous union), derived from {{@link #layout()}}. */
    public static long {n}$offset() {{
        return {n}$OFFSET;
    }}

    /** Getter for field {{@code {n}}}. */
    public static int {n}(MemorySegment struct) {{
        return struct.get({n}$LAYOUT, {n}$OFFSET);
    }}

    /** Setter for field {{@code {n}}}. */
    public static void {n}(MemorySegment struct, int fieldValue) {{
        struct.set({n}$LAYOUT, {n}$OFFSET, fieldValue);
    }}
""")
        elif kind in ("flex", "flexbytes"):
            flex = f
        elif kind.startswith("char"):
            n = int(kind[4:])
            add('MemoryLayout.sequenceLayout(%d, ffi$shared.C_CHAR).withName("%s")' % (n, f[1]), n, 1)
            accessors.append(f"""
    private static final long {f[1]}$OFFSET = $LAYOUT.byteOffset(groupElement("{f[1]}"));

    /** Offset of the {n}-byte array {{@code {f[1]}}}, derived from {{@link #layout()}}. */
    public static long {f[1]}$offset() {{
        return {f[1]}$OFFSET;
    }}

    /** A slice over the array {{@code {f[1]}}}. */
    public static MemorySegment {f[1]}(MemorySegment struct) {{
        return struct.asSlice({f[1]}$OFFSET, {n});
    }}
""")
        elif kind == "gobject":
            add('MemoryLayout.structLayout(ffi$shared.C_POINTER.withName("g_class"), ffi$shared.C_INT.withName("ref_count"), '
                'MemoryLayout.paddingLayout(4), ffi$shared.C_POINTER.withName("qdata")).withName("%s")' % f[1], 24, 8)
        else:
            ctype, fname = f
            add('%s.withName("%s")' % (FIELD[ctype][0], fname), FIELD[ctype][3], FIELD[ctype][3])
            accessor(fname, ctype)
    tail = (-offset) % align
    if tail:
        members.append("MemoryLayout.paddingLayout(%d)" % tail)
    flex_code = ""
    if flex and flex[0] == "flex":
        flex_code = f"""
    /** Offset of the flexible array {{@code {flex[2]}}}: it starts right after the struct. */
    public static long {flex[2]}$offset() {{
        return $LAYOUT.byteSize();
    }}

    /** Element {{@code index}} of the flexible array {{@code {flex[2]}}}, as a {{@link {flex[1]}}}. */
    public static MemorySegment {flex[2]}(MemorySegment struct, long index) {{
        return struct.asSlice($LAYOUT.byteSize() + index * {flex[1]}.sizeof(), {flex[1]}.sizeof());
    }}
"""
    elif flex:
        flex_code = f"""
    /** Offset of the flexible byte array {{@code {flex[1]}}}: it starts right after the struct. */
    public static long {flex[1]}$offset() {{
        return $LAYOUT.byteSize();
    }}
"""
    # C comments would end the Javadoc comment; jextract leaves them out of its snippets too.
    cdoc = "\n".join(" * " + re.sub(r"\s*/\*.*?\*/", "", l).rstrip() for l in cdecl.splitlines())
    members_code = ",\n        ".join(members)
    return f"""// Generated by ffi-gen/generate.py in the shape of jextract output. Do not edit by hand.
package org.ffmusb.emulator.ffi;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {doc}
 * {{@snippet lang=c :
{cdoc}
 * }}
 */
@SuppressWarnings("unused")
public final class {name} {{
    private {name}() {{}}

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        {members_code}
    ).withName("{name}");

    /** The layout of this struct. */
    public static GroupLayout layout() {{
        return $LAYOUT;
    }}

    /** {{@code sizeof}} of this struct. */
    public static long sizeof() {{
        return $LAYOUT.byteSize();
    }}
{"".join(accessors)}{flex_code}}}
"""


for s in STRUCTS:
    with open(os.path.join(OUT, s[0] + ".java"), "w") as f:
        f.write(struct_class(*s))
    print("wrote", s[0] + ".java")


# Integer macros: header class -> (doc, [(name, value, C definition)]).
CONSTANTS = {
    "usbdevice_fs_h": ("{@code <linux/usbdevice_fs.h>}: usbfs ioctl numbers, URB types and flags, capabilities.", [
        ("USBDEVFS_CONTROL", 0xC0185500, "_IOWR('U', 0, struct usbdevfs_ctrltransfer)"),
        ("USBDEVFS_BULK", 0xC0185502, "_IOWR('U', 2, struct usbdevfs_bulktransfer)"),
        ("USBDEVFS_RESETEP", 0x80045503, "_IOR('U', 3, unsigned int)"),
        ("USBDEVFS_SETINTERFACE", 0x80085504, "_IOR('U', 4, struct usbdevfs_setinterface)"),
        ("USBDEVFS_SETCONFIGURATION", 0x80045505, "_IOR('U', 5, unsigned int)"),
        ("USBDEVFS_GETDRIVER", 0x41045508, "_IOW('U', 8, struct usbdevfs_getdriver)"),
        ("USBDEVFS_SUBMITURB", 0x8038550A, "_IOR('U', 10, struct usbdevfs_urb)"),
        ("USBDEVFS_DISCARDURB", 0x0000550B, "_IO('U', 11)"),
        ("USBDEVFS_REAPURB", 0x4008550C, "_IOW('U', 12, void *)"),
        ("USBDEVFS_REAPURBNDELAY", 0x4008550D, "_IOW('U', 13, void *)"),
        ("USBDEVFS_DISCSIGNAL", 0x8010550E, "_IOR('U', 14, struct usbdevfs_disconnectsignal)"),
        ("USBDEVFS_CLAIMINTERFACE", 0x8004550F, "_IOR('U', 15, unsigned int)"),
        ("USBDEVFS_RELEASEINTERFACE", 0x80045510, "_IOR('U', 16, unsigned int)"),
        ("USBDEVFS_CONNECTINFO", 0x40085511, "_IOW('U', 17, struct usbdevfs_connectinfo)"),
        ("USBDEVFS_IOCTL", 0xC0105512, "_IOWR('U', 18, struct usbdevfs_ioctl)"),
        ("USBDEVFS_HUB_PORTINFO", 0x80805513, "_IOR('U', 19, struct usbdevfs_hub_portinfo)"),
        ("USBDEVFS_RESET", 0x00005514, "_IO('U', 20)"),
        ("USBDEVFS_CLEAR_HALT", 0x80045515, "_IOR('U', 21, unsigned int)"),
        ("USBDEVFS_DISCONNECT", 0x00005516, "_IO('U', 22)"),
        ("USBDEVFS_CONNECT", 0x00005517, "_IO('U', 23)"),
        ("USBDEVFS_CLAIM_PORT", 0x80045518, "_IOR('U', 24, unsigned int)"),
        ("USBDEVFS_RELEASE_PORT", 0x80045519, "_IOR('U', 25, unsigned int)"),
        ("USBDEVFS_GET_CAPABILITIES", 0x8004551A, "_IOR('U', 26, __u32)"),
        ("USBDEVFS_DISCONNECT_CLAIM", 0x8108551B, "_IOR('U', 27, struct usbdevfs_disconnect_claim)"),
        ("USBDEVFS_ALLOC_STREAMS", 0x8008551C, "_IOR('U', 28, struct usbdevfs_streams)"),
        ("USBDEVFS_FREE_STREAMS", 0x8008551D, "_IOR('U', 29, struct usbdevfs_streams)"),
        ("USBDEVFS_DROP_PRIVILEGES", 0x4004551E, "_IOW('U', 30, __u32)"),
        ("USBDEVFS_GET_SPEED", 0x0000551F, "_IO('U', 31)"),
        ("USBDEVFS_CONNINFO_EX_0", 0x80005520, "USBDEVFS_CONNINFO_EX(0), i.e. _IOC(_IOC_READ, 'U', 32, 0)"),
        ("USBDEVFS_FORBID_SUSPEND", 0x00005521, "_IO('U', 33)"),
        ("USBDEVFS_ALLOW_SUSPEND", 0x00005522, "_IO('U', 34)"),
        ("USBDEVFS_WAIT_FOR_RESUME", 0x00005523, "_IO('U', 35)"),
        ("USBDEVFS_URB_SHORT_NOT_OK", 0x01, "0x01"),
        ("USBDEVFS_URB_ISO_ASAP", 0x02, "0x02"),
        ("USBDEVFS_URB_BULK_CONTINUATION", 0x04, "0x04"),
        ("USBDEVFS_URB_NO_FSBR", 0x20, "0x20"),
        ("USBDEVFS_URB_ZERO_PACKET", 0x40, "0x40"),
        ("USBDEVFS_URB_NO_INTERRUPT", 0x80, "0x80"),
        ("USBDEVFS_URB_TYPE_ISO", 0, "0"),
        ("USBDEVFS_URB_TYPE_INTERRUPT", 1, "1"),
        ("USBDEVFS_URB_TYPE_CONTROL", 2, "2"),
        ("USBDEVFS_URB_TYPE_BULK", 3, "3"),
        ("USBDEVFS_CAP_ZERO_PACKET", 0x01, "0x01"),
        ("USBDEVFS_CAP_BULK_CONTINUATION", 0x02, "0x02"),
        ("USBDEVFS_CAP_NO_PACKET_SIZE_LIM", 0x04, "0x04"),
        ("USBDEVFS_CAP_BULK_SCATTER_GATHER", 0x08, "0x08"),
        ("USBDEVFS_CAP_REAP_AFTER_DISCONNECT", 0x10, "0x10"),
        ("USBDEVFS_CAP_MMAP", 0x20, "0x20"),
        ("USBDEVFS_CAP_DROP_PRIVILEGES", 0x40, "0x40"),
        ("USBDEVFS_CAP_CONNINFO_EX", 0x80, "0x80"),
        ("USBDEVFS_CAP_SUSPEND", 0x100, "0x100"),
        ("USBDEVFS_DISCONNECT_CLAIM_IF_DRIVER", 0x01, "0x01"),
        ("USBDEVFS_DISCONNECT_CLAIM_EXCEPT_DRIVER", 0x02, "0x02"),
        ("USBDEVFS_MAXDRIVERNAME", 255, "255"),
    ]),
    "errno_h": ("{@code <errno.h>}: the error numbers a usbfs ioctl answers with, and those the uevent sender meets (Linux, x86_64 and aarch64).", [
        (n, v, str(v)) for n, v in [
            ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6), ("EAGAIN", 11), ("EXDEV", 18),
            ("ENOMEM", 12), ("EACCES", 13), ("EFAULT", 14), ("EBUSY", 16), ("ENODEV", 19), ("EISDIR", 21), ("EINVAL", 22),
            ("ENOTTY", 25), ("ENOSPC", 28), ("EPIPE", 32), ("ENOSYS", 38), ("ENODATA", 61), ("ETIME", 62), ("ENOSR", 63),
            ("ECOMM", 70), ("EPROTO", 71), ("EOVERFLOW", 75), ("EILSEQ", 84), ("ECONNRESET", 104),
            ("ESHUTDOWN", 108), ("ETIMEDOUT", 110), ("ECONNREFUSED", 111), ("EHOSTUNREACH", 113), ("EINPROGRESS", 115),
            ("EREMOTEIO", 121)]]),
    "prctl_h": ("{@code <sys/prctl.h>}: the timer slack of a thread, which its children inherit.", [
        ("PR_SET_TIMERSLACK", 29, "29"), ("PR_GET_TIMERSLACK", 30, "30"),
    ]),
    "socket_h": ("{@code <sys/socket.h>}: the socket of the uevent sender (a non-blocking datagram socket, as umockdev's monitors are AF_UNIX datagram sockets).", [
        ("AF_UNIX", 1, "1"), ("SOCK_DGRAM", 2, "2"), ("SOCK_NONBLOCK", 0o4000, "04000"),
        ("SOCK_CLOEXEC", 0o2000000, "02000000"),
    ]),
    "fcntl_h": ("{@code <fcntl.h>} and {@code <termios.h>}: open flags and tcflow actions.", [
        ("O_RDWR", 0o2, "02"), ("O_NOCTTY", 0o400, "0400"), ("O_NONBLOCK", 0o4000, "04000"),
        ("O_CLOEXEC", 0o2000000, "02000000"), ("TCOOFF", 0, "0"), ("TCOON", 1, "1"),
    ]),
}

EXTRA = {
    "errno_h": """
    private static final java.lang.foreign.StructLayout CAPTURE$LAYOUT = java.lang.foreign.Linker.Option.captureStateLayout();
    private static final java.lang.invoke.VarHandle ERRNO$VH =
            CAPTURE$LAYOUT.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    /** A segment for the {@code errno$} argument of the functions linked with {@code captureCallState("errno")}. */
    public static java.lang.foreign.MemorySegment allocateCaptureState(java.lang.foreign.SegmentAllocator allocator) {
        return allocator.allocate(CAPTURE$LAYOUT);
    }

    /** The errno a captured call left behind. */
    public static int errno(java.lang.foreign.MemorySegment captureState) {
        return (int) ERRNO$VH.get(captureState, 0L);
    }
""",
}


def constants_class(name, doc, items):
    body = "".join(f"""
    /** {{@snippet lang=c : #define {n} {c} }} */
    public static final int {n} = {("0x%X" % v) if n.startswith("USBDEVFS_") else v};
""" for n, v, c in items)
    return f"""// Generated by ffi-gen/generate.py in the shape of jextract output. Do not edit by hand.
package org.ffmusb.emulator.ffi;

/** {doc} */
public final class {name} {{
    private {name}() {{}}
{body}{EXTRA.get(name, "")}}}
"""


for cname, (cdoc, citems) in CONSTANTS.items():
    with open(os.path.join(OUT, cname + ".java"), "w") as f:
        f.write(constants_class(cname, cdoc, citems))
    print("wrote", cname + ".java")


# Callbacks (GObject signal handlers): class -> (doc, C signature, return, params).
CALLBACKS = [
    ("handle_ioctl_callback", "The {@code handle-ioctl} signal of a UMockdevIoctlBase. Return TRUE when the ioctl was handled (completed now or later).",
     "gboolean (*)(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, gpointer user_data)",
     "int", ["handler", "client", "user_data"]),
    ("client_callback", "The {@code client-connected} signal of a UMockdevIoctlBase.",
     "void (*)(UMockdevIoctlBase *handler, UMockdevIoctlClient *client, gpointer user_data)",
     "void", ["handler", "client", "user_data"]),
    ("notify_callback", "The {@code notify::PROPERTY} signal of any GObject.",
     "void (*)(GObject *object, GParamSpec *pspec, gpointer user_data)",
     "void", ["object", "pspec", "user_data"]),
]


def callback_class(name, doc, csig, ret, params):
    layouts = ["ffi$shared.C_POINTER"] * len(params)
    desc = ("FunctionDescriptor.ofVoid(%s)" % ", ".join(layouts)) if ret == "void" else \
        ("FunctionDescriptor.of(%s)" % ", ".join(["ffi$shared.C_INT"] + layouts))
    jret = "void" if ret == "void" else "int"
    sig = ", ".join("MemorySegment " + p for p in params)
    return f"""// Generated by ffi-gen/generate.py in the shape of jextract output. Do not edit by hand.
package org.ffmusb.emulator.ffi;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * {doc}
 * {{@snippet lang=c :
 * {csig}
 * }}
 */
public final class {name} {{
    private {name}() {{}}

    /** The function pointer signature, expressed as a functional interface. */
    public interface Function {{
        {jret} apply({sig});
    }}

    private static final FunctionDescriptor $DESC = {desc};

    /** The descriptor of this function pointer type. */
    public static FunctionDescriptor descriptor() {{
        return $DESC;
    }}

    private static final MethodHandle UP$MH = ffi$shared.upcallHandle({name}.Function.class, "apply", $DESC);

    /**
     * Allocates a new upcall stub, whose implementation is defined by {{@code fi}}. The lifetime of the
     * returned segment is managed by {{@code arena}}.
     */
    public static MemorySegment allocate({name}.Function fi, Arena arena) {{
        return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
    }}
}}
"""


for c in CALLBACKS:
    with open(os.path.join(OUT, c[0] + ".java"), "w") as f:
        f.write(callback_class(*c))
    print("wrote", c[0] + ".java")

for h in HEADERS:
    with open(os.path.join(OUT, h["class"] + ".java"), "w") as f:
        f.write(header(h))
    print("wrote", h["class"] + ".java")
