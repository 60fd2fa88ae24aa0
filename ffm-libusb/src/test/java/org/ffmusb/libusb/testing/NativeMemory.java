package org.ffmusb.libusb.testing;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Native memory of this process, two ways: the JVM's Native Memory Tracking (what {@code jcmd PID
 * VM.native_memory summary} prints, asked in-process through the DiagnosticCommand MBean; the JVM must run
 * with {@code -XX:NativeMemoryTracking=summary}) — FFM arenas count under "Other" — and glibc's
 * {@code mallinfo2()}, which also sees what libusb and umockdev allocate with malloc. Class-path code
 * (reads java.management).
 */
public final class NativeMemory {
    private NativeMemory() {}

    /** Committed bytes of NMT's "Other" category (FFM/Unsafe allocations) and of the whole JVM. */
    public record Nmt(long otherCommitted, long totalCommitted) {}

    public static Nmt nmt() {
        String out;
        try {
            out = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmNativeMemory",
                    new Object[] {new String[] {"summary", "scale=KB"}}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("VM.native_memory failed: " + e, e);
        }
        if (out.contains("not enabled")) {
            throw new IllegalStateException("start the JVM with -XX:NativeMemoryTracking=summary: " + out.strip());
        }
        return new Nmt(kb(out, "Other \\(reserved=\\d+KB, committed=(\\d+)KB\\)"),
                kb(out, "Total: reserved=\\d+KB, committed=(\\d+)KB"));
    }

    private static long kb(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in:\n" + text);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** struct mallinfo2: ten size_t (arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, ...). */
    private static final MemoryLayout MALLINFO2 = MemoryLayout.structLayout(JAVA_LONG.withName("arena"),
            JAVA_LONG.withName("ordblks"), JAVA_LONG.withName("smblks"), JAVA_LONG.withName("hblks"),
            JAVA_LONG.withName("hblkhd"), JAVA_LONG.withName("usmblks"), JAVA_LONG.withName("fsmblks"),
            JAVA_LONG.withName("uordblks"), JAVA_LONG.withName("fordblks"), JAVA_LONG.withName("keepcost"));
    private static final MethodHandle MALLINFO = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("mallinfo2").orElseThrow(),
            FunctionDescriptor.of(MALLINFO2));

    /** Bytes malloc has handed out and not got back, all arenas: uordblks + hblkhd of {@code mallinfo2()}. */
    public static long mallocInUse() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment info = (MemorySegment) MALLINFO.invokeExact((java.lang.foreign.SegmentAllocator) arena);
            return info.getAtIndex(JAVA_LONG, 7) + info.getAtIndex(JAVA_LONG, 4);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes the thread allocated on the Java heap so far. */
    public static long heapAllocatedBy(Thread thread) {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(thread.threadId());
    }
}
