package org.ffmusb.emulator.ffi;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * What jextract puts in every header class, shared by the headers of this package: the C type
 * layouts of x86_64/aarch64 Linux and the lookup helpers.
 */
final class ffi$shared {
    private ffi$shared() {}

    static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;
    /** A pointer whose target is unbounded, so C strings can be read without reinterpreting. */
    static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(Long.MAX_VALUE, ValueLayout.JAVA_BYTE));

    /** Looks a library up by soname for the life of the JVM; the message says which package has it. */
    static SymbolLookup library(String soname, String debianPackage) {
        try {
            return SymbolLookup.libraryLookup(soname, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new UnsatisfiedLinkError(soname + " not found: install the Debian package " + debianPackage
                    + " (./test installs what the tests need)");
        }
    }

    static MemorySegment findOrThrow(SymbolLookup lookup, String symbol) {
        return lookup.find(symbol).orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol));
    }

    static MethodHandle downcall(SymbolLookup lookup, String symbol, FunctionDescriptor descriptor,
            Linker.Option... options) {
        return Linker.nativeLinker().downcallHandle(findOrThrow(lookup, symbol), descriptor, options);
    }

    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
        try {
            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    static MethodType type(FunctionDescriptor descriptor) {
        return descriptor.toMethodType();
    }
}
