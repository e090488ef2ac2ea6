/**
 */
package io.sluice.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Sluice pipeline model: a pipeline of typed steps connected by links between named ports. Stored as *.sluice files (XMI, see SluiceModel).
 * <!-- end-model-doc -->
 * @see io.sluice.model.SluiceFactory
 * @model kind="package"
 * @generated
 */
public interface SluicePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://sluice.io/model/pipeline";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sluice";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SluicePackage eINSTANCE = io.sluice.model.internal.impl.SluicePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.PipelineImpl <em>Pipeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.PipelineImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getPipeline()
	 * @generated
	 */
	int PIPELINE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__FORMAT_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__PARAMETERS = 3;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__TAGS = 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__NOTES = 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__STEPS = 6;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__LINKS = 7;

	/**
	 * The feature id for the '<em><b>Conflicts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE__CONFLICTS = 8;

	/**
	 * The number of structural features of the '<em>Pipeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE_FEATURE_COUNT = 9;

	/**
	 * The operation id for the '<em>Find Step</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___FIND_STEP__STRING = 0;

	/**
	 * The operation id for the '<em>Find Step By Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___FIND_STEP_BY_NAME__STRING = 1;

	/**
	 * The operation id for the '<em>Find Parameter</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___FIND_PARAMETER__STRING = 2;

	/**
	 * The operation id for the '<em>New Step Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___NEW_STEP_ID__STRING = 3;

	/**
	 * The operation id for the '<em>Unique Step Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___UNIQUE_STEP_NAME__STRING = 4;

	/**
	 * The operation id for the '<em>Can Link</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___CAN_LINK__STEP_STRING_STEP_STRING = 5;

	/**
	 * The operation id for the '<em>Link</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___LINK__STEP_STRING_STEP_STRING = 6;

	/**
	 * The operation id for the '<em>Links Of</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE___LINKS_OF__STEP = 7;

	/**
	 * The number of operations of the '<em>Pipeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIPELINE_OPERATION_COUNT = 8;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.ParameterImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DEFAULT_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.BoundsImpl <em>Bounds</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.BoundsImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getBounds()
	 * @generated
	 */
	int BOUNDS = 2;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__Y = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__WIDTH = 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS__HEIGHT = 3;

	/**
	 * The number of structural features of the '<em>Bounds</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Bounds</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.NoteImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__LAYOUT = 1;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.StepImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getStep()
	 * @generated
	 */
	int STEP = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__LAYOUT = 4;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP___INPUT_PORTS = 0;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP___OUTPUT_PORTS = 1;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP___ACCEPTS_MANY_LINKS__STRING = 2;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP___GET_PIPELINE = 3;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP___INCOMING_LINKS = 4;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP___OUTGOING_LINKS = 5;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 6;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.ColumnDefImpl <em>Column Def</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.ColumnDefImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getColumnDef()
	 * @generated
	 */
	int COLUMN_DEF = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_DEF__NAME = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_DEF__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Nullable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_DEF__NULLABLE = 2;

	/**
	 * The feature id for the '<em><b>Sensitive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_DEF__SENSITIVE = 3;

	/**
	 * The number of structural features of the '<em>Column Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_DEF_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Column Def</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_DEF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.SourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = STEP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TAGS = STEP__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LAYOUT = STEP__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__COLUMNS = STEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = STEP_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE___INPUT_PORTS = STEP___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE___OUTPUT_PORTS = STEP___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE___ACCEPTS_MANY_LINKS__STRING = STEP___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE___GET_PIPELINE = STEP___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE___INCOMING_LINKS = STEP___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE___OUTGOING_LINKS = STEP___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.FileSourceImpl <em>File Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.FileSourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFileSource()
	 * @generated
	 */
	int FILE_SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__NAME = SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__DESCRIPTION = SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__TAGS = SOURCE__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__LAYOUT = SOURCE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__COLUMNS = SOURCE__COLUMNS;

	/**
	 * The feature id for the '<em><b>Drift Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__DRIFT_POLICY = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE__PATH = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>File Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE___INPUT_PORTS = SOURCE___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE___OUTPUT_PORTS = SOURCE___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE___ACCEPTS_MANY_LINKS__STRING = SOURCE___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE___GET_PIPELINE = SOURCE___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE___INCOMING_LINKS = SOURCE___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE___OUTGOING_LINKS = SOURCE___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>File Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SOURCE_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.CsvSourceImpl <em>Csv Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.CsvSourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getCsvSource()
	 * @generated
	 */
	int CSV_SOURCE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__ID = FILE_SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__NAME = FILE_SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__DESCRIPTION = FILE_SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__TAGS = FILE_SOURCE__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__LAYOUT = FILE_SOURCE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__COLUMNS = FILE_SOURCE__COLUMNS;

	/**
	 * The feature id for the '<em><b>Drift Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__DRIFT_POLICY = FILE_SOURCE__DRIFT_POLICY;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__PATH = FILE_SOURCE__PATH;

	/**
	 * The feature id for the '<em><b>Delimiter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__DELIMITER = FILE_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__QUOTE = FILE_SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__HEADER = FILE_SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bind By Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__BIND_BY_POSITION = FILE_SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__ENCODING = FILE_SOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Null Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__NULL_VALUE = FILE_SOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Infer Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE__INFER_DECIMALS = FILE_SOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Csv Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE_FEATURE_COUNT = FILE_SOURCE_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE___INPUT_PORTS = FILE_SOURCE___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE___OUTPUT_PORTS = FILE_SOURCE___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE___ACCEPTS_MANY_LINKS__STRING = FILE_SOURCE___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE___GET_PIPELINE = FILE_SOURCE___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE___INCOMING_LINKS = FILE_SOURCE___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE___OUTGOING_LINKS = FILE_SOURCE___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Csv Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SOURCE_OPERATION_COUNT = FILE_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.JsonLinesSourceImpl <em>Json Lines Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.JsonLinesSourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJsonLinesSource()
	 * @generated
	 */
	int JSON_LINES_SOURCE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__ID = FILE_SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__NAME = FILE_SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__DESCRIPTION = FILE_SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__TAGS = FILE_SOURCE__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__LAYOUT = FILE_SOURCE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__COLUMNS = FILE_SOURCE__COLUMNS;

	/**
	 * The feature id for the '<em><b>Drift Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__DRIFT_POLICY = FILE_SOURCE__DRIFT_POLICY;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE__PATH = FILE_SOURCE__PATH;

	/**
	 * The number of structural features of the '<em>Json Lines Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE_FEATURE_COUNT = FILE_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE___INPUT_PORTS = FILE_SOURCE___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE___OUTPUT_PORTS = FILE_SOURCE___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE___ACCEPTS_MANY_LINKS__STRING = FILE_SOURCE___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE___GET_PIPELINE = FILE_SOURCE___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE___INCOMING_LINKS = FILE_SOURCE___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE___OUTGOING_LINKS = FILE_SOURCE___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Json Lines Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SOURCE_OPERATION_COUNT = FILE_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.ParquetSourceImpl <em>Parquet Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.ParquetSourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParquetSource()
	 * @generated
	 */
	int PARQUET_SOURCE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__ID = FILE_SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__NAME = FILE_SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__DESCRIPTION = FILE_SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__TAGS = FILE_SOURCE__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__LAYOUT = FILE_SOURCE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__COLUMNS = FILE_SOURCE__COLUMNS;

	/**
	 * The feature id for the '<em><b>Drift Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__DRIFT_POLICY = FILE_SOURCE__DRIFT_POLICY;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE__PATH = FILE_SOURCE__PATH;

	/**
	 * The number of structural features of the '<em>Parquet Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE_FEATURE_COUNT = FILE_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE___INPUT_PORTS = FILE_SOURCE___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE___OUTPUT_PORTS = FILE_SOURCE___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE___ACCEPTS_MANY_LINKS__STRING = FILE_SOURCE___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE___GET_PIPELINE = FILE_SOURCE___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE___INCOMING_LINKS = FILE_SOURCE___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE___OUTGOING_LINKS = FILE_SOURCE___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Parquet Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SOURCE_OPERATION_COUNT = FILE_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.ArrowIpcSourceImpl <em>Arrow Ipc Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.ArrowIpcSourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getArrowIpcSource()
	 * @generated
	 */
	int ARROW_IPC_SOURCE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__ID = FILE_SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__NAME = FILE_SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__DESCRIPTION = FILE_SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__TAGS = FILE_SOURCE__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__LAYOUT = FILE_SOURCE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__COLUMNS = FILE_SOURCE__COLUMNS;

	/**
	 * The feature id for the '<em><b>Drift Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__DRIFT_POLICY = FILE_SOURCE__DRIFT_POLICY;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE__PATH = FILE_SOURCE__PATH;

	/**
	 * The number of structural features of the '<em>Arrow Ipc Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE_FEATURE_COUNT = FILE_SOURCE_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE___INPUT_PORTS = FILE_SOURCE___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE___OUTPUT_PORTS = FILE_SOURCE___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE___ACCEPTS_MANY_LINKS__STRING = FILE_SOURCE___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE___GET_PIPELINE = FILE_SOURCE___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE___INCOMING_LINKS = FILE_SOURCE___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE___OUTGOING_LINKS = FILE_SOURCE___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Arrow Ipc Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SOURCE_OPERATION_COUNT = FILE_SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.JdbcSourceImpl <em>Jdbc Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.JdbcSourceImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJdbcSource()
	 * @generated
	 */
	int JDBC_SOURCE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__NAME = SOURCE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__DESCRIPTION = SOURCE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__TAGS = SOURCE__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__LAYOUT = SOURCE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__COLUMNS = SOURCE__COLUMNS;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__CONNECTION = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__TABLE = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__FILTER = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>High Water Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__HIGH_WATER_COLUMN = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fetch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__FETCH_SIZE = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__URL = SOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__QUERY = SOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__USER = SOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE__PASSWORD = SOURCE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Jdbc Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE___INPUT_PORTS = SOURCE___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE___OUTPUT_PORTS = SOURCE___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE___ACCEPTS_MANY_LINKS__STRING = SOURCE___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE___GET_PIPELINE = SOURCE___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE___INCOMING_LINKS = SOURCE___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE___OUTGOING_LINKS = SOURCE___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Jdbc Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SOURCE_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.TransformImpl <em>Transform</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.TransformImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getTransform()
	 * @generated
	 */
	int TRANSFORM = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__ID = STEP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__TAGS = STEP__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM__LAYOUT = STEP__LAYOUT;

	/**
	 * The number of structural features of the '<em>Transform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM___INPUT_PORTS = STEP___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM___OUTPUT_PORTS = STEP___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM___ACCEPTS_MANY_LINKS__STRING = STEP___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM___GET_PIPELINE = STEP___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM___INCOMING_LINKS = STEP___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM___OUTGOING_LINKS = STEP___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Transform</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFORM_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.FilterImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.SelectImpl <em>Select</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.SelectImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSelect()
	 * @generated
	 */
	int SELECT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT__COLUMNS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Select</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Select</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.SelectColumnImpl <em>Select Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.SelectColumnImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSelectColumn()
	 * @generated
	 */
	int SELECT_COLUMN = 16;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_COLUMN__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Rename</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_COLUMN__RENAME = 1;

	/**
	 * The feature id for the '<em><b>Cast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_COLUMN__CAST = 2;

	/**
	 * The number of structural features of the '<em>Select Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_COLUMN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Select Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECT_COLUMN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.DeriveImpl <em>Derive</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.DeriveImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDerive()
	 * @generated
	 */
	int DERIVE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Derivations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE__DERIVATIONS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Derive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Derive</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVE_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.DerivationImpl <em>Derivation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.DerivationImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDerivation()
	 * @generated
	 */
	int DERIVATION = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION__EXPRESSION = 1;

	/**
	 * The number of structural features of the '<em>Derivation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Derivation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DERIVATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.JoinImpl <em>Join</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.JoinImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJoin()
	 * @generated
	 */
	int JOIN = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__KIND = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Left Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__LEFT_KEYS = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Right Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN__RIGHT_KEYS = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Join</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Join</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOIN_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.AggregateImpl <em>Aggregate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.AggregateImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getAggregate()
	 * @generated
	 */
	int AGGREGATE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Group Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__GROUP_KEYS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Aggregations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE__AGGREGATIONS = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Aggregate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Aggregate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATE_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.AggregationImpl <em>Aggregation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.AggregationImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 21;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION__FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION__COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Output Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION__OUTPUT_NAME = 2;

	/**
	 * The number of structural features of the '<em>Aggregation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Aggregation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.SortImpl <em>Sort</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.SortImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSort()
	 * @generated
	 */
	int SORT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Keys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT__KEYS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Sort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Sort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.SortKeyImpl <em>Sort Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.SortKeyImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSortKey()
	 * @generated
	 */
	int SORT_KEY = 23;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_KEY__COLUMN = 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_KEY__DIRECTION = 1;

	/**
	 * The feature id for the '<em><b>Nulls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_KEY__NULLS = 2;

	/**
	 * The number of structural features of the '<em>Sort Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_KEY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sort Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SORT_KEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.DeduplicateImpl <em>Deduplicate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.DeduplicateImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDeduplicate()
	 * @generated
	 */
	int DEDUPLICATE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__KEYS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Keep</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__KEEP = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Order Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE__ORDER_COLUMN = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Deduplicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Deduplicate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDUPLICATE_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.UnionImpl <em>Union</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.UnionImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnion()
	 * @generated
	 */
	int UNION = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION__MODE = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Union</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Union</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.WindowImpl <em>Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.WindowImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getWindow()
	 * @generated
	 */
	int WINDOW = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Event Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__EVENT_TIME_COLUMN = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Window Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__WINDOW_KIND = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__SIZE = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Slide</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__SLIDE = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Group Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__GROUP_KEYS = TRANSFORM_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Aggregations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW__AGGREGATIONS = TRANSFORM_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WINDOW_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.QualityCheckImpl <em>Quality Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.QualityCheckImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualityCheck()
	 * @generated
	 */
	int QUALITY_CHECK = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK__RULES = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Quality Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Quality Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_CHECK_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.QualityRuleImpl <em>Quality Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.QualityRuleImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualityRule()
	 * @generated
	 */
	int QUALITY_RULE = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__COLUMN = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__SEVERITY = 3;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__MIN = 4;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__MAX = 5;

	/**
	 * The feature id for the '<em><b>Allowed Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__ALLOWED_VALUES = 6;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__PATTERN = 7;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__MAX_LENGTH = 8;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__EXPRESSION = 9;

	/**
	 * The feature id for the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__MAX_AGE = 10;

	/**
	 * The feature id for the '<em><b>Max Null Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE__MAX_NULL_RATE = 11;

	/**
	 * The number of structural features of the '<em>Quality Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Quality Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUALITY_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.MaskImpl <em>Mask</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.MaskImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getMask()
	 * @generated
	 */
	int MASK = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__COLUMNS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__METHOD = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Salt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK__SALT = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mask</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Mask</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MASK_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.PivotImpl <em>Pivot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.PivotImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getPivot()
	 * @generated
	 */
	int PIVOT = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Group Keys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__GROUP_KEYS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pivot Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__PIVOT_COLUMN = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__VALUES = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__FUNCTION = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT__VALUE_COLUMN = TRANSFORM_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Pivot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Pivot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PIVOT_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.UnpivotImpl <em>Unpivot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.UnpivotImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnpivot()
	 * @generated
	 */
	int UNPIVOT = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__COLUMNS = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__NAME_COLUMN = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__VALUE_COLUMN = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Include Nulls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT__INCLUDE_NULLS = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Unpivot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Unpivot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNPIVOT_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.UnnestImpl <em>Unnest</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.UnnestImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnnest()
	 * @generated
	 */
	int UNNEST = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__COLUMN = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Position Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__POSITION_COLUMN = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Keep Empty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST__KEEP_EMPTY = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Unnest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Unnest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNNEST_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.FlattenImpl <em>Flatten</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.FlattenImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFlatten()
	 * @generated
	 */
	int FLATTEN = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__ID = TRANSFORM__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__NAME = TRANSFORM__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__DESCRIPTION = TRANSFORM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__TAGS = TRANSFORM__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__LAYOUT = TRANSFORM__LAYOUT;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__COLUMN = TRANSFORM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN__PREFIX = TRANSFORM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Flatten</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN_FEATURE_COUNT = TRANSFORM_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN___INPUT_PORTS = TRANSFORM___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN___OUTPUT_PORTS = TRANSFORM___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN___ACCEPTS_MANY_LINKS__STRING = TRANSFORM___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN___GET_PIPELINE = TRANSFORM___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN___INCOMING_LINKS = TRANSFORM___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN___OUTGOING_LINKS = TRANSFORM___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Flatten</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLATTEN_OPERATION_COUNT = TRANSFORM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.SinkImpl <em>Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.SinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSink()
	 * @generated
	 */
	int SINK = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK__ID = STEP__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK__NAME = STEP__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK__DESCRIPTION = STEP__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK__TAGS = STEP__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK__LAYOUT = STEP__LAYOUT;

	/**
	 * The number of structural features of the '<em>Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK_FEATURE_COUNT = STEP_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK___INPUT_PORTS = STEP___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK___OUTPUT_PORTS = STEP___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK___ACCEPTS_MANY_LINKS__STRING = STEP___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK___GET_PIPELINE = STEP___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK___INCOMING_LINKS = STEP___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK___OUTGOING_LINKS = STEP___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SINK_OPERATION_COUNT = STEP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.FileSinkImpl <em>File Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.FileSinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFileSink()
	 * @generated
	 */
	int FILE_SINK = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__ID = SINK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__NAME = SINK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__DESCRIPTION = SINK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__TAGS = SINK__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__LAYOUT = SINK__LAYOUT;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__PATH = SINK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__APPEND = SINK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partition By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK__PARTITION_BY = SINK_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>File Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK_FEATURE_COUNT = SINK_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK___INPUT_PORTS = SINK___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK___OUTPUT_PORTS = SINK___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK___ACCEPTS_MANY_LINKS__STRING = SINK___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK___GET_PIPELINE = SINK___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK___INCOMING_LINKS = SINK___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK___OUTGOING_LINKS = SINK___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>File Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SINK_OPERATION_COUNT = SINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.CsvSinkImpl <em>Csv Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.CsvSinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getCsvSink()
	 * @generated
	 */
	int CSV_SINK = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__ID = FILE_SINK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__NAME = FILE_SINK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__DESCRIPTION = FILE_SINK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__TAGS = FILE_SINK__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__LAYOUT = FILE_SINK__LAYOUT;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__PATH = FILE_SINK__PATH;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__APPEND = FILE_SINK__APPEND;

	/**
	 * The feature id for the '<em><b>Partition By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__PARTITION_BY = FILE_SINK__PARTITION_BY;

	/**
	 * The feature id for the '<em><b>Delimiter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__DELIMITER = FILE_SINK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK__HEADER = FILE_SINK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Csv Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK_FEATURE_COUNT = FILE_SINK_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK___INPUT_PORTS = FILE_SINK___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK___OUTPUT_PORTS = FILE_SINK___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK___ACCEPTS_MANY_LINKS__STRING = FILE_SINK___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK___GET_PIPELINE = FILE_SINK___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK___INCOMING_LINKS = FILE_SINK___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK___OUTGOING_LINKS = FILE_SINK___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Csv Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSV_SINK_OPERATION_COUNT = FILE_SINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.JsonLinesSinkImpl <em>Json Lines Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.JsonLinesSinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJsonLinesSink()
	 * @generated
	 */
	int JSON_LINES_SINK = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__ID = FILE_SINK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__NAME = FILE_SINK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__DESCRIPTION = FILE_SINK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__TAGS = FILE_SINK__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__LAYOUT = FILE_SINK__LAYOUT;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__PATH = FILE_SINK__PATH;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__APPEND = FILE_SINK__APPEND;

	/**
	 * The feature id for the '<em><b>Partition By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK__PARTITION_BY = FILE_SINK__PARTITION_BY;

	/**
	 * The number of structural features of the '<em>Json Lines Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK_FEATURE_COUNT = FILE_SINK_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK___INPUT_PORTS = FILE_SINK___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK___OUTPUT_PORTS = FILE_SINK___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK___ACCEPTS_MANY_LINKS__STRING = FILE_SINK___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK___GET_PIPELINE = FILE_SINK___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK___INCOMING_LINKS = FILE_SINK___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK___OUTGOING_LINKS = FILE_SINK___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Json Lines Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JSON_LINES_SINK_OPERATION_COUNT = FILE_SINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.ParquetSinkImpl <em>Parquet Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.ParquetSinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParquetSink()
	 * @generated
	 */
	int PARQUET_SINK = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__ID = FILE_SINK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__NAME = FILE_SINK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__DESCRIPTION = FILE_SINK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__TAGS = FILE_SINK__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__LAYOUT = FILE_SINK__LAYOUT;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__PATH = FILE_SINK__PATH;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__APPEND = FILE_SINK__APPEND;

	/**
	 * The feature id for the '<em><b>Partition By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__PARTITION_BY = FILE_SINK__PARTITION_BY;

	/**
	 * The feature id for the '<em><b>Compression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK__COMPRESSION = FILE_SINK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Parquet Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK_FEATURE_COUNT = FILE_SINK_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK___INPUT_PORTS = FILE_SINK___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK___OUTPUT_PORTS = FILE_SINK___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK___ACCEPTS_MANY_LINKS__STRING = FILE_SINK___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK___GET_PIPELINE = FILE_SINK___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK___INCOMING_LINKS = FILE_SINK___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK___OUTGOING_LINKS = FILE_SINK___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Parquet Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARQUET_SINK_OPERATION_COUNT = FILE_SINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.ArrowIpcSinkImpl <em>Arrow Ipc Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.ArrowIpcSinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getArrowIpcSink()
	 * @generated
	 */
	int ARROW_IPC_SINK = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__ID = FILE_SINK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__NAME = FILE_SINK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__DESCRIPTION = FILE_SINK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__TAGS = FILE_SINK__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__LAYOUT = FILE_SINK__LAYOUT;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__PATH = FILE_SINK__PATH;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__APPEND = FILE_SINK__APPEND;

	/**
	 * The feature id for the '<em><b>Partition By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK__PARTITION_BY = FILE_SINK__PARTITION_BY;

	/**
	 * The number of structural features of the '<em>Arrow Ipc Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK_FEATURE_COUNT = FILE_SINK_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK___INPUT_PORTS = FILE_SINK___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK___OUTPUT_PORTS = FILE_SINK___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK___ACCEPTS_MANY_LINKS__STRING = FILE_SINK___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK___GET_PIPELINE = FILE_SINK___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK___INCOMING_LINKS = FILE_SINK___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK___OUTGOING_LINKS = FILE_SINK___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Arrow Ipc Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARROW_IPC_SINK_OPERATION_COUNT = FILE_SINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.JdbcSinkImpl <em>Jdbc Sink</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.JdbcSinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJdbcSink()
	 * @generated
	 */
	int JDBC_SINK = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__ID = SINK__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__NAME = SINK__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__DESCRIPTION = SINK__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__TAGS = SINK__TAGS;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__LAYOUT = SINK__LAYOUT;

	/**
	 * The feature id for the '<em><b>Connection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__CONNECTION = SINK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Load Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__LOAD_METHOD = SINK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Commit Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__COMMIT_EVERY = SINK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__URL = SINK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__USER = SINK_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__PASSWORD = SINK_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__TABLE = SINK_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__MODE = SINK_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Key Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK__KEY_COLUMNS = SINK_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Jdbc Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK_FEATURE_COUNT = SINK_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Input Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK___INPUT_PORTS = SINK___INPUT_PORTS;

	/**
	 * The operation id for the '<em>Output Ports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK___OUTPUT_PORTS = SINK___OUTPUT_PORTS;

	/**
	 * The operation id for the '<em>Accepts Many Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK___ACCEPTS_MANY_LINKS__STRING = SINK___ACCEPTS_MANY_LINKS__STRING;

	/**
	 * The operation id for the '<em>Get Pipeline</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK___GET_PIPELINE = SINK___GET_PIPELINE;

	/**
	 * The operation id for the '<em>Incoming Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK___INCOMING_LINKS = SINK___INCOMING_LINKS;

	/**
	 * The operation id for the '<em>Outgoing Links</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK___OUTGOING_LINKS = SINK___OUTGOING_LINKS;

	/**
	 * The number of operations of the '<em>Jdbc Sink</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JDBC_SINK_OPERATION_COUNT = SINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.LinkImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getLink()
	 * @generated
	 */
	int LINK = 41;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Source Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__SOURCE_PORT = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Target Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__TARGET_PORT = 3;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.internal.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.internal.impl.MergeConflictImpl
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getMergeConflict()
	 * @generated
	 */
	int MERGE_CONFLICT = 42;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__STEP_ID = 1;

	/**
	 * The feature id for the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__PROPERTY = 2;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__BASE = 3;

	/**
	 * The feature id for the '<em><b>Ours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__OURS = 4;

	/**
	 * The feature id for the '<em><b>Theirs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__THEIRS = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT__MESSAGE = 6;

	/**
	 * The number of structural features of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Merge Conflict</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_CONFLICT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.sluice.model.ConflictKind <em>Conflict Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.ConflictKind
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getConflictKind()
	 * @generated
	 */
	int CONFLICT_KIND = 43;

	/**
	 * The meta object id for the '{@link io.sluice.model.ParameterType <em>Parameter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.ParameterType
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParameterType()
	 * @generated
	 */
	int PARAMETER_TYPE = 44;

	/**
	 * The meta object id for the '{@link io.sluice.model.JoinKind <em>Join Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.JoinKind
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJoinKind()
	 * @generated
	 */
	int JOIN_KIND = 45;

	/**
	 * The meta object id for the '{@link io.sluice.model.AggregateFunction <em>Aggregate Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.AggregateFunction
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getAggregateFunction()
	 * @generated
	 */
	int AGGREGATE_FUNCTION = 46;

	/**
	 * The meta object id for the '{@link io.sluice.model.SortDirection <em>Sort Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.SortDirection
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSortDirection()
	 * @generated
	 */
	int SORT_DIRECTION = 47;

	/**
	 * The meta object id for the '{@link io.sluice.model.NullOrder <em>Null Order</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.NullOrder
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getNullOrder()
	 * @generated
	 */
	int NULL_ORDER = 48;

	/**
	 * The meta object id for the '{@link io.sluice.model.KeepPolicy <em>Keep Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.KeepPolicy
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getKeepPolicy()
	 * @generated
	 */
	int KEEP_POLICY = 49;

	/**
	 * The meta object id for the '{@link io.sluice.model.UnionMode <em>Union Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.UnionMode
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnionMode()
	 * @generated
	 */
	int UNION_MODE = 50;

	/**
	 * The meta object id for the '{@link io.sluice.model.WindowKind <em>Window Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.WindowKind
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getWindowKind()
	 * @generated
	 */
	int WINDOW_KIND = 51;

	/**
	 * The meta object id for the '{@link io.sluice.model.QualityRuleKind <em>Quality Rule Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.QualityRuleKind
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualityRuleKind()
	 * @generated
	 */
	int QUALITY_RULE_KIND = 52;

	/**
	 * The meta object id for the '{@link io.sluice.model.QualitySeverity <em>Quality Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.QualitySeverity
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualitySeverity()
	 * @generated
	 */
	int QUALITY_SEVERITY = 53;

	/**
	 * The meta object id for the '{@link io.sluice.model.MaskMethod <em>Mask Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.MaskMethod
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getMaskMethod()
	 * @generated
	 */
	int MASK_METHOD = 54;

	/**
	 * The meta object id for the '{@link io.sluice.model.DriftPolicy <em>Drift Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.DriftPolicy
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDriftPolicy()
	 * @generated
	 */
	int DRIFT_POLICY = 55;

	/**
	 * The meta object id for the '{@link io.sluice.model.LoadMethod <em>Load Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.LoadMethod
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getLoadMethod()
	 * @generated
	 */
	int LOAD_METHOD = 56;

	/**
	 * The meta object id for the '{@link io.sluice.model.WriteMode <em>Write Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.WriteMode
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getWriteMode()
	 * @generated
	 */
	int WRITE_MODE = 57;

	/**
	 * The meta object id for the '{@link io.sluice.model.ParquetCompression <em>Parquet Compression</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.sluice.model.ParquetCompression
	 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParquetCompression()
	 * @generated
	 */
	int PARQUET_COMPRESSION = 58;


	/**
	 * Returns the meta object for class '{@link io.sluice.model.Pipeline <em>Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pipeline</em>'.
	 * @see io.sluice.model.Pipeline
	 * @generated
	 */
	EClass getPipeline();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Pipeline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sluice.model.Pipeline#getName()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Pipeline#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.sluice.model.Pipeline#getDescription()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Pipeline#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see io.sluice.model.Pipeline#getFormatVersion()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Pipeline#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see io.sluice.model.Pipeline#getParameters()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Parameters();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Pipeline#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.sluice.model.Pipeline#getTags()
	 * @see #getPipeline()
	 * @generated
	 */
	EAttribute getPipeline_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Pipeline#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see io.sluice.model.Pipeline#getNotes()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Pipeline#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see io.sluice.model.Pipeline#getSteps()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Steps();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Pipeline#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see io.sluice.model.Pipeline#getLinks()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Links();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Pipeline#getConflicts <em>Conflicts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflicts</em>'.
	 * @see io.sluice.model.Pipeline#getConflicts()
	 * @see #getPipeline()
	 * @generated
	 */
	EReference getPipeline_Conflicts();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#findStep(java.lang.String) <em>Find Step</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Step</em>' operation.
	 * @see io.sluice.model.Pipeline#findStep(java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__FindStep__String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#findStepByName(java.lang.String) <em>Find Step By Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Step By Name</em>' operation.
	 * @see io.sluice.model.Pipeline#findStepByName(java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__FindStepByName__String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#findParameter(java.lang.String) <em>Find Parameter</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Parameter</em>' operation.
	 * @see io.sluice.model.Pipeline#findParameter(java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__FindParameter__String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#newStepId(java.lang.String) <em>New Step Id</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>New Step Id</em>' operation.
	 * @see io.sluice.model.Pipeline#newStepId(java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__NewStepId__String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#uniqueStepName(java.lang.String) <em>Unique Step Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Step Name</em>' operation.
	 * @see io.sluice.model.Pipeline#uniqueStepName(java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__UniqueStepName__String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#canLink(io.sluice.model.Step, java.lang.String, io.sluice.model.Step, java.lang.String) <em>Can Link</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Can Link</em>' operation.
	 * @see io.sluice.model.Pipeline#canLink(io.sluice.model.Step, java.lang.String, io.sluice.model.Step, java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__CanLink__Step_String_Step_String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#link(io.sluice.model.Step, java.lang.String, io.sluice.model.Step, java.lang.String) <em>Link</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Link</em>' operation.
	 * @see io.sluice.model.Pipeline#link(io.sluice.model.Step, java.lang.String, io.sluice.model.Step, java.lang.String)
	 * @generated
	 */
	EOperation getPipeline__Link__Step_String_Step_String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Pipeline#linksOf(io.sluice.model.Step) <em>Links Of</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Links Of</em>' operation.
	 * @see io.sluice.model.Pipeline#linksOf(io.sluice.model.Step)
	 * @generated
	 */
	EOperation getPipeline__LinksOf__Step();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see io.sluice.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sluice.model.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.sluice.model.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Parameter#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see io.sluice.model.Parameter#getDefaultValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Parameter#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.sluice.model.Parameter#getDescription()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Description();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Bounds <em>Bounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bounds</em>'.
	 * @see io.sluice.model.Bounds
	 * @generated
	 */
	EClass getBounds();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Bounds#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see io.sluice.model.Bounds#getX()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_X();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Bounds#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see io.sluice.model.Bounds#getY()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_Y();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Bounds#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.sluice.model.Bounds#getWidth()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Bounds#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.sluice.model.Bounds#getHeight()
	 * @see #getBounds()
	 * @generated
	 */
	EAttribute getBounds_Height();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see io.sluice.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.sluice.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the containment reference '{@link io.sluice.model.Note#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see io.sluice.model.Note#getLayout()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Layout();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see io.sluice.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Step#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.sluice.model.Step#getId()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sluice.model.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Step#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.sluice.model.Step#getDescription()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Description();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Step#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.sluice.model.Step#getTags()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Tags();

	/**
	 * Returns the meta object for the containment reference '{@link io.sluice.model.Step#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see io.sluice.model.Step#getLayout()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Layout();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Step#inputPorts() <em>Input Ports</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Input Ports</em>' operation.
	 * @see io.sluice.model.Step#inputPorts()
	 * @generated
	 */
	EOperation getStep__InputPorts();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Step#outputPorts() <em>Output Ports</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Output Ports</em>' operation.
	 * @see io.sluice.model.Step#outputPorts()
	 * @generated
	 */
	EOperation getStep__OutputPorts();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Step#acceptsManyLinks(java.lang.String) <em>Accepts Many Links</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Accepts Many Links</em>' operation.
	 * @see io.sluice.model.Step#acceptsManyLinks(java.lang.String)
	 * @generated
	 */
	EOperation getStep__AcceptsManyLinks__String();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Step#getPipeline() <em>Get Pipeline</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Pipeline</em>' operation.
	 * @see io.sluice.model.Step#getPipeline()
	 * @generated
	 */
	EOperation getStep__GetPipeline();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Step#incomingLinks() <em>Incoming Links</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Incoming Links</em>' operation.
	 * @see io.sluice.model.Step#incomingLinks()
	 * @generated
	 */
	EOperation getStep__IncomingLinks();

	/**
	 * Returns the meta object for the '{@link io.sluice.model.Step#outgoingLinks() <em>Outgoing Links</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Outgoing Links</em>' operation.
	 * @see io.sluice.model.Step#outgoingLinks()
	 * @generated
	 */
	EOperation getStep__OutgoingLinks();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.ColumnDef <em>Column Def</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Def</em>'.
	 * @see io.sluice.model.ColumnDef
	 * @generated
	 */
	EClass getColumnDef();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.ColumnDef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sluice.model.ColumnDef#getName()
	 * @see #getColumnDef()
	 * @generated
	 */
	EAttribute getColumnDef_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.ColumnDef#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.sluice.model.ColumnDef#getType()
	 * @see #getColumnDef()
	 * @generated
	 */
	EAttribute getColumnDef_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.ColumnDef#isNullable <em>Nullable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nullable</em>'.
	 * @see io.sluice.model.ColumnDef#isNullable()
	 * @see #getColumnDef()
	 * @generated
	 */
	EAttribute getColumnDef_Nullable();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.ColumnDef#isSensitive <em>Sensitive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensitive</em>'.
	 * @see io.sluice.model.ColumnDef#isSensitive()
	 * @see #getColumnDef()
	 * @generated
	 */
	EAttribute getColumnDef_Sensitive();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see io.sluice.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Source#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see io.sluice.model.Source#getColumns()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Columns();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.FileSource <em>File Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Source</em>'.
	 * @see io.sluice.model.FileSource
	 * @generated
	 */
	EClass getFileSource();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.FileSource#getDriftPolicy <em>Drift Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Policy</em>'.
	 * @see io.sluice.model.FileSource#getDriftPolicy()
	 * @see #getFileSource()
	 * @generated
	 */
	EAttribute getFileSource_DriftPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.FileSource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.sluice.model.FileSource#getPath()
	 * @see #getFileSource()
	 * @generated
	 */
	EAttribute getFileSource_Path();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.CsvSource <em>Csv Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Csv Source</em>'.
	 * @see io.sluice.model.CsvSource
	 * @generated
	 */
	EClass getCsvSource();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#getDelimiter <em>Delimiter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delimiter</em>'.
	 * @see io.sluice.model.CsvSource#getDelimiter()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_Delimiter();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see io.sluice.model.CsvSource#getQuote()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_Quote();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#isHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see io.sluice.model.CsvSource#isHeader()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_Header();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#isBindByPosition <em>Bind By Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bind By Position</em>'.
	 * @see io.sluice.model.CsvSource#isBindByPosition()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_BindByPosition();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see io.sluice.model.CsvSource#getEncoding()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#getNullValue <em>Null Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Null Value</em>'.
	 * @see io.sluice.model.CsvSource#getNullValue()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_NullValue();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSource#isInferDecimals <em>Infer Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Infer Decimals</em>'.
	 * @see io.sluice.model.CsvSource#isInferDecimals()
	 * @see #getCsvSource()
	 * @generated
	 */
	EAttribute getCsvSource_InferDecimals();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.JsonLinesSource <em>Json Lines Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Json Lines Source</em>'.
	 * @see io.sluice.model.JsonLinesSource
	 * @generated
	 */
	EClass getJsonLinesSource();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.ParquetSource <em>Parquet Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parquet Source</em>'.
	 * @see io.sluice.model.ParquetSource
	 * @generated
	 */
	EClass getParquetSource();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.ArrowIpcSource <em>Arrow Ipc Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arrow Ipc Source</em>'.
	 * @see io.sluice.model.ArrowIpcSource
	 * @generated
	 */
	EClass getArrowIpcSource();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.JdbcSource <em>Jdbc Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Jdbc Source</em>'.
	 * @see io.sluice.model.JdbcSource
	 * @generated
	 */
	EClass getJdbcSource();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection</em>'.
	 * @see io.sluice.model.JdbcSource#getConnection()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_Connection();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see io.sluice.model.JdbcSource#getTable()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_Table();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getFilter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filter</em>'.
	 * @see io.sluice.model.JdbcSource#getFilter()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_Filter();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getHighWaterColumn <em>High Water Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Water Column</em>'.
	 * @see io.sluice.model.JdbcSource#getHighWaterColumn()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_HighWaterColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getFetchSize <em>Fetch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fetch Size</em>'.
	 * @see io.sluice.model.JdbcSource#getFetchSize()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_FetchSize();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.sluice.model.JdbcSource#getUrl()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see io.sluice.model.JdbcSource#getQuery()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_Query();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see io.sluice.model.JdbcSource#getUser()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_User();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSource#getPassword <em>Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password</em>'.
	 * @see io.sluice.model.JdbcSource#getPassword()
	 * @see #getJdbcSource()
	 * @generated
	 */
	EAttribute getJdbcSource_Password();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Transform <em>Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transform</em>'.
	 * @see io.sluice.model.Transform
	 * @generated
	 */
	EClass getTransform();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see io.sluice.model.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Filter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see io.sluice.model.Filter#getCondition()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Condition();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Select <em>Select</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Select</em>'.
	 * @see io.sluice.model.Select
	 * @generated
	 */
	EClass getSelect();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Select#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see io.sluice.model.Select#getColumns()
	 * @see #getSelect()
	 * @generated
	 */
	EReference getSelect_Columns();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.SelectColumn <em>Select Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Select Column</em>'.
	 * @see io.sluice.model.SelectColumn
	 * @generated
	 */
	EClass getSelectColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.SelectColumn#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.sluice.model.SelectColumn#getColumn()
	 * @see #getSelectColumn()
	 * @generated
	 */
	EAttribute getSelectColumn_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.SelectColumn#getRename <em>Rename</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rename</em>'.
	 * @see io.sluice.model.SelectColumn#getRename()
	 * @see #getSelectColumn()
	 * @generated
	 */
	EAttribute getSelectColumn_Rename();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.SelectColumn#getCast <em>Cast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cast</em>'.
	 * @see io.sluice.model.SelectColumn#getCast()
	 * @see #getSelectColumn()
	 * @generated
	 */
	EAttribute getSelectColumn_Cast();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Derive <em>Derive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derive</em>'.
	 * @see io.sluice.model.Derive
	 * @generated
	 */
	EClass getDerive();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Derive#getDerivations <em>Derivations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Derivations</em>'.
	 * @see io.sluice.model.Derive#getDerivations()
	 * @see #getDerive()
	 * @generated
	 */
	EReference getDerive_Derivations();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Derivation <em>Derivation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derivation</em>'.
	 * @see io.sluice.model.Derivation
	 * @generated
	 */
	EClass getDerivation();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Derivation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sluice.model.Derivation#getName()
	 * @see #getDerivation()
	 * @generated
	 */
	EAttribute getDerivation_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Derivation#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.sluice.model.Derivation#getExpression()
	 * @see #getDerivation()
	 * @generated
	 */
	EAttribute getDerivation_Expression();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Join <em>Join</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Join</em>'.
	 * @see io.sluice.model.Join
	 * @generated
	 */
	EClass getJoin();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Join#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sluice.model.Join#getKind()
	 * @see #getJoin()
	 * @generated
	 */
	EAttribute getJoin_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Join#getLeftKeys <em>Left Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Left Keys</em>'.
	 * @see io.sluice.model.Join#getLeftKeys()
	 * @see #getJoin()
	 * @generated
	 */
	EAttribute getJoin_LeftKeys();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Join#getRightKeys <em>Right Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Right Keys</em>'.
	 * @see io.sluice.model.Join#getRightKeys()
	 * @see #getJoin()
	 * @generated
	 */
	EAttribute getJoin_RightKeys();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Aggregate <em>Aggregate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aggregate</em>'.
	 * @see io.sluice.model.Aggregate
	 * @generated
	 */
	EClass getAggregate();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Aggregate#getGroupKeys <em>Group Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Group Keys</em>'.
	 * @see io.sluice.model.Aggregate#getGroupKeys()
	 * @see #getAggregate()
	 * @generated
	 */
	EAttribute getAggregate_GroupKeys();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Aggregate#getAggregations <em>Aggregations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aggregations</em>'.
	 * @see io.sluice.model.Aggregate#getAggregations()
	 * @see #getAggregate()
	 * @generated
	 */
	EReference getAggregate_Aggregations();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aggregation</em>'.
	 * @see io.sluice.model.Aggregation
	 * @generated
	 */
	EClass getAggregation();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Aggregation#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see io.sluice.model.Aggregation#getFunction()
	 * @see #getAggregation()
	 * @generated
	 */
	EAttribute getAggregation_Function();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Aggregation#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.sluice.model.Aggregation#getColumn()
	 * @see #getAggregation()
	 * @generated
	 */
	EAttribute getAggregation_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Aggregation#getOutputName <em>Output Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Name</em>'.
	 * @see io.sluice.model.Aggregation#getOutputName()
	 * @see #getAggregation()
	 * @generated
	 */
	EAttribute getAggregation_OutputName();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Sort <em>Sort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sort</em>'.
	 * @see io.sluice.model.Sort
	 * @generated
	 */
	EClass getSort();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Sort#getKeys <em>Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Keys</em>'.
	 * @see io.sluice.model.Sort#getKeys()
	 * @see #getSort()
	 * @generated
	 */
	EReference getSort_Keys();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.SortKey <em>Sort Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sort Key</em>'.
	 * @see io.sluice.model.SortKey
	 * @generated
	 */
	EClass getSortKey();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.SortKey#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.sluice.model.SortKey#getColumn()
	 * @see #getSortKey()
	 * @generated
	 */
	EAttribute getSortKey_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.SortKey#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.sluice.model.SortKey#getDirection()
	 * @see #getSortKey()
	 * @generated
	 */
	EAttribute getSortKey_Direction();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.SortKey#getNulls <em>Nulls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nulls</em>'.
	 * @see io.sluice.model.SortKey#getNulls()
	 * @see #getSortKey()
	 * @generated
	 */
	EAttribute getSortKey_Nulls();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Deduplicate <em>Deduplicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deduplicate</em>'.
	 * @see io.sluice.model.Deduplicate
	 * @generated
	 */
	EClass getDeduplicate();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Deduplicate#getKeys <em>Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Keys</em>'.
	 * @see io.sluice.model.Deduplicate#getKeys()
	 * @see #getDeduplicate()
	 * @generated
	 */
	EAttribute getDeduplicate_Keys();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Deduplicate#getKeep <em>Keep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep</em>'.
	 * @see io.sluice.model.Deduplicate#getKeep()
	 * @see #getDeduplicate()
	 * @generated
	 */
	EAttribute getDeduplicate_Keep();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Deduplicate#getOrderColumn <em>Order Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order Column</em>'.
	 * @see io.sluice.model.Deduplicate#getOrderColumn()
	 * @see #getDeduplicate()
	 * @generated
	 */
	EAttribute getDeduplicate_OrderColumn();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Union <em>Union</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Union</em>'.
	 * @see io.sluice.model.Union
	 * @generated
	 */
	EClass getUnion();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Union#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.sluice.model.Union#getMode()
	 * @see #getUnion()
	 * @generated
	 */
	EAttribute getUnion_Mode();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Window <em>Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Window</em>'.
	 * @see io.sluice.model.Window
	 * @generated
	 */
	EClass getWindow();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Window#getEventTimeColumn <em>Event Time Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Time Column</em>'.
	 * @see io.sluice.model.Window#getEventTimeColumn()
	 * @see #getWindow()
	 * @generated
	 */
	EAttribute getWindow_EventTimeColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Window#getWindowKind <em>Window Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Kind</em>'.
	 * @see io.sluice.model.Window#getWindowKind()
	 * @see #getWindow()
	 * @generated
	 */
	EAttribute getWindow_WindowKind();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Window#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.sluice.model.Window#getSize()
	 * @see #getWindow()
	 * @generated
	 */
	EAttribute getWindow_Size();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Window#getSlide <em>Slide</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slide</em>'.
	 * @see io.sluice.model.Window#getSlide()
	 * @see #getWindow()
	 * @generated
	 */
	EAttribute getWindow_Slide();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Window#getGroupKeys <em>Group Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Group Keys</em>'.
	 * @see io.sluice.model.Window#getGroupKeys()
	 * @see #getWindow()
	 * @generated
	 */
	EAttribute getWindow_GroupKeys();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.Window#getAggregations <em>Aggregations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aggregations</em>'.
	 * @see io.sluice.model.Window#getAggregations()
	 * @see #getWindow()
	 * @generated
	 */
	EReference getWindow_Aggregations();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.QualityCheck <em>Quality Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quality Check</em>'.
	 * @see io.sluice.model.QualityCheck
	 * @generated
	 */
	EClass getQualityCheck();

	/**
	 * Returns the meta object for the containment reference list '{@link io.sluice.model.QualityCheck#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.sluice.model.QualityCheck#getRules()
	 * @see #getQualityCheck()
	 * @generated
	 */
	EReference getQualityCheck_Rules();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.QualityRule <em>Quality Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quality Rule</em>'.
	 * @see io.sluice.model.QualityRule
	 * @generated
	 */
	EClass getQualityRule();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.sluice.model.QualityRule#getName()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sluice.model.QualityRule#getKind()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.sluice.model.QualityRule#getColumn()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.sluice.model.QualityRule#getSeverity()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Severity();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see io.sluice.model.QualityRule#getMin()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Min();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see io.sluice.model.QualityRule#getMax()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Max();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.QualityRule#getAllowedValues <em>Allowed Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Allowed Values</em>'.
	 * @see io.sluice.model.QualityRule#getAllowedValues()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_AllowedValues();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see io.sluice.model.QualityRule#getPattern()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see io.sluice.model.QualityRule#getMaxLength()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_MaxLength();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see io.sluice.model.QualityRule#getExpression()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_Expression();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getMaxAge <em>Max Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Age</em>'.
	 * @see io.sluice.model.QualityRule#getMaxAge()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_MaxAge();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.QualityRule#getMaxNullRate <em>Max Null Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Null Rate</em>'.
	 * @see io.sluice.model.QualityRule#getMaxNullRate()
	 * @see #getQualityRule()
	 * @generated
	 */
	EAttribute getQualityRule_MaxNullRate();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Mask <em>Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mask</em>'.
	 * @see io.sluice.model.Mask
	 * @generated
	 */
	EClass getMask();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Mask#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see io.sluice.model.Mask#getColumns()
	 * @see #getMask()
	 * @generated
	 */
	EAttribute getMask_Columns();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Mask#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see io.sluice.model.Mask#getMethod()
	 * @see #getMask()
	 * @generated
	 */
	EAttribute getMask_Method();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Mask#getSalt <em>Salt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Salt</em>'.
	 * @see io.sluice.model.Mask#getSalt()
	 * @see #getMask()
	 * @generated
	 */
	EAttribute getMask_Salt();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Pivot <em>Pivot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pivot</em>'.
	 * @see io.sluice.model.Pivot
	 * @generated
	 */
	EClass getPivot();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Pivot#getGroupKeys <em>Group Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Group Keys</em>'.
	 * @see io.sluice.model.Pivot#getGroupKeys()
	 * @see #getPivot()
	 * @generated
	 */
	EAttribute getPivot_GroupKeys();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Pivot#getPivotColumn <em>Pivot Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pivot Column</em>'.
	 * @see io.sluice.model.Pivot#getPivotColumn()
	 * @see #getPivot()
	 * @generated
	 */
	EAttribute getPivot_PivotColumn();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Pivot#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see io.sluice.model.Pivot#getValues()
	 * @see #getPivot()
	 * @generated
	 */
	EAttribute getPivot_Values();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Pivot#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see io.sluice.model.Pivot#getFunction()
	 * @see #getPivot()
	 * @generated
	 */
	EAttribute getPivot_Function();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Pivot#getValueColumn <em>Value Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Column</em>'.
	 * @see io.sluice.model.Pivot#getValueColumn()
	 * @see #getPivot()
	 * @generated
	 */
	EAttribute getPivot_ValueColumn();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Unpivot <em>Unpivot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unpivot</em>'.
	 * @see io.sluice.model.Unpivot
	 * @generated
	 */
	EClass getUnpivot();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.Unpivot#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see io.sluice.model.Unpivot#getColumns()
	 * @see #getUnpivot()
	 * @generated
	 */
	EAttribute getUnpivot_Columns();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Unpivot#getNameColumn <em>Name Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Column</em>'.
	 * @see io.sluice.model.Unpivot#getNameColumn()
	 * @see #getUnpivot()
	 * @generated
	 */
	EAttribute getUnpivot_NameColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Unpivot#getValueColumn <em>Value Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Column</em>'.
	 * @see io.sluice.model.Unpivot#getValueColumn()
	 * @see #getUnpivot()
	 * @generated
	 */
	EAttribute getUnpivot_ValueColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Unpivot#isIncludeNulls <em>Include Nulls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Include Nulls</em>'.
	 * @see io.sluice.model.Unpivot#isIncludeNulls()
	 * @see #getUnpivot()
	 * @generated
	 */
	EAttribute getUnpivot_IncludeNulls();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Unnest <em>Unnest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Unnest</em>'.
	 * @see io.sluice.model.Unnest
	 * @generated
	 */
	EClass getUnnest();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Unnest#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.sluice.model.Unnest#getColumn()
	 * @see #getUnnest()
	 * @generated
	 */
	EAttribute getUnnest_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Unnest#getPositionColumn <em>Position Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position Column</em>'.
	 * @see io.sluice.model.Unnest#getPositionColumn()
	 * @see #getUnnest()
	 * @generated
	 */
	EAttribute getUnnest_PositionColumn();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Unnest#isKeepEmpty <em>Keep Empty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Empty</em>'.
	 * @see io.sluice.model.Unnest#isKeepEmpty()
	 * @see #getUnnest()
	 * @generated
	 */
	EAttribute getUnnest_KeepEmpty();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Flatten <em>Flatten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flatten</em>'.
	 * @see io.sluice.model.Flatten
	 * @generated
	 */
	EClass getFlatten();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Flatten#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see io.sluice.model.Flatten#getColumn()
	 * @see #getFlatten()
	 * @generated
	 */
	EAttribute getFlatten_Column();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Flatten#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see io.sluice.model.Flatten#getPrefix()
	 * @see #getFlatten()
	 * @generated
	 */
	EAttribute getFlatten_Prefix();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Sink <em>Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sink</em>'.
	 * @see io.sluice.model.Sink
	 * @generated
	 */
	EClass getSink();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.FileSink <em>File Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Sink</em>'.
	 * @see io.sluice.model.FileSink
	 * @generated
	 */
	EClass getFileSink();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.FileSink#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.sluice.model.FileSink#getPath()
	 * @see #getFileSink()
	 * @generated
	 */
	EAttribute getFileSink_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.FileSink#isAppend <em>Append</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Append</em>'.
	 * @see io.sluice.model.FileSink#isAppend()
	 * @see #getFileSink()
	 * @generated
	 */
	EAttribute getFileSink_Append();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.FileSink#getPartitionBy <em>Partition By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Partition By</em>'.
	 * @see io.sluice.model.FileSink#getPartitionBy()
	 * @see #getFileSink()
	 * @generated
	 */
	EAttribute getFileSink_PartitionBy();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.CsvSink <em>Csv Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Csv Sink</em>'.
	 * @see io.sluice.model.CsvSink
	 * @generated
	 */
	EClass getCsvSink();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSink#getDelimiter <em>Delimiter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delimiter</em>'.
	 * @see io.sluice.model.CsvSink#getDelimiter()
	 * @see #getCsvSink()
	 * @generated
	 */
	EAttribute getCsvSink_Delimiter();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.CsvSink#isHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see io.sluice.model.CsvSink#isHeader()
	 * @see #getCsvSink()
	 * @generated
	 */
	EAttribute getCsvSink_Header();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.JsonLinesSink <em>Json Lines Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Json Lines Sink</em>'.
	 * @see io.sluice.model.JsonLinesSink
	 * @generated
	 */
	EClass getJsonLinesSink();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.ParquetSink <em>Parquet Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parquet Sink</em>'.
	 * @see io.sluice.model.ParquetSink
	 * @generated
	 */
	EClass getParquetSink();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.ParquetSink#getCompression <em>Compression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compression</em>'.
	 * @see io.sluice.model.ParquetSink#getCompression()
	 * @see #getParquetSink()
	 * @generated
	 */
	EAttribute getParquetSink_Compression();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.ArrowIpcSink <em>Arrow Ipc Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arrow Ipc Sink</em>'.
	 * @see io.sluice.model.ArrowIpcSink
	 * @generated
	 */
	EClass getArrowIpcSink();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.JdbcSink <em>Jdbc Sink</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Jdbc Sink</em>'.
	 * @see io.sluice.model.JdbcSink
	 * @generated
	 */
	EClass getJdbcSink();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getConnection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection</em>'.
	 * @see io.sluice.model.JdbcSink#getConnection()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_Connection();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getLoadMethod <em>Load Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Load Method</em>'.
	 * @see io.sluice.model.JdbcSink#getLoadMethod()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_LoadMethod();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getCommitEvery <em>Commit Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commit Every</em>'.
	 * @see io.sluice.model.JdbcSink#getCommitEvery()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_CommitEvery();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.sluice.model.JdbcSink#getUrl()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_Url();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see io.sluice.model.JdbcSink#getUser()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_User();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getPassword <em>Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Password</em>'.
	 * @see io.sluice.model.JdbcSink#getPassword()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_Password();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see io.sluice.model.JdbcSink#getTable()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_Table();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.JdbcSink#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.sluice.model.JdbcSink#getMode()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_Mode();

	/**
	 * Returns the meta object for the attribute list '{@link io.sluice.model.JdbcSink#getKeyColumns <em>Key Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Key Columns</em>'.
	 * @see io.sluice.model.JdbcSink#getKeyColumns()
	 * @see #getJdbcSink()
	 * @generated
	 */
	EAttribute getJdbcSink_KeyColumns();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see io.sluice.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the reference '{@link io.sluice.model.Link#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.sluice.model.Link#getSource()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Link#getSourcePort <em>Source Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Port</em>'.
	 * @see io.sluice.model.Link#getSourcePort()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_SourcePort();

	/**
	 * Returns the meta object for the reference '{@link io.sluice.model.Link#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see io.sluice.model.Link#getTarget()
	 * @see #getLink()
	 * @generated
	 */
	EReference getLink_Target();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.Link#getTargetPort <em>Target Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Port</em>'.
	 * @see io.sluice.model.Link#getTargetPort()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_TargetPort();

	/**
	 * Returns the meta object for class '{@link io.sluice.model.MergeConflict <em>Merge Conflict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Conflict</em>'.
	 * @see io.sluice.model.MergeConflict
	 * @generated
	 */
	EClass getMergeConflict();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.sluice.model.MergeConflict#getKind()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getStepId <em>Step Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Id</em>'.
	 * @see io.sluice.model.MergeConflict#getStepId()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_StepId();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Property</em>'.
	 * @see io.sluice.model.MergeConflict#getProperty()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Property();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see io.sluice.model.MergeConflict#getBase()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Base();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getOurs <em>Ours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ours</em>'.
	 * @see io.sluice.model.MergeConflict#getOurs()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Ours();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getTheirs <em>Theirs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theirs</em>'.
	 * @see io.sluice.model.MergeConflict#getTheirs()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Theirs();

	/**
	 * Returns the meta object for the attribute '{@link io.sluice.model.MergeConflict#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.sluice.model.MergeConflict#getMessage()
	 * @see #getMergeConflict()
	 * @generated
	 */
	EAttribute getMergeConflict_Message();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.ConflictKind <em>Conflict Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Kind</em>'.
	 * @see io.sluice.model.ConflictKind
	 * @generated
	 */
	EEnum getConflictKind();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.ParameterType <em>Parameter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parameter Type</em>'.
	 * @see io.sluice.model.ParameterType
	 * @generated
	 */
	EEnum getParameterType();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.JoinKind <em>Join Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Join Kind</em>'.
	 * @see io.sluice.model.JoinKind
	 * @generated
	 */
	EEnum getJoinKind();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.AggregateFunction <em>Aggregate Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregate Function</em>'.
	 * @see io.sluice.model.AggregateFunction
	 * @generated
	 */
	EEnum getAggregateFunction();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.SortDirection <em>Sort Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sort Direction</em>'.
	 * @see io.sluice.model.SortDirection
	 * @generated
	 */
	EEnum getSortDirection();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.NullOrder <em>Null Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Null Order</em>'.
	 * @see io.sluice.model.NullOrder
	 * @generated
	 */
	EEnum getNullOrder();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.KeepPolicy <em>Keep Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Keep Policy</em>'.
	 * @see io.sluice.model.KeepPolicy
	 * @generated
	 */
	EEnum getKeepPolicy();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.UnionMode <em>Union Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Union Mode</em>'.
	 * @see io.sluice.model.UnionMode
	 * @generated
	 */
	EEnum getUnionMode();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.WindowKind <em>Window Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Window Kind</em>'.
	 * @see io.sluice.model.WindowKind
	 * @generated
	 */
	EEnum getWindowKind();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.QualityRuleKind <em>Quality Rule Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quality Rule Kind</em>'.
	 * @see io.sluice.model.QualityRuleKind
	 * @generated
	 */
	EEnum getQualityRuleKind();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.QualitySeverity <em>Quality Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quality Severity</em>'.
	 * @see io.sluice.model.QualitySeverity
	 * @generated
	 */
	EEnum getQualitySeverity();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.MaskMethod <em>Mask Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mask Method</em>'.
	 * @see io.sluice.model.MaskMethod
	 * @generated
	 */
	EEnum getMaskMethod();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.DriftPolicy <em>Drift Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Drift Policy</em>'.
	 * @see io.sluice.model.DriftPolicy
	 * @generated
	 */
	EEnum getDriftPolicy();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.LoadMethod <em>Load Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Load Method</em>'.
	 * @see io.sluice.model.LoadMethod
	 * @generated
	 */
	EEnum getLoadMethod();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.WriteMode <em>Write Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Write Mode</em>'.
	 * @see io.sluice.model.WriteMode
	 * @generated
	 */
	EEnum getWriteMode();

	/**
	 * Returns the meta object for enum '{@link io.sluice.model.ParquetCompression <em>Parquet Compression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parquet Compression</em>'.
	 * @see io.sluice.model.ParquetCompression
	 * @generated
	 */
	EEnum getParquetCompression();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SluiceFactory getSluiceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.PipelineImpl <em>Pipeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.PipelineImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getPipeline()
		 * @generated
		 */
		EClass PIPELINE = eINSTANCE.getPipeline();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__NAME = eINSTANCE.getPipeline_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__DESCRIPTION = eINSTANCE.getPipeline_Description();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__FORMAT_VERSION = eINSTANCE.getPipeline_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__PARAMETERS = eINSTANCE.getPipeline_Parameters();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIPELINE__TAGS = eINSTANCE.getPipeline_Tags();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__NOTES = eINSTANCE.getPipeline_Notes();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__STEPS = eINSTANCE.getPipeline_Steps();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__LINKS = eINSTANCE.getPipeline_Links();

		/**
		 * The meta object literal for the '<em><b>Conflicts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PIPELINE__CONFLICTS = eINSTANCE.getPipeline_Conflicts();

		/**
		 * The meta object literal for the '<em><b>Find Step</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___FIND_STEP__STRING = eINSTANCE.getPipeline__FindStep__String();

		/**
		 * The meta object literal for the '<em><b>Find Step By Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___FIND_STEP_BY_NAME__STRING = eINSTANCE.getPipeline__FindStepByName__String();

		/**
		 * The meta object literal for the '<em><b>Find Parameter</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___FIND_PARAMETER__STRING = eINSTANCE.getPipeline__FindParameter__String();

		/**
		 * The meta object literal for the '<em><b>New Step Id</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___NEW_STEP_ID__STRING = eINSTANCE.getPipeline__NewStepId__String();

		/**
		 * The meta object literal for the '<em><b>Unique Step Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___UNIQUE_STEP_NAME__STRING = eINSTANCE.getPipeline__UniqueStepName__String();

		/**
		 * The meta object literal for the '<em><b>Can Link</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___CAN_LINK__STEP_STRING_STEP_STRING = eINSTANCE.getPipeline__CanLink__Step_String_Step_String();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___LINK__STEP_STRING_STEP_STRING = eINSTANCE.getPipeline__Link__Step_String_Step_String();

		/**
		 * The meta object literal for the '<em><b>Links Of</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PIPELINE___LINKS_OF__STEP = eINSTANCE.getPipeline__LinksOf__Step();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.ParameterImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DEFAULT_VALUE = eINSTANCE.getParameter_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__DESCRIPTION = eINSTANCE.getParameter_Description();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.BoundsImpl <em>Bounds</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.BoundsImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getBounds()
		 * @generated
		 */
		EClass BOUNDS = eINSTANCE.getBounds();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__X = eINSTANCE.getBounds_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__Y = eINSTANCE.getBounds_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__WIDTH = eINSTANCE.getBounds_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDS__HEIGHT = eINSTANCE.getBounds_Height();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.NoteImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__LAYOUT = eINSTANCE.getNote_Layout();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.StepImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__ID = eINSTANCE.getStep_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DESCRIPTION = eINSTANCE.getStep_Description();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__TAGS = eINSTANCE.getStep_Tags();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__LAYOUT = eINSTANCE.getStep_Layout();

		/**
		 * The meta object literal for the '<em><b>Input Ports</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STEP___INPUT_PORTS = eINSTANCE.getStep__InputPorts();

		/**
		 * The meta object literal for the '<em><b>Output Ports</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STEP___OUTPUT_PORTS = eINSTANCE.getStep__OutputPorts();

		/**
		 * The meta object literal for the '<em><b>Accepts Many Links</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STEP___ACCEPTS_MANY_LINKS__STRING = eINSTANCE.getStep__AcceptsManyLinks__String();

		/**
		 * The meta object literal for the '<em><b>Get Pipeline</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STEP___GET_PIPELINE = eINSTANCE.getStep__GetPipeline();

		/**
		 * The meta object literal for the '<em><b>Incoming Links</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STEP___INCOMING_LINKS = eINSTANCE.getStep__IncomingLinks();

		/**
		 * The meta object literal for the '<em><b>Outgoing Links</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STEP___OUTGOING_LINKS = eINSTANCE.getStep__OutgoingLinks();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.ColumnDefImpl <em>Column Def</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.ColumnDefImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getColumnDef()
		 * @generated
		 */
		EClass COLUMN_DEF = eINSTANCE.getColumnDef();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_DEF__NAME = eINSTANCE.getColumnDef_Name();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_DEF__TYPE = eINSTANCE.getColumnDef_Type();

		/**
		 * The meta object literal for the '<em><b>Nullable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_DEF__NULLABLE = eINSTANCE.getColumnDef_Nullable();

		/**
		 * The meta object literal for the '<em><b>Sensitive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_DEF__SENSITIVE = eINSTANCE.getColumnDef_Sensitive();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.SourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__COLUMNS = eINSTANCE.getSource_Columns();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.FileSourceImpl <em>File Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.FileSourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFileSource()
		 * @generated
		 */
		EClass FILE_SOURCE = eINSTANCE.getFileSource();

		/**
		 * The meta object literal for the '<em><b>Drift Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SOURCE__DRIFT_POLICY = eINSTANCE.getFileSource_DriftPolicy();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SOURCE__PATH = eINSTANCE.getFileSource_Path();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.CsvSourceImpl <em>Csv Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.CsvSourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getCsvSource()
		 * @generated
		 */
		EClass CSV_SOURCE = eINSTANCE.getCsvSource();

		/**
		 * The meta object literal for the '<em><b>Delimiter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__DELIMITER = eINSTANCE.getCsvSource_Delimiter();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__QUOTE = eINSTANCE.getCsvSource_Quote();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__HEADER = eINSTANCE.getCsvSource_Header();

		/**
		 * The meta object literal for the '<em><b>Bind By Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__BIND_BY_POSITION = eINSTANCE.getCsvSource_BindByPosition();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__ENCODING = eINSTANCE.getCsvSource_Encoding();

		/**
		 * The meta object literal for the '<em><b>Null Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__NULL_VALUE = eINSTANCE.getCsvSource_NullValue();

		/**
		 * The meta object literal for the '<em><b>Infer Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SOURCE__INFER_DECIMALS = eINSTANCE.getCsvSource_InferDecimals();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.JsonLinesSourceImpl <em>Json Lines Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.JsonLinesSourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJsonLinesSource()
		 * @generated
		 */
		EClass JSON_LINES_SOURCE = eINSTANCE.getJsonLinesSource();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.ParquetSourceImpl <em>Parquet Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.ParquetSourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParquetSource()
		 * @generated
		 */
		EClass PARQUET_SOURCE = eINSTANCE.getParquetSource();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.ArrowIpcSourceImpl <em>Arrow Ipc Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.ArrowIpcSourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getArrowIpcSource()
		 * @generated
		 */
		EClass ARROW_IPC_SOURCE = eINSTANCE.getArrowIpcSource();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.JdbcSourceImpl <em>Jdbc Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.JdbcSourceImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJdbcSource()
		 * @generated
		 */
		EClass JDBC_SOURCE = eINSTANCE.getJdbcSource();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__CONNECTION = eINSTANCE.getJdbcSource_Connection();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__TABLE = eINSTANCE.getJdbcSource_Table();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__FILTER = eINSTANCE.getJdbcSource_Filter();

		/**
		 * The meta object literal for the '<em><b>High Water Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__HIGH_WATER_COLUMN = eINSTANCE.getJdbcSource_HighWaterColumn();

		/**
		 * The meta object literal for the '<em><b>Fetch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__FETCH_SIZE = eINSTANCE.getJdbcSource_FetchSize();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__URL = eINSTANCE.getJdbcSource_Url();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__QUERY = eINSTANCE.getJdbcSource_Query();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__USER = eINSTANCE.getJdbcSource_User();

		/**
		 * The meta object literal for the '<em><b>Password</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SOURCE__PASSWORD = eINSTANCE.getJdbcSource_Password();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.TransformImpl <em>Transform</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.TransformImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getTransform()
		 * @generated
		 */
		EClass TRANSFORM = eINSTANCE.getTransform();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.FilterImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION = eINSTANCE.getFilter_Condition();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.SelectImpl <em>Select</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.SelectImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSelect()
		 * @generated
		 */
		EClass SELECT = eINSTANCE.getSelect();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELECT__COLUMNS = eINSTANCE.getSelect_Columns();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.SelectColumnImpl <em>Select Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.SelectColumnImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSelectColumn()
		 * @generated
		 */
		EClass SELECT_COLUMN = eINSTANCE.getSelectColumn();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECT_COLUMN__COLUMN = eINSTANCE.getSelectColumn_Column();

		/**
		 * The meta object literal for the '<em><b>Rename</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECT_COLUMN__RENAME = eINSTANCE.getSelectColumn_Rename();

		/**
		 * The meta object literal for the '<em><b>Cast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECT_COLUMN__CAST = eINSTANCE.getSelectColumn_Cast();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.DeriveImpl <em>Derive</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.DeriveImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDerive()
		 * @generated
		 */
		EClass DERIVE = eINSTANCE.getDerive();

		/**
		 * The meta object literal for the '<em><b>Derivations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DERIVE__DERIVATIONS = eINSTANCE.getDerive_Derivations();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.DerivationImpl <em>Derivation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.DerivationImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDerivation()
		 * @generated
		 */
		EClass DERIVATION = eINSTANCE.getDerivation();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVATION__NAME = eINSTANCE.getDerivation_Name();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DERIVATION__EXPRESSION = eINSTANCE.getDerivation_Expression();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.JoinImpl <em>Join</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.JoinImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJoin()
		 * @generated
		 */
		EClass JOIN = eINSTANCE.getJoin();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOIN__KIND = eINSTANCE.getJoin_Kind();

		/**
		 * The meta object literal for the '<em><b>Left Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOIN__LEFT_KEYS = eINSTANCE.getJoin_LeftKeys();

		/**
		 * The meta object literal for the '<em><b>Right Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOIN__RIGHT_KEYS = eINSTANCE.getJoin_RightKeys();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.AggregateImpl <em>Aggregate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.AggregateImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getAggregate()
		 * @generated
		 */
		EClass AGGREGATE = eINSTANCE.getAggregate();

		/**
		 * The meta object literal for the '<em><b>Group Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATE__GROUP_KEYS = eINSTANCE.getAggregate_GroupKeys();

		/**
		 * The meta object literal for the '<em><b>Aggregations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATE__AGGREGATIONS = eINSTANCE.getAggregate_Aggregations();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.AggregationImpl <em>Aggregation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.AggregationImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getAggregation()
		 * @generated
		 */
		EClass AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION__FUNCTION = eINSTANCE.getAggregation_Function();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION__COLUMN = eINSTANCE.getAggregation_Column();

		/**
		 * The meta object literal for the '<em><b>Output Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION__OUTPUT_NAME = eINSTANCE.getAggregation_OutputName();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.SortImpl <em>Sort</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.SortImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSort()
		 * @generated
		 */
		EClass SORT = eINSTANCE.getSort();

		/**
		 * The meta object literal for the '<em><b>Keys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SORT__KEYS = eINSTANCE.getSort_Keys();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.SortKeyImpl <em>Sort Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.SortKeyImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSortKey()
		 * @generated
		 */
		EClass SORT_KEY = eINSTANCE.getSortKey();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SORT_KEY__COLUMN = eINSTANCE.getSortKey_Column();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SORT_KEY__DIRECTION = eINSTANCE.getSortKey_Direction();

		/**
		 * The meta object literal for the '<em><b>Nulls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SORT_KEY__NULLS = eINSTANCE.getSortKey_Nulls();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.DeduplicateImpl <em>Deduplicate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.DeduplicateImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDeduplicate()
		 * @generated
		 */
		EClass DEDUPLICATE = eINSTANCE.getDeduplicate();

		/**
		 * The meta object literal for the '<em><b>Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUPLICATE__KEYS = eINSTANCE.getDeduplicate_Keys();

		/**
		 * The meta object literal for the '<em><b>Keep</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUPLICATE__KEEP = eINSTANCE.getDeduplicate_Keep();

		/**
		 * The meta object literal for the '<em><b>Order Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDUPLICATE__ORDER_COLUMN = eINSTANCE.getDeduplicate_OrderColumn();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.UnionImpl <em>Union</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.UnionImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnion()
		 * @generated
		 */
		EClass UNION = eINSTANCE.getUnion();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNION__MODE = eINSTANCE.getUnion_Mode();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.WindowImpl <em>Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.WindowImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getWindow()
		 * @generated
		 */
		EClass WINDOW = eINSTANCE.getWindow();

		/**
		 * The meta object literal for the '<em><b>Event Time Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOW__EVENT_TIME_COLUMN = eINSTANCE.getWindow_EventTimeColumn();

		/**
		 * The meta object literal for the '<em><b>Window Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOW__WINDOW_KIND = eINSTANCE.getWindow_WindowKind();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOW__SIZE = eINSTANCE.getWindow_Size();

		/**
		 * The meta object literal for the '<em><b>Slide</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOW__SLIDE = eINSTANCE.getWindow_Slide();

		/**
		 * The meta object literal for the '<em><b>Group Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WINDOW__GROUP_KEYS = eINSTANCE.getWindow_GroupKeys();

		/**
		 * The meta object literal for the '<em><b>Aggregations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WINDOW__AGGREGATIONS = eINSTANCE.getWindow_Aggregations();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.QualityCheckImpl <em>Quality Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.QualityCheckImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualityCheck()
		 * @generated
		 */
		EClass QUALITY_CHECK = eINSTANCE.getQualityCheck();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUALITY_CHECK__RULES = eINSTANCE.getQualityCheck_Rules();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.QualityRuleImpl <em>Quality Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.QualityRuleImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualityRule()
		 * @generated
		 */
		EClass QUALITY_RULE = eINSTANCE.getQualityRule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__NAME = eINSTANCE.getQualityRule_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__KIND = eINSTANCE.getQualityRule_Kind();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__COLUMN = eINSTANCE.getQualityRule_Column();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__SEVERITY = eINSTANCE.getQualityRule_Severity();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__MIN = eINSTANCE.getQualityRule_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__MAX = eINSTANCE.getQualityRule_Max();

		/**
		 * The meta object literal for the '<em><b>Allowed Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__ALLOWED_VALUES = eINSTANCE.getQualityRule_AllowedValues();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__PATTERN = eINSTANCE.getQualityRule_Pattern();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__MAX_LENGTH = eINSTANCE.getQualityRule_MaxLength();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__EXPRESSION = eINSTANCE.getQualityRule_Expression();

		/**
		 * The meta object literal for the '<em><b>Max Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__MAX_AGE = eINSTANCE.getQualityRule_MaxAge();

		/**
		 * The meta object literal for the '<em><b>Max Null Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUALITY_RULE__MAX_NULL_RATE = eINSTANCE.getQualityRule_MaxNullRate();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.MaskImpl <em>Mask</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.MaskImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getMask()
		 * @generated
		 */
		EClass MASK = eINSTANCE.getMask();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK__COLUMNS = eINSTANCE.getMask_Columns();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK__METHOD = eINSTANCE.getMask_Method();

		/**
		 * The meta object literal for the '<em><b>Salt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MASK__SALT = eINSTANCE.getMask_Salt();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.PivotImpl <em>Pivot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.PivotImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getPivot()
		 * @generated
		 */
		EClass PIVOT = eINSTANCE.getPivot();

		/**
		 * The meta object literal for the '<em><b>Group Keys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIVOT__GROUP_KEYS = eINSTANCE.getPivot_GroupKeys();

		/**
		 * The meta object literal for the '<em><b>Pivot Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIVOT__PIVOT_COLUMN = eINSTANCE.getPivot_PivotColumn();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIVOT__VALUES = eINSTANCE.getPivot_Values();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIVOT__FUNCTION = eINSTANCE.getPivot_Function();

		/**
		 * The meta object literal for the '<em><b>Value Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PIVOT__VALUE_COLUMN = eINSTANCE.getPivot_ValueColumn();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.UnpivotImpl <em>Unpivot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.UnpivotImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnpivot()
		 * @generated
		 */
		EClass UNPIVOT = eINSTANCE.getUnpivot();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNPIVOT__COLUMNS = eINSTANCE.getUnpivot_Columns();

		/**
		 * The meta object literal for the '<em><b>Name Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNPIVOT__NAME_COLUMN = eINSTANCE.getUnpivot_NameColumn();

		/**
		 * The meta object literal for the '<em><b>Value Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNPIVOT__VALUE_COLUMN = eINSTANCE.getUnpivot_ValueColumn();

		/**
		 * The meta object literal for the '<em><b>Include Nulls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNPIVOT__INCLUDE_NULLS = eINSTANCE.getUnpivot_IncludeNulls();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.UnnestImpl <em>Unnest</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.UnnestImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnnest()
		 * @generated
		 */
		EClass UNNEST = eINSTANCE.getUnnest();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNNEST__COLUMN = eINSTANCE.getUnnest_Column();

		/**
		 * The meta object literal for the '<em><b>Position Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNNEST__POSITION_COLUMN = eINSTANCE.getUnnest_PositionColumn();

		/**
		 * The meta object literal for the '<em><b>Keep Empty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNNEST__KEEP_EMPTY = eINSTANCE.getUnnest_KeepEmpty();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.FlattenImpl <em>Flatten</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.FlattenImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFlatten()
		 * @generated
		 */
		EClass FLATTEN = eINSTANCE.getFlatten();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLATTEN__COLUMN = eINSTANCE.getFlatten_Column();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLATTEN__PREFIX = eINSTANCE.getFlatten_Prefix();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.SinkImpl <em>Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.SinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSink()
		 * @generated
		 */
		EClass SINK = eINSTANCE.getSink();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.FileSinkImpl <em>File Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.FileSinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getFileSink()
		 * @generated
		 */
		EClass FILE_SINK = eINSTANCE.getFileSink();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SINK__PATH = eINSTANCE.getFileSink_Path();

		/**
		 * The meta object literal for the '<em><b>Append</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SINK__APPEND = eINSTANCE.getFileSink_Append();

		/**
		 * The meta object literal for the '<em><b>Partition By</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SINK__PARTITION_BY = eINSTANCE.getFileSink_PartitionBy();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.CsvSinkImpl <em>Csv Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.CsvSinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getCsvSink()
		 * @generated
		 */
		EClass CSV_SINK = eINSTANCE.getCsvSink();

		/**
		 * The meta object literal for the '<em><b>Delimiter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SINK__DELIMITER = eINSTANCE.getCsvSink_Delimiter();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSV_SINK__HEADER = eINSTANCE.getCsvSink_Header();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.JsonLinesSinkImpl <em>Json Lines Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.JsonLinesSinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJsonLinesSink()
		 * @generated
		 */
		EClass JSON_LINES_SINK = eINSTANCE.getJsonLinesSink();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.ParquetSinkImpl <em>Parquet Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.ParquetSinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParquetSink()
		 * @generated
		 */
		EClass PARQUET_SINK = eINSTANCE.getParquetSink();

		/**
		 * The meta object literal for the '<em><b>Compression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARQUET_SINK__COMPRESSION = eINSTANCE.getParquetSink_Compression();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.ArrowIpcSinkImpl <em>Arrow Ipc Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.ArrowIpcSinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getArrowIpcSink()
		 * @generated
		 */
		EClass ARROW_IPC_SINK = eINSTANCE.getArrowIpcSink();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.JdbcSinkImpl <em>Jdbc Sink</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.JdbcSinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJdbcSink()
		 * @generated
		 */
		EClass JDBC_SINK = eINSTANCE.getJdbcSink();

		/**
		 * The meta object literal for the '<em><b>Connection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__CONNECTION = eINSTANCE.getJdbcSink_Connection();

		/**
		 * The meta object literal for the '<em><b>Load Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__LOAD_METHOD = eINSTANCE.getJdbcSink_LoadMethod();

		/**
		 * The meta object literal for the '<em><b>Commit Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__COMMIT_EVERY = eINSTANCE.getJdbcSink_CommitEvery();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__URL = eINSTANCE.getJdbcSink_Url();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__USER = eINSTANCE.getJdbcSink_User();

		/**
		 * The meta object literal for the '<em><b>Password</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__PASSWORD = eINSTANCE.getJdbcSink_Password();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__TABLE = eINSTANCE.getJdbcSink_Table();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__MODE = eINSTANCE.getJdbcSink_Mode();

		/**
		 * The meta object literal for the '<em><b>Key Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JDBC_SINK__KEY_COLUMNS = eINSTANCE.getJdbcSink_KeyColumns();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.LinkImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__SOURCE = eINSTANCE.getLink_Source();

		/**
		 * The meta object literal for the '<em><b>Source Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__SOURCE_PORT = eINSTANCE.getLink_SourcePort();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINK__TARGET = eINSTANCE.getLink_Target();

		/**
		 * The meta object literal for the '<em><b>Target Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__TARGET_PORT = eINSTANCE.getLink_TargetPort();

		/**
		 * The meta object literal for the '{@link io.sluice.model.internal.impl.MergeConflictImpl <em>Merge Conflict</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.internal.impl.MergeConflictImpl
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getMergeConflict()
		 * @generated
		 */
		EClass MERGE_CONFLICT = eINSTANCE.getMergeConflict();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__KIND = eINSTANCE.getMergeConflict_Kind();

		/**
		 * The meta object literal for the '<em><b>Step Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__STEP_ID = eINSTANCE.getMergeConflict_StepId();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__PROPERTY = eINSTANCE.getMergeConflict_Property();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__BASE = eINSTANCE.getMergeConflict_Base();

		/**
		 * The meta object literal for the '<em><b>Ours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__OURS = eINSTANCE.getMergeConflict_Ours();

		/**
		 * The meta object literal for the '<em><b>Theirs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__THEIRS = eINSTANCE.getMergeConflict_Theirs();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_CONFLICT__MESSAGE = eINSTANCE.getMergeConflict_Message();

		/**
		 * The meta object literal for the '{@link io.sluice.model.ConflictKind <em>Conflict Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.ConflictKind
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getConflictKind()
		 * @generated
		 */
		EEnum CONFLICT_KIND = eINSTANCE.getConflictKind();

		/**
		 * The meta object literal for the '{@link io.sluice.model.ParameterType <em>Parameter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.ParameterType
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParameterType()
		 * @generated
		 */
		EEnum PARAMETER_TYPE = eINSTANCE.getParameterType();

		/**
		 * The meta object literal for the '{@link io.sluice.model.JoinKind <em>Join Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.JoinKind
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getJoinKind()
		 * @generated
		 */
		EEnum JOIN_KIND = eINSTANCE.getJoinKind();

		/**
		 * The meta object literal for the '{@link io.sluice.model.AggregateFunction <em>Aggregate Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.AggregateFunction
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getAggregateFunction()
		 * @generated
		 */
		EEnum AGGREGATE_FUNCTION = eINSTANCE.getAggregateFunction();

		/**
		 * The meta object literal for the '{@link io.sluice.model.SortDirection <em>Sort Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.SortDirection
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getSortDirection()
		 * @generated
		 */
		EEnum SORT_DIRECTION = eINSTANCE.getSortDirection();

		/**
		 * The meta object literal for the '{@link io.sluice.model.NullOrder <em>Null Order</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.NullOrder
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getNullOrder()
		 * @generated
		 */
		EEnum NULL_ORDER = eINSTANCE.getNullOrder();

		/**
		 * The meta object literal for the '{@link io.sluice.model.KeepPolicy <em>Keep Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.KeepPolicy
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getKeepPolicy()
		 * @generated
		 */
		EEnum KEEP_POLICY = eINSTANCE.getKeepPolicy();

		/**
		 * The meta object literal for the '{@link io.sluice.model.UnionMode <em>Union Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.UnionMode
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getUnionMode()
		 * @generated
		 */
		EEnum UNION_MODE = eINSTANCE.getUnionMode();

		/**
		 * The meta object literal for the '{@link io.sluice.model.WindowKind <em>Window Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.WindowKind
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getWindowKind()
		 * @generated
		 */
		EEnum WINDOW_KIND = eINSTANCE.getWindowKind();

		/**
		 * The meta object literal for the '{@link io.sluice.model.QualityRuleKind <em>Quality Rule Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.QualityRuleKind
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualityRuleKind()
		 * @generated
		 */
		EEnum QUALITY_RULE_KIND = eINSTANCE.getQualityRuleKind();

		/**
		 * The meta object literal for the '{@link io.sluice.model.QualitySeverity <em>Quality Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.QualitySeverity
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getQualitySeverity()
		 * @generated
		 */
		EEnum QUALITY_SEVERITY = eINSTANCE.getQualitySeverity();

		/**
		 * The meta object literal for the '{@link io.sluice.model.MaskMethod <em>Mask Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.MaskMethod
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getMaskMethod()
		 * @generated
		 */
		EEnum MASK_METHOD = eINSTANCE.getMaskMethod();

		/**
		 * The meta object literal for the '{@link io.sluice.model.DriftPolicy <em>Drift Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.DriftPolicy
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getDriftPolicy()
		 * @generated
		 */
		EEnum DRIFT_POLICY = eINSTANCE.getDriftPolicy();

		/**
		 * The meta object literal for the '{@link io.sluice.model.LoadMethod <em>Load Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.LoadMethod
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getLoadMethod()
		 * @generated
		 */
		EEnum LOAD_METHOD = eINSTANCE.getLoadMethod();

		/**
		 * The meta object literal for the '{@link io.sluice.model.WriteMode <em>Write Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.WriteMode
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getWriteMode()
		 * @generated
		 */
		EEnum WRITE_MODE = eINSTANCE.getWriteMode();

		/**
		 * The meta object literal for the '{@link io.sluice.model.ParquetCompression <em>Parquet Compression</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.sluice.model.ParquetCompression
		 * @see io.sluice.model.internal.impl.SluicePackageImpl#getParquetCompression()
		 * @generated
		 */
		EEnum PARQUET_COMPRESSION = eINSTANCE.getParquetCompression();

	}

} //SluicePackage
