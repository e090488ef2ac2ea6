package io.sluice.team.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PullResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The Git repository a pipeline file lives in, through JGit: its history, its content at a revision, the working
 * tree's status, commit, pull and push. One instance per use; {@link #close()} releases the repository.
 */
public final class GitRepo implements AutoCloseable {

    /** One commit that touched a file. */
    public record Revision(String id, String shortId, String author, Instant time, String message) {
    }

    /** Seconds a pull or push waits on a remote that says nothing, unless the remote sets its own timeout. */
    static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** The {@code user:password@} of a URL in a text (group 1 keeps the scheme). */
    private static final Pattern USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@"); //$NON-NLS-1$

    private final Repository repository;
    private final Path root;

    private GitRepo(Repository repository) {
        this.repository = repository;
        this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The repository whose working tree holds {@code file}, or null when there is none. */
    public static GitRepo of(Path file) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                .findGitDir(file.toAbsolutePath().getParent().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try {
            return new GitRepo(builder.setMustExist(true).build());
        } catch (IOException e) {
            return null;
        }
    }

    public Path root() {
        return root;
    }

    /** The path of a file in the repository, with forward slashes. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }

    /** The commits that touched the file, newest first (empty before the first commit). */
    public List<Revision> history(Path file) throws GitAPIException, IOException {
        List<Revision> result = new ArrayList<>();
        if (repository.resolve("HEAD") == null) { //$NON-NLS-1$
            return result;
        }
        try (Git git = Git.wrap(repository)) {
            for (RevCommit c : git.log().addPath(relative(file)).call()) {
                result.add(new Revision(c.getName(), c.abbreviate(8).name(), c.getAuthorIdent().getName(),
                        Instant.ofEpochSecond(c.getCommitTime()), c.getShortMessage()));
            }
        }
        return result;
    }

    /** The file's bytes in a commit ({@code HEAD} or a commit id); null when the commit does not have the file. */
    public byte[] contentAt(String revision, Path file) throws IOException {
        ObjectId id = repository.resolve(revision);
        if (id == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            try (TreeWalk tree = TreeWalk.forPath(repository, relative(file), commit.getTree())) {
                return tree == null ? null : repository.open(tree.getObjectId(0)).getBytes();
            }
        }
    }

    /** The working tree's changes: paths (relative, forward slashes) that are new, and those modified or deleted. */
    public record Changes(Set<String> added, Set<String> modified) {
    }

    /** The working tree's changes, from one status walk: new (untracked or added) and modified or deleted, staged or not. */
    public Changes changes() throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            Status s = git.status().call();
            Set<String> added = new TreeSet<>(s.getUntracked());
            added.addAll(s.getAdded());
            Set<String> modified = new TreeSet<>(s.getModified());
            modified.addAll(s.getChanged());
            modified.addAll(s.getMissing());
            modified.addAll(s.getRemoved());
            modified.addAll(s.getConflicting());
            return new Changes(added, modified);
        }
    }

    /** Commits exactly these paths (relative) with the message; returns the new commit's id. */
    public String commit(Collection<String> paths, String message) throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            Status s = git.status().call();
            var commit = git.commit().setMessage(message);
            for (String p : paths) {
                if (s.getMissing().contains(p)) {
                    git.rm().addFilepattern(p).call();
                } else {
                    git.add().addFilepattern(p).call();
                }
                commit.setOnly(p);
            }
            if (repository.getConfig().getString("user", null, "name") == null) { //$NON-NLS-1$ //$NON-NLS-2$
                commit.setAuthor(System.getProperty("user.name", "sluice"), System.getProperty("user.name", "sluice") + "@localhost"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                commit.setCommitter(System.getProperty("user.name", "sluice"), System.getProperty("user.name", "sluice") + "@localhost"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            }
            return commit.call().getName();
        }
    }

    /**
     * Pulls from the configured remote of the current branch; a one-line outcome. JGit's progress goes to
     * {@code progress}, which can also cancel it between two of JGit's progress updates.
     */
    public String pull(ProgressMonitor progress) throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            PullResult r = git.pull().setProgressMonitor(progress).setTimeout(timeout(remote())).call();
            if (!r.isSuccessful()) {
                return "pull did not succeed: " + (r.getMergeResult() == null ? r.toString() : r.getMergeResult().getMergeStatus()); //$NON-NLS-1$
            }
            return r.getMergeResult() == null ? "pulled" : "pulled: " + r.getMergeResult().getMergeStatus(); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Pushes the current branch to its configured remote; a one-line outcome per updated ref. Progress as for pull. */
    public String push(ProgressMonitor progress) throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            StringBuilder sb = new StringBuilder();
            for (PushResult r : git.push().setRemote(remote()).setProgressMonitor(progress).setTimeout(timeout(remote())).call()) {
                for (RemoteRefUpdate u : r.getRemoteUpdates()) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(u.getRemoteName()).append(": ").append(u.getStatus()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            return sb.toString();
        }
    }

    /**
     * The remote's own timeout ({@code remote.<name>.timeout}) or {@link #DEFAULT_TIMEOUT_SECONDS}: a remote that
     * accepts the connection and then never answers ends the pull or push instead of holding it for ever.
     */
    private int timeout(String remote) {
        int configured = repository.getConfig().getInt("remote", remote, "timeout", 0); //$NON-NLS-1$ //$NON-NLS-2$
        return configured > 0 ? configured : DEFAULT_TIMEOUT_SECONDS;
    }

    /** The remote the current branch pulls from and pushes to ({@code origin} when the branch names none). */
    public String remote() {
        try {
            String branch = repository.getBranch();
            String remote = branch == null ? null : new BranchConfig(repository.getConfig(), branch).getRemote();
            return remote == null ? Constants.DEFAULT_REMOTE_NAME : remote;
        } catch (IOException e) {
            return Constants.DEFAULT_REMOTE_NAME;
        }
    }

    /** The remote and where it is, for messages: {@code origin (https://host/repo.git)}, without user or password. */
    public String describeRemote() {
        String remote = remote();
        String url = repository.getConfig().getString("remote", remote, "url"); //$NON-NLS-1$ //$NON-NLS-2$
        return url == null ? remote : remote + " (" + redact(url) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * {@code text} with no credential of this repository's remotes in it: the user and password part of every URL
     * goes, and so does any configured remote's password (or token in the user part) wherever else it appears.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String remote : repository.getConfig().getSubsections("remote")) { //$NON-NLS-1$
            for (String url : repository.getConfig().getStringList("remote", remote, "url")) { //$NON-NLS-1$ //$NON-NLS-2$
                try {
                    URIish uri = new URIish(url);
                    // a password, or a user long enough to be a token (https://TOKEN@host); not a name like "git"
                    result = hide(hide(result, uri.getPass(), 4), uri.getUser(), 16);
                } catch (URISyntaxException e) {
                    // not a URL: nothing in it to take for a credential
                }
            }
        }
        return USER_INFO.matcher(result).replaceAll("$1"); //$NON-NLS-1$
    }

    private static String hide(String text, String secret, int shortest) {
        return secret == null || secret.length() < shortest ? text : text.replace(secret, "***"); //$NON-NLS-1$
    }

    @Override
    public void close() {
        repository.close();
    }
}
