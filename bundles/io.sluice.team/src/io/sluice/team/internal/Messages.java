package io.sluice.team.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.sluice.team.internal.messages"; //$NON-NLS-1$

    public static String Conflicts_step;
    public static String Conflicts_property;
    public static String Conflicts_base;
    public static String Conflicts_ours;
    public static String Conflicts_theirs;
    public static String Conflicts_takeOurs;
    public static String Conflicts_takeTheirs;
    public static String Conflicts_none;
    public static String Conflicts_summary;
    public static String Conflicts_noEditor;
    public static String Conflicts_pipeline;
    public static String Conflicts_unset;
    public static String Command_resolve;
    public static String Side_ours;
    public static String Side_theirs;
    public static String Compare_layoutOnly;
    public static String History_commit;
    public static String History_date;
    public static String History_author;
    public static String History_message;
    public static String History_open;
    public static String History_compareWorking;
    public static String History_compareTwo;
    public static String History_commitFiles;
    public static String History_pull;
    public static String History_push;
    public static String History_notInGit;
    public static String History_summary;
    public static String History_noEditor;
    public static String History_failed;
    public static String History_reading;
    public static String History_readingRevision;
    public static String History_notInRevision;
    public static String History_theRemote;
    public static String History_cancelled;
    public static String History_commitJob;
    public static String History_committing;
    public static String History_commitFailed;
    public static String History_pullJob;
    public static String History_pulling;
    public static String History_pulled;
    public static String History_pullFailed;
    public static String History_pushJob;
    public static String History_pushing;
    public static String History_pushed;
    public static String History_pushFailed;
    public static String Revision_name;
    public static String Compare_name;
    public static String Compare_working;
    public static String Commit_title;
    public static String Commit_message;
    public static String Commit_files;
    public static String Commit_new;
    public static String Commit_modified;
    public static String Commit_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
