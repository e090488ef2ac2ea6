/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.FileSink#getPath <em>Path</em>}</li>
 *   <li>{@link io.sluice.model.FileSink#isAppend <em>Append</em>}</li>
 *   <li>{@link io.sluice.model.FileSink#getPartitionBy <em>Partition By</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getFileSink()
 * @model abstract="true"
 * @generated
 */
public interface FileSink extends Sink {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.sluice.model.SluicePackage#getFileSink_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.sluice.model.FileSink#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Append</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each run adds a new part file (part-RUN.ext) to the folder at path instead of replacing the output; a source reading that folder reads every part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Append</em>' attribute.
	 * @see #setAppend(boolean)
	 * @see io.sluice.model.SluicePackage#getFileSink_Append()
	 * @model default="false"
	 * @generated
	 */
	boolean isAppend();

	/**
	 * Sets the value of the '{@link io.sluice.model.FileSink#isAppend <em>Append</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Append</em>' attribute.
	 * @see #isAppend()
	 * @generated
	 */
	void setAppend(boolean value);

	/**
	 * Returns the value of the '<em><b>Partition By</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns that split the output into Hive-style folders (country=DE/day=2026-11-30/part-RUN.ext) under path; the partition columns are left out of the files and come back as columns when a source reads the folder. Values are escaped as Hive does; NULL is __HIVE_DEFAULT_PARTITION__.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partition By</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getFileSink_PartitionBy()
	 * @model
	 * @generated
	 */
	EList<String> getPartitionBy();

} // FileSink
