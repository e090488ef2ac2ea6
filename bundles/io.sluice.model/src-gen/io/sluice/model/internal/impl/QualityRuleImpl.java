/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.QualityRule;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.model.SluicePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quality Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getMin <em>Min</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getMax <em>Max</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getAllowedValues <em>Allowed Values</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getExpression <em>Expression</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getMaxAge <em>Max Age</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.QualityRuleImpl#getMaxNullRate <em>Max Null Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QualityRuleImpl extends MinimalEObjectImpl.Container implements QualityRule {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final QualityRuleKind KIND_EDEFAULT = QualityRuleKind.NOT_NULL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected QualityRuleKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected String column = COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final QualitySeverity SEVERITY_EDEFAULT = QualitySeverity.FAIL;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected QualitySeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected String min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final String MAX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected String max = MAX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedValues() <em>Allowed Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> allowedValues;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLength() <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLength()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxLength() <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLength()
	 * @generated
	 * @ordered
	 */
	protected Integer maxLength = MAX_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpression() <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpression()
	 * @generated
	 * @ordered
	 */
	protected String expression = EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected static final String MAX_AGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxAge() <em>Max Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAge()
	 * @generated
	 * @ordered
	 */
	protected String maxAge = MAX_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxNullRate() <em>Max Null Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxNullRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double MAX_NULL_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxNullRate() <em>Max Null Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxNullRate()
	 * @generated
	 * @ordered
	 */
	protected Double maxNullRate = MAX_NULL_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QualityRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.QUALITY_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualityRuleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(QualityRuleKind newKind) {
		QualityRuleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(String newColumn) {
		String oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QualitySeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(QualitySeverity newSeverity) {
		QualitySeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(String newMin) {
		String oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(String newMax) {
		String oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAllowedValues() {
		if (allowedValues == null) {
			allowedValues = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.QUALITY_RULE__ALLOWED_VALUES);
		}
		return allowedValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxLength() {
		return maxLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLength(Integer newMaxLength) {
		Integer oldMaxLength = maxLength;
		maxLength = newMaxLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__MAX_LENGTH, oldMaxLength, maxLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpression() {
		return expression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpression(String newExpression) {
		String oldExpression = expression;
		expression = newExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__EXPRESSION, oldExpression, expression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaxAge() {
		return maxAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAge(String newMaxAge) {
		String oldMaxAge = maxAge;
		maxAge = newMaxAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__MAX_AGE, oldMaxAge, maxAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMaxNullRate() {
		return maxNullRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxNullRate(Double newMaxNullRate) {
		Double oldMaxNullRate = maxNullRate;
		maxNullRate = newMaxNullRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.QUALITY_RULE__MAX_NULL_RATE, oldMaxNullRate, maxNullRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.QUALITY_RULE__NAME:
				return getName();
			case SluicePackage.QUALITY_RULE__KIND:
				return getKind();
			case SluicePackage.QUALITY_RULE__COLUMN:
				return getColumn();
			case SluicePackage.QUALITY_RULE__SEVERITY:
				return getSeverity();
			case SluicePackage.QUALITY_RULE__MIN:
				return getMin();
			case SluicePackage.QUALITY_RULE__MAX:
				return getMax();
			case SluicePackage.QUALITY_RULE__ALLOWED_VALUES:
				return getAllowedValues();
			case SluicePackage.QUALITY_RULE__PATTERN:
				return getPattern();
			case SluicePackage.QUALITY_RULE__MAX_LENGTH:
				return getMaxLength();
			case SluicePackage.QUALITY_RULE__EXPRESSION:
				return getExpression();
			case SluicePackage.QUALITY_RULE__MAX_AGE:
				return getMaxAge();
			case SluicePackage.QUALITY_RULE__MAX_NULL_RATE:
				return getMaxNullRate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SluicePackage.QUALITY_RULE__NAME:
				setName((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__KIND:
				setKind((QualityRuleKind)newValue);
				return;
			case SluicePackage.QUALITY_RULE__COLUMN:
				setColumn((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__SEVERITY:
				setSeverity((QualitySeverity)newValue);
				return;
			case SluicePackage.QUALITY_RULE__MIN:
				setMin((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__MAX:
				setMax((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__ALLOWED_VALUES:
				getAllowedValues().clear();
				getAllowedValues().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.QUALITY_RULE__PATTERN:
				setPattern((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__MAX_LENGTH:
				setMaxLength((Integer)newValue);
				return;
			case SluicePackage.QUALITY_RULE__EXPRESSION:
				setExpression((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__MAX_AGE:
				setMaxAge((String)newValue);
				return;
			case SluicePackage.QUALITY_RULE__MAX_NULL_RATE:
				setMaxNullRate((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SluicePackage.QUALITY_RULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__ALLOWED_VALUES:
				getAllowedValues().clear();
				return;
			case SluicePackage.QUALITY_RULE__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__MAX_LENGTH:
				setMaxLength(MAX_LENGTH_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__EXPRESSION:
				setExpression(EXPRESSION_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__MAX_AGE:
				setMaxAge(MAX_AGE_EDEFAULT);
				return;
			case SluicePackage.QUALITY_RULE__MAX_NULL_RATE:
				setMaxNullRate(MAX_NULL_RATE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SluicePackage.QUALITY_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SluicePackage.QUALITY_RULE__KIND:
				return kind != KIND_EDEFAULT;
			case SluicePackage.QUALITY_RULE__COLUMN:
				return COLUMN_EDEFAULT == null ? column != null : !COLUMN_EDEFAULT.equals(column);
			case SluicePackage.QUALITY_RULE__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case SluicePackage.QUALITY_RULE__MIN:
				return MIN_EDEFAULT == null ? min != null : !MIN_EDEFAULT.equals(min);
			case SluicePackage.QUALITY_RULE__MAX:
				return MAX_EDEFAULT == null ? max != null : !MAX_EDEFAULT.equals(max);
			case SluicePackage.QUALITY_RULE__ALLOWED_VALUES:
				return allowedValues != null && !allowedValues.isEmpty();
			case SluicePackage.QUALITY_RULE__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case SluicePackage.QUALITY_RULE__MAX_LENGTH:
				return MAX_LENGTH_EDEFAULT == null ? maxLength != null : !MAX_LENGTH_EDEFAULT.equals(maxLength);
			case SluicePackage.QUALITY_RULE__EXPRESSION:
				return EXPRESSION_EDEFAULT == null ? expression != null : !EXPRESSION_EDEFAULT.equals(expression);
			case SluicePackage.QUALITY_RULE__MAX_AGE:
				return MAX_AGE_EDEFAULT == null ? maxAge != null : !MAX_AGE_EDEFAULT.equals(maxAge);
			case SluicePackage.QUALITY_RULE__MAX_NULL_RATE:
				return MAX_NULL_RATE_EDEFAULT == null ? maxNullRate != null : !MAX_NULL_RATE_EDEFAULT.equals(maxNullRate);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", column: ");
		result.append(column);
		result.append(", severity: ");
		result.append(severity);
		result.append(", min: ");
		result.append(min);
		result.append(", max: ");
		result.append(max);
		result.append(", allowedValues: ");
		result.append(allowedValues);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", maxLength: ");
		result.append(maxLength);
		result.append(", expression: ");
		result.append(expression);
		result.append(", maxAge: ");
		result.append(maxAge);
		result.append(", maxNullRate: ");
		result.append(maxNullRate);
		result.append(')');
		return result.toString();
	}

} //QualityRuleImpl
