/** ffmusb, the reference client of ffm-usbredir (picocli commands). */
module org.ffmusb.tools {
    requires org.ffmusb.usbredir;
    requires org.ffmusb.libusb;
    requires org.ffmusb.emulator;
    requires org.ffmusb.udev;
    requires info.picocli;
    requires java.logging;

    opens org.ffmusb.tools to info.picocli;
}
