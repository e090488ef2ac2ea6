package io.sluice.runtime;

import io.sluice.model.validation.Problem;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one place that keeps secrets out of text a user or a file will see: every message, log line, history row
 * and retry record passes through {@link #redact(String)}. It hides passwords written into JDBC URLs
 * ({@code ?password=…}, {@code &password=…}, H2's {@code ;PASSWORD=…}, {@code user:pass@host}) and every secret
 * value the run resolved from {@code ${secret:name}} (as given by {@code -Dsluice.secret.name} or
 * {@code SLUICE_SECRET_NAME}).
 */
public final class Redaction {
    /** What a hidden value becomes. */
    public static final String MASK = "***"; //$NON-NLS-1$

    private static final Pattern URL_PARAMETER = Pattern.compile(
            "(?i)([?&;]\\s*(?:password|passwd|pwd|secret|token|access_?token|api_?key|sas|sig)\\s*=)[^&;\\s'\"]*"); //$NON-NLS-1$
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s'\"]+:)[^@/\\s'\"]+@"); //$NON-NLS-1$
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    /** Shorter secrets are not searched for in text (they would hide ordinary words); URLs are still redacted. */
    private static final int MIN_KNOWN_LENGTH = 4;

    private Redaction() {
    }

    /** Remembers a secret value so that it is hidden wherever it turns up (in this JVM). */
    public static void secret(String value) {
        if (value != null && value.length() >= MIN_KNOWN_LENGTH) {
            KNOWN.add(value);
        }
    }

    /** The text with every password in a URL and every known secret value replaced by {@link #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        for (String k : KNOWN) {
            if (s.contains(k)) {
                s = s.replace(k, MASK);
            }
        }
        if (s.indexOf('=') >= 0) {
            s = URL_PARAMETER.matcher(s).replaceAll("$1" + MASK); //$NON-NLS-1$
        }
        if (s.indexOf('@') >= 0) {
            s = USER_INFO.matcher(s).replaceAll("$1" + MASK + "@"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return s;
    }

    /** The problem with its message redacted; every other field as it was. */
    public static Problem redact(Problem p) {
        String message = redact(p.message());
        return message.equals(p.message()) ? p
                : new Problem(p.severity(), p.stepId(), p.stepName(), p.field(), message);
    }

    /** Whether a parameter of that name holds a secret by its name (password, token, key…): its value is hidden. */
    public static boolean sensitiveName(String name) {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).matches(".*(pass|pwd|secret|token|key|credential).*"); //$NON-NLS-1$
    }
}
