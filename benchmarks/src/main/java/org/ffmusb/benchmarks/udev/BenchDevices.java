package org.ffmusb.benchmarks.udev;

import java.util.ArrayList;
import java.util.List;
import org.ffmusb.emulator.EmulatorException;
import org.ffmusb.emulator.PluggedDevice;
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

    record Stick(DeviceDefinition definition) implements DeviceModel {
        @Override
        public void transfer(Transfer transfer) {
            transfer.stall();
        }
    }

    /** A USB stick; even numbers are high-speed ones (bus 1), odd numbers SuperSpeed ones (bus 2). */
    static DeviceModel stick(int serial) {
        boolean fast = serial % 2 == 1;
        int packet = fast ? 1024 : 512;
        AltSetting bot = AltSetting.of(0, 0x08, 0x06, 0x50, null, Endpoint.bulk(0x81, packet),
                Endpoint.bulk(0x02, packet));
        return new Stick(DeviceDefinition.builder(0x0781, fast ? 0x5581 : 0x5567)
                .speed(fast ? Speed.SUPER : Speed.HIGH).usbVersion(fast ? 0x0320 : 0x0200)
                .strings("SanDisk", fast ? "Ultra" : "Cruzer Blade", String.format("BENCH%06d", serial))
                .configuration(Configuration.of(1, fast ? 896 : 200, Interface.of(0, bot))).build());
    }

    /** Plugs up to {@code count} sticks; fewer when the emulator runs out of ports (it says why). */
    static List<PluggedDevice> plug(UsbEmulator emulator, int count, StringBuilder limit) {
        List<PluggedDevice> plugged = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                plugged.add(emulator.plug(stick(i)));
            } catch (EmulatorException e) {
                limit.append(e.getMessage());
                break;
            }
        }
        return plugged;
    }
}
