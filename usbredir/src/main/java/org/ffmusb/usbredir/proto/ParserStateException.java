package org.ffmusb.usbredir.proto;

/** A serialized parser state that C usbredirparser_unserialize would refuse (reference §11). */
public final class ParserStateException extends Exception {
    private static final long serialVersionUID = 1L;

    public ParserStateException(String message) {
        super(message);
    }
}
