/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Csv Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.CsvSink#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link io.sluice.model.CsvSink#isHeader <em>Header</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getCsvSink()
 * @model
 * @generated
 */
public interface CsvSink extends FileSink {
	/**
	 * Returns the value of the '<em><b>Delimiter</b></em>' attribute.
	 * The default value is <code>","</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delimiter</em>' attribute.
	 * @see #setDelimiter(String)
	 * @see io.sluice.model.SluicePackage#getCsvSink_Delimiter()
	 * @model default=","
	 * @generated
	 */
	String getDelimiter();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSink#getDelimiter <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delimiter</em>' attribute.
	 * @see #getDelimiter()
	 * @generated
	 */
	void setDelimiter(String value);

	/**
	 * Returns the value of the '<em><b>Header</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Header</em>' attribute.
	 * @see #setHeader(boolean)
	 * @see io.sluice.model.SluicePackage#getCsvSink_Header()
	 * @model default="true"
	 * @generated
	 */
	boolean isHeader();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSink#isHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header</em>' attribute.
	 * @see #isHeader()
	 * @generated
	 */
	void setHeader(boolean value);

} // CsvSink
