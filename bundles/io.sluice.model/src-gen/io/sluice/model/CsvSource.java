/**
 */
package io.sluice.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Csv Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.CsvSource#getDelimiter <em>Delimiter</em>}</li>
 *   <li>{@link io.sluice.model.CsvSource#getQuote <em>Quote</em>}</li>
 *   <li>{@link io.sluice.model.CsvSource#isHeader <em>Header</em>}</li>
 *   <li>{@link io.sluice.model.CsvSource#isBindByPosition <em>Bind By Position</em>}</li>
 *   <li>{@link io.sluice.model.CsvSource#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link io.sluice.model.CsvSource#getNullValue <em>Null Value</em>}</li>
 *   <li>{@link io.sluice.model.CsvSource#isInferDecimals <em>Infer Decimals</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getCsvSource()
 * @model
 * @generated
 */
public interface CsvSource extends FileSource {
	/**
	 * Returns the value of the '<em><b>Delimiter</b></em>' attribute.
	 * The default value is <code>","</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delimiter</em>' attribute.
	 * @see #setDelimiter(String)
	 * @see io.sluice.model.SluicePackage#getCsvSource_Delimiter()
	 * @model default=","
	 * @generated
	 */
	String getDelimiter();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#getDelimiter <em>Delimiter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delimiter</em>' attribute.
	 * @see #getDelimiter()
	 * @generated
	 */
	void setDelimiter(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * The default value is <code>"\""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see io.sluice.model.SluicePackage#getCsvSource_Quote()
	 * @model default="\""
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Header</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Header</em>' attribute.
	 * @see #setHeader(boolean)
	 * @see io.sluice.model.SluicePackage#getCsvSource_Header()
	 * @model default="true"
	 * @generated
	 */
	boolean isHeader();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#isHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header</em>' attribute.
	 * @see #isHeader()
	 * @generated
	 */
	void setHeader(boolean value);

	/**
	 * Returns the value of the '<em><b>Bind By Position</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bind columns by their position in the file instead of by the header's names (also when there is no header).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bind By Position</em>' attribute.
	 * @see #setBindByPosition(boolean)
	 * @see io.sluice.model.SluicePackage#getCsvSource_BindByPosition()
	 * @model default="false"
	 * @generated
	 */
	boolean isBindByPosition();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#isBindByPosition <em>Bind By Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bind By Position</em>' attribute.
	 * @see #isBindByPosition()
	 * @generated
	 */
	void setBindByPosition(boolean value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * The default value is <code>"UTF-8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see #setEncoding(String)
	 * @see io.sluice.model.SluicePackage#getCsvSource_Encoding()
	 * @model default="UTF-8"
	 * @generated
	 */
	String getEncoding();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(String value);

	/**
	 * Returns the value of the '<em><b>Null Value</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text read as null (default: the empty field).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Null Value</em>' attribute.
	 * @see #setNullValue(String)
	 * @see io.sluice.model.SluicePackage#getCsvSource_NullValue()
	 * @model default=""
	 * @generated
	 */
	String getNullValue();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#getNullValue <em>Null Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Null Value</em>' attribute.
	 * @see #getNullValue()
	 * @generated
	 */
	void setNullValue(String value);

	/**
	 * Returns the value of the '<em><b>Infer Decimals</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the columns are inferred (none declared): a column of fixed-point numbers (12.50, -3) is DECIMAL(p, s), exact, instead of FLOAT64. A value with an exponent (1e5) keeps the column FLOAT64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Infer Decimals</em>' attribute.
	 * @see #setInferDecimals(boolean)
	 * @see io.sluice.model.SluicePackage#getCsvSource_InferDecimals()
	 * @model default="false"
	 * @generated
	 */
	boolean isInferDecimals();

	/**
	 * Sets the value of the '{@link io.sluice.model.CsvSource#isInferDecimals <em>Infer Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Infer Decimals</em>' attribute.
	 * @see #isInferDecimals()
	 * @generated
	 */
	void setInferDecimals(boolean value);

} // CsvSource
