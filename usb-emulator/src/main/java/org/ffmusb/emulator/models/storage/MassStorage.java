package org.ffmusb.emulator.models.storage;

import java.util.Locale;
import org.ffmusb.emulator.model.AltSetting;
import org.ffmusb.emulator.model.Configuration;
import org.ffmusb.emulator.model.ControlTransfer;
import org.ffmusb.emulator.model.DeviceContext;
import org.ffmusb.emulator.model.DeviceDefinition;
import org.ffmusb.emulator.model.DeviceModel;
import org.ffmusb.emulator.model.Endpoint;
import org.ffmusb.emulator.model.Interface;
import org.ffmusb.emulator.model.SetupPacket;
import org.ffmusb.emulator.model.Speed;
import org.ffmusb.emulator.model.Transfer;

/**
 * A high-speed USB flash drive: mass storage class, SCSI transparent command set over Bulk-Only
 * Transport, one LUN whose medium is a {@link DiskImage}. Identifies as 1209:0002. The Linux
 * usb-storage driver, QEMU guests behind usbredir and libusb programs speaking BOT all drive it like
 * a real stick.
 */
public final class MassStorage implements DeviceModel {
    public static final int VENDOR_ID = 0x1209;
    public static final int PRODUCT_ID = 0x0002;
    public static final int EP_IN = 0x81;
    public static final int EP_OUT = 0x02;
    /** Class request: Bulk-Only Mass Storage Reset. */
    public static final int REQUEST_RESET = 0xff;
    /** Class request: Get Max LUN. */
    public static final int REQUEST_GET_MAX_LUN = 0xfe;

    private final DiskImage image;
    private final String serial;
    private final ScsiDisk disk;
    private final BulkOnlyTransport transport;

    public MassStorage(DiskImage image) {
        this(image, String.format(Locale.ROOT, "%012X", image.path().toAbsolutePath().toString().hashCode() & 0xffff_ffffL));
    }

    /** @param serial the iSerialNumber, at least 12 hex digits as BOT §4.1.1 asks */
    public MassStorage(DiskImage image, String serial) {
        if (serial.length() < 12 || !serial.chars().allMatch(c -> "0123456789ABCDEF".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a mass storage serial number is at least 12 hex digits (0-9, A-F), got "
                    + serial);
        }
        this.image = image;
        this.serial = serial;
        this.disk = new ScsiDisk(image, serial);
        this.transport = new BulkOnlyTransport(disk, EP_IN, EP_OUT);
    }

    public DiskImage image() {
        return image;
    }

    @Override
    public DeviceDefinition definition() {
        AltSetting bot = AltSetting.of(0, 0x08, 0x06, 0x50, null, Endpoint.bulk(EP_IN, 512), Endpoint.bulk(EP_OUT, 512));
        return DeviceDefinition.builder(VENDOR_ID, PRODUCT_ID)
                .speed(Speed.HIGH)
                .usbVersion(0x0200)
                .strings("ffm-usbredir", "Mass Storage", serial)
                .configuration(Configuration.of(1, 200, Interface.of(0, bot)))
                .build();
    }

    @Override
    public void plugged(DeviceContext context) {
        transport.attach(context);
    }

    @Override
    public void transfer(Transfer t) {
        switch (t.endpoint()) {
            case EP_OUT -> transport.out(t);
            case EP_IN -> transport.in(t);
            default -> t.stall();
        }
    }

    @Override
    public void control(ControlTransfer t) {
        SetupPacket s = t.setup();
        boolean toInterface0 = s.type() == SetupPacket.Type.CLASS && s.recipient() == SetupPacket.Recipient.INTERFACE
                && s.index() == 0;
        if (toInterface0 && s.request() == REQUEST_RESET && !s.isIn() && s.value() == 0 && s.length() == 0) {
            transport.reset();
            t.complete(0);
        } else if (toInterface0 && s.request() == REQUEST_GET_MAX_LUN && s.isIn() && s.value() == 0 && s.length() >= 1) {
            t.buffer().set(java.lang.foreign.ValueLayout.JAVA_BYTE, 0, (byte) 0);
            t.complete(1);
        } else {
            t.stall();
        }
    }

    @Override
    public void configured(Configuration configuration) {
        transport.reset();
    }

    @Override
    public void reset() {
        transport.reset();
        disk.reset();
    }

    @Override
    public void unplugged() {
        image.flush();
    }
}
