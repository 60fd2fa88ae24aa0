package org.ffmusb.usbredir.proto;

/** A packet the usb-host may send (and the usb-guest receives). */
public sealed interface HostPacket extends Packet, ReceivedByGuest
        permits Hello, DeviceConnect, DeviceDisconnect, InterfaceInfo, EpInfo, ConfigurationStatus,
        AltSettingStatus, IsoStreamStatus, InterruptReceivingStatus, BulkStreamsStatus, FilterFilter,
        BulkReceivingStatus, ControlPacket, BulkPacket, IsoPacket, InterruptPacket, BufferedBulkPacket {
}
