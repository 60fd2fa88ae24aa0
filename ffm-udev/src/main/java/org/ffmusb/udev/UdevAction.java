package org.ffmusb.udev;

/** What happened to a device, as udev reports it in {@code ACTION}. */
public enum UdevAction {
    /** The device appeared (plugged in, or its configuration created an interface). */
    ADD,
    /** The device is gone; its sysfs directory no longer exists when the event arrives. */
    REMOVE,
    /** A kernel driver was bound to the device or interface. */
    BIND,
    /** The kernel driver let go of the device or interface. */
    UNBIND,
    /**
     * Something about the device changed that a driver reported, or {@code udevadm trigger} asked for a
     * fresh look. (A new USB configuration is no change: its interfaces are removed and added.)
     */
    CHANGE,
    /** The device was renamed or moved in the sysfs tree. */
    MOVE,
    /** The device went online. */
    ONLINE,
    /** The device went offline. */
    OFFLINE,
    /** An action this version does not know; see {@link UsbEvent#actionName()}. */
    OTHER;

    /** The action for udev's lower-case name ({@code "add"}); {@link #OTHER} for anything else. */
    public static UdevAction of(String name) {
        if (name == null) {
            return OTHER;
        }
        return switch (name) {
            case "add" -> ADD;
            case "remove" -> REMOVE;
            case "bind" -> BIND;
            case "unbind" -> UNBIND;
            case "change" -> CHANGE;
            case "move" -> MOVE;
            case "online" -> ONLINE;
            case "offline" -> OFFLINE;
            default -> OTHER;
        };
    }

    /** udev's name of the action, e.g. {@code "add"}. */
    public String udevName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
