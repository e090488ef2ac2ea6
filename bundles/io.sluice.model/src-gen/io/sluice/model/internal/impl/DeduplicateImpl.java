/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.Deduplicate;
import io.sluice.model.KeepPolicy;
import io.sluice.model.SluicePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deduplicate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.DeduplicateImpl#getKeys <em>Keys</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.DeduplicateImpl#getKeep <em>Keep</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.DeduplicateImpl#getOrderColumn <em>Order Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeduplicateImpl extends TransformImpl implements Deduplicate {
	/**
	 * The cached value of the '{@link #getKeys() <em>Keys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keys;

	/**
	 * The default value of the '{@link #getKeep() <em>Keep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeep()
	 * @generated
	 * @ordered
	 */
	protected static final KeepPolicy KEEP_EDEFAULT = KeepPolicy.FIRST;

	/**
	 * The cached value of the '{@link #getKeep() <em>Keep</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeep()
	 * @generated
	 * @ordered
	 */
	protected KeepPolicy keep = KEEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrderColumn() <em>Order Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String ORDER_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrderColumn() <em>Order Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrderColumn()
	 * @generated
	 * @ordered
	 */
	protected String orderColumn = ORDER_COLUMN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeduplicateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.DEDUPLICATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeys() {
		if (keys == null) {
			keys = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.DEDUPLICATE__KEYS);
		}
		return keys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeepPolicy getKeep() {
		return keep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeep(KeepPolicy newKeep) {
		KeepPolicy oldKeep = keep;
		keep = newKeep == null ? KEEP_EDEFAULT : newKeep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.DEDUPLICATE__KEEP, oldKeep, keep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrderColumn() {
		return orderColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrderColumn(String newOrderColumn) {
		String oldOrderColumn = orderColumn;
		orderColumn = newOrderColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.DEDUPLICATE__ORDER_COLUMN, oldOrderColumn, orderColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.DEDUPLICATE__KEYS:
				return getKeys();
			case SluicePackage.DEDUPLICATE__KEEP:
				return getKeep();
			case SluicePackage.DEDUPLICATE__ORDER_COLUMN:
				return getOrderColumn();
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
			case SluicePackage.DEDUPLICATE__KEYS:
				getKeys().clear();
				getKeys().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.DEDUPLICATE__KEEP:
				setKeep((KeepPolicy)newValue);
				return;
			case SluicePackage.DEDUPLICATE__ORDER_COLUMN:
				setOrderColumn((String)newValue);
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
			case SluicePackage.DEDUPLICATE__KEYS:
				getKeys().clear();
				return;
			case SluicePackage.DEDUPLICATE__KEEP:
				setKeep(KEEP_EDEFAULT);
				return;
			case SluicePackage.DEDUPLICATE__ORDER_COLUMN:
				setOrderColumn(ORDER_COLUMN_EDEFAULT);
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
			case SluicePackage.DEDUPLICATE__KEYS:
				return keys != null && !keys.isEmpty();
			case SluicePackage.DEDUPLICATE__KEEP:
				return keep != KEEP_EDEFAULT;
			case SluicePackage.DEDUPLICATE__ORDER_COLUMN:
				return ORDER_COLUMN_EDEFAULT == null ? orderColumn != null : !ORDER_COLUMN_EDEFAULT.equals(orderColumn);
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
		result.append(" (keys: ");
		result.append(keys);
		result.append(", keep: ");
		result.append(keep);
		result.append(", orderColumn: ");
		result.append(orderColumn);
		result.append(')');
		return result.toString();
	}

} //DeduplicateImpl
