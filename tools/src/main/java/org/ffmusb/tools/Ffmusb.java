package org.ffmusb.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ffmusb} command: with no arguments it runs the demo, otherwise one of its subcommands. */
@Command(name = "ffmusb", mixinStandardHelpOptions = true, versionProvider = Ffmusb.Version.class,
        description = {"SPICE USB redirection client in pure Java (FFM API).",
                "Run without arguments for a self-contained demo."},
        subcommands = {DemoCommand.class, RedirectCommand.class, UsbredirCommand.class, ListCommand.class, EmulateCommand.class,
                MonitorCommand.class, CommandLine.HelpCommand.class})
public final class Ffmusb implements Runnable {
    /** The version string in our usbredir hello and in {@code --version}. */
    public static final String VERSION = "ffmusb 0.1.0";

    @Override
    public void run() {
        try {
            int status = new DemoCommand().call();
            if (status != 0) {
                throw new picocli.CommandLine.ExecutionException(new picocli.CommandLine(this), "the demo failed");
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("the demo failed: " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) {
        OneLineLogs.install(2); // warnings and errors, one line each, unless a command asks for more
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Ffmusb()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {VERSION + " (usbredir protocol 0.7, Java " + Runtime.version() + ")"};
        }
    }
}
