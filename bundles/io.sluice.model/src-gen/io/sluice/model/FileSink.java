/**
 */
package io.sluice.model;


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

} // FileSink
