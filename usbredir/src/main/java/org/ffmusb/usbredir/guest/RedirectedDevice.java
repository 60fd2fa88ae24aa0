package org.ffmusb.usbredir.guest;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.ffmusb.usbredir.proto.AllocBulkStreams;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.EpInfo;
import org.ffmusb.usbredir.proto.FilterReject;
import org.ffmusb.usbredir.proto.FreeBulkStreams;
import org.ffmusb.usbredir.proto.GetAltSetting;
import org.ffmusb.usbredir.proto.GetConfiguration;
import org.ffmusb.usbredir.proto.InterfaceInfo;
import org.ffmusb.usbredir.proto.Reset;
import org.ffmusb.usbredir.proto.SetAltSetting;
import org.ffmusb.usbredir.proto.SetConfiguration;
import org.ffmusb.usbredir.proto.Speed;
import org.ffmusb.usbredir.proto.StartBulkReceiving;
import org.ffmusb.usbredir.proto.StartInterruptReceiving;
import org.ffmusb.usbredir.proto.StartIsoStream;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.proto.StopBulkReceiving;
import org.ffmusb.usbredir.proto.StopInterruptReceiving;
import org.ffmusb.usbredir.proto.StopIsoStream;

/**
 * The device a usbredir host has attached to a {@link UsbRedirGuest}: what device_connect, interface_info
 * and ep_info say about it, the descriptors the guest read, and the requests a guest can make
 * (reference §3, §9). Every request returns at once with a {@link RedirRequest} that completes on the
 * transport's I/O thread with the host's reply; after the device has detached, requests complete at once
 * with status ioerror. Thread-safe.
 */
public final class RedirectedDevice {
    private final UsbRedirGuest guest;
    private final DeviceConnect connect;
    private final CompletableFuture<Void> detached = new CompletableFuture<>();
    private volatile List<RedirectedInterface> interfaces = List.of();
    private volatile List<RedirectedEndpoint> endpoints = List.of();
    private volatile RawDescriptors descriptors = RawDescriptors.NONE;
    private volatile boolean attached = true;

    RedirectedDevice(UsbRedirGuest guest, DeviceConnect connect, InterfaceInfo interfaceInfo, EpInfo epInfo) {
        this.guest = guest;
        this.connect = connect;
        update(interfaceInfo, epInfo);
    }

    // ------------------------------------------------------------------------------------ what it is

    /** A {@link Speed} code. */
    public int speed() {
        return connect.speed();
    }

    public int deviceClass() {
        return connect.deviceClass();
    }

    public int deviceSubclass() {
        return connect.deviceSubclass();
    }

    public int deviceProtocol() {
        return connect.deviceProtocol();
    }

    public int vendorId() {
        return connect.vendorId();
    }

    public int productId() {
        return connect.productId();
    }

    /** bcdDevice, or {@link DeviceConnect#ABSENT} without cap connect_device_version. */
    public int deviceVersionBcd() {
        return connect.deviceVersionBcd();
    }

    /** The interfaces of the active configuration, updated after configuration and alt setting changes. */
    public List<RedirectedInterface> interfaces() {
        return interfaces;
    }

    /** The endpoints of the current alternate settings (ep0 not included), updated like interfaces. */
    public List<RedirectedEndpoint> endpoints() {
        return endpoints;
    }

    /** The endpoint with this address, or null. */
    public RedirectedEndpoint endpoint(int address) {
        for (RedirectedEndpoint e : endpoints) {
            if (e.address() == address) {
                return e;
            }
        }
        return null;
    }

    /** What the guest read at attach; empty when it was created without enumerating. */
    public RawDescriptors descriptors() {
        return descriptors;
    }

    public boolean isAttached() {
        return attached;
    }

    /** Completes (on the I/O thread) when the device detaches: device_disconnect or connection end. */
    public CompletableFuture<Void> detached() {
        return detached;
    }

    /** {@code 1209:0002 high speed}. */
    @Override
    public String toString() {
        return String.format("%04x:%04x %s speed", vendorId(), productId(), Speed.name(speed()));
    }

    // -------------------------------------------------------------------------------- requests

    /** A control transfer with data from the device; {@code requestType} must have bit 0x80. */
    public RedirRequest<ControlResult> controlIn(int requestType, int request, int value, int index, int length) {
        if ((requestType & 0x80) == 0) {
            throw new IllegalArgumentException("controlIn needs an IN request type (bit 0x80): 0x"
                    + Integer.toHexString(requestType));
        }
        var r = new RedirRequest<ControlResult>(guest, RedirRequest.Kind.CONTROL, 0x80, null, false);
        return guest.send(this, r, (p, id) -> p.sendControlPacket(id, 0x80, request, requestType, Status.SUCCESS, value,
                index, length, null, 0, 0));
    }

    /** A control transfer with data to the device (possibly none); {@code requestType} without bit 0x80. */
    public RedirRequest<ControlResult> controlOut(int requestType, int request, int value, int index, byte[] data) {
        if ((requestType & 0x80) != 0) {
            throw new IllegalArgumentException("controlOut needs an OUT request type: 0x" + Integer.toHexString(requestType));
        }
        MemorySegment bytes = MemorySegment.ofArray(data.clone());
        var r = new RedirRequest<ControlResult>(guest, RedirRequest.Kind.CONTROL, 0x00, null, false);
        return guest.send(this, r, (p, id) -> p.sendControlPacket(id, 0x00, request, requestType, Status.SUCCESS, value,
                index, data.length, bytes, 0, bytes.byteSize()));
    }

    /**
     * A bulk transfer: for an IN endpoint up to {@code buffer.byteSize()} bytes are received into
     * {@code buffer} (copied there on the I/O thread before completion; keep the buffer alive and
     * unchanged until then); for an OUT endpoint the buffer's bytes are sent (copied into the send queue
     * before this returns). More than 65535 bytes need cap 32bits_bulk_length, at most 128 MiB.
     */
    public RedirRequest<TransferResult> bulk(int endpoint, MemorySegment buffer) {
        return bulk(endpoint, 0, buffer);
    }

    /** A bulk transfer on a bulk stream (stream id ≠ 0 after {@link #allocBulkStreams}). */
    public RedirRequest<TransferResult> bulk(int endpoint, long streamId, MemorySegment buffer) {
        Objects.requireNonNull(buffer, "buffer");
        return guest.bulk(this, endpoint, streamId, buffer);
    }

    /** An interrupt OUT transfer of {@code data} (at most the endpoint's max packet size for usbredirhost). */
    public RedirRequest<TransferResult> interruptOut(int endpoint, MemorySegment data) {
        if ((endpoint & 0x80) != 0) {
            throw new IllegalArgumentException("interrupt IN data comes from startInterruptReceiving, not interruptOut");
        }
        var r = new RedirRequest<TransferResult>(guest, RedirRequest.Kind.INTERRUPT, endpoint, null, false);
        int length = Math.toIntExact(data.byteSize());
        return guest.send(this, r, (p, id) -> p.sendInterruptPacket(id, endpoint, Status.SUCCESS, length, data, 0, length));
    }

    /** SET_CONFIGURATION through the host (set_configuration); the interfaces and endpoints follow. */
    public RedirRequest<ConfigurationResult> setConfiguration(int configuration) {
        var r = new RedirRequest<ConfigurationResult>(guest, RedirRequest.Kind.CONFIGURATION, 0, null, false);
        return guest.send(this, r, (p, id) -> p.send(new SetConfiguration(id, configuration)));
    }

    /** The active configuration value as the host tracks it (get_configuration). */
    public RedirRequest<ConfigurationResult> configuration() {
        var r = new RedirRequest<ConfigurationResult>(guest, RedirRequest.Kind.CONFIGURATION, 0, null, false);
        return guest.send(this, r, (p, id) -> p.send(new GetConfiguration(id)));
    }

    /** SET_INTERFACE through the host (set_alt_setting); the interfaces and endpoints follow. */
    public RedirRequest<AltSettingResult> setAltSetting(int interfaceNumber, int alt) {
        var r = new RedirRequest<AltSettingResult>(guest, RedirRequest.Kind.ALT_SETTING, interfaceNumber, null, false);
        return guest.send(this, r, (p, id) -> p.send(new SetAltSetting(id, interfaceNumber, alt)));
    }

    /** The interface's alternate setting as the host tracks it (get_alt_setting). */
    public RedirRequest<AltSettingResult> altSetting(int interfaceNumber) {
        var r = new RedirRequest<AltSettingResult>(guest, RedirRequest.Kind.ALT_SETTING, interfaceNumber, null, false);
        return guest.send(this, r, (p, id) -> p.send(new GetAltSetting(id, interfaceNumber)));
    }

    /**
     * Resets the device (reset). The host does not answer a reset, so a get_configuration follows it and
     * this completes with that reply: usbredirhost handles both in order, so success means the reset is
     * done and the device is still there (a failed reset detaches it, §9.2). Streams the host was running
     * report stall first (restart them).
     */
    public RedirRequest<ConfigurationResult> reset() {
        var r = new RedirRequest<ConfigurationResult>(guest, RedirRequest.Kind.CONFIGURATION, 0, null, false);
        return guest.send(this, r, (p, id) -> {
            p.send(new Reset(0));
            p.send(new GetConfiguration(id));
        });
    }

    /** alloc_bulk_streams: {@code streams} streams on each of {@code endpoints} (USB 3 bulk endpoints). */
    public RedirRequest<BulkStreamsResult> allocBulkStreams(int streams, int... endpoints) {
        long mask = mask(endpoints);
        var r = new RedirRequest<BulkStreamsResult>(guest, RedirRequest.Kind.BULK_STREAMS, 0, null, false);
        return guest.send(this, r, (p, id) -> p.send(new AllocBulkStreams(id, mask, streams)));
    }

    /** free_bulk_streams on {@code endpoints}. */
    public RedirRequest<BulkStreamsResult> freeBulkStreams(int... endpoints) {
        long mask = mask(endpoints);
        var r = new RedirRequest<BulkStreamsResult>(guest, RedirRequest.Kind.BULK_STREAMS, 0, null, false);
        return guest.send(this, r, (p, id) -> p.send(new FreeBulkStreams(id, mask)));
    }

    /**
     * start_iso_stream: the host keeps {@code transfers} transfers of {@code packetsPerTransfer} packets
     * in flight (usbredirhost allows 1–32 and 1–16). For an IN endpoint {@code listener} gets every
     * packet; for an OUT endpoint pass null and send packets with {@link #sendIsoPacket}.
     */
    public RedirRequest<StreamStatus> startIsoStream(int endpoint, int packetsPerTransfer, int transfers,
                                                     StreamListener listener) {
        requireListenerForIn(endpoint, listener);
        return guest.stream(this, endpoint, listener, new StartIsoStream(0, endpoint, packetsPerTransfer, transfers), false);
    }

    public RedirRequest<StreamStatus> stopIsoStream(int endpoint) {
        return guest.stream(this, endpoint, null, new StopIsoStream(0, endpoint), true);
    }

    /**
     * One iso OUT packet of a started stream (no reply: the host reports errors as an unsolicited stream
     * status, see {@link StreamListener#stopped}). False, sending nothing, when the device is gone.
     */
    public boolean sendIsoPacket(int endpoint, MemorySegment data) {
        int length = Math.toIntExact(data.byteSize());
        return guest.sendOneWay(this, (p, id) -> p.sendIsoPacket(0, endpoint, Status.SUCCESS, length, data, 0, length));
    }

    /** start_interrupt_receiving on an interrupt IN endpoint: {@code listener} gets every packet. */
    public RedirRequest<StreamStatus> startInterruptReceiving(int endpoint, StreamListener listener) {
        requireListenerForIn(endpoint, Objects.requireNonNull(listener, "listener"));
        return guest.stream(this, endpoint, listener, new StartInterruptReceiving(0, endpoint), false);
    }

    public RedirRequest<StreamStatus> stopInterruptReceiving(int endpoint) {
        return guest.stream(this, endpoint, null, new StopInterruptReceiving(0, endpoint), true);
    }

    /**
     * start_bulk_receiving on a bulk IN endpoint (cap bulk_receiving): the host keeps {@code transfers}
     * transfers of {@code bytesPerTransfer} (a multiple of the max packet size) in flight and sends each
     * completion as a buffered_bulk_packet to {@code listener}.
     */
    public RedirRequest<StreamStatus> startBulkReceiving(int endpoint, long streamId, int bytesPerTransfer, int transfers,
                                                         StreamListener listener) {
        requireListenerForIn(endpoint, Objects.requireNonNull(listener, "listener"));
        return guest.stream(this, endpoint, listener,
                new StartBulkReceiving(0, streamId, bytesPerTransfer, endpoint, transfers), false);
    }

    public RedirRequest<StreamStatus> stopBulkReceiving(int endpoint, long streamId) {
        return guest.stream(this, endpoint, null, new StopBulkReceiving(0, streamId, endpoint), true);
    }

    /**
     * filter_reject: tells the host this guest does not want the device (needs cap filter; usbredirhost
     * then lets its application drop it, §9.2). False when the device is already gone.
     */
    public boolean reject() {
        return guest.sendOneWay(this, (p, id) -> p.send(new FilterReject(0)));
    }

    // -------------------------------------------------------------------------- guest's updates

    void update(InterfaceInfo i, EpInfo e) {
        if (i != null) {
            List<RedirectedInterface> list = new ArrayList<>();
            for (int k = 0; k < i.interfaceCount(); k++) {
                list.add(new RedirectedInterface(i.interfaces().get(k), i.interfaceClasses().get(k),
                        i.interfaceSubclasses().get(k), i.interfaceProtocols().get(k)));
            }
            interfaces = List.copyOf(list);
        }
        if (e != null) {
            List<RedirectedEndpoint> list = new ArrayList<>();
            for (int k = 0; k < EpInfo.ENDPOINTS; k++) {
                int type = e.types().get(k);
                if (type == EndpointType.INVALID || k == 0 || k == 16) {
                    continue;
                }
                list.add(new RedirectedEndpoint(EndpointType.address(k), type, e.intervals().get(k),
                        e.interfaces().get(k), e.maxPacketSizes() == null ? 0 : e.maxPacketSizes().get(k),
                        e.maxStreams() == null ? 0 : e.maxStreams().get(k)));
            }
            endpoints = List.copyOf(list);
        }
    }

    void setDescriptors(RawDescriptors d) {
        descriptors = d;
    }

    void markDetached() {
        attached = false;
    }

    CompletableFuture<Void> detachedFuture() {
        return detached;
    }

    private static void requireListenerForIn(int endpoint, StreamListener listener) {
        if ((endpoint & 0x80) != 0 && listener == null) {
            throw new IllegalArgumentException("an IN stream needs a listener for its packets");
        }
    }

    private static long mask(int... endpoints) {
        long mask = 0;
        for (int e : endpoints) {
            mask |= 1L << EndpointType.index(e);
        }
        return mask;
    }
}
