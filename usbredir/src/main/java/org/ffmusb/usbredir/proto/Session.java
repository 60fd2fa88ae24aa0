package org.ffmusb.usbredir.proto;

import static org.ffmusb.usbredir.proto.Offsets.HDR_SIZE_32;
import static org.ffmusb.usbredir.proto.Offsets.HDR_SIZE_64;

/**
 * What one side knows about the connection (reference §2, §5): its role and caps, the peer's caps and
 * version once its hello arrived, and what follows from both — the negotiated caps and the main header
 * size. Shared by the reader and the writer of a parser.
 */
final class Session {
    final Role role;
    private Caps ourCaps;
    private Caps peerCaps;
    private String peerVersion;
    private Caps negotiated = Caps.NONE;
    private int headerSize = HDR_SIZE_32;

    Session(Role role, Caps caps) {
        this.role = role;
        // §7.3: a C guest parser acks disconnects itself, so it always advertises the ack.
        Caps effective = role == Role.GUEST ? caps.with(Cap.DEVICE_DISCONNECT_ACK) : caps;
        this.ourCaps = effective.consistent();
    }

    Caps ourCaps() {
        return ourCaps;
    }

    /** The peer's caps, or null before its hello. */
    Caps peerCaps() {
        return peerCaps;
    }

    String peerVersion() {
        return peerVersion;
    }

    Caps negotiated() {
        return negotiated;
    }

    int headerSize() {
        return headerSize;
    }

    boolean hasPeerHello() {
        return peerCaps != null;
    }

    boolean peerHas(Cap cap) {
        return peerCaps != null && peerCaps.has(cap);
    }

    /** The peer's hello: its first caps word after the §5 consistency rule. */
    void acceptPeerHello(Caps caps, String version) {
        peerVersion = version;
        install(ourCaps, caps.consistent());
    }

    /** A restored state (ParserState): caps as saved, no consistency rule applied, like C. */
    void install(Caps ours, Caps peer) {
        ourCaps = ours;
        peerCaps = peer;
        negotiated = peer == null ? Caps.NONE : ours.negotiate(peer);
        headerSize = negotiated.has(Cap.IDS_64BITS) ? HDR_SIZE_64 : HDR_SIZE_32;
    }
}
