package org.ffmusb.usbredir.host;

import java.util.List;

/**
 * The device a {@link UsbRedirHost} redirects: a real one through ffm-libusb ({@link LibUsbBackend})
 * or one written in Java ({@link EmulatedBackend}). Operations are synchronous and run on the host's
 * reader thread; transfers complete on the backend's own thread ({@link BackendTransfer.Completion}).
 */
public interface HostBackend extends AutoCloseable {

    /** For messages: "1234:5678 (bus 1 device 4)". */
    String description();

    /** The device and its active configuration, read now (it changes with the configuration). */
    DeviceDescription describe();

    /** True if the backend can allocate bulk streams (usbredir cap bulk_streams). */
    boolean supportsBulkStreams();

    /** Lets the kernel drivers of interfaces we claim be detached automatically (and re-attached). */
    void setAutoDetachKernelDrivers(boolean enable);

    BackendResult claimInterface(int interfaceNumber);

    BackendResult releaseInterface(int interfaceNumber);

    BackendResult attachKernelDriver(int interfaceNumber);

    BackendResult reset();

    /** bConfigurationValue, or -1 to unconfigure. */
    BackendResult setConfiguration(int value);

    BackendResult setAltSetting(int interfaceNumber, int alternate);

    BackendResult clearHalt(int endpoint);

    /** Allocates {@code streams} streams on the endpoints; the count obtained, or a negative {@link #streamsError}. */
    int allocStreams(int streams, List<Integer> endpoints);

    BackendResult freeStreams(List<Integer> endpoints);

    /** The result behind a negative {@link #allocStreams} value. */
    static BackendResult streamsError(int value) {
        return BackendResult.values()[-value];
    }

    /** A negative {@link #allocStreams} value for {@code result}. */
    static int streamsError(BackendResult result) {
        return -result.ordinal();
    }

    /** A transfer of a type ({@link org.ffmusb.usbredir.proto.EndpointType}) on an endpoint. */
    BackendTransfer newTransfer(int endpointType, int endpoint, int isoPackets, int capacity);

    /** Closes the device; transfers must have completed. */
    @Override
    void close();
}
