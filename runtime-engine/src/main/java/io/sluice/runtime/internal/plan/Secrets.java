package io.sluice.runtime.internal.plan;

import io.sluice.model.PipelineParameters;
import io.sluice.runtime.Redaction;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Resolves {@code ${secret:name}} references at run time (they are never stored in a file): from the system
 * property {@code sluice.secret.name}, else the environment variable {@code SLUICE_SECRET_NAME} (upper case,
 * other characters than letters and digits become {@code _}). A missing secret is an error naming both places.
 */
public final class Secrets {
    private Secrets() {
    }

    public static String resolve(String text) {
        if (text == null || !text.contains("${" + PipelineParameters.SECRET_PREFIX)) { //$NON-NLS-1$
            return text;
        }
        Matcher m = PipelineParameters.REFERENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String value = m.group(0);
            if (ref.startsWith(PipelineParameters.SECRET_PREFIX)) {
                String name = ref.substring(PipelineParameters.SECRET_PREFIX.length());
                String env = "SLUICE_SECRET_" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                value = System.getProperty("sluice.secret." + name, System.getenv(env)); //$NON-NLS-1$
                if (value == null) {
                    throw new IllegalArgumentException("secret '" + name + "' is not set: set the environment variable " //$NON-NLS-1$ //$NON-NLS-2$
                            + env + " or the system property sluice.secret." + name); //$NON-NLS-1$
                }
            }
            if (ref.startsWith(PipelineParameters.SECRET_PREFIX)) {
                Redaction.secret(value); // hidden wherever it turns up from now on
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
