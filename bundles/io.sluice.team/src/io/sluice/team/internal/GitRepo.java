package io.sluice.team.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PullResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The Git repository a pipeline file lives in, through JGit: its history, its content at a revision, the working
 * tree's status, commit, pull and push. One instance per use; {@link #close()} releases the repository.
 */
public final class GitRepo implements AutoCloseable {

    /** One commit that touched a file. */
    public record Revision(String id, String shortId, String author, Instant time, String message) {
    }

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

    /** Paths (relative, forward slashes) that are new (untracked or added) in the working tree. */
    public Set<String> newFiles() throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            Status s = git.status().call();
            Set<String> result = new TreeSet<>(s.getUntracked());
            result.addAll(s.getAdded());
            return result;
        }
    }

    /** Paths (relative, forward slashes) that are modified or deleted, staged or not. */
    public Set<String> modifiedFiles() throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            Status s = git.status().call();
            Set<String> result = new TreeSet<>(s.getModified());
            result.addAll(s.getChanged());
            result.addAll(s.getMissing());
            result.addAll(s.getRemoved());
            result.addAll(s.getConflicting());
            return result;
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

    /** Pulls from the configured remote of the current branch; a one-line outcome. */
    public String pull() throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            PullResult r = git.pull().call();
            if (!r.isSuccessful()) {
                return "pull did not succeed: " + (r.getMergeResult() == null ? r.toString() : r.getMergeResult().getMergeStatus()); //$NON-NLS-1$
            }
            return r.getMergeResult() == null ? "pulled" : "pulled: " + r.getMergeResult().getMergeStatus(); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Pushes the current branch to its configured remote; a one-line outcome per updated ref. */
    public String push() throws GitAPIException {
        try (Git git = Git.wrap(repository)) {
            StringBuilder sb = new StringBuilder();
            for (PushResult r : git.push().call()) {
                for (RemoteRefUpdate u : r.getRemoteUpdates()) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(u.getRemoteName()).append(": ").append(u.getStatus()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            return sb.toString();
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
