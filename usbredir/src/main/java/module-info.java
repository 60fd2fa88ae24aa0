/**
 * The usbredir protocol: a sans-IO codec byte-compatible with C usbredirparser 0.13
 * ({@link org.ffmusb.usbredir.proto}) and the usbredir device filter
 * ({@link org.ffmusb.usbredir.filter}).
 */
module org.ffmusb.usbredir {
    exports org.ffmusb.usbredir.proto;
    exports org.ffmusb.usbredir.filter;
    exports org.ffmusb.usbredir.transport;
}
