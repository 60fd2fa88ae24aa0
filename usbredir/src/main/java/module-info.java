/**
 * The usbredir protocol: a sans-IO codec byte-compatible with C usbredirparser 0.13
 * ({@link org.ffmusb.usbredir.proto}), the usbredir device filter ({@link org.ffmusb.usbredir.filter}),
 * the usb-host role ({@link org.ffmusb.usbredir.host}), the usb-guest role ({@link org.ffmusb.usbredir.guest})
 * and what carries them ({@link org.ffmusb.usbredir.transport}).
 */
module org.ffmusb.usbredir {
    requires org.ffmusb.libusb;
    requires org.ffmusb.emulator;
    requires jdk.net;

    exports org.ffmusb.usbredir.proto;
    exports org.ffmusb.usbredir.filter;
    exports org.ffmusb.usbredir.transport;
    exports org.ffmusb.usbredir.host;
    exports org.ffmusb.usbredir.guest;
}
