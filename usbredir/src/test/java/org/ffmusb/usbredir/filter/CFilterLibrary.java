package org.ffmusb.usbredir.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ffmusb.usbredir.testing.NativeBuild;

/**
 * The real C usbredirfilter (libusbredirparser 0.13) reached through {@code src/test/c/filter_harness.c}:
 * command lines in the harness's format, their replies decoded, and two ways to run them — a whole
 * batch through one process ({@link #batch}), or one long-lived process answering line by line
 * ({@link #start}, for jqwik properties). The line format is documented in the C file.
 */
final class CFilterLibrary implements AutoCloseable {
    private static final HexFormat HEX = HexFormat.of();

    /** C's -EINVAL on Linux. */
    static final int EINVAL = -22;

    /** A string_to_rules outcome as C reports it: the rules (raw allow kept) and their serialization. */
    record Parsed(int rc, List<int[]> rawRules, String serialized) {
        boolean accepted() {
            return rc == 0;
        }

        /** The rules as ours represents them (allow = non-zero). */
        List<FilterRule> rules() {
            return rawRules.stream().map(r -> new FilterRule(r[0], r[1], r[2], r[3], r[4] != 0)).toList();
        }
    }

    // ----------------------------------------------------------------------------------- commands

    static String parse(String filter, String tokenSeparators, String ruleSeparators) {
        return "parse " + encode(tokenSeparators) + " " + encode(ruleSeparators) + " " + encode(filter);
    }

    static String wide(String filter, String tokenSeparators, String ruleSeparators) {
        return "wide " + encode(tokenSeparators) + " " + encode(ruleSeparators) + " " + encode(filter);
    }

    static String toString(List<FilterRule> rules, String tokenSeparators, String ruleSeparators) {
        return "tostring " + encode(tokenSeparators) + " " + encode(ruleSeparators) + " " + rules(rules);
    }

    /** verify of raw rules: each int[5] is class, vendor, product, version, allow. */
    static String verify(List<int[]> rawRules) {
        var sb = new StringBuilder("verify ").append(rawRules.size());
        for (int[] r : rawRules) {
            for (int v : r) {
                sb.append(' ').append(v);
            }
        }
        return sb.toString();
    }

    static String check(List<FilterRule> rules, FilterDevice device, int flags) {
        var sb = new StringBuilder("check ").append(flags);
        ClassCode d = device.deviceClass();
        sb.append(' ').append(d.baseClass()).append(' ').append(d.subclass()).append(' ').append(d.protocol());
        sb.append(' ').append(device.vendorId()).append(' ').append(device.productId())
                .append(' ').append(device.deviceVersionBcd());
        sb.append(' ').append(device.interfaces().size());
        for (ClassCode i : device.interfaces()) {
            sb.append(' ').append(i.baseClass()).append(' ').append(i.subclass()).append(' ').append(i.protocol());
        }
        return sb.append(' ').append(rules(rules)).toString();
    }

    static String print(List<FilterRule> rules) {
        return "print " + rules(rules);
    }

    private static String rules(List<FilterRule> rules) {
        var sb = new StringBuilder().append(rules.size());
        for (FilterRule r : rules) {
            sb.append(' ').append(r.deviceClass()).append(' ').append(r.vendorId()).append(' ').append(r.productId())
                    .append(' ').append(r.deviceVersionBcd()).append(' ').append(r.allow() ? 1 : 0);
        }
        return sb.toString();
    }

    /** "x" + hex of the ISO-8859-1 bytes: the bytes a C caller would pass for this Java string. */
    static String encode(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                throw new IllegalArgumentException("char U+" + Integer.toHexString(s.charAt(i))
                        + " has no single-byte C equivalent: " + s);
            }
        }
        return "x" + HEX.formatHex(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ------------------------------------------------------------------------------------ replies

    static Parsed parsedReply(String line) {
        String[] w = line.split(" ");
        if (w[0].equals("err")) {
            return new Parsed(Integer.parseInt(w[1]), List.of(), null);
        }
        if (!w[0].equals("ok")) {
            throw new AssertionError("unexpected harness reply: " + line);
        }
        int n = Integer.parseInt(w[1]);
        var rules = new ArrayList<int[]>();
        for (int i = 0; i < n; i++) {
            int[] r = new int[5];
            for (int f = 0; f < 5; f++) {
                r[f] = Integer.parseInt(w[2 + 5 * i + f]);
            }
            rules.add(r);
        }
        return new Parsed(0, rules, stringReply(w[2 + 5 * n]));
    }

    /** A "x<hex>" string, or null for "null". */
    static String stringReply(String word) {
        if (word.equals("null")) {
            return null;
        }
        if (!word.startsWith("x")) {
            throw new AssertionError("unexpected harness string: " + word);
        }
        return new String(HEX.parseHex(word.substring(1)), StandardCharsets.ISO_8859_1);
    }

    /** The reply of a tostring command: the string, or null when C returned NULL. */
    static String toStringReply(String line) {
        return line.equals("null") ? null : stringReply(line.substring("ok ".length()));
    }

    // ------------------------------------------------------------------------------------ running

    static Path binary() {
        return NativeBuild.compile("filter_harness.c", List.of("libusbredirparser-0.5"));
    }

    /** Runs all commands through one harness process; one reply line per command. */
    static List<String> batch(List<String> commands) {
        var stdin = new StringBuilder();
        commands.forEach(c -> stdin.append(c).append('\n'));
        try {
            NativeBuild.Result result = NativeBuild.run(List.of(binary().toString()),
                    stdin.toString().getBytes(StandardCharsets.US_ASCII)).requireSuccess("filter_harness");
            List<String> replies = result.stdoutText().lines().toList();
            if (replies.size() != commands.size()) {
                throw new AssertionError(commands.size() + " commands but " + replies.size() + " replies");
            }
            return replies;
        } catch (IOException e) {
            throw new AssertionError("cannot run filter_harness: " + e.getMessage(), e);
        }
    }

    /** Starts a harness process that answers one command at a time (close it when done). */
    static CFilterLibrary start() {
        try {
            return new CFilterLibrary(new ProcessBuilder(binary().toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            throw new AssertionError("cannot start filter_harness: " + e.getMessage(), e);
        }
    }

    private final Process process;
    private final Writer in;
    private final BufferedReader out;

    private CFilterLibrary(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    }

    /** Sends one command and waits for its reply line. */
    synchronized String call(String command) {
        try {
            in.write(command);
            in.write('\n');
            in.flush();
            String reply = out.readLine();
            if (reply == null) {
                throw new AssertionError("filter_harness ended (exit " + process.waitFor() + ") on: " + command);
            }
            return reply;
        } catch (IOException e) {
            throw new AssertionError("filter_harness failed on " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("filter_harness did not exit after its input closed");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("filter_harness exited with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new AssertionError("cannot close filter_harness: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
