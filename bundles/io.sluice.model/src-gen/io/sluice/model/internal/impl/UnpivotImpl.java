/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.SluicePackage;
import io.sluice.model.Unpivot;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unpivot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.UnpivotImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.UnpivotImpl#getNameColumn <em>Name Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.UnpivotImpl#getValueColumn <em>Value Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.UnpivotImpl#isIncludeNulls <em>Include Nulls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnpivotImpl extends TransformImpl implements Unpivot {
	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> columns;

	/**
	 * The default value of the '{@link #getNameColumn() <em>Name Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_COLUMN_EDEFAULT = "name";

	/**
	 * The cached value of the '{@link #getNameColumn() <em>Name Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameColumn()
	 * @generated
	 * @ordered
	 */
	protected String nameColumn = NAME_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueColumn() <em>Value Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_COLUMN_EDEFAULT = "value";

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
	 * The default value of the '{@link #isIncludeNulls() <em>Include Nulls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeNulls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCLUDE_NULLS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncludeNulls() <em>Include Nulls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludeNulls()
	 * @generated
	 * @ordered
	 */
	protected boolean includeNulls = INCLUDE_NULLS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnpivotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.UNPIVOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getColumns() {
		if (columns == null) {
			columns = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.UNPIVOT__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameColumn() {
		return nameColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameColumn(String newNameColumn) {
		String oldNameColumn = nameColumn;
		nameColumn = newNameColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.UNPIVOT__NAME_COLUMN, oldNameColumn, nameColumn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.UNPIVOT__VALUE_COLUMN, oldValueColumn, valueColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeNulls() {
		return includeNulls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeNulls(boolean newIncludeNulls) {
		boolean oldIncludeNulls = includeNulls;
		includeNulls = newIncludeNulls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.UNPIVOT__INCLUDE_NULLS, oldIncludeNulls, includeNulls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.UNPIVOT__COLUMNS:
				return getColumns();
			case SluicePackage.UNPIVOT__NAME_COLUMN:
				return getNameColumn();
			case SluicePackage.UNPIVOT__VALUE_COLUMN:
				return getValueColumn();
			case SluicePackage.UNPIVOT__INCLUDE_NULLS:
				return isIncludeNulls();
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
			case SluicePackage.UNPIVOT__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.UNPIVOT__NAME_COLUMN:
				setNameColumn((String)newValue);
				return;
			case SluicePackage.UNPIVOT__VALUE_COLUMN:
				setValueColumn((String)newValue);
				return;
			case SluicePackage.UNPIVOT__INCLUDE_NULLS:
				setIncludeNulls((Boolean)newValue);
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
			case SluicePackage.UNPIVOT__COLUMNS:
				getColumns().clear();
				return;
			case SluicePackage.UNPIVOT__NAME_COLUMN:
				setNameColumn(NAME_COLUMN_EDEFAULT);
				return;
			case SluicePackage.UNPIVOT__VALUE_COLUMN:
				setValueColumn(VALUE_COLUMN_EDEFAULT);
				return;
			case SluicePackage.UNPIVOT__INCLUDE_NULLS:
				setIncludeNulls(INCLUDE_NULLS_EDEFAULT);
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
			case SluicePackage.UNPIVOT__COLUMNS:
				return columns != null && !columns.isEmpty();
			case SluicePackage.UNPIVOT__NAME_COLUMN:
				return NAME_COLUMN_EDEFAULT == null ? nameColumn != null : !NAME_COLUMN_EDEFAULT.equals(nameColumn);
			case SluicePackage.UNPIVOT__VALUE_COLUMN:
				return VALUE_COLUMN_EDEFAULT == null ? valueColumn != null : !VALUE_COLUMN_EDEFAULT.equals(valueColumn);
			case SluicePackage.UNPIVOT__INCLUDE_NULLS:
				return includeNulls != INCLUDE_NULLS_EDEFAULT;
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
		result.append(" (columns: ");
		result.append(columns);
		result.append(", nameColumn: ");
		result.append(nameColumn);
		result.append(", valueColumn: ");
		result.append(valueColumn);
		result.append(", includeNulls: ");
		result.append(includeNulls);
		result.append(')');
		return result.toString();
	}

} //UnpivotImpl
