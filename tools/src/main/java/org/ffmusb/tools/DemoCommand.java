package org.ffmusb.tools;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ffmusb.usbredir.filter.FilterRule;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.ConfigurationStatus;
import org.ffmusb.usbredir.proto.DeviceConnect;
import org.ffmusb.usbredir.proto.DeviceDisconnect;
import org.ffmusb.usbredir.proto.EndpointType;
import org.ffmusb.usbredir.proto.EpInfo;
import org.ffmusb.usbredir.proto.FilterFilter;
import org.ffmusb.usbredir.proto.GuestParser;
import org.ffmusb.usbredir.proto.HostParser;
import org.ffmusb.usbredir.proto.InterfaceInfo;
import org.ffmusb.usbredir.proto.PacketFormat;
import org.ffmusb.usbredir.proto.Reset;
import org.ffmusb.usbredir.proto.SetConfiguration;
import org.ffmusb.usbredir.proto.Speed;
import org.ffmusb.usbredir.proto.Status;
import org.ffmusb.usbredir.proto.UsbRedirParser;
import picocli.CommandLine.Command;

/**
 * {@code ffmusb demo}: encodes a realistic usbredir session between a host and a guest parser (hello,
 * filter, a USB stick attaching, descriptors, a SCSI READ over Bulk-Only Transport, unplug), decodes
 * each side's bytes with the other side's parser and prints what went over the wire.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Encode a realistic usbredir session (a USB stick redirected to a VM), decode it, print it.")
final class DemoCommand implements Runnable {
    private final HostParser host = new HostParser(Ffmusb.VERSION, Caps.ALL);
    private final GuestParser guest = new GuestParser("qemu usb-redir guest 7.2.22", Caps.ALL);
    private long hostToGuest;
    private long guestToHost;
    private int packets;

    @Override
    public void run() {
        System.out.println("A usb-host (us) redirects a SanDisk USB stick (0781:5567) to a usb-guest (QEMU).");
        System.out.println("Every packet below was encoded by one parser and decoded by the other.\n");
        flush();
        guest.send(new FilterFilter(List.of(new FilterRule(0x03, -1, -1, -1, false),
                new FilterRule(-1, -1, -1, -1, true))));
        flush();
        host.send(interfaceInfo());
        host.send(epInfo());
        host.send(new DeviceConnect(0, Speed.HIGH, 0, 0, 0, 0x0781, 0x5567, 0x0126));
        flush();
        guest.send(new Reset(0));
        guest.sendControlPacket(1, 0x80, 6, 0x80, 0, 0x0100, 0, 18, null, 0, 0);
        flush();
        byte[] deviceDescriptor = {18, 1, 0, 2, 0, 0, 0, 64, (byte) 0x81, 7, 0x67, 0x55, 0x26, 1, 1, 2, 3, 1};
        host.sendControlPacket(1, 0x80, 6, 0x80, Status.SUCCESS, 0x0100, 0, 18,
                MemorySegment.ofArray(deviceDescriptor), 0, 18);
        flush();
        guest.send(new SetConfiguration(2, 1));
        flush();
        host.send(interfaceInfo());
        host.send(epInfo());
        host.send(new ConfigurationStatus(2, Status.SUCCESS, 1));
        flush();
        byte[] cbw = commandBlockWrapper();
        guest.sendBulkPacket(3, 0x02, 0, cbw.length, 0, MemorySegment.ofArray(cbw), 0, cbw.length);
        guest.sendBulkPacket(4, 0x81, 0, 512, 0, null, 0, 0);
        guest.sendBulkPacket(5, 0x81, 0, 13, 0, null, 0, 0);
        flush();
        host.sendBulkPacket(3, 0x02, Status.SUCCESS, cbw.length, 0, null, 0, 0);
        byte[] sector = bootSector();
        host.sendBulkPacket(4, 0x81, Status.SUCCESS, sector.length, 0, MemorySegment.ofArray(sector), 0, sector.length);
        byte[] csw = {0x55, 0x53, 0x42, 0x53, 0x01, 0, 0, 0, 0, 0, 0, 0, 0};
        host.sendBulkPacket(5, 0x81, Status.SUCCESS, csw.length, 0, MemorySegment.ofArray(csw), 0, csw.length);
        flush();
        host.send(new DeviceDisconnect());
        flush();
        flush();
        System.out.printf("%n%d packets, %d bytes host -> guest, %d bytes guest -> host, all decoded.%n",
                packets, hostToGuest, guestToHost);
        System.out.println("Decode your own captures with: ffmusb usbredir decode --from host|guest FILE");
    }

    /** Moves queued bytes both ways and prints what each receiver decodes. */
    private void flush() {
        byte[] down = host.drain();
        byte[] up = guest.drain();
        hostToGuest += down.length;
        guestToHost += up.length;
        print("host  -> guest", guest, down);
        print("guest -> host ", host, up);
    }

    private void print(String direction, UsbRedirParser<?, ?> receiver, byte[] bytes) {
        receiver.feed(bytes);
        while (receiver.advance()) {
            packets++;
            System.out.println(direction + "  " + PacketFormat.text(receiver.cursor()).substring(10));
        }
    }

    private static InterfaceInfo interfaceInfo() {
        List<Integer> zeros = Collections.nCopies(32, 0);
        List<Integer> numbers = new ArrayList<>(zeros);
        List<Integer> classes = new ArrayList<>(zeros);
        List<Integer> subclasses = new ArrayList<>(zeros);
        List<Integer> protocols = new ArrayList<>(zeros);
        classes.set(0, 0x08);
        subclasses.set(0, 0x06);
        protocols.set(0, 0x50);
        return new InterfaceInfo(0, 1, numbers, classes, subclasses, protocols);
    }

    private static EpInfo epInfo() {
        List<Integer> types = new ArrayList<>(Collections.nCopies(32, EndpointType.INVALID));
        List<Integer> maxPacketSizes = new ArrayList<>(Collections.nCopies(32, 0));
        types.set(EndpointType.index(0x00), EndpointType.CONTROL);
        types.set(EndpointType.index(0x80), EndpointType.CONTROL);
        types.set(EndpointType.index(0x02), EndpointType.BULK);
        types.set(EndpointType.index(0x81), EndpointType.BULK);
        maxPacketSizes.set(EndpointType.index(0x00), 64);
        maxPacketSizes.set(EndpointType.index(0x80), 64);
        maxPacketSizes.set(EndpointType.index(0x02), 512);
        maxPacketSizes.set(EndpointType.index(0x81), 512);
        List<Integer> zeros = Collections.nCopies(32, 0);
        return new EpInfo(0, types, zeros, zeros, maxPacketSizes, Collections.nCopies(32, 0L));
    }

    /** A Bulk-Only Transport CBW carrying SCSI READ(10) of LBA 0, one 512-byte block. */
    private static byte[] commandBlockWrapper() {
        ByteBuffer b = ByteBuffer.allocate(31).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x43425355).putInt(1).putInt(512).put((byte) 0x80).put((byte) 0).put((byte) 10);
        b.put(new byte[] {0x28, 0, 0, 0, 0, 0, 0, 0, 1, 0});
        return b.array();
    }

    private static byte[] bootSector() {
        byte[] sector = new byte[512];
        byte[] jump = {(byte) 0xEB, 0x3C, (byte) 0x90, 'M', 'S', 'D', 'O', 'S', '5', '.', '0'};
        System.arraycopy(jump, 0, sector, 0, jump.length);
        sector[510] = 0x55;
        sector[511] = (byte) 0xAA;
        return sector;
    }
}
