package org.ffmusb.usbredir.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.ffmusb.libusb.ConfigDescriptor;
import org.ffmusb.libusb.DeviceDescriptor;
import org.ffmusb.libusb.EndpointDescriptor;
import org.ffmusb.libusb.InterfaceDescriptor;
import org.ffmusb.libusb.Speed;
import org.ffmusb.libusb.TransferStatus;
import org.ffmusb.libusb.UsbDevice;
import org.ffmusb.libusb.UsbDeviceHandle;
import org.ffmusb.libusb.UsbException;
import org.ffmusb.libusb.UsbInterface;

/**
 * A real (or umockdev-emulated) device through ffm-libusb. Transfers complete on the libusb context's
 * event thread. Closing the backend closes the handle.
 */
public final class LibUsbBackend implements HostBackend {
    private final UsbDeviceHandle handle;
    private final UsbDevice device;

    /** Takes ownership of an open handle. */
    public LibUsbBackend(UsbDeviceHandle handle) {
        this.handle = handle;
        this.device = handle.device();
    }

    public UsbDeviceHandle handle() {
        return handle;
    }

    @Override
    public String description() {
        DeviceDescriptor d = device.descriptor();
        return String.format("%04x:%04x (bus %d device %d)", d.vendorId(), d.productId(), device.busNumber(),
                device.address());
    }

    @Override
    public DeviceDescription describe() {
        DeviceDescriptor d = device.descriptor();
        Optional<DeviceDescription.Configuration> active = device.activeConfiguration().map(LibUsbBackend::configuration);
        int first = device.configurations().isEmpty() ? -1 : device.configurations().getFirst().configurationValue();
        return new DeviceDescription(speed(device.speed()), d.deviceClass(), d.deviceSubClass(), d.deviceProtocol(),
                d.vendorId(), d.productId(), d.bcdDevice(), d.numConfigurations(), first, active);
    }

    @Override
    public boolean supportsBulkStreams() {
        return true; // libusb 1.0.19+ has libusb_alloc_streams; we require 1.0.26
    }

    @Override
    public void setAutoDetachKernelDrivers(boolean enable) {
        run(() -> {
            handle.setAutoDetachKernelDriver(enable);
            return null;
        });
    }

    @Override
    public BackendResult claimInterface(int interfaceNumber) {
        return run(() -> {
            handle.claimInterface(interfaceNumber);
            return null;
        });
    }

    @Override
    public BackendResult releaseInterface(int interfaceNumber) {
        return run(() -> {
            handle.releaseInterface(interfaceNumber);
            return null;
        });
    }

    @Override
    public BackendResult attachKernelDriver(int interfaceNumber) {
        return run(() -> {
            handle.attachKernelDriver(interfaceNumber);
            return null;
        });
    }

    @Override
    public BackendResult reset() {
        return run(() -> {
            handle.reset();
            return null;
        });
    }

    @Override
    public BackendResult setConfiguration(int value) {
        return run(() -> {
            handle.setConfiguration(value);
            return null;
        });
    }

    @Override
    public BackendResult setAltSetting(int interfaceNumber, int alternate) {
        return run(() -> {
            handle.setAltSetting(interfaceNumber, alternate);
            return null;
        });
    }

    @Override
    public BackendResult clearHalt(int endpoint) {
        return run(() -> {
            handle.clearHalt(endpoint);
            return null;
        });
    }

    @Override
    public int allocStreams(int streams, List<Integer> endpoints) {
        try {
            return handle.allocStreams(streams, endpoints.stream().mapToInt(Integer::intValue).toArray());
        } catch (UsbException e) {
            return HostBackend.streamsError(result(e));
        }
    }

    @Override
    public BackendResult freeStreams(List<Integer> endpoints) {
        return run(() -> {
            handle.freeStreams(endpoints.stream().mapToInt(Integer::intValue).toArray());
            return null;
        });
    }

    @Override
    public BackendTransfer newTransfer(int endpointType, int endpoint, int isoPackets, int capacity) {
        return new LibUsbTransfer(handle, endpointType, endpoint, isoPackets, capacity);
    }

    @Override
    public void close() {
        handle.close();
    }

    /** libusb_transfer_status → result. */
    static BackendResult result(TransferStatus status) {
        return switch (status) {
            case COMPLETED -> BackendResult.OK;
            case ERROR -> BackendResult.IO_ERROR;
            case TIMED_OUT -> BackendResult.TIMED_OUT;
            case CANCELLED -> BackendResult.CANCELLED;
            case STALL -> BackendResult.STALL;
            case NO_DEVICE -> BackendResult.NO_DEVICE;
            case OVERFLOW -> BackendResult.OVERFLOW;
        };
    }

    /** LIBUSB_ERROR_* → result. */
    static BackendResult result(UsbException e) {
        return switch (e.error()) {
            case NO_DEVICE -> BackendResult.NO_DEVICE;
            case INVALID_PARAM -> BackendResult.INVALID_PARAM;
            case TIMEOUT -> BackendResult.TIMED_OUT;
            case PIPE -> BackendResult.STALL;
            case BUSY -> BackendResult.BUSY;
            case NOT_FOUND -> BackendResult.NOT_FOUND;
            case NOT_SUPPORTED -> BackendResult.NOT_SUPPORTED;
            case OVERFLOW -> BackendResult.OVERFLOW;
            default -> BackendResult.IO_ERROR;
        };
    }

    private static BackendResult run(Supplier<Void> operation) {
        try {
            operation.get();
            return BackendResult.OK;
        } catch (UsbException e) {
            return result(e);
        }
    }

    private static int speed(Speed speed) {
        return switch (speed) {
            case LOW -> org.ffmusb.usbredir.proto.Speed.LOW;
            case FULL -> org.ffmusb.usbredir.proto.Speed.FULL;
            case HIGH -> org.ffmusb.usbredir.proto.Speed.HIGH;
            case SUPER -> org.ffmusb.usbredir.proto.Speed.SUPER;
            // reference §6: usbredirhost sends SuperSpeedPlus and unknown as "unknown"
            default -> org.ffmusb.usbredir.proto.Speed.UNKNOWN;
        };
    }

    private static DeviceDescription.Configuration configuration(ConfigDescriptor c) {
        List<DeviceDescription.Interface> interfaces = new ArrayList<>();
        for (UsbInterface i : c.interfaces()) {
            List<DeviceDescription.AltSetting> alts = new ArrayList<>();
            for (InterfaceDescriptor a : i.altSettings()) {
                List<DeviceDescription.Endpoint> eps = new ArrayList<>();
                for (EndpointDescriptor e : a.endpoints()) {
                    int streams = e.ssCompanion().map(s -> s.attributes() & 0x1f).orElse(0);
                    eps.add(new DeviceDescription.Endpoint(e.address(), e.attributes(), e.maxPacketSize(), e.interval(),
                            streams));
                }
                alts.add(new DeviceDescription.AltSetting(a.alternateSetting(), a.interfaceClass(),
                        a.interfaceSubClass(), a.interfaceProtocol(), eps));
            }
            interfaces.add(new DeviceDescription.Interface(i.altSettings().getFirst().number(), alts));
        }
        return new DeviceDescription.Configuration(c.configurationValue(), interfaces);
    }
}
