package org.ffmusb.udev.testing;

import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;

/**
 * Device models for the udev tests. Only their descriptors matter to udev (sysfs is written from
 * them); data transfers are stalled.
 */
public final class TestDevices {
    private TestDevices() {}

    /** A model that is nothing but its descriptors. */
    public record Described(DeviceDefinition definition) implements DeviceModel {
        @Override
        public void transfer(Transfer transfer) {
            transfer.stall();
        }
    }

    /** A high-speed USB stick (mass storage, bulk-only transport) with the given ids and strings. */
    public static DeviceModel stick(int vendorId, int productId, String manufacturer, String product, String serial) {
        AltSetting bot = AltSetting.of(0, 0x08, 0x06, 0x50, null, Endpoint.bulk(0x81, 512), Endpoint.bulk(0x02, 512));
        return new Described(DeviceDefinition.builder(vendorId, productId).speed(Speed.HIGH)
                .strings(manufacturer, product, serial).deviceVersion(0x0100)
                .configuration(Configuration.of(1, 200, Interface.of(0, bot))).build());
    }

    /** A full-speed composite device: a HID keyboard (interface 0) and a vendor interface named "Firmware update". */
    public static DeviceModel composite(int vendorId, int productId, String manufacturer, String product) {
        AltSetting keyboard = AltSetting.of(0, 0x03, 0x01, 0x01, "Keyboard", Endpoint.interrupt(0x81, 8, 10));
        AltSetting vendor = AltSetting.of(0, 0xff, 0x42, 0x01, "Firmware update", Endpoint.bulk(0x82, 64),
                Endpoint.bulk(0x03, 64));
        return new Described(DeviceDefinition.builder(vendorId, productId).speed(Speed.FULL)
                .strings(manufacturer, product, null).deviceVersion(0x0213)
                .configuration(Configuration.of(1, 100, Interface.of(0, keyboard), Interface.of(1, vendor))).build());
    }

    /** A device that reports no strings at all. */
    public static DeviceModel anonymous(int vendorId, int productId) {
        AltSetting vendor = AltSetting.of(0, 0xff, 0x00, 0x00, null, Endpoint.bulk(0x81, 512));
        return new Described(DeviceDefinition.builder(vendorId, productId).speed(Speed.HIGH)
                .configuration(Configuration.of(1, 100, Interface.of(0, vendor))).build());
    }

    /** A SuperSpeed device: it sits on the USB 3 root hub (bus 2). */
    public static DeviceModel superSpeed(int vendorId, int productId) {
        AltSetting bot = AltSetting.of(0, 0x08, 0x06, 0x50, null, Endpoint.bulk(0x81, 1024), Endpoint.bulk(0x02, 1024));
        return new Described(DeviceDefinition.builder(vendorId, productId).speed(Speed.SUPER).usbVersion(0x0320)
                .strings("Fast", "Disk", "SS-1")
                .configuration(Configuration.of(1, 896, Interface.of(0, bot))).build());
    }
}
