package org.ffmusb.usbredir.proto;

/** A packet the usb-guest may send (and the usb-host receives). */
public sealed interface GuestPacket extends Packet, ReceivedByHost
        permits Hello, Reset, SetConfiguration, GetConfiguration, SetAltSetting, GetAltSetting,
        StartIsoStream, StopIsoStream, StartInterruptReceiving, StopInterruptReceiving, AllocBulkStreams,
        FreeBulkStreams, CancelDataPacket, FilterReject, FilterFilter, DeviceDisconnectAck,
        StartBulkReceiving, StopBulkReceiving, ControlPacket, BulkPacket, IsoPacket, InterruptPacket {
}
