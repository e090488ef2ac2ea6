/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.SluicePackage;
import io.sluice.model.Unnest;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Unnest</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.UnnestImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.UnnestImpl#getPositionColumn <em>Position Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.UnnestImpl#isKeepEmpty <em>Keep Empty</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnnestImpl extends TransformImpl implements Unnest {
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
	 * The default value of the '{@link #getPositionColumn() <em>Position Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositionColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_COLUMN_EDEFAULT = "position";

	/**
	 * The cached value of the '{@link #getPositionColumn() <em>Position Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositionColumn()
	 * @generated
	 * @ordered
	 */
	protected String positionColumn = POSITION_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #isKeepEmpty() <em>Keep Empty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeepEmpty()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KEEP_EMPTY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKeepEmpty() <em>Keep Empty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeepEmpty()
	 * @generated
	 * @ordered
	 */
	protected boolean keepEmpty = KEEP_EMPTY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnnestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.UNNEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.UNNEST__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPositionColumn() {
		return positionColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositionColumn(String newPositionColumn) {
		String oldPositionColumn = positionColumn;
		positionColumn = newPositionColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.UNNEST__POSITION_COLUMN, oldPositionColumn, positionColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKeepEmpty() {
		return keepEmpty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeepEmpty(boolean newKeepEmpty) {
		boolean oldKeepEmpty = keepEmpty;
		keepEmpty = newKeepEmpty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.UNNEST__KEEP_EMPTY, oldKeepEmpty, keepEmpty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.UNNEST__COLUMN:
				return getColumn();
			case SluicePackage.UNNEST__POSITION_COLUMN:
				return getPositionColumn();
			case SluicePackage.UNNEST__KEEP_EMPTY:
				return isKeepEmpty();
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
			case SluicePackage.UNNEST__COLUMN:
				setColumn((String)newValue);
				return;
			case SluicePackage.UNNEST__POSITION_COLUMN:
				setPositionColumn((String)newValue);
				return;
			case SluicePackage.UNNEST__KEEP_EMPTY:
				setKeepEmpty((Boolean)newValue);
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
			case SluicePackage.UNNEST__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case SluicePackage.UNNEST__POSITION_COLUMN:
				setPositionColumn(POSITION_COLUMN_EDEFAULT);
				return;
			case SluicePackage.UNNEST__KEEP_EMPTY:
				setKeepEmpty(KEEP_EMPTY_EDEFAULT);
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
			case SluicePackage.UNNEST__COLUMN:
				return COLUMN_EDEFAULT == null ? column != null : !COLUMN_EDEFAULT.equals(column);
			case SluicePackage.UNNEST__POSITION_COLUMN:
				return POSITION_COLUMN_EDEFAULT == null ? positionColumn != null : !POSITION_COLUMN_EDEFAULT.equals(positionColumn);
			case SluicePackage.UNNEST__KEEP_EMPTY:
				return keepEmpty != KEEP_EMPTY_EDEFAULT;
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
		result.append(", positionColumn: ");
		result.append(positionColumn);
		result.append(", keepEmpty: ");
		result.append(keepEmpty);
		result.append(')');
		return result.toString();
	}

} //UnnestImpl
