package io.sluice.runtime.internal.plan;

import io.sluice.expression.RunContext;
import io.sluice.expression.types.Schema;
import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.PipelineParameters;
import io.sluice.model.PipelinePaths;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.StepKinds;
import io.sluice.model.schema.PipelineSchemas;
import io.sluice.model.schema.SourceSchemaResolver;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;
import io.sluice.runtime.Redaction;
import io.sluice.runtime.SourceSchemas;
import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a validated pipeline model into an {@link ExecGraph}: validation errors (and steps this runtime does
 * not run yet) come back as problems and nothing runs. {@code ${name}} references in every string property are
 * replaced from the run's parameters, falling back to the model's defaults. Relative paths resolve against the
 * base directory. Node names are step ids, so metrics, rejects ({@code _step}) and history use ids.
 */
public final class Planner {
    private final Pipeline pipeline;
    private final Map<String, String> params;
    private final Path baseDir;
    private PipelineSchemas schemas;

    private Map<String, Path> sourceFiles = Map.of();
    private Map<String, Path> sinkFiles = Map.of();

    private RunContext run = RunContext.NONE;
    private Map<String, String> marks = Map.of();
    /** Why a source's columns could not be read ("from the database: …", "from the file: …"), by step id. */
    private final Map<String, String> unreadableSources = new java.util.concurrent.ConcurrentHashMap<>();
    private final io.sluice.runtime.connections.DriverRegistry drivers;
    private final JdbcTargets jdbcTargets;
    private final List<DriftNote> drift = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** One name for this run's part files of appending sinks. */
    private final String part = "part-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$ //$NON-NLS-2$
            .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()) + "-" //$NON-NLS-1$
            + java.util.UUID.randomUUID().toString().substring(0, 8);

    /**
     * Plans {@code pipeline}; JDBC steps, and the columns of JDBC sources, connect with {@code drivers}' drivers (the
     * run's registry: the command line's shared one, the designer's OSGi service).
     */
    public Planner(Pipeline pipeline, Map<String, String> params, Path baseDir, io.sluice.runtime.connections.DriverRegistry drivers) {
        this.pipeline = pipeline;
        this.params = Map.copyOf(params);
        this.baseDir = baseDir;
        this.drivers = java.util.Objects.requireNonNull(drivers, "drivers"); //$NON-NLS-1$
        this.jdbcTargets = new JdbcTargets(baseDir, this::expand, drivers);
    }

    /** The registry this plan's JDBC steps connect with. */
    public io.sluice.runtime.connections.DriverRegistry drivers() {
        return drivers;
    }

    /** Plans for a run: expressions read this context (run_id(), run_start_time(), param(), random's seed). */
    public Planner forRun(RunContext context) {
        this.run = java.util.Objects.requireNonNull(context, "context"); //$NON-NLS-1$
        return this;
    }

    /** The propagated output schema of a step of the planned pipeline (after {@link #plan}); empty when unknown. */
    public java.util.Optional<Schema> outputSchema(String stepId) {
        Step step = pipeline.findStep(stepId);
        return schemas == null || step == null ? java.util.Optional.empty() : schemas.output(step);
    }

    /** The high-water marks of incremental sources, by step id (from the run history). */
    public Planner marks(Map<String, String> byStep) {
        this.marks = Map.copyOf(byStep);
        return this;
    }

    /** Schema drift one source met in one file, and the policy applied. */
    public record DriftNote(String step, String file, String policy, String description) {
    }

    /** The schema drift the last plan found (recorded in the run history and printed in the summary). */
    public List<DriftNote> drift() {
        return List.copyOf(drift);
    }

    /**
     * Plans one partition of a run over input files: the named file sources read only the given file, the named
     * file sinks write the given part file (CSV parts without header).
     */
    public Planner partition(Map<String, Path> sources, Map<String, Path> sinks) {
        this.sourceFiles = Map.copyOf(sources);
        this.sinkFiles = Map.copyOf(sinks);
        return this;
    }

    /** The resolved path of a file step (a source's directory or glob as written; a sink's final output). */
    public Path filePath(Step step) {
        org.eclipse.emf.ecore.EStructuralFeature feature = step.eClass().getEStructuralFeature("path"); //$NON-NLS-1$
        Object text = feature == null ? null : step.eGet(feature);
        return text instanceof String t ? path(t) : null;
    }

    /** A plan, or the problems that prevent one. {@code previews} holds the collecting sink of a preview. */
    public record Plan(ExecGraph graph, List<Problem> problems, Map<String, String> stepKinds, CollectSink preview) {
        /** The problems keep every field the validator gave them (step, field); only secrets leave their messages. */
        public Plan {
            problems = problems.stream().map(Redaction::redact).toList();
        }

        public boolean ok() {
            return graph != null;
        }
    }

    static Problem error(Step step, String message) {
        return Problem.error(step, null, message);
    }

    /**
     * The one source schema resolver (every kind the model and the runtime can read), for this run's files and
     * parameters; why a database could not describe a source's columns is kept for the plan's problems.
     */
    public SourceSchemaResolver resolver() {
        return SourceSchemas.resolver(baseDir, params, (source, why) -> unreadableSources.put(source.getId(), why), drivers);
    }

    /** Columns whose values must not be copied into messages: those a step declares sensitive (masked, tagged). */
    public java.util.Set<String> sensitiveColumns() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Step s : pipeline.getSteps()) {
            for (String c : StepKinds.of(s).sensitiveColumns(s)) {
                names.add(expand(c));
            }
        }
        return names;
    }

    String expand(String text) {
        return PipelineParameters.expand(pipeline, text, params);
    }

    Path path(String text) {
        return PipelinePaths.resolve(baseDir, expand(text));
    }

    public Plan plan() {
        return plan(null, -1);
    }

    /**
     * Plans the whole pipeline, or for a preview only the steps upstream of {@code previewStep} with a
     * collecting sink of {@code maxRows} rows on its output (no sink of the model runs).
     */
    public Plan plan(String previewStep, long maxRows) {
        List<Problem> problems = new ArrayList<>();
        PipelineValidator.Result vr = new PipelineValidator(resolver()).run(pipeline);
        for (Map.Entry<String, String> e : unreadableSources.entrySet()) {
            // the database's or the file's own words, not "the columns … are neither declared nor inferable"
            problems.add(error(pipeline.findStep(e.getKey()), "cannot read its columns " + e.getValue())); //$NON-NLS-1$
        }
        for (Problem p : vr.problems()) {
            if (p.isError()) {
                problems.add(p);
            }
        }
        for (String name : params.keySet()) {
            if (pipeline.findParameter(name) == null) {
                problems.add(error(null, "unknown parameter '" + name //$NON-NLS-1$
                        + "'; the pipeline declares " + pipeline.getParameters().stream().map(p -> p.getName()).toList())); //$NON-NLS-1$
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(null, problems, Map.of(), null);
        }
        schemas = vr.schemas();
        Map<Step, List<Link>> inputs = new IdentityHashMap<>();
        for (Link l : pipeline.getLinks()) {
            inputs.computeIfAbsent(l.getTarget(), k -> new ArrayList<>()).add(l);
        }
        java.util.Set<Step> wanted = null;
        if (previewStep != null) {
            Step target = pipeline.getSteps().stream().filter(s -> previewStep.equals(s.getId())).findFirst().orElse(null);
            if (target == null) {
                return new Plan(null, List.of(error(null, "no step with id '" + previewStep + "'")), Map.of(), null); //$NON-NLS-1$ //$NON-NLS-2$
            }
            wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            collectUpstream(target, inputs, wanted);
        }
        ExecGraph g = new ExecGraph();
        Map<String, String> kinds = new HashMap<>();
        Map<Step, ExecGraph.Node> nodes = new IdentityHashMap<>();
        CollectSink preview = null;
        for (Step step : schemas.order()) {
            if (wanted != null && !wanted.contains(step)) {
                continue;
            }
            boolean isSinkStep = StepKinds.of(step).cardinality() == Cardinality.SINK;
            if (previewStep != null && isSinkStep) {
                problems.add(error(step, "a sink has no output to preview")); //$NON-NLS-1$
                continue;
            }
            List<Link> in = inputs.getOrDefault(step, List.of());
            Map<String, List<ExecGraph.Port>> byPort = new HashMap<>();
            boolean missing = false;
            for (Link l : in) {
                ExecGraph.Node from = nodes.get(l.getSource());
                if (from == null) {
                    missing = true; // upstream failed to plan; reported there
                    break;
                }
                ExecGraph.Port port = from.port(l.getSourcePort() == null ? Ports.OUT : l.getSourcePort());
                byPort.computeIfAbsent(l.getTargetPort() == null ? Ports.IN : l.getTargetPort(), k -> new ArrayList<>()).add(port);
            }
            if (missing) {
                continue;
            }
            try {
                ExecGraph.Node n = node(g, step, byPort, problems);
                if (n != null) {
                    nodes.put(step, n);
                    kinds.put(step.getId(), step.eClass().getName());
                }
            } catch (RuntimeException e) {
                problems.add(error(step, e.getMessage()));
            }
        }
        if (previewStep != null && problems.isEmpty()) {
            Step target = pipeline.getSteps().stream().filter(s -> previewStep.equals(s.getId())).findFirst().get();
            ExecGraph.Node n = nodes.get(target);
            preview = CollectSink.nestedAsJson(n.out().schema(), maxRows);
            g.sink("_preview", "preview", preview, n.out()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!problems.isEmpty()) {
            return new Plan(null, problems, kinds, null);
        }
        return new Plan(g, List.of(), kinds, preview);
    }

    private static void collectUpstream(Step s, Map<Step, List<Link>> inputs, java.util.Set<Step> out) {
        if (out.add(s)) {
            for (Link l : inputs.getOrDefault(s, List.of())) {
                collectUpstream(l.getSource(), inputs, out);
            }
        }
    }

    /** The step's nodes, by the planner of its kind; null (with a problem) when this runtime has none. */
    private ExecGraph.Node node(ExecGraph g, Step step, Map<String, List<ExecGraph.Port>> byPort, List<Problem> problems) {
        StepPlanner<Step> planner = StepPlanners.find(step);
        if (planner == null) {
            problems.add(error(step, "step kind " + step.eClass().getName() + " is not supported by this runtime yet")); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        return planner.plan(step, new PlanContext(this, g, step, byPort));
    }

    PipelineSchemas schemas() {
        return schemas;
    }

    Path sourceFile(String id) {
        return sourceFiles.get(id);
    }

    Path sinkFile(String id) {
        return sinkFiles.get(id);
    }

    RunContext runContext() {
        return run;
    }

    String mark(String id) {
        return marks.get(id);
    }

    JdbcTargets jdbcTargets() {
        return jdbcTargets;
    }

    String partName() {
        return part;
    }

    void recordDrift(DriftNote note) {
        drift.add(note);
    }
}
