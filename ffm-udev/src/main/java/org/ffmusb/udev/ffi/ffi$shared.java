package org.ffmusb.udev.ffi;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;

/**
 * What jextract puts in every header class, shared by the headers of this package: the C type layouts of
 * 64-bit Linux (x86_64, aarch64) and the lookup helpers. Written by hand; the generated classes use it.
 */
@SuppressWarnings("restricted")
final class ffi$shared {
    private ffi$shared() {}

    static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;
    static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    /** A pointer whose target is unbounded, so C strings can be read without reinterpreting. */
    static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(Long.MAX_VALUE, ValueLayout.JAVA_BYTE));

    /** Looks a library up by soname for the life of the JVM; the error names the Debian package to install. */
    static SymbolLookup library(String soname, String debianPackage) {
        try {
            return SymbolLookup.libraryLookup(soname, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new UnsatisfiedLinkError(soname + " not found: install the Debian package " + debianPackage
                    + " (apt-get install " + debianPackage + ")");
        }
    }

    static MemorySegment findOrThrow(SymbolLookup lookup, String symbol) {
        return lookup.find(symbol).orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol
                + " (ffm-udev needs libudev from systemd 252 or later)"));
    }
}
