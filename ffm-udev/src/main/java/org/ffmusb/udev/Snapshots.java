package org.ffmusb.udev;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small helpers shared by the snapshot classes. */
final class Snapshots {
    private Snapshots() {}

    static SortedMap<String, String> sortedCopy(Map<String, String> map) {
        if (map instanceof SortedMap<String, String> sorted && isUnmodifiable(sorted)) {
            return sorted;
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    private static final Class<?> UNMODIFIABLE_SORTED = Collections.unmodifiableSortedMap(new TreeMap<>()).getClass();

    private static boolean isUnmodifiable(Map<?, ?> map) {
        return map.getClass() == UNMODIFIABLE_SORTED;
    }

    static String hex2(int value) {
        return value < 0 ? "??" : String.format("%02x", value);
    }

    static String hex4(int value) {
        return value < 0 ? "????" : String.format("%04x", value);
    }
}
