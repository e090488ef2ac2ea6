/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.SelectColumn;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Select Column</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.SelectColumnImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.SelectColumnImpl#getRename <em>Rename</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.SelectColumnImpl#getCast <em>Cast</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelectColumnImpl extends MinimalEObjectImpl.Container implements SelectColumn {
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
	 * The default value of the '{@link #getRename() <em>Rename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRename()
	 * @generated
	 * @ordered
	 */
	protected static final String RENAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRename() <em>Rename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRename()
	 * @generated
	 * @ordered
	 */
	protected String rename = RENAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCast() <em>Cast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCast()
	 * @generated
	 * @ordered
	 */
	protected static final String CAST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCast() <em>Cast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCast()
	 * @generated
	 * @ordered
	 */
	protected String cast = CAST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelectColumnImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.SELECT_COLUMN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.SELECT_COLUMN__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRename() {
		return rename;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRename(String newRename) {
		String oldRename = rename;
		rename = newRename;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.SELECT_COLUMN__RENAME, oldRename, rename));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCast() {
		return cast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCast(String newCast) {
		String oldCast = cast;
		cast = newCast;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.SELECT_COLUMN__CAST, oldCast, cast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.SELECT_COLUMN__COLUMN:
				return getColumn();
			case SluicePackage.SELECT_COLUMN__RENAME:
				return getRename();
			case SluicePackage.SELECT_COLUMN__CAST:
				return getCast();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SluicePackage.SELECT_COLUMN__COLUMN:
				setColumn((String)newValue);
				return;
			case SluicePackage.SELECT_COLUMN__RENAME:
				setRename((String)newValue);
				return;
			case SluicePackage.SELECT_COLUMN__CAST:
				setCast((String)newValue);
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
			case SluicePackage.SELECT_COLUMN__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case SluicePackage.SELECT_COLUMN__RENAME:
				setRename(RENAME_EDEFAULT);
				return;
			case SluicePackage.SELECT_COLUMN__CAST:
				setCast(CAST_EDEFAULT);
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
			case SluicePackage.SELECT_COLUMN__COLUMN:
				return COLUMN_EDEFAULT == null ? column != null : !COLUMN_EDEFAULT.equals(column);
			case SluicePackage.SELECT_COLUMN__RENAME:
				return RENAME_EDEFAULT == null ? rename != null : !RENAME_EDEFAULT.equals(rename);
			case SluicePackage.SELECT_COLUMN__CAST:
				return CAST_EDEFAULT == null ? cast != null : !CAST_EDEFAULT.equals(cast);
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
		result.append(" (column: ");
		result.append(column);
		result.append(", rename: ");
		result.append(rename);
		result.append(", cast: ");
		result.append(cast);
		result.append(')');
		return result.toString();
	}

} //SelectColumnImpl
