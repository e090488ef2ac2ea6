/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.Aggregate;
import io.sluice.model.Aggregation;
import io.sluice.model.SluicePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Aggregate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.AggregateImpl#getGroupKeys <em>Group Keys</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.AggregateImpl#getAggregations <em>Aggregations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AggregateImpl extends TransformImpl implements Aggregate {
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
	 * The cached value of the '{@link #getAggregations() <em>Aggregations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregations()
	 * @generated
	 * @ordered
	 */
	protected EList<Aggregation> aggregations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AggregateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.AGGREGATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGroupKeys() {
		if (groupKeys == null) {
			groupKeys = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.AGGREGATE__GROUP_KEYS);
		}
		return groupKeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Aggregation> getAggregations() {
		if (aggregations == null) {
			aggregations = new EObjectContainmentEList<Aggregation>(Aggregation.class, this, SluicePackage.AGGREGATE__AGGREGATIONS);
		}
		return aggregations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SluicePackage.AGGREGATE__AGGREGATIONS:
				return ((InternalEList<?>)getAggregations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.AGGREGATE__GROUP_KEYS:
				return getGroupKeys();
			case SluicePackage.AGGREGATE__AGGREGATIONS:
				return getAggregations();
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
			case SluicePackage.AGGREGATE__GROUP_KEYS:
				getGroupKeys().clear();
				getGroupKeys().addAll((Collection<? extends String>)newValue);
				return;
			case SluicePackage.AGGREGATE__AGGREGATIONS:
				getAggregations().clear();
				getAggregations().addAll((Collection<? extends Aggregation>)newValue);
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
			case SluicePackage.AGGREGATE__GROUP_KEYS:
				getGroupKeys().clear();
				return;
			case SluicePackage.AGGREGATE__AGGREGATIONS:
				getAggregations().clear();
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
			case SluicePackage.AGGREGATE__GROUP_KEYS:
				return groupKeys != null && !groupKeys.isEmpty();
			case SluicePackage.AGGREGATE__AGGREGATIONS:
				return aggregations != null && !aggregations.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //AggregateImpl
