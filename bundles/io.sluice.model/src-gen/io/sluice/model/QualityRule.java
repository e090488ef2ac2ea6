/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quality Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One data-quality rule. Row rules (NOT_NULL ... EXPRESSION) test every row; table rules (ROW_COUNT, FRESHNESS, NULL_RATE) test the whole input.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.QualityRule#getName <em>Name</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getSeverity <em>Severity</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getMin <em>Min</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getMax <em>Max</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getAllowedValues <em>Allowed Values</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getExpression <em>Expression</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link io.sluice.model.QualityRule#getMaxNullRate <em>Max Null Rate</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getQualityRule()
 * @model
 * @generated
 */
public interface QualityRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"NOT_NULL"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.QualityRuleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sluice.model.QualityRuleKind
	 * @see #setKind(QualityRuleKind)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Kind()
	 * @model default="NOT_NULL"
	 * @generated
	 */
	QualityRuleKind getKind();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sluice.model.QualityRuleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(QualityRuleKind value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"FAIL"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.QualitySeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see io.sluice.model.QualitySeverity
	 * @see #setSeverity(QualitySeverity)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Severity()
	 * @model default="FAIL"
	 * @generated
	 */
	QualitySeverity getSeverity();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see io.sluice.model.QualitySeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(QualitySeverity value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RANGE, ROW_COUNT: lower bound (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Min()
	 * @model
	 * @generated
	 */
	String getMin();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(String value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RANGE, ROW_COUNT: upper bound (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Max()
	 * @model
	 * @generated
	 */
	String getMax();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(String value);

	/**
	 * Returns the value of the '<em><b>Allowed Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ALLOWED_VALUES
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Values</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getQualityRule_AllowedValues()
	 * @model
	 * @generated
	 */
	EList<String> getAllowedValues();

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * REGEX (Java syntax, must match the whole value)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAX_LENGTH
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Length</em>' attribute.
	 * @see #setMaxLength(Integer)
	 * @see io.sluice.model.SluicePackage#getQualityRule_MaxLength()
	 * @model
	 * @generated
	 */
	Integer getMaxLength();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getMaxLength <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Length</em>' attribute.
	 * @see #getMaxLength()
	 * @generated
	 */
	void setMaxLength(Integer value);

	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EXPRESSION: boolean expression that must be true
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

	/**
	 * Returns the value of the '<em><b>Max Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FRESHNESS: duration; the newest value of column must be younger
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Age</em>' attribute.
	 * @see #setMaxAge(String)
	 * @see io.sluice.model.SluicePackage#getQualityRule_MaxAge()
	 * @model
	 * @generated
	 */
	String getMaxAge();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getMaxAge <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Age</em>' attribute.
	 * @see #getMaxAge()
	 * @generated
	 */
	void setMaxAge(String value);

	/**
	 * Returns the value of the '<em><b>Max Null Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NULL_RATE: highest allowed fraction of nulls, 0..1
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Null Rate</em>' attribute.
	 * @see #setMaxNullRate(Double)
	 * @see io.sluice.model.SluicePackage#getQualityRule_MaxNullRate()
	 * @model
	 * @generated
	 */
	Double getMaxNullRate();

	/**
	 * Sets the value of the '{@link io.sluice.model.QualityRule#getMaxNullRate <em>Max Null Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Null Rate</em>' attribute.
	 * @see #getMaxNullRate()
	 * @generated
	 */
	void setMaxNullRate(Double value);

} // QualityRule
