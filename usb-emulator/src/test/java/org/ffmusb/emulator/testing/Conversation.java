package org.ffmusb.emulator.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A program the test talks to line by line: it sends a command and waits for the answer ("OK ..." or
 * "ERR ..."). Output and error are merged; a virtual thread reads them.
 */
public final class Conversation implements AutoCloseable {
    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder transcript = new StringBuilder();

    private Conversation(Process process) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofVirtual().start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
    }

    /** Starts the program and waits for its first line to be {@code ready}. */
    public static Conversation start(ProcessBuilder pb, String ready) throws InterruptedException {
        try {
            Conversation c = new Conversation(pb.redirectErrorStream(true).start());
            c.expect(ready);
            return c;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + pb.command() + ": " + e.getMessage(), e);
        }
    }

    /** Sends {@code command} and returns the program's answer (at most 15 s). */
    public String ask(String command) throws InterruptedException {
        try {
            in.write(command + "\n");
            in.flush();
        } catch (IOException e) {
            fail("the program is gone (" + e.getMessage() + "); it printed:\n" + transcript);
        }
        transcript.append("> ").append(command).append('\n');
        return next();
    }

    /** Sends {@code command} and fails unless the answer is "OK command". */
    public void require(String command) throws InterruptedException {
        String answer = ask(command);
        if (!answer.equals("OK " + command)) {
            fail("'" + command + "' answered '" + answer + "'; the conversation:\n" + transcript);
        }
    }

    private void expect(String wanted) throws InterruptedException {
        String line = next();
        if (!line.equals(wanted)) {
            fail("expected '" + wanted + "', got '" + line + "'");
        }
    }

    private String next() throws InterruptedException {
        String line = lines.poll(15, TimeUnit.SECONDS);
        if (line == null) {
            fail("no answer within 15 s; the conversation:\n" + transcript);
        }
        transcript.append(line).append('\n');
        return line;
    }

    /** Ends the input (the program then exits without cleaning up) and waits for it. */
    public void hangUp() throws InterruptedException {
        try {
            in.close();
        } catch (IOException ignored) {
            // gone already
        }
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            fail("the program did not end when its input did");
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
