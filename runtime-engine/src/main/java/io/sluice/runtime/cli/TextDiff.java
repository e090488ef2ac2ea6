package io.sluice.runtime.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain line diff of two text files in unified form with three lines of context, for files {@code sluice diff}
 * cannot read as pipelines. Longest common subsequence on lines: fine for pipeline-sized files.
 */
final class TextDiff {
    private static final int CONTEXT = 3;

    private TextDiff() {
    }

    static String unified(String title, Path oldFile, Path newFile) {
        List<String> a = lines(oldFile);
        List<String> b = lines(newFile);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the edit script: ' ' keep, '-' old only, '+' new only, each with its line
        List<String> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                script.add(" " + a.get(i++)); //$NON-NLS-1$
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.add("-" + a.get(i++)); //$NON-NLS-1$
            } else {
                script.add("+" + b.get(j++)); //$NON-NLS-1$
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("diff --text ").append(title).append('\n'); //$NON-NLS-1$
        sb.append("--- a/").append(title).append('\n').append("+++ b/").append(title).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        int k = 0;
        int oldLine = 1;
        int newLine = 1;
        while (k < script.size()) {
            if (script.get(k).charAt(0) == ' ') {
                k++;
                oldLine++;
                newLine++;
                continue;
            }
            // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last change within reach
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int quiet = 0;
            while (end < script.size() && quiet <= 2 * CONTEXT) {
                quiet = script.get(end).charAt(0) == ' ' ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(script.size(), end - Math.max(0, quiet - CONTEXT));
            int back = k - start;
            int oldStart = oldLine - back;
            int newStart = newLine - back;
            int oldCount = 0;
            int newCount = 0;
            StringBuilder hunk = new StringBuilder();
            for (int x = start; x < end; x++) {
                String line = script.get(x);
                hunk.append(line).append('\n');
                if (line.charAt(0) != '+') {
                    oldCount++;
                }
                if (line.charAt(0) != '-') {
                    newCount++;
                }
            }
            sb.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart).append(',') //$NON-NLS-1$ //$NON-NLS-2$
                    .append(newCount).append(" @@\n").append(hunk); //$NON-NLS-1$
            oldLine = oldStart + oldCount;
            newLine = newStart + newCount;
            k = end;
        }
        return sb.toString();
    }

    private static List<String> lines(Path file) {
        if (file.toString().equals("/dev/null") || file.toString().equals("nul")) { //$NON-NLS-1$ //$NON-NLS-2$
            return List.of();
        }
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
