/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Window</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.Window#getEventTimeColumn <em>Event Time Column</em>}</li>
 *   <li>{@link io.sluice.model.Window#getWindowKind <em>Window Kind</em>}</li>
 *   <li>{@link io.sluice.model.Window#getSize <em>Size</em>}</li>
 *   <li>{@link io.sluice.model.Window#getSlide <em>Slide</em>}</li>
 *   <li>{@link io.sluice.model.Window#getGroupKeys <em>Group Keys</em>}</li>
 *   <li>{@link io.sluice.model.Window#getAggregations <em>Aggregations</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getWindow()
 * @model
 * @generated
 */
public interface Window extends Transform {
	/**
	 * Returns the value of the '<em><b>Event Time Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Time Column</em>' attribute.
	 * @see #setEventTimeColumn(String)
	 * @see io.sluice.model.SluicePackage#getWindow_EventTimeColumn()
	 * @model
	 * @generated
	 */
	String getEventTimeColumn();

	/**
	 * Sets the value of the '{@link io.sluice.model.Window#getEventTimeColumn <em>Event Time Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Time Column</em>' attribute.
	 * @see #getEventTimeColumn()
	 * @generated
	 */
	void setEventTimeColumn(String value);

	/**
	 * Returns the value of the '<em><b>Window Kind</b></em>' attribute.
	 * The default value is <code>"TUMBLING"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.WindowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Kind</em>' attribute.
	 * @see io.sluice.model.WindowKind
	 * @see #setWindowKind(WindowKind)
	 * @see io.sluice.model.SluicePackage#getWindow_WindowKind()
	 * @model default="TUMBLING"
	 * @generated
	 */
	WindowKind getWindowKind();

	/**
	 * Sets the value of the '{@link io.sluice.model.Window#getWindowKind <em>Window Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Kind</em>' attribute.
	 * @see io.sluice.model.WindowKind
	 * @see #getWindowKind()
	 * @generated
	 */
	void setWindowKind(WindowKind value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Window length as a duration: 30s, 5m, 1h, 1d or ISO-8601 (PT5M).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(String)
	 * @see io.sluice.model.SluicePackage#getWindow_Size()
	 * @model
	 * @generated
	 */
	String getSize();

	/**
	 * Sets the value of the '{@link io.sluice.model.Window#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(String value);

	/**
	 * Returns the value of the '<em><b>Slide</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Slide for sliding windows, a duration like size.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slide</em>' attribute.
	 * @see #setSlide(String)
	 * @see io.sluice.model.SluicePackage#getWindow_Slide()
	 * @model
	 * @generated
	 */
	String getSlide();

	/**
	 * Sets the value of the '{@link io.sluice.model.Window#getSlide <em>Slide</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slide</em>' attribute.
	 * @see #getSlide()
	 * @generated
	 */
	void setSlide(String value);

	/**
	 * Returns the value of the '<em><b>Group Keys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Keys</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getWindow_GroupKeys()
	 * @model
	 * @generated
	 */
	EList<String> getGroupKeys();

	/**
	 * Returns the value of the '<em><b>Aggregations</b></em>' containment reference list.
	 * The list contents are of type {@link io.sluice.model.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregations</em>' containment reference list.
	 * @see io.sluice.model.SluicePackage#getWindow_Aggregations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Aggregation> getAggregations();

} // Window
