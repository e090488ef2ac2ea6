/**
 */
package io.sluice.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Connects an output port of one step to an input port of another. Saved with the step ids.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link io.sluice.model.Link#getSourcePort <em>Source Port</em>}</li>
 *   <li>{@link io.sluice.model.Link#getTarget <em>Target</em>}</li>
 *   <li>{@link io.sluice.model.Link#getTargetPort <em>Target Port</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getLink()
 * @model
 * @generated
 */
public interface Link extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Step)
	 * @see io.sluice.model.SluicePackage#getLink_Source()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Step getSource();

	/**
	 * Sets the value of the '{@link io.sluice.model.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Step value);

	/**
	 * Returns the value of the '<em><b>Source Port</b></em>' attribute.
	 * The default value is <code>"out"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Port</em>' attribute.
	 * @see #setSourcePort(String)
	 * @see io.sluice.model.SluicePackage#getLink_SourcePort()
	 * @model default="out"
	 * @generated
	 */
	String getSourcePort();

	/**
	 * Sets the value of the '{@link io.sluice.model.Link#getSourcePort <em>Source Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Port</em>' attribute.
	 * @see #getSourcePort()
	 * @generated
	 */
	void setSourcePort(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Step)
	 * @see io.sluice.model.SluicePackage#getLink_Target()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Step getTarget();

	/**
	 * Sets the value of the '{@link io.sluice.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Step value);

	/**
	 * Returns the value of the '<em><b>Target Port</b></em>' attribute.
	 * The default value is <code>"in"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Port</em>' attribute.
	 * @see #setTargetPort(String)
	 * @see io.sluice.model.SluicePackage#getLink_TargetPort()
	 * @model default="in"
	 * @generated
	 */
	String getTargetPort();

	/**
	 * Sets the value of the '{@link io.sluice.model.Link#getTargetPort <em>Target Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Port</em>' attribute.
	 * @see #getTargetPort()
	 * @generated
	 */
	void setTargetPort(String value);

} // Link
