package org.ffmusb.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ffmusb.usbredir.proto.Caps;
import org.ffmusb.usbredir.proto.GuestParser;
import org.ffmusb.usbredir.proto.HostParser;
import org.ffmusb.usbredir.proto.PacketCursor;
import org.ffmusb.usbredir.proto.PacketFormat;
import org.ffmusb.usbredir.proto.Role;
import org.ffmusb.usbredir.proto.UsbRedirParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ffmusb usbredir decode}: a dissector for a captured usbredir byte stream of one side. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode a usbredir byte stream sent by one side, as the other side's parser reads it.",
                "The sender's caps come from its hello in the stream; rejected packets are reported and skipped",
                "exactly as C usbredirparser skips them, and decoding continues."},
        footer = {"", "Examples:",
                "  ffmusb usbredir decode --from guest qemu-hello.bin",
                "  ffmusb usbredir decode --from host --json capture.bin | jq .type",
                "", "Exit status: 0 when every packet decoded, 1 when packets were rejected or the stream ends",
                "inside a packet, 2 on usage errors."})
final class DecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "host|guest",
            description = "Which side sent the stream: host (usbredirect, a SPICE client) or guest (QEMU).")
    Role from;

    @Option(names = "--receiver-caps", paramLabel = "HEX", defaultValue = "0xff",
            description = "Caps word of the receiving side (default: ${DEFAULT-VALUE}, all eight caps).")
    String receiverCaps;

    @Option(names = "--json", description = "One JSON object per line: packets with every C field, errors as {\"error\":...}.")
    boolean json;

    @Parameters(paramLabel = "FILE|-", description = "Captured bytes of one direction; - reads standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        Caps caps = new Caps(parseCaps(receiverCaps));
        UsbRedirParser<?, ?> parser = from == Role.GUEST ? new HostParser(caps) : new GuestParser(caps);
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
            byte[] chunk = new byte[64 * 1024];
            for (int n; (n = in.read(chunk)) > 0; ) {
                parser.feed(chunk, 0, n);
                errors += printEvents(parser, out);
            }
        }
        if (parser.bufferedInput() > 0) {
            String message = parser.bufferedInput() + " bytes at the end do not complete a packet";
            out.println(json ? "{\"error\":\"" + message + "\"}" : "truncated: " + message);
            errors++;
        }
        out.flush();
        return errors == 0 ? 0 : 1;
    }

    private int printEvents(UsbRedirParser<?, ?> parser, PrintWriter out) {
        int errors = 0;
        PacketCursor cursor = parser.cursor();
        while (parser.advance()) {
            out.println(json ? PacketFormat.json(cursor) : PacketFormat.text(cursor));
            if (cursor.isError()) {
                errors++;
            }
        }
        return errors;
    }

    private static int parseCaps(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        return (int) Long.parseLong(digits, 16);
    }
}
