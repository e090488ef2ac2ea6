/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.AggregateFunction;
import io.sluice.model.Pivot;
import io.sluice.model.SluicePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pivot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.PivotImpl#getGroupKeys <em>Group Keys</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PivotImpl#getPivotColumn <em>Pivot Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PivotImpl#getValues <em>Values</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PivotImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.PivotImpl#getValueColumn <em>Value Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PivotImpl extends TransformImpl implements Pivot {
	/**
	 * The cached value of the '{@link #getGroupKeys() <em>Group Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> groupKeys;

	/**
	 * The default value of the '{@link #getPivotColumn() <em>Pivot Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPivotColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String PIVOT_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPivotColumn() <em>Pivot Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPivotColumn()
	 * @generated
	 * @ordered
	 */
	protected String pivotColumn = PIVOT_COLUMN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> values;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final AggregateFunction FUNCTION_EDEFAULT = AggregateFunction.SUM;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected AggregateFunction function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueColumn() <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValueColumn() <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueColumn()
	 * @generated
	 * @ordered
	 */
	protected String valueColumn = VALUE_COLUMN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PivotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.PIVOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGroupKeys() {
		if (groupKeys == null) {
			groupKeys = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.PIVOT__GROUP_KEYS);
		}
		return groupKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPivotColumn() {
		return pivotColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPivotColumn(String newPivotColumn) {
		String oldPivotColumn = pivotColumn;
		pivotColumn = newPivotColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.PIVOT__PIVOT_COLUMN, oldPivotColumn, pivotColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getValues() {
		if (values == null) {
			values = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.PIVOT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AggregateFunction getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(AggregateFunction newFunction) {
		AggregateFunction oldFunction = function;
		function = newFunction == null ? FUNCTION_EDEFAULT : newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.PIVOT__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValueColumn() {
		return valueColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueColumn(String newValueColumn) {
		String oldValueColumn = valueColumn;
		valueColumn = newValueColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.PIVOT__VALUE_COLUMN, oldValueColumn, valueColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.PIVOT__GROUP_KEYS:
				return getGroupKeys();
			case SluicePackage.PIVOT__PIVOT_COLUMN:
				return getPivotColumn();
			case SluicePackage.PIVOT__VALUES:
				return getValues();
			case SluicePackage.PIVOT__FUNCTION:
				return getFunction();
			case SluicePackage.PIVOT__VALUE_COLUMN:
				return getValueColumn();
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
			case SluicePackage.PIVOT__GROUP_KEYS:
				getGroupKeys().clear();
				getGroupKeys().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.PIVOT__PIVOT_COLUMN:
				setPivotColumn((String)newValue);
				return;
			case SluicePackage.PIVOT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.PIVOT__FUNCTION:
				setFunction((AggregateFunction)newValue);
				return;
			case SluicePackage.PIVOT__VALUE_COLUMN:
				setValueColumn((String)newValue);
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
			case SluicePackage.PIVOT__GROUP_KEYS:
				getGroupKeys().clear();
				return;
			case SluicePackage.PIVOT__PIVOT_COLUMN:
				setPivotColumn(PIVOT_COLUMN_EDEFAULT);
				return;
			case SluicePackage.PIVOT__VALUES:
				getValues().clear();
				return;
			case SluicePackage.PIVOT__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case SluicePackage.PIVOT__VALUE_COLUMN:
				setValueColumn(VALUE_COLUMN_EDEFAULT);
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
			case SluicePackage.PIVOT__GROUP_KEYS:
				return groupKeys != null && !groupKeys.isEmpty();
			case SluicePackage.PIVOT__PIVOT_COLUMN:
				return PIVOT_COLUMN_EDEFAULT == null ? pivotColumn != null : !PIVOT_COLUMN_EDEFAULT.equals(pivotColumn);
			case SluicePackage.PIVOT__VALUES:
				return values != null && !values.isEmpty();
			case SluicePackage.PIVOT__FUNCTION:
				return function != FUNCTION_EDEFAULT;
			case SluicePackage.PIVOT__VALUE_COLUMN:
				return VALUE_COLUMN_EDEFAULT == null ? valueColumn != null : !VALUE_COLUMN_EDEFAULT.equals(valueColumn);
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
		result.append(" (groupKeys: ");
		result.append(groupKeys);
		result.append(", pivotColumn: ");
		result.append(pivotColumn);
		result.append(", values: ");
		result.append(values);
		result.append(", function: ");
		result.append(function);
		result.append(", valueColumn: ");
		result.append(valueColumn);
		result.append(')');
		return result.toString();
	}

} //PivotImpl
