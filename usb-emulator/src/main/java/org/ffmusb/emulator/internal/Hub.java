package org.ffmusb.emulator.internal;

import java.lang.foreign.MemorySegment;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.ControlTransfer;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.SetupPacket;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;

/**
 * A USB hub, so that the emulated devices have parents that answer like real ones: lsusb -v reads a
 * hub's descriptor and port status, a program polling its status change endpoint (after unbinding the
 * {@link KernelDrivers hub driver}) sees devices come and go.
 * <ul>
 *   <li>{@link #root}: an xHCI root hub as Linux presents it ("Linux Foundation 2.0 root hub" 1d6b:0002
 *   on bus 1, "3.0 root hub" 1d6b:0003 on bus 2), 15 ports;</li>
 *   <li>{@link #external}: a high-speed USB 2.0 hub with a single transaction translator (1209:0004,
 *   "ffm-usbredir USB 2.0 Hub"), 1 to 15 ports, which low, full and high speed devices are plugged
 *   into, and other hubs: the paths 1-2.3, 1-2.3.1 of a real machine's tree.</li>
 * </ul>
 * The hub class requests of USB 2.0 §11.24.2 / USB 3.2 §10.16.2 it answers: GET_DESCRIPTOR(hub),
 * GET_STATUS of hub and ports, CLEAR_FEATURE of the hub's and ports' change bits, SET_FEATURE(PORT_POWER)
 * and (SuperSpeed) SET_HUB_DEPTH. Requests that would act on a port (reset, suspend, enable, power off)
 * stall: the devices behind the ports are reset through their own usbfs file (USBDEVFS_RESET), as they
 * are by the kernel's hub driver on Linux. Callbacks run on the I/O thread; {@link #connect}/{@link
 * #disconnect} on the thread that plugs or unplugs.
 */
final class Hub implements DeviceModel {
    /** The ports of a root hub, and the most an external hub may have here. */
    static final int PORTS = 15;
    static final int STATUS_ENDPOINT = 0x81;
    private static final int CLASS_HUB = 9;
    private static final int DT_HUB = 0x29;
    private static final int DT_SS_HUB = 0x2a;
    private static final int FEATURE_PORT_POWER = 8;
    private static final int FEATURE_C_PORT_FIRST = 16;
    private static final int FEATURE_C_PORT_LAST = 29;
    private static final int SET_HUB_DEPTH = 12;
    /** Individual port power switching and over-current reporting (what xHCI root hubs declare). */
    private static final int HUB_CHARACTERISTICS = 0x0009;

    private final boolean root;
    private final boolean superSpeed;
    private final HubPorts ports;
    private final DeviceDefinition definition;

    private Hub(boolean root, boolean superSpeed, int portCount) {
        this.root = root;
        this.superSpeed = superSpeed;
        this.ports = new HubPorts(portCount, superSpeed);
        this.definition = root ? rootDefinition() : externalDefinition();
    }

    /** The root hub of bus 1 (USB 2) or bus 2 (USB 3, {@code superSpeed}). */
    static Hub root(boolean superSpeed) {
        return new Hub(true, superSpeed, PORTS);
    }

    /** A high-speed USB 2.0 hub with {@code portCount} downstream ports (1 to 15). */
    static Hub external(int portCount) {
        if (portCount < 1 || portCount > PORTS) {
            throw new IllegalArgumentException("a hub has 1 to " + PORTS + " ports here, not " + portCount);
        }
        return new Hub(false, false, portCount);
    }

    boolean isRoot() {
        return root;
    }

    int portCount() {
        return ports.count();
    }

    @Override
    public DeviceDefinition definition() {
        return definition;
    }

    private DeviceDefinition rootDefinition() {
        String kernel = System.getProperty("os.version", "6.1.0").replaceAll("[^0-9.].*", "");
        Endpoint status = Endpoint.interrupt(STATUS_ENDPOINT, 4, 12);
        Configuration c = Configuration.of(1, 0, Interface.of(0, AltSetting.of(0, CLASS_HUB, 0, 0, null, status)))
                .withSelfPowered(true).withRemoteWakeup(true);
        return DeviceDefinition.builder(0x1d6b, superSpeed ? 0x0003 : 0x0002)
                .speed(superSpeed ? Speed.SUPER : Speed.HIGH)
                .usbVersion(superSpeed ? 0x0300 : 0x0200)
                // bDeviceProtocol: 1 = high-speed hub with a single TT, 3 = SuperSpeed hub
                .deviceClass(CLASS_HUB, 0, superSpeed ? 3 : 1)
                .deviceVersion(kernelBcd(kernel))
                .strings("Linux " + kernel + " xhci-hcd", "xHCI Host Controller", SysfsRecord.CONTROLLER_NAME)
                .configuration(c)
                .build();
    }

    /**
     * USB 2.0 §11.23.1: device class 9, protocol 1 (high speed with a single TT), one interface of class 9
     * protocol 0 with the status change endpoint (one bit per port and one for the hub, polled every 256 ms).
     */
    private DeviceDefinition externalDefinition() {
        Endpoint status = Endpoint.interrupt(STATUS_ENDPOINT, ports.bitmapBytes(), 12);
        Configuration c = Configuration.of(1, 100, Interface.of(0, AltSetting.of(0, CLASS_HUB, 0, 0, null, status)))
                .withSelfPowered(true).withRemoteWakeup(true);
        return DeviceDefinition.builder(0x1209, 0x0004)
                .speed(Speed.HIGH)
                .usbVersion(0x0200)
                .deviceClass(CLASS_HUB, 0, 1)
                .deviceVersion(0x0100)
                .strings("ffm-usbredir", "USB 2.0 Hub", null)
                .configuration(c)
                .build();
    }

    /** Linux writes its version into bcdDevice: 6.1 is 0x0601. */
    static int kernelBcd(String version) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return bcd(major) << 8 | bcd(minor);
        } catch (NumberFormatException e) {
            return 0x0601;
        }
    }

    private static int bcd(int v) {
        return ((v / 10) % 10) << 4 | v % 10;
    }

    void connect(int port, Speed speed, int address) {
        ports.connect(port, speed, address);
    }

    /** The kernel's hub driver was bound to (true) or unbound from the hub's interface. */
    void driverBound(boolean bound) {
        ports.acknowledgeChanges(bound);
    }

    /** Per port, the address of the device plugged there or 0 (USBDEVFS_HUB_PORTINFO). */
    byte[] portAddresses() {
        return ports.addresses();
    }

    void disconnect(int port) {
        ports.disconnect(port);
    }

    @Override
    public void transfer(Transfer t) {
        if (t.endpoint() == STATUS_ENDPOINT) {
            ports.poll(t);
        } else {
            t.stall();
        }
    }

    @Override
    public void control(ControlTransfer t) {
        SetupPacket s = t.setup();
        if (s.type() != SetupPacket.Type.CLASS) {
            t.stall(); // no vendor requests; standard ones the emulator did not answer (qualifier, debug)
            return;
        }
        int port = s.index() & 0xff;
        boolean toPort = s.recipient() == SetupPacket.Recipient.OTHER;
        boolean toHub = s.recipient() == SetupPacket.Recipient.DEVICE;
        boolean validPort = port >= 1 && port <= ports.count();
        switch (s.request()) {
            case SetupPacket.GET_DESCRIPTOR -> {
                // xHCI's USB 2 root hub answers whatever type is asked; its USB 3 one wants the whole
                // SuperSpeed hub descriptor
                boolean ok = superSpeed ? s.descriptorType() == DT_SS_HUB && s.length() >= 12 : true;
                if (toHub && s.isIn() && ok) {
                    reply(t, hubDescriptor());
                } else {
                    t.stall();
                }
            }
            case SetupPacket.GET_STATUS -> {
                if (!s.isIn() || s.value() != 0) {
                    t.stall();
                } else if (toHub) {
                    reply(t, new byte[4]); // local power good, no over-current, no changes
                } else if (toPort && validPort) {
                    reply(t, ports.portStatus(port));
                } else {
                    t.stall();
                }
            }
            case SetupPacket.CLEAR_FEATURE -> {
                if (toHub && (s.value() == 0 || s.value() == 1)) { // C_HUB_LOCAL_POWER, C_HUB_OVER_CURRENT
                    t.complete(0);
                } else if (toPort && validPort && s.value() >= FEATURE_C_PORT_FIRST
                        && s.value() <= FEATURE_C_PORT_LAST) {
                    ports.clearChange(port, s.value() - FEATURE_C_PORT_FIRST);
                    t.complete(0);
                } else {
                    t.stall();
                }
            }
            case SetupPacket.SET_FEATURE -> {
                if (toPort && validPort && s.value() == FEATURE_PORT_POWER) {
                    t.complete(0); // the ports are powered already
                } else {
                    t.stall();
                }
            }
            case SET_HUB_DEPTH -> {
                if (superSpeed && toHub && !s.isIn() && s.value() == 0) {
                    t.complete(0);
                } else {
                    t.stall();
                }
            }
            default -> t.stall();
        }
    }

    /** The hub descriptor (USB 2.0 Table 11-13; USB 3.2 Table 10-3), no port marked non-removable. */
    private byte[] hubDescriptor() {
        int n = ports.count();
        if (superSpeed) {
            return new byte[] {12, DT_SS_HUB, (byte) n, HUB_CHARACTERISTICS, 0, 10, 0, 0, 0, 0, 0, 0};
        }
        int bitmap = ports.bitmapBytes();
        byte[] d = new byte[7 + 2 * bitmap];
        d[0] = (byte) d.length;
        d[1] = DT_HUB;
        d[2] = (byte) n;
        d[3] = HUB_CHARACTERISTICS;
        // bPwrOn2PwrGood (2 ms units): 20 ms for xHCI's root ports, 100 ms for a hub's; bHubContrCurrent
        d[5] = (byte) (root ? 10 : 50);
        d[6] = (byte) (root ? 0 : 100);
        for (int i = 0; i < bitmap; i++) {
            d[7 + bitmap + i] = (byte) 0xff; // PortPwrCtrlMask: all ones, as USB 2.0 asks
        }
        return d;
    }

    private static void reply(ControlTransfer t, byte[] data) {
        int n = Math.min(data.length, t.length());
        MemorySegment.copy(data, 0, t.buffer(), java.lang.foreign.ValueLayout.JAVA_BYTE, 0, n);
        t.complete(n);
    }
}
