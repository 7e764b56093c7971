package cn.perftarget.domain.account;

import cn.perftarget.domain.i18n.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 口令复杂度 (GB/T 22239-2019 8.1.4.1 a): at least {@code perftarget.password.min-length} characters (10), at least
 * {@code perftarget.password.min-classes} (3) of the four classes upper case, lower case, digits and others, not one
 * of the 10,000 most common passwords ({@code security/common-passwords.txt}, case ignored), and not containing the
 * username. Applied wherever a password is set: the first administrators, a change, a reset.
 */
@Component
public class PasswordPolicy {

    /** BCrypt reads at most 72 bytes; what lies beyond would silently not count. */
    public static final int MAX_BYTES = 72;

    private static final String LIST = "/security/common-passwords.txt";

    private final int minLength;
    private final int minClasses;
    private final Set<String> common;

    public PasswordPolicy(
            @Value("${perftarget.password.min-length:10}") int minLength,
            @Value("${perftarget.password.min-classes:3}") int minClasses) {
        this.minLength = minLength;
        this.minClasses = Math.max(1, Math.min(4, minClasses));
        this.common = readList();
    }

    public int minLength() {
        return minLength;
    }

    public int minClasses() {
        return minClasses;
    }

    /** How many passwords the common list holds. */
    public int commonCount() {
        return common.size();
    }

    /** What is wrong with the password for that user; empty when the policy accepts it. */
    public List<PasswordProblem> check(String username, String password) {
        List<PasswordProblem> problems = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < minLength) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (classes(password) < minClasses) {
            problems.add(PasswordProblem.FEW_CLASSES);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add(PasswordProblem.COMMON);
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add(PasswordProblem.CONTAINS_USERNAME);
        }
        return problems;
    }

    /** The problem as a text with its figures: {@code 密码至少 10 个字符}. */
    public Message text(PasswordProblem problem) {
        return switch (problem) {
            case TOO_SHORT -> Message.of(problem.labelKey(), String.valueOf(minLength));
            case TOO_LONG -> Message.of(problem.labelKey(), String.valueOf(MAX_BYTES));
            case FEW_CLASSES -> Message.of(problem.labelKey(), String.valueOf(minClasses));
            default -> Message.of(problem.labelKey());
        };
    }

    /** The policy in one sentence, for the screens where a password is chosen. */
    public Message rule() {
        return Message.of("account.password.rule", String.valueOf(minLength), String.valueOf(minClasses));
    }

    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128 && Character.isUpperCase(c)) {
                upper = true;
            } else if (c < 128 && Character.isLowerCase(c)) {
                lower = true;
            } else if (c < 128 && Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static Set<String> readList() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("the list of common passwords " + LIST + " is missing");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
