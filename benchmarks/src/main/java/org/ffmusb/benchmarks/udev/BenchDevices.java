package org.ffmusb.benchmarks.udev;

import org.ffmusb.emulator.UsbEmulator;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;

/** The devices the udev benchmarks enumerate and watch: USB sticks, as udev sees them (transfers stall). */
final class BenchDevices {
    private BenchDevices() {}

    private static final int ROOT_PORTS = 15;
    private static final int HUB_PORTS = 7;

    record Stick(DeviceDefinition definition) implements DeviceModel {
        @Override
        public void transfer(Transfer transfer) {
            transfer.stall();
        }
    }

    /** A USB stick; even numbers are high-speed ones (bus 1), odd numbers SuperSpeed ones (bus 2). */
    static DeviceModel stick(int serial) {
        return stick(serial, serial % 2 == 1);
    }

    private static DeviceModel stick(int serial, boolean fast) {
        int packet = fast ? 1024 : 512;
        AltSetting bot = AltSetting.of(0, 0x08, 0x06, 0x50, null, Endpoint.bulk(0x81, packet),
                Endpoint.bulk(0x02, packet));
        return new Stick(DeviceDefinition.builder(0x0781, fast ? 0x5581 : 0x5567)
                .speed(fast ? Speed.SUPER : Speed.HIGH).usbVersion(fast ? 0x0320 : 0x0200)
                .strings("SanDisk", fast ? "Ultra" : "Cruzer Blade", String.format("BENCH%06d", serial))
                .configuration(Configuration.of(1, fast ? 896 : 200, Interface.of(0, bot))).build());
    }

    /** What {@link #plug} plugged: the sticks and the hubs they needed. */
    record Plugged(int sticks, int hubs) {}

    /**
     * Plugs {@code count} sticks, as a machine with a hub tree holds them: SuperSpeed ones on the ports of
     * bus 2's root hub (every other stick, while ports last), high-speed ones on bus 1, behind as many
     * 7-port USB 2.0 hubs as they need (the emulated hubs are USB 2.0 hubs).
     */
    static Plugged plug(UsbEmulator emulator, int count) {
        int superSpeed = Math.min(count / 2, ROOT_PORTS);
        int highSpeed = count - superSpeed;
        int hubs = Math.ceilDiv(Math.max(0, highSpeed - ROOT_PORTS), HUB_PORTS - 1);
        for (int i = 0; i < hubs; i++) {
            emulator.plugHub(HUB_PORTS);
        }
        int fast = 0;
        for (int i = 0; i < count; i++) {
            boolean ss = i % 2 == 1 && fast < superSpeed;
            emulator.plug(stick(i, ss));
            fast += ss ? 1 : 0;
        }
        return new Plugged(count, hubs);
    }
}
