package io.sluice.ui.internal.views;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import io.sluice.runtime.RuleResult;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;
import io.sluice.runtime.history.StepRecord;
import io.sluice.ui.internal.editor.PipelineEditor;
import io.sluice.ui.internal.figures.Colours;
import io.sluice.ui.internal.run.DesignerEngine;
import io.sluice.ui.internal.run.MetricsText;
import io.sluice.ui.internal.run.PipelineRunJob;
import io.sluice.ui.internal.run.RateSamples;

/**
 * The run history the engine keeps in its H2 database — the same one the command line writes — for the active
 * pipeline: status, start, duration and rows of each run; for the selected run, each step's final counters, the row
 * accounting line and the results of its quality rules (failed ones in red, with sample values).
 * Reading the database happens in a background job; the view refreshes when a run started here ends.
 */
public final class RunsView extends ViewPart {

    public static final String ID = "io.sluice.ui.views.runs"; //$NON-NLS-1$
    private static final int LAST_RUNS = 100;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    private TableViewer runs;
    private TableViewer steps;
    private TableViewer rules;
    private org.eclipse.swt.widgets.Label accounting;
    private org.eclipse.swt.widgets.Label drift;
    private ActiveEditorTracker tracker;
    private PipelineEditor editor;
    private final IJobChangeListener runEnded = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob().belongsTo(PipelineRunJob.FAMILY)) {
                reload();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        runs = table(new Composite(sash, SWT.NONE), SWT.SINGLE);
        TableColumnLayout runColumns = (TableColumnLayout) runs.getTable().getParent().getLayout();
        Color failed = Colours.get(Colours.ERROR);
        TableViewerColumn status = column(runs, runColumns, Messages.Runs_status, 2, r -> ((RunRecord) r).status());
        status.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((RunRecord) element).status();
            }

            @Override
            public Color getForeground(Object element) {
                return "SUCCEEDED".equals(((RunRecord) element).status()) ? null : failed; //$NON-NLS-1$
            }
        });
        column(runs, runColumns, Messages.Runs_started, 3, r -> STARTED.format(((RunRecord) r).startedAt()));
        column(runs, runColumns, Messages.Runs_duration, 2, r -> duration((RunRecord) r));
        column(runs, runColumns, Messages.Runs_engine, 2, r -> ((RunRecord) r).engine());
        column(runs, runColumns, Messages.Runs_revision, 2,
                r -> ((RunRecord) r).revision() == null ? "" : ((RunRecord) r).revision().shortForm()); //$NON-NLS-1$
        column(runs, runColumns, Messages.Runs_read, 2, r -> MetricsText.compact(read((RunRecord) r)));
        column(runs, runColumns, Messages.Runs_rejected, 2,
                r -> MetricsText.compact(((RunRecord) r).steps().stream().mapToLong(StepRecord::rowsRejected).sum()));
        column(runs, runColumns, Messages.Runs_error, 6, r -> ((RunRecord) r).error() == null ? "" : ((RunRecord) r).error()); //$NON-NLS-1$
        column(runs, runColumns, Messages.Runs_id, 4, r -> ((RunRecord) r).runId());

        steps = table(new Composite(sash, SWT.NONE), SWT.MULTI);
        TableColumnLayout stepColumns = (TableColumnLayout) steps.getTable().getParent().getLayout();
        column(steps, stepColumns, Messages.Runs_step, 4, s -> ((StepRecord) s).step());
        column(steps, stepColumns, Messages.Runs_state, 2, s -> ((StepRecord) s).state());
        column(steps, stepColumns, Messages.Runs_in, 2, s -> String.format("%,d", ((StepRecord) s).rowsIn())); //$NON-NLS-1$
        column(steps, stepColumns, Messages.Runs_out, 2, s -> String.format("%,d", ((StepRecord) s).rowsOut())); //$NON-NLS-1$
        column(steps, stepColumns, Messages.Runs_rejected, 2, s -> String.format("%,d", ((StepRecord) s).rowsRejected())); //$NON-NLS-1$
        column(steps, stepColumns, Messages.Runs_rate, 2, s -> rate((StepRecord) s));
        TableViewerColumn trend = new TableViewerColumn(steps, SWT.LEFT);
        trend.getColumn().setText(Messages.Runs_trend);
        trend.setLabelProvider(new SparklineLabelProvider(this::samplesOf));
        stepColumns.setColumnData(trend.getColumn(), new ColumnWeightData(3, 80));
        column(steps, stepColumns, Messages.Runs_message, 6, s -> ((StepRecord) s).message() == null ? "" : ((StepRecord) s).message()); //$NON-NLS-1$
        Composite ruleArea = new Composite(sash, SWT.NONE);
        ruleArea.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        accounting = new org.eclipse.swt.widgets.Label(ruleArea, SWT.NONE);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(accounting);
        drift = new org.eclipse.swt.widgets.Label(ruleArea, SWT.WRAP);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(drift);
        Composite ruleHolder = new Composite(ruleArea, SWT.NONE);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(ruleHolder);
        rules = table(ruleHolder, SWT.MULTI);
        TableColumnLayout ruleColumns = (TableColumnLayout) rules.getTable().getParent().getLayout();
        Color failedRule = Colours.get(Colours.ERROR);
        TableViewerColumn rule = column(rules, ruleColumns, Messages.Runs_rule, 4, r -> ((RuleResult) r).rule());
        rule.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((RuleResult) element).step() + " \u203a " + ((RuleResult) element).rule(); //$NON-NLS-1$
            }

            @Override
            public Color getForeground(Object element) {
                return ((RuleResult) element).passed() ? null : failedRule;
            }
        });
        column(rules, ruleColumns, Messages.Runs_kind, 2, r -> ((RuleResult) r).kind());
        column(rules, ruleColumns, Messages.Runs_severity, 2, r -> ((RuleResult) r).severity());
        column(rules, ruleColumns, Messages.Runs_checked, 2, r -> String.format("%,d", ((RuleResult) r).checked())); //$NON-NLS-1$
        column(rules, ruleColumns, Messages.Runs_failed, 2, r -> String.format("%,d", ((RuleResult) r).failed())); //$NON-NLS-1$
        column(rules, ruleColumns, Messages.Runs_samples, 5, r -> String.join(", ", ((RuleResult) r).samples())); //$NON-NLS-1$
        sash.setWeights(3, 2, 2);

        runs.addSelectionChangedListener(e -> showDetails(
                runs.getStructuredSelection().getFirstElement() instanceof RunRecord r ? r : null));
        Job.getJobManager().addJobChangeListener(runEnded);
        tracker = new ActiveEditorTracker(getSite().getPage(), active -> {
            editor = active;
            reload();
        });
    }

    private static TableViewer table(Composite holder, int style) {
        holder.setLayout(new TableColumnLayout());
        TableViewer viewer = new TableViewer(holder, style | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static TableViewerColumn column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
        return column;
    }

    /** Steps, accounting line and quality rules of the selected run; rules are read from H2 in the background. */
    private void showDetails(RunRecord run) {
        steps.setInput(run == null ? List.of() : run.steps());
        accounting.setText(run == null || run.accounting() == null ? "" : run.accounting()); //$NON-NLS-1$
        rules.setInput(List.of());
        drift.setText(""); //$NON-NLS-1$
        if (run == null) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        Job load = Job.create(Messages.Runs_loading, monitor -> {
            List<RuleResult> results = DesignerEngine.get().history().map(h -> rulesOf(h, run.runId())).orElse(List.of());
            String drifted = DesignerEngine.get().history().map(h -> driftOf(h, run.runId())).orElse(""); //$NON-NLS-1$
            display.asyncExec(() -> {
                if (!rules.getControl().isDisposed() && runs.getStructuredSelection().getFirstElement() == run) {
                    rules.setInput(results);
                    drift.setText(drifted.isEmpty() ? "" : NLS.bind(Messages.Runs_drift, drifted)); //$NON-NLS-1$
                    drift.getParent().layout();
                }
            });
        });
        load.setSystem(true);
        load.schedule();
    }

    /** The schema drift the run's sources met, one "step (POLICY): what" per line. */
    private static String driftOf(RunHistory history, String runId) {
        try {
            return String.join("\n", history.drift(runId).stream() //$NON-NLS-1$
                    .map(d -> d.step() + " (" + d.policy() + "): " + d.description()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<RuleResult> rulesOf(RunHistory history, String runId) {
        try {
            return history.rules(runId);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Rows/s samples of a step of the run selected above (runs started in this designer only). */
    private List<Double> samplesOf(StepRecord step) {
        return runs.getStructuredSelection().getFirstElement() instanceof RunRecord r ? RateSamples.of(r.runId(), step.step())
                : List.of();
    }

    private static String duration(RunRecord r) {
        if (r.endedAt() == null) {
            return ""; //$NON-NLS-1$
        }
        Duration d = Duration.between(r.startedAt(), r.endedAt());
        return String.format("%d.%03d s", d.toSeconds(), d.toMillisPart()); //$NON-NLS-1$
    }

    /** Rows the run read: what its sources emitted. */
    private static long read(RunRecord r) {
        return r.steps().stream().filter(s -> s.rowsIn() == 0).mapToLong(s -> s.rowsOut() + s.rowsRejected()).sum();
    }

    private static String rate(StepRecord s) {
        long rows = Math.max(s.rowsIn(), s.rowsOut());
        return s.elapsedMillis() <= 0 ? "" : MetricsText.compact(rows * 1000 / s.elapsedMillis()) + "/s"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Re-reads the history for the active pipeline, off the UI thread. */
    public void reload() {
        Display display = getSite().getShell().getDisplay();
        String file = editor == null ? null : editor.file().toAbsolutePath().normalize().toString();
        String scope = editor == null ? Messages.Runs_allPipelines : editor.file().getFileName().toString();
        Job load = Job.create(Messages.Runs_loading, monitor -> {
            List<RunRecord> records;
            try {
                records = DesignerEngine.get().history().map(h -> list(h, file)).orElse(List.of());
            } catch (RuntimeException e) {
                return Status.error(Messages.Runs_loadFailed, e);
            }
            display.asyncExec(() -> show(scope, records));
            return Status.OK_STATUS;
        });
        load.setSystem(true);
        load.schedule();
    }

    private static List<RunRecord> list(RunHistory history, String file) {
        try {
            return history.list(file, LAST_RUNS);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void show(String scope, List<RunRecord> records) {
        if (runs.getControl().isDisposed()) {
            return;
        }
        runs.setInput(records);
        showDetails(null);
        setContentDescription(NLS.bind(Messages.Runs_scope, records.size(), scope));
    }

    /** Selects the run with {@code runId}, showing its steps. */
    public void select(String runId) {
        shownRuns().stream().filter(r -> r.runId().equals(runId)).findFirst()
                .ifPresent(r -> runs.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true));
    }

    /** For tests: the runs listed. */
    @SuppressWarnings("unchecked")
    public List<RunRecord> shownRuns() {
        return runs.getInput() == null ? List.of() : (List<RunRecord>) runs.getInput();
    }

    @Override
    public void setFocus() {
        runs.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(runEnded);
        tracker.dispose();
        super.dispose();
    }

}
