/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SluiceFactoryImpl extends EFactoryImpl implements SluiceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SluiceFactory init() {
		try {
			SluiceFactory theSluiceFactory = (SluiceFactory)EPackage.Registry.INSTANCE.getEFactory(SluicePackage.eNS_URI);
			if (theSluiceFactory != null) {
				return theSluiceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SluiceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SluiceFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SluicePackage.PIPELINE: return createPipeline();
			case SluicePackage.PARAMETER: return createParameter();
			case SluicePackage.BOUNDS: return createBounds();
			case SluicePackage.NOTE: return createNote();
			case SluicePackage.COLUMN_DEF: return createColumnDef();
			case SluicePackage.CSV_SOURCE: return createCsvSource();
			case SluicePackage.JSON_LINES_SOURCE: return createJsonLinesSource();
			case SluicePackage.PARQUET_SOURCE: return createParquetSource();
			case SluicePackage.ARROW_IPC_SOURCE: return createArrowIpcSource();
			case SluicePackage.JDBC_SOURCE: return createJdbcSource();
			case SluicePackage.FILTER: return createFilter();
			case SluicePackage.SELECT: return createSelect();
			case SluicePackage.SELECT_COLUMN: return createSelectColumn();
			case SluicePackage.DERIVE: return createDerive();
			case SluicePackage.DERIVATION: return createDerivation();
			case SluicePackage.JOIN: return createJoin();
			case SluicePackage.AGGREGATE: return createAggregate();
			case SluicePackage.AGGREGATION: return createAggregation();
			case SluicePackage.SORT: return createSort();
			case SluicePackage.SORT_KEY: return createSortKey();
			case SluicePackage.DEDUPLICATE: return createDeduplicate();
			case SluicePackage.UNION: return createUnion();
			case SluicePackage.WINDOW: return createWindow();
			case SluicePackage.QUALITY_CHECK: return createQualityCheck();
			case SluicePackage.QUALITY_RULE: return createQualityRule();
			case SluicePackage.MASK: return createMask();
			case SluicePackage.PIVOT: return createPivot();
			case SluicePackage.UNPIVOT: return createUnpivot();
			case SluicePackage.CSV_SINK: return createCsvSink();
			case SluicePackage.JSON_LINES_SINK: return createJsonLinesSink();
			case SluicePackage.PARQUET_SINK: return createParquetSink();
			case SluicePackage.ARROW_IPC_SINK: return createArrowIpcSink();
			case SluicePackage.JDBC_SINK: return createJdbcSink();
			case SluicePackage.LINK: return createLink();
			case SluicePackage.MERGE_CONFLICT: return createMergeConflict();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SluicePackage.CONFLICT_KIND:
				return createConflictKindFromString(eDataType, initialValue);
			case SluicePackage.PARAMETER_TYPE:
				return createParameterTypeFromString(eDataType, initialValue);
			case SluicePackage.JOIN_KIND:
				return createJoinKindFromString(eDataType, initialValue);
			case SluicePackage.AGGREGATE_FUNCTION:
				return createAggregateFunctionFromString(eDataType, initialValue);
			case SluicePackage.SORT_DIRECTION:
				return createSortDirectionFromString(eDataType, initialValue);
			case SluicePackage.NULL_ORDER:
				return createNullOrderFromString(eDataType, initialValue);
			case SluicePackage.KEEP_POLICY:
				return createKeepPolicyFromString(eDataType, initialValue);
			case SluicePackage.UNION_MODE:
				return createUnionModeFromString(eDataType, initialValue);
			case SluicePackage.WINDOW_KIND:
				return createWindowKindFromString(eDataType, initialValue);
			case SluicePackage.QUALITY_RULE_KIND:
				return createQualityRuleKindFromString(eDataType, initialValue);
			case SluicePackage.QUALITY_SEVERITY:
				return createQualitySeverityFromString(eDataType, initialValue);
			case SluicePackage.MASK_METHOD:
				return createMaskMethodFromString(eDataType, initialValue);
			case SluicePackage.DRIFT_POLICY:
				return createDriftPolicyFromString(eDataType, initialValue);
			case SluicePackage.LOAD_METHOD:
				return createLoadMethodFromString(eDataType, initialValue);
			case SluicePackage.WRITE_MODE:
				return createWriteModeFromString(eDataType, initialValue);
			case SluicePackage.PARQUET_COMPRESSION:
				return createParquetCompressionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SluicePackage.CONFLICT_KIND:
				return convertConflictKindToString(eDataType, instanceValue);
			case SluicePackage.PARAMETER_TYPE:
				return convertParameterTypeToString(eDataType, instanceValue);
			case SluicePackage.JOIN_KIND:
				return convertJoinKindToString(eDataType, instanceValue);
			case SluicePackage.AGGREGATE_FUNCTION:
				return convertAggregateFunctionToString(eDataType, instanceValue);
			case SluicePackage.SORT_DIRECTION:
				return convertSortDirectionToString(eDataType, instanceValue);
			case SluicePackage.NULL_ORDER:
				return convertNullOrderToString(eDataType, instanceValue);
			case SluicePackage.KEEP_POLICY:
				return convertKeepPolicyToString(eDataType, instanceValue);
			case SluicePackage.UNION_MODE:
				return convertUnionModeToString(eDataType, instanceValue);
			case SluicePackage.WINDOW_KIND:
				return convertWindowKindToString(eDataType, instanceValue);
			case SluicePackage.QUALITY_RULE_KIND:
				return convertQualityRuleKindToString(eDataType, instanceValue);
			case SluicePackage.QUALITY_SEVERITY:
				return convertQualitySeverityToString(eDataType, instanceValue);
			case SluicePackage.MASK_METHOD:
				return convertMaskMethodToString(eDataType, instanceValue);
			case SluicePackage.DRIFT_POLICY:
				return convertDriftPolicyToString(eDataType, instanceValue);
			case SluicePackage.LOAD_METHOD:
				return convertLoadMethodToString(eDataType, instanceValue);
			case SluicePackage.WRITE_MODE:
				return convertWriteModeToString(eDataType, instanceValue);
			case SluicePackage.PARQUET_COMPRESSION:
				return convertParquetCompressionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pipeline createPipeline() {
		PipelineImpl pipeline = new PipelineImpl();
		return pipeline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bounds createBounds() {
		BoundsImpl bounds = new BoundsImpl();
		return bounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote() {
		NoteImpl note = new NoteImpl();
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnDef createColumnDef() {
		ColumnDefImpl columnDef = new ColumnDefImpl();
		return columnDef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CsvSource createCsvSource() {
		CsvSourceImpl csvSource = new CsvSourceImpl();
		return csvSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonLinesSource createJsonLinesSource() {
		JsonLinesSourceImpl jsonLinesSource = new JsonLinesSourceImpl();
		return jsonLinesSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParquetSource createParquetSource() {
		ParquetSourceImpl parquetSource = new ParquetSourceImpl();
		return parquetSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowIpcSource createArrowIpcSource() {
		ArrowIpcSourceImpl arrowIpcSource = new ArrowIpcSourceImpl();
		return arrowIpcSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JdbcSource createJdbcSource() {
		JdbcSourceImpl jdbcSource = new JdbcSourceImpl();
		return jdbcSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter createFilter() {
		FilterImpl filter = new FilterImpl();
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Select createSelect() {
		SelectImpl select = new SelectImpl();
		return select;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SelectColumn createSelectColumn() {
		SelectColumnImpl selectColumn = new SelectColumnImpl();
		return selectColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derive createDerive() {
		DeriveImpl derive = new DeriveImpl();
		return derive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derivation createDerivation() {
		DerivationImpl derivation = new DerivationImpl();
		return derivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Join createJoin() {
		JoinImpl join = new JoinImpl();
		return join;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aggregate createAggregate() {
		AggregateImpl aggregate = new AggregateImpl();
		return aggregate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aggregation createAggregation() {
		AggregationImpl aggregation = new AggregationImpl();
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sort createSort() {
		SortImpl sort = new SortImpl();
		return sort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SortKey createSortKey() {
		SortKeyImpl sortKey = new SortKeyImpl();
		return sortKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deduplicate createDeduplicate() {
		DeduplicateImpl deduplicate = new DeduplicateImpl();
		return deduplicate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Union createUnion() {
		UnionImpl union = new UnionImpl();
		return union;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Window createWindow() {
		WindowImpl window = new WindowImpl();
		return window;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualityCheck createQualityCheck() {
		QualityCheckImpl qualityCheck = new QualityCheckImpl();
		return qualityCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualityRule createQualityRule() {
		QualityRuleImpl qualityRule = new QualityRuleImpl();
		return qualityRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mask createMask() {
		MaskImpl mask = new MaskImpl();
		return mask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pivot createPivot() {
		PivotImpl pivot = new PivotImpl();
		return pivot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unpivot createUnpivot() {
		UnpivotImpl unpivot = new UnpivotImpl();
		return unpivot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CsvSink createCsvSink() {
		CsvSinkImpl csvSink = new CsvSinkImpl();
		return csvSink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JsonLinesSink createJsonLinesSink() {
		JsonLinesSinkImpl jsonLinesSink = new JsonLinesSinkImpl();
		return jsonLinesSink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParquetSink createParquetSink() {
		ParquetSinkImpl parquetSink = new ParquetSinkImpl();
		return parquetSink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowIpcSink createArrowIpcSink() {
		ArrowIpcSinkImpl arrowIpcSink = new ArrowIpcSinkImpl();
		return arrowIpcSink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JdbcSink createJdbcSink() {
		JdbcSinkImpl jdbcSink = new JdbcSinkImpl();
		return jdbcSink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeConflict createMergeConflict() {
		MergeConflictImpl mergeConflict = new MergeConflictImpl();
		return mergeConflict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConflictKind createConflictKindFromString(EDataType eDataType, String initialValue) {
		ConflictKind result = ConflictKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConflictKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParameterType createParameterTypeFromString(EDataType eDataType, String initialValue) {
		ParameterType result = ParameterType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParameterTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JoinKind createJoinKindFromString(EDataType eDataType, String initialValue) {
		JoinKind result = JoinKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJoinKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AggregateFunction createAggregateFunctionFromString(EDataType eDataType, String initialValue) {
		AggregateFunction result = AggregateFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAggregateFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SortDirection createSortDirectionFromString(EDataType eDataType, String initialValue) {
		SortDirection result = SortDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSortDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NullOrder createNullOrderFromString(EDataType eDataType, String initialValue) {
		NullOrder result = NullOrder.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNullOrderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KeepPolicy createKeepPolicyFromString(EDataType eDataType, String initialValue) {
		KeepPolicy result = KeepPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKeepPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnionMode createUnionModeFromString(EDataType eDataType, String initialValue) {
		UnionMode result = UnionMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnionModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WindowKind createWindowKindFromString(EDataType eDataType, String initialValue) {
		WindowKind result = WindowKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWindowKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QualityRuleKind createQualityRuleKindFromString(EDataType eDataType, String initialValue) {
		QualityRuleKind result = QualityRuleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQualityRuleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QualitySeverity createQualitySeverityFromString(EDataType eDataType, String initialValue) {
		QualitySeverity result = QualitySeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQualitySeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaskMethod createMaskMethodFromString(EDataType eDataType, String initialValue) {
		MaskMethod result = MaskMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaskMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DriftPolicy createDriftPolicyFromString(EDataType eDataType, String initialValue) {
		DriftPolicy result = DriftPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriftPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LoadMethod createLoadMethodFromString(EDataType eDataType, String initialValue) {
		LoadMethod result = LoadMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLoadMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WriteMode createWriteModeFromString(EDataType eDataType, String initialValue) {
		WriteMode result = WriteMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWriteModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ParquetCompression createParquetCompressionFromString(EDataType eDataType, String initialValue) {
		ParquetCompression result = ParquetCompression.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParquetCompressionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SluicePackage getSluicePackage() {
		return (SluicePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SluicePackage getPackage() {
		return SluicePackage.eINSTANCE;
	}

} //SluiceFactoryImpl
