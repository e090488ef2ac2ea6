package io.sluice.team.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * JGit's progress as sub-tasks of a job's monitor ("Counting objects 40%"), and the job's Cancel as JGit's: JGit asks
 * between two of its progress updates (a wait on a silent remote is ended by interrupting the thread instead).
 */
final class JGitProgress implements ProgressMonitor {
    private final IProgressMonitor monitor;
    private String task = ""; //$NON-NLS-1$
    private int total;
    private int done;
    private int shownPercent = -1;

    JGitProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void start(int totalTasks) {
        // the job's own task is the operation; JGit's tasks become its sub-tasks
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title;
        total = totalWork;
        done = 0;
        shownPercent = -1;
        monitor.subTask(title);
    }

    @Override
    public void update(int completed) {
        done += completed;
        if (total > 0) {
            int percent = (int) (100L * done / total);
            if (percent != shownPercent) { // at most a hundred updates of the progress UI per task
                shownPercent = percent;
                monitor.subTask(task + " " + percent + "%"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Override
    public void endTask() {
        // the next task's title replaces this one
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // durations are JGit's console output; the progress UI shows none
    }
}
