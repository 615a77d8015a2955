package com.annavaram.hardening.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.annavaram.platform.launch.LocalPlatform;

/**
 * The figures the README's reliability section quotes: each suite appends its summary line to
 * {@code hardening/target/hardening-figures.txt} and logs it.
 */
public final class Figures {

    private static final System.Logger LOG = System.getLogger(Figures.class.getName());

    private Figures() {
    }

    public static void report(String suite, String summary) {
        String line = "[hardening] " + suite + ": " + summary;
        LOG.log(System.Logger.Level.INFO, line);
        Path file = LocalPlatform.findProjectRoot().resolve("hardening/target/hardening-figures.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
