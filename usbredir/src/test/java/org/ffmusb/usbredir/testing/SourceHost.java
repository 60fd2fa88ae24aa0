package org.ffmusb.usbredir.testing;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.ffmusb.emulator.model.DescriptorSet;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.EpInfo;
import org.ffmusb.usbredir.proto.HostParser;
import org.ffmusb.usbredir.proto.InterfaceInfo;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.Speed;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.transport.LockedOutput;
import org.ffmusb.usbredir.transport.UsbRedirPeer;

/**
 * A transport test fixture on our host codec, not a usbredir host: it offers one high-speed device
 * with the descriptors of a {@link DescriptorSet}, answers GET_DESCRIPTOR from them, and answers every
 * bulk IN request on {@code 0x81} at once with that many bytes (a source that never waits), allocating
 * nothing per packet. Enough to drive {@link PeerPipe} and to measure the guest's own costs without a
 * device, a kernel or another process in the way.
 */
public final class SourceHost implements UsbRedirPeer {
    public static final int SOURCE = 0x81;

    private final DescriptorSet descriptors;
    private final ReentrantLock lock = new ReentrantLock();
    private final HostParser parser = new HostParser("ffmusb test source host", Caps.ALL);
    private final LockedOutput output = new LockedOutput(lock, parser);
    private final MemorySegment source = Arena.ofAuto().allocate(8 << 20);
    private volatile Runnable listener = () -> {};
    public final AtomicInteger disconnects = new AtomicInteger();

    public SourceHost(DescriptorSet descriptors) {
        this.descriptors = descriptors;
    }

    @Override
    public ByteBuffer receiveBuffer(int minBytes) {
        lock.lock();
        try {
            return parser.receiveBuffer(minBytes);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void received(int bytes) {
        boolean outputWaiting;
        lock.lock();
        try {
            parser.received(bytes);
            PacketCursor c = parser.cursor();
            while (parser.advance()) {
                if (c.isError()) {
                    throw new IllegalStateException("the guest sent a bad packet: " + c.error());
                }
                switch (c.type()) {
                    case HELLO -> attach();
                    case CONTROL_PACKET -> control(c);
                    case BULK_PACKET -> {
                        long length = c.length();
                        if (c.endpoint() == SOURCE) {
                            parser.sendBulkPacket(c.id(), SOURCE, Status.SUCCESS, length, 0, source, 0, length);
                        } else {
                            parser.sendBulkPacket(c.id(), c.endpoint(), Status.STALL, 0, 0, null, 0, 0);
                        }
                    }
                    default -> { }
                }
            }
            outputWaiting = parser.hasOutput();
        } finally {
            lock.unlock();
        }
        if (outputWaiting) {
            listener.run();
        }
    }

    private void attach() {
        List<Integer> zeros = Collections.nCopies(InterfaceInfo.MAX_INTERFACES, 0);
        List<Integer> interfaces = new ArrayList<>(zeros);
        List<Integer> classes = new ArrayList<>(zeros);
        classes.set(0, 0xff);
        parser.send(new InterfaceInfo(0, 1, interfaces, classes, zeros, zeros));
        List<Integer> types = new ArrayList<>(Collections.nCopies(EpInfo.ENDPOINTS, EndpointType.INVALID));
        types.set(0, EndpointType.CONTROL);
        types.set(16, EndpointType.CONTROL);
        types.set(EndpointType.index(SOURCE), EndpointType.BULK);
        List<Integer> sizes = new ArrayList<>(Collections.nCopies(EpInfo.ENDPOINTS, 0));
        sizes.set(0, 64);
        sizes.set(16, 64);
        sizes.set(EndpointType.index(SOURCE), 512);
        parser.send(new EpInfo(0, types, Collections.nCopies(EpInfo.ENDPOINTS, 0), Collections.nCopies(EpInfo.ENDPOINTS, 0),
                sizes, Collections.nCopies(EpInfo.ENDPOINTS, 0L)));
        byte[] d = descriptors.device();
        parser.send(new DeviceConnect(0, Speed.HIGH, d[4] & 0xff, d[5] & 0xff, d[6] & 0xff,
                (d[8] & 0xff) | (d[9] & 0xff) << 8, (d[10] & 0xff) | (d[11] & 0xff) << 8, (d[12] & 0xff) | (d[13] & 0xff) << 8));
    }

    private void control(PacketCursor c) {
        byte[] answer = null;
        if (c.request() == 6 && c.requestType() == 0x80) {
            int index = c.value() & 0xff;
            answer = switch (c.value() >> 8) {
                case 1 -> descriptors.device();
                case 2 -> descriptors.configuration(index);
                case 3 -> descriptors.string(index);
                default -> null;
            };
        }
        if (answer == null) {
            parser.sendControlPacket(c.id(), c.endpoint(), c.request(), c.requestType(), Status.STALL, c.value(),
                    c.index(), 0, null, 0, 0);
            return;
        }
        int n = Math.min(answer.length, (int) c.length());
        parser.sendControlPacket(c.id(), c.endpoint(), c.request(), c.requestType(), Status.SUCCESS, c.value(),
                c.index(), n, MemorySegment.ofArray(answer), 0, n);
    }

    @Override
    public boolean hasOutput() {
        return output.hasOutput();
    }

    @Override
    public long writeTo(WritableByteChannel channel) throws IOException {
        return output.writeTo(channel);
    }

    @Override
    public void setOutputListener(Runnable listener) {
        this.listener = listener;
    }

    @Override
    public void disconnected(IOException cause) {
        disconnects.incrementAndGet();
    }
}
