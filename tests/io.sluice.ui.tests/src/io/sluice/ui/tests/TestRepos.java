package io.sluice.ui.tests;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.StoredConfig;

/** Git repositories the UI tests set up through JGit. */
final class TestRepos {

    private TestRepos() {
    }

    /**
     * A new repository in {@code dir} on branch {@code main}, committing as Ann, whose {@code main} pulls from and
     * pushes to {@code remoteUrl} as {@code origin}; the caller closes it (and may add to its config, then save it).
     */
    static Git withOrigin(Path dir, String remoteUrl) throws GitAPIException, java.io.IOException {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(); //$NON-NLS-1$
        StoredConfig config = git.getRepository().getConfig();
        config.setString("user", null, "name", "Ann"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        config.setString("user", null, "email", "ann@example.org"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        config.setString("remote", "origin", "url", remoteUrl); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        config.setString("branch", "main", "remote", "origin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        config.setString("branch", "main", "merge", "refs/heads/main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        config.save();
        return git;
    }
}
