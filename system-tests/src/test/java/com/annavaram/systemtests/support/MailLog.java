package com.annavaram.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails the user-service logged instead of sending them ({@code MAIL_LOG=true}: Quarkus' mock mailer writes
 * {@code Sending email <subject> from <from> to [<to>] ..., text body: <text> html body: ...} into the service log).
 */
public final class MailLog {

    private static final Pattern MAIL = Pattern.compile(
            "Sending email (.*?) from .*? to \\[([^\\]]*)\\].*?text body: ?\\R(.*?)\\Rhtml body:", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("code(?: to confirm this new email address)? is (\\d{6})\\.");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Path logFile;

    public MailLog(Path logFile) {
        this.logFile = logFile;
    }

    /** The one-time password of the latest mail to {@code email}, waiting briefly for the log to show it. */
    public String latestCode(String email) {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Optional<String> code = latestText(email).map(CODE::matcher).filter(Matcher::find).map(m -> m.group(1));
            if (code.isPresent()) {
                return code.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail with a code to " + email + " in " + logFile + " after " + WAIT);
            }
            pause();
        }
    }

    /** The text of the latest mail to {@code email} in the log so far. */
    Optional<String> latestText(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        Matcher mail = MAIL.matcher(read());
        String latest = null;
        while (mail.find()) {
            if (mail.group(2).toLowerCase(Locale.ROOT).contains(wanted)) {
                latest = mail.group(3);
            }
        }
        return Optional.ofNullable(latest);
    }

    private String read() {
        try {
            // Lenient decoding: the service may be half-way through writing a multi-byte character.
            return Files.isRegularFile(logFile) ? new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
