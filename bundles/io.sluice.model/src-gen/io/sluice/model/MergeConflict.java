/**
 */
package io.sluice.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One conflict of a three-way merge: the element (step id, or empty for the pipeline), the property path (as sluice diff names it) and the base, ours and theirs values as text (absent: not set, or the element does not exist on that side).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.MergeConflict#getKind <em>Kind</em>}</li>
 *   <li>{@link io.sluice.model.MergeConflict#getStepId <em>Step Id</em>}</li>
 *   <li>{@link io.sluice.model.MergeConflict#getProperty <em>Property</em>}</li>
 *   <li>{@link io.sluice.model.MergeConflict#getBase <em>Base</em>}</li>
 *   <li>{@link io.sluice.model.MergeConflict#getOurs <em>Ours</em>}</li>
 *   <li>{@link io.sluice.model.MergeConflict#getTheirs <em>Theirs</em>}</li>
 *   <li>{@link io.sluice.model.MergeConflict#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getMergeConflict()
 * @model
 * @generated
 */
public interface MergeConflict extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.sluice.model.ConflictKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.sluice.model.ConflictKind
	 * @see #setKind(ConflictKind)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_Kind()
	 * @model
	 * @generated
	 */
	ConflictKind getKind();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.sluice.model.ConflictKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConflictKind value);

	/**
	 * Returns the value of the '<em><b>Step Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Id</em>' attribute.
	 * @see #setStepId(String)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_StepId()
	 * @model
	 * @generated
	 */
	String getStepId();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getStepId <em>Step Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Id</em>' attribute.
	 * @see #getStepId()
	 * @generated
	 */
	void setStepId(String value);

	/**
	 * Returns the value of the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property</em>' attribute.
	 * @see #setProperty(String)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_Property()
	 * @model
	 * @generated
	 */
	String getProperty();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getProperty <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Property</em>' attribute.
	 * @see #getProperty()
	 * @generated
	 */
	void setProperty(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(String)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_Base()
	 * @model
	 * @generated
	 */
	String getBase();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(String value);

	/**
	 * Returns the value of the '<em><b>Ours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours</em>' attribute.
	 * @see #setOurs(String)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_Ours()
	 * @model
	 * @generated
	 */
	String getOurs();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getOurs <em>Ours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ours</em>' attribute.
	 * @see #getOurs()
	 * @generated
	 */
	void setOurs(String value);

	/**
	 * Returns the value of the '<em><b>Theirs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs</em>' attribute.
	 * @see #setTheirs(String)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_Theirs()
	 * @model
	 * @generated
	 */
	String getTheirs();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getTheirs <em>Theirs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theirs</em>' attribute.
	 * @see #getTheirs()
	 * @generated
	 */
	void setTheirs(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.sluice.model.SluicePackage#getMergeConflict_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.sluice.model.MergeConflict#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // MergeConflict
