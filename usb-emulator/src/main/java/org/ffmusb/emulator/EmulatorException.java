package org.ffmusb.emulator;

/**
 * The emulator cannot do what was asked: the JVM lacks the umockdev preload, a native library is
 * missing, umockdev rejected a device. The message says what happened and what to do.
 */
public class EmulatorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmulatorException(String message) {
        super(message);
    }

    public EmulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
