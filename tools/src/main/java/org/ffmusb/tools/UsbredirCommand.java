package org.ffmusb.tools;

import picocli.CommandLine.Command;

/** {@code ffmusb usbredir}: tools for the usbredir protocol itself. */
@Command(name = "usbredir", mixinStandardHelpOptions = true,
        description = "Work with usbredir streams and peers.",
        subcommands = {DecodeCommand.class, ProbeCommand.class})
final class UsbredirCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
