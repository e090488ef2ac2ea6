/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.NullOrder;
import io.sluice.model.SluicePackage;
import io.sluice.model.SortDirection;
import io.sluice.model.SortKey;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sort Key</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.SortKeyImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.SortKeyImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.SortKeyImpl#getNulls <em>Nulls</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SortKeyImpl extends MinimalEObjectImpl.Container implements SortKey {
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
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final SortDirection DIRECTION_EDEFAULT = SortDirection.ASC;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected SortDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNulls() <em>Nulls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNulls()
	 * @generated
	 * @ordered
	 */
	protected static final NullOrder NULLS_EDEFAULT = NullOrder.LAST;

	/**
	 * The cached value of the '{@link #getNulls() <em>Nulls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNulls()
	 * @generated
	 * @ordered
	 */
	protected NullOrder nulls = NULLS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SortKeyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.SORT_KEY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.SORT_KEY__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SortDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(SortDirection newDirection) {
		SortDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.SORT_KEY__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NullOrder getNulls() {
		return nulls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNulls(NullOrder newNulls) {
		NullOrder oldNulls = nulls;
		nulls = newNulls == null ? NULLS_EDEFAULT : newNulls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.SORT_KEY__NULLS, oldNulls, nulls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.SORT_KEY__COLUMN:
				return getColumn();
			case SluicePackage.SORT_KEY__DIRECTION:
				return getDirection();
			case SluicePackage.SORT_KEY__NULLS:
				return getNulls();
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
			case SluicePackage.SORT_KEY__COLUMN:
				setColumn((String)newValue);
				return;
			case SluicePackage.SORT_KEY__DIRECTION:
				setDirection((SortDirection)newValue);
				return;
			case SluicePackage.SORT_KEY__NULLS:
				setNulls((NullOrder)newValue);
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
			case SluicePackage.SORT_KEY__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case SluicePackage.SORT_KEY__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case SluicePackage.SORT_KEY__NULLS:
				setNulls(NULLS_EDEFAULT);
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
			case SluicePackage.SORT_KEY__COLUMN:
				return COLUMN_EDEFAULT == null ? column != null : !COLUMN_EDEFAULT.equals(column);
			case SluicePackage.SORT_KEY__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case SluicePackage.SORT_KEY__NULLS:
				return nulls != NULLS_EDEFAULT;
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
		result.append(", direction: ");
		result.append(direction);
		result.append(", nulls: ");
		result.append(nulls);
		result.append(')');
		return result.toString();
	}

} //SortKeyImpl
