package com.annavaram.platform.secrets;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code platform secrets}: generates the local secrets once. */
@Command(name = "secrets", mixinStandardHelpOptions = true, description = "Creates the missing local secrets in a "
        + "folder: admin-jwt-secret, otp-pepper, jwt-private.pem (PKCS#8) and jwt-public.pem. Never replaces a file.")
public final class SecretsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = ".run", description = "folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() {
        List<Path> created = LocalSecrets.ensure(dir);
        created.forEach(file -> spec.commandLine().getOut().println("created " + file));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
