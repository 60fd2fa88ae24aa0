/** ffmusb, the reference client of ffm-usbredir (picocli commands). */
module org.ffmusb.tools {
    requires org.ffmusb.usbredir;
    requires org.ffmusb.libusb;
    requires org.ffmusb.emulator;
    requires org.ffmusb.udev;
    requires info.picocli;
    requires java.logging;
    requires jdk.unsupported; // sun.misc.Signal: Ctrl-C and SIGTERM stop `redirect` with status 0

    opens org.ffmusb.tools to info.picocli;
}
