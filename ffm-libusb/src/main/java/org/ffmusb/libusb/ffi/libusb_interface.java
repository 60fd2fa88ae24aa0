// In the shape jextract 22 generates from <libusb-1.0/libusb.h> 1.0.26; written by hand because jextract
// cannot be installed on our machines. Regenerate with ffm-libusb/jextract/regenerate.sh, then re-apply the
// patches listed in ffm-libusb/jextract/README.md.

package org.ffmusb.libusb.ffi;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;
import static org.ffmusb.libusb.ffi.libusb_h$shared.*;

/**
 * {@snippet lang=c :
 * struct libusb_interface {
 *     const struct libusb_interface_descriptor * altsetting;
 *     int num_altsetting;
 * }
 * }
 */
public class libusb_interface {

    libusb_interface() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        C_POINTER.withName("altsetting"),
        C_INT.withName("num_altsetting"),
        MemoryLayout.paddingLayout(4)
    ).withName("libusb_interface");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final AddressLayout altsetting$LAYOUT = (AddressLayout) $LAYOUT.select(groupElement("altsetting"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * const struct libusb_interface_descriptor * altsetting
     * }
     */
    public static final AddressLayout altsetting$layout() {
        return altsetting$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long altsetting$OFFSET = $LAYOUT.byteOffset(groupElement("altsetting"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * const struct libusb_interface_descriptor * altsetting
     * }
     */
    public static final long altsetting$offset() {
        return altsetting$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * const struct libusb_interface_descriptor * altsetting
     * }
     */
    public static MemorySegment altsetting(MemorySegment struct) {
        return struct.get(altsetting$LAYOUT, altsetting$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * const struct libusb_interface_descriptor * altsetting
     * }
     */
    public static void altsetting(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(altsetting$LAYOUT, altsetting$OFFSET, fieldValue);
    }

    private static final OfInt num_altsetting$LAYOUT = (OfInt) $LAYOUT.select(groupElement("num_altsetting"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * int num_altsetting
     * }
     */
    public static final OfInt num_altsetting$layout() {
        return num_altsetting$LAYOUT;
    }

    // Derived from $LAYOUT, never typed by hand (ffm-libusb/jextract/README.md, patch 1).
    private static final long num_altsetting$OFFSET = $LAYOUT.byteOffset(groupElement("num_altsetting"));

    /**
     * Offset for field:
     * {@snippet lang=c :
     * int num_altsetting
     * }
     */
    public static final long num_altsetting$offset() {
        return num_altsetting$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * int num_altsetting
     * }
     */
    public static int num_altsetting(MemorySegment struct) {
        return struct.get(num_altsetting$LAYOUT, num_altsetting$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * int num_altsetting
     * }
     */
    public static void num_altsetting(MemorySegment struct, int fieldValue) {
        struct.set(num_altsetting$LAYOUT, num_altsetting$OFFSET, fieldValue);
    }

    /**
     * Obtains a slice of {@code arrayParam} which selects the array element at {@code index}.
     * The returned segment has address {@code arrayParam.address() + index * layout().byteSize()}
     */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /**
     * The size (in bytes) of this struct
     */
    public static long sizeof() { return layout().byteSize(); }

    /**
     * Allocate a segment of size {@code layout().byteSize()} using {@code allocator}
     */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /**
     * Allocate an array of size {@code elementCount} using {@code allocator}.
     * The returned segment has size {@code elementCount * layout().byteSize()}.
     */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code elementCount * layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
