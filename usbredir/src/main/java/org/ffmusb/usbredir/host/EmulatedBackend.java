package org.ffmusb.usbredir.host;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ffmusb.emulator.direct.DirectDevice;
import org.ffmusb.emulator.direct.DirectTransfer;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.usbredir.proto.EndpointType;

/**
 * A device written in Java (a usb-emulator {@link DeviceModel}) served without libusb, umockdev or any
 * native code, through usb-emulator's direct API: the same host redirects an emulated disk image to a
 * VM on any machine ({@code ffmusb redirect --emulate}). Transfer buffers are the backend's own
 * off-heap segments, which the model reads and writes in place; completions run on the device's
 * worker thread, never inside submit. There are no kernel drivers to detach or claims to make.
 */
public final class EmulatedBackend implements HostBackend {
    private final DirectDevice device;

    private EmulatedBackend(DirectDevice device) {
        this.device = device;
    }

    /** Plugs {@code model} into a new direct device; closing the backend unplugs it. */
    public static EmulatedBackend attach(DeviceModel model) {
        return new EmulatedBackend(DirectDevice.attach(model));
    }

    /** Runs {@code action} once if the device is unplugged (it is by {@link #close()}). */
    public void onUnplugged(Runnable action) {
        device.onUnplugged(action);
    }

    @Override
    public String description() {
        var d = device.definition();
        return String.format("%04x:%04x (emulated %s)", d.vendorId(), d.productId(), device.model().getClass().getSimpleName());
    }

    @Override
    public DeviceDescription describe() {
        var d = device.definition();
        int speed = switch (d.speed()) {
            case LOW -> org.ffmusb.usbredir.proto.Speed.LOW;
            case FULL -> org.ffmusb.usbredir.proto.Speed.FULL;
            case HIGH -> org.ffmusb.usbredir.proto.Speed.HIGH;
            case SUPER, SUPER_PLUS -> org.ffmusb.usbredir.proto.Speed.SUPER;
        };
        Configuration c = device.activeConfiguration();
        Optional<DeviceDescription.Configuration> active = Optional.empty();
        if (c != null) {
            List<DeviceDescription.Interface> ifs = new ArrayList<>();
            for (Interface i : c.interfaces()) {
                List<DeviceDescription.AltSetting> alts = new ArrayList<>();
                for (AltSetting a : i.altSettings()) {
                    List<DeviceDescription.Endpoint> eps = new ArrayList<>();
                    for (Endpoint e : a.endpoints()) {
                        eps.add(new DeviceDescription.Endpoint(e.address(), e.attributes(), e.maxPacketSize(),
                                e.interval(), d.speed().isSuperSpeed() ? e.maxStreams() : 0));
                    }
                    alts.add(new DeviceDescription.AltSetting(a.number(), a.interfaceClass(), a.subClass(),
                            a.protocol(), eps));
                }
                ifs.add(new DeviceDescription.Interface(i.number(), alts));
            }
            active = Optional.of(new DeviceDescription.Configuration(c.value(), ifs));
        }
        return new DeviceDescription(speed, d.deviceClass(), d.deviceSubClass(), d.deviceProtocol(), d.vendorId(),
                d.productId(), d.bcdDevice(), d.configurations().size(), d.configurations().getFirst().value(), active);
    }

    @Override
    public boolean supportsBulkStreams() {
        return device.speed().isSuperSpeed();
    }

    /** No kernel drivers bind to a device written in Java. */
    @Override
    public void setAutoDetachKernelDrivers(boolean enable) {
    }

    @Override
    public BackendResult claimInterface(int interfaceNumber) {
        return device.isAttached() ? BackendResult.OK : BackendResult.NO_DEVICE;
    }

    @Override
    public BackendResult releaseInterface(int interfaceNumber) {
        return BackendResult.OK;
    }

    @Override
    public BackendResult attachKernelDriver(int interfaceNumber) {
        return BackendResult.NOT_FOUND;
    }

    @Override
    public BackendResult reset() {
        return result(device.reset());
    }

    @Override
    public BackendResult setConfiguration(int value) {
        return result(device.setConfiguration(Math.max(value, 0)));
    }

    @Override
    public BackendResult setAltSetting(int interfaceNumber, int alternate) {
        return result(device.setAltSetting(interfaceNumber, alternate));
    }

    @Override
    public BackendResult clearHalt(int endpoint) {
        return result(device.clearHalt(endpoint));
    }

    @Override
    public int allocStreams(int streams, List<Integer> endpoints) {
        int[] eps = endpoints.stream().mapToInt(Integer::intValue).toArray();
        BackendResult r = result(device.allocateStreams(streams, eps));
        return r == BackendResult.OK ? device.streams(eps[0]) : HostBackend.streamsError(r);
    }

    @Override
    public BackendResult freeStreams(List<Integer> endpoints) {
        return result(device.freeStreams(endpoints.stream().mapToInt(Integer::intValue).toArray()));
    }

    @Override
    public BackendTransfer newTransfer(int endpointType, int endpoint, int isoPackets, int capacity) {
        return new Transfer(endpointType, endpoint, isoPackets, capacity);
    }

    @Override
    public void close() {
        device.unplug();
    }

    static BackendResult result(DirectTransfer.Status s) {
        return switch (s) {
            case COMPLETED -> BackendResult.OK;
            case ERROR -> BackendResult.IO_ERROR;
            case TIMED_OUT -> BackendResult.TIMED_OUT;
            case CANCELLED -> BackendResult.CANCELLED;
            case STALL -> BackendResult.STALL;
            case NO_DEVICE -> BackendResult.NO_DEVICE;
            case OVERFLOW -> BackendResult.OVERFLOW;
        };
    }

    /** A BackendTransfer on a reusable {@link DirectTransfer}; control setups travel separately there. */
    private final class Transfer implements BackendTransfer {
        private static final ValueLayout.OfShort LE16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        private final int type;
        private final DirectTransfer t;
        private MemorySegment buffer;
        private MemorySegment afterSetup;
        private Completion completion;
        private final DirectTransfer.Callback callback = x -> completion.completed(this);

        Transfer(int type, int endpoint, int isoPackets, int capacity) {
            this.type = type;
            this.t = switch (type) {
                case EndpointType.CONTROL -> device.newControlTransfer();
                case EndpointType.ISO -> device.newIsoTransfer(endpoint, isoPackets);
                case EndpointType.BULK -> device.newTransfer(org.ffmusb.emulator.model.EndpointType.BULK, endpoint);
                default -> device.newTransfer(org.ffmusb.emulator.model.EndpointType.INTERRUPT, endpoint);
            };
            ensureCapacity(Math.max(capacity, 8));
        }

        @Override
        public void setEndpoint(int endpoint) {
            if (type != EndpointType.CONTROL) {
                t.endpoint(endpoint);
            }
        }

        @Override
        public MemorySegment buffer() {
            return buffer;
        }

        @Override
        public void ensureCapacity(long bytes) {
            if (buffer == null || buffer.byteSize() < bytes) {
                // Arena.ofAuto: freed once no transfer or model refers to it any more
                buffer = Arena.ofAuto().allocate(Math.max(bytes, 8), 8);
                afterSetup = buffer.asSlice(8);
            }
        }

        @Override
        public BackendResult submit(int length, int timeoutMs, int streamId, Completion completion) {
            this.completion = completion;
            try {
                t.timeout(timeoutMs);
                if (type == EndpointType.CONTROL) {
                    t.buffer(afterSetup).setup(buffer.get(ValueLayout.JAVA_BYTE, 0) & 0xff,
                            buffer.get(ValueLayout.JAVA_BYTE, 1) & 0xff, buffer.get(LE16, 2) & 0xffff,
                            buffer.get(LE16, 4) & 0xffff, buffer.get(LE16, 6) & 0xffff);
                } else if (type == EndpointType.ISO) {
                    t.buffer(buffer);
                } else {
                    t.buffer(buffer).length(length).streamId(streamId);
                }
                return t.submit(callback) ? BackendResult.OK : EmulatedBackend.result(t.status());
            } catch (IllegalArgumentException | IllegalStateException e) {
                return BackendResult.INVALID_PARAM;
            }
        }

        @Override
        public boolean cancel() {
            return t.cancel();
        }

        @Override
        public BackendResult result() {
            return EmulatedBackend.result(t.status());
        }

        @Override
        public int actualLength() {
            return t.actualLength();
        }

        @Override
        public int isoPacketCount() {
            return t.isoPacketCount();
        }

        @Override
        public void setIsoPacketLength(int packet, int length) {
            t.isoPacketLength(packet, length);
        }

        @Override
        public int isoPacketLength(int packet) {
            return t.isoPacketLength(packet);
        }

        @Override
        public int isoPacketActualLength(int packet) {
            return t.isoPacketActualLength(packet);
        }

        @Override
        public BackendResult isoPacketResult(int packet) {
            return EmulatedBackend.result(t.isoPacketStatus(packet));
        }

        @Override
        public long isoPacketOffset(int packet) {
            return t.isoPacketOffset(packet);
        }

        /** A transfer in flight ends when the device is unplugged (closing the backend), or is cancelled here. */
        @Override
        public void close() {
            t.cancel();
        }
    }
}
