package org.ffmusb.usbredir.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The {@code HOST:PORT} arguments of usbredirect's {@code --to} and {@code --as} (reference §12). Like
 * usbredirect the text is split at its first colon; beyond it, an IPv6 literal may be given in
 * brackets ({@code [::1]:4000}). Errors are {@link IllegalArgumentException}s meant for people.
 */
public final class SocketAddresses {
    private SocketAddresses() {}

    /**
     * The target of {@code --to}: a host name or numeric address and a port 1–65535. The result is
     * unresolved; {@link TcpClient} resolves it at each attempt, so a retry sees DNS changes.
     */
    public static InetSocketAddress parseConnect(String text) {
        String[] parts = split(text, "--to HOST:PORT, e.g. 127.0.0.1:4000");
        int port = port(parts[1], text, 1);
        return InetSocketAddress.createUnresolved(parts[0], port);
    }

    /**
     * The address of {@code --as}: a numeric IPv4 or IPv6 address (as usbredirect, which does not
     * resolve names) and a port 0–65535, 0 meaning any free port.
     */
    public static InetSocketAddress parseListen(String text) {
        String[] parts = split(text, "--as ADDRESS:PORT, e.g. 127.0.0.1:4000");
        int port = port(parts[1], text, 0);
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(parts[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + parts[0] + "' in '" + text + "' is not a numeric address: "
                    + "listen on an IP address such as 127.0.0.1, 0.0.0.0 or [::1] (names are not resolved, as in usbredirect)");
        }
        return new InetSocketAddress(address, port);
    }

    private static String[] split(String text, String usage) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf("]:");
            if (close < 0) {
                throw new IllegalArgumentException("'" + text + "' is not [IPV6]:PORT; expected " + usage);
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else {
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + text + "' has no port; expected " + usage);
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no host; expected " + usage);
        }
        return new String[] {host, port};
    }

    private static int port(String digits, String text, int min) {
        int port;
        try {
            port = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < min || port > 65535) {
            throw new IllegalArgumentException("'" + digits + "' in '" + text + "' is not a port number (" + min
                    + "-65535)");
        }
        return port;
    }
}
