package org.ffmusb.emulator.internal;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ffmusb.emulator.ffi.errno_h;
import org.ffmusb.emulator.ffi.libc_h;
import org.ffmusb.emulator.ffi.sockaddr_un;
import org.ffmusb.emulator.ffi.socket_h;

/**
 * Hands uevents to every libudev monitor of every process in the testbed, as systemd-udevd broadcasts
 * an event once its rules ran: a message in sd-device's monitor format (the "libudev" header, then
 * NUL-terminated KEY=VALUE pairs) carrying the device's properties, the driver of a bind, a sequence
 * number. umockdev's preload library turns each monitor's netlink socket into an AF_UNIX datagram
 * socket named {@code event<fd>} in the testbed directory; a message goes to each of them.
 *
 * <p>Why not {@code umockdev_testbed_uevent}: umockdev 0.17 sends six properties (ACTION, DEVPATH,
 * SUBSYSTEM, SEQNUM, DEVNAME, DEVTYPE), so a bind event could not say which driver was bound and a
 * remove event carried nothing udev knew of the device; and it aborts the whole process when a monitor's
 * socket holds {@code net.unix.max_dgram_qlen} (10 by default) unread messages. Here a full socket is
 * waited for, up to {@link #PATIENCE_NANOS}, then the message is dropped for that monitor with a
 * warning: netlink drops for a reader that does not keep up too (that reader gets ENOBUFS, which an
 * AF_UNIX socket cannot be told). A monitor that stays full is not waited for again until it reads.
 *
 * <p>Thread-safe: one lock orders all sends, so monitors receive the events in the order of their
 * sequence numbers, as from udevd. Callers that must keep a sysfs change and its event together hold
 * {@link #lock} around both.
 */
final class UeventSender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.ffmusb.emulator");
    /** sd-device's UDEV_MONITOR_MAGIC, in network byte order on the wire. */
    private static final int MAGIC = 0xfeedcafe;
    /** struct monitor_netlink_header: "libudev\0", magic, header_size, properties_off/len, four filter words. */
    private static final int HEADER_SIZE = 40;
    /** What libudev's receive buffer takes. */
    private static final int MAX_MESSAGE = 8192;
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Held while sending, and by callers around a sysfs change and the event that announces it. */
    final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    private final Path root;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment errno = errno_h.allocateCaptureState(arena);
    private final MemorySegment address = arena.allocate(sockaddr_un.layout());
    private final MemorySegment message = arena.allocate(MAX_MESSAGE);
    private final Set<String> full = new HashSet<>();
    private long seqnum;
    private boolean closed;

    UeventSender(Path root) {
        this.root = root;
    }

    /**
     * Sends one event. {@code devpath} is the sysfs path without {@code /sys}; {@code properties} are the
     * device's (DEVNAME as /dev/..., DEVTYPE, DRIVER when the event has one, the udev properties). Returns
     * the sequence number.
     */
    long send(String action, String devpath, String subsystem, Map<String, String> properties) {
        lock.lock();
        try {
            if (closed) {
                return 0;
            }
            long seq = ++seqnum;
            int length = encode(action, devpath, subsystem, properties, seq);
            for (Path socket : listeners()) {
                deliver(socket, length);
            }
            return seq;
        } finally {
            lock.unlock();
        }
    }

    /** The message, into {@link #message}; its length. */
    private int encode(String action, String devpath, String subsystem, Map<String, String> properties, long seq) {
        StringBuilder text = new StringBuilder(512);
        text.append("ACTION=").append(action).append('\0');
        text.append("DEVPATH=").append(devpath).append('\0');
        text.append("SUBSYSTEM=").append(subsystem).append('\0');
        properties.forEach((k, v) -> {
            if (!k.equals("ACTION") && !k.equals("DEVPATH") && !k.equals("SUBSYSTEM") && !k.equals("SEQNUM")) {
                text.append(k).append('=').append(v).append('\0');
            }
        });
        text.append("SEQNUM=").append(seq).append('\0');
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        if (HEADER_SIZE + body.length > MAX_MESSAGE) {
            throw new IllegalStateException("uevent of " + devpath + " too long for libudev: " + body.length + " bytes");
        }
        String devtype = properties.get("DEVTYPE");
        ByteBuffer b = message.asByteBuffer().order(ByteOrder.nativeOrder());
        b.put("libudev\0".getBytes(StandardCharsets.US_ASCII));
        b.order(ByteOrder.BIG_ENDIAN).putInt(MAGIC);
        b.order(ByteOrder.nativeOrder()).putInt(HEADER_SIZE).putInt(HEADER_SIZE).putInt(body.length);
        // The hashes let libudev's socket filter (BPF) drop what a monitor did not subscribe to.
        b.order(ByteOrder.BIG_ENDIAN).putInt(hash(subsystem)).putInt(devtype == null ? 0 : hash(devtype));
        b.putInt(0).putInt(0); // tag bloom filter: the emulated devices carry no tags
        b.put(body);
        return HEADER_SIZE + body.length;
    }

    /** The monitors listening now: umockdev's preload binds each to {@code event<fd>} in the testbed. */
    private List<Path> listeners() {
        List<Path> sockets = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root, "event[0-9]*")) {
            dir.forEach(sockets::add);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the testbed's uevent sockets: " + e);
        }
        return sockets;
    }

    private void deliver(Path socket, int length) {
        byte[] path = socket.toString().getBytes(StandardCharsets.UTF_8);
        if (path.length >= 108) {
            LOG.log(System.Logger.Level.WARNING, "uevent socket path too long for AF_UNIX: " + socket);
            return;
        }
        address.fill((byte) 0);
        sockaddr_un.sun_family(address, (short) socket_h.AF_UNIX);
        MemorySegment.copy(path, 0, sockaddr_un.sun_path(address), ValueLayout.JAVA_BYTE, 0, path.length);
        // A socket per message, as umockdev has it: an AF_UNIX datagram waiting in a reader's queue is
        // charged to its sender's buffer, and one long-lived socket would run out of it.
        int fd = libc_h.socket(errno, socket_h.AF_UNIX, socket_h.SOCK_DGRAM | socket_h.SOCK_NONBLOCK
                | socket_h.SOCK_CLOEXEC, 0);
        if (fd < 0) {
            LOG.log(System.Logger.Level.WARNING, "cannot create a socket for uevents: errno " + errno_h.errno(errno));
            return;
        }
        try {
            String key = socket.getFileName().toString();
            long deadline = System.nanoTime() + (full.contains(key) ? 0 : PATIENCE_NANOS);
            while (true) {
                long sent = libc_h.sendto(errno, fd, message, length, 0, address, (int) sockaddr_un.sizeof());
                if (sent >= 0) {
                    full.remove(key);
                    return;
                }
                int e = errno_h.errno(errno);
                if (e == errno_h.EAGAIN && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(100_000);
                    continue;
                }
                if (e == errno_h.ECONNREFUSED) {
                    // Its monitor is closed (the process ended): clean up, as umockdev does.
                    Files.deleteIfExists(socket);
                } else if (e == errno_h.EAGAIN) {
                    if (full.add(key)) {
                        LOG.log(System.Logger.Level.WARNING, "a udev monitor in the testbed (" + socket + ") reads no"
                                + " more events; they are dropped for it until it does, as netlink drops them for a"
                                + " reader that does not keep up");
                    }
                } else if (e != errno_h.ENOENT) {
                    LOG.log(System.Logger.Level.WARNING, "cannot send a uevent to " + socket + ": errno " + e);
                }
                return;
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot remove the stale uevent socket " + socket, e);
        } finally {
            libc_h.close(errno, fd);
        }
    }

    /**
     * systemd's string_hash32 (MurmurHash2 with seed 0 over the bytes of the string), which libudev's
     * socket filter compares with the subsystem and devtype it subscribed to.
     */
    static int hash(String s) {
        byte[] data = s.getBytes(StandardCharsets.UTF_8);
        final int m = 0x5bd1e995;
        int len = data.length;
        int h = len;
        int i = 0;
        while (len >= 4) {
            int k = (data[i] & 0xff) | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24;
            k *= m;
            k ^= k >>> 24;
            k *= m;
            h *= m;
            h ^= k;
            i += 4;
            len -= 4;
        }
        switch (len) {
            case 3:
                h ^= (data[i + 2] & 0xff) << 16;
                // fall through
            case 2:
                h ^= (data[i + 1] & 0xff) << 8;
                // fall through
            case 1:
                h ^= data[i] & 0xff;
                h *= m;
                break;
            default:
                break;
        }
        h ^= h >>> 13;
        h *= m;
        h ^= h >>> 15;
        return h;
    }

    /** Sends nothing more; frees the buffers. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                arena.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
