/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.FileSource#getDriftPolicy <em>Drift Policy</em>}</li>
 *   <li>{@link io.sluice.model.FileSource#getPath <em>Path</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getFileSource()
 * @model abstract="true"
 * @generated
 */
public interface FileSource extends Source {
	/**
	 * Returns the value of the '<em><b>Drift Policy</b></em>' attribute.
	 * The default value is <code>"STRICT"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.DriftPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a CSV or JSON lines source does when the columns it reads differ from its declared (or inferred) ones: STRICT fails before a row is written, EVOLVE carries new columns as nullable and reads missing ones as null, RESCUE gathers unexpected columns into one _rescued text column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drift Policy</em>' attribute.
	 * @see io.sluice.model.DriftPolicy
	 * @see #setDriftPolicy(DriftPolicy)
	 * @see io.sluice.model.SluicePackage#getFileSource_DriftPolicy()
	 * @model default="STRICT"
	 * @generated
	 */
	DriftPolicy getDriftPolicy();

	/**
	 * Sets the value of the '{@link io.sluice.model.FileSource#getDriftPolicy <em>Drift Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Policy</em>' attribute.
	 * @see io.sluice.model.DriftPolicy
	 * @see #getDriftPolicy()
	 * @generated
	 */
	void setDriftPolicy(DriftPolicy value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File path; ${param} references are expanded. Relative paths resolve against the folder of the pipeline file (PipelinePaths).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.sluice.model.SluicePackage#getFileSource_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.sluice.model.FileSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

} // FileSource
