/**
 */
package io.sluice.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Jdbc Sink</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.JdbcSink#getUrl <em>Url</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getUser <em>User</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getPassword <em>Password</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getTable <em>Table</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getMode <em>Mode</em>}</li>
 *   <li>{@link io.sluice.model.JdbcSink#getKeyColumns <em>Key Columns</em>}</li>
 * </ul>
 *
 * @see io.sluice.model.SluicePackage#getJdbcSink()
 * @model
 * @generated
 */
public interface JdbcSink extends Sink {
	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * The default value is <code>"jdbc:h2:mem:sluice"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Url()
	 * @model default="jdbc:h2:mem:sluice"
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Password</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only a ${secret:name} reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password</em>' attribute.
	 * @see #setPassword(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Password()
	 * @model
	 * @generated
	 */
	String getPassword();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getPassword <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password</em>' attribute.
	 * @see #getPassword()
	 * @generated
	 */
	void setPassword(String value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"INSERT"</code>.
	 * The literals are from the enumeration {@link io.sluice.model.WriteMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.sluice.model.WriteMode
	 * @see #setMode(WriteMode)
	 * @see io.sluice.model.SluicePackage#getJdbcSink_Mode()
	 * @model default="INSERT"
	 * @generated
	 */
	WriteMode getMode();

	/**
	 * Sets the value of the '{@link io.sluice.model.JdbcSink#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.sluice.model.WriteMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(WriteMode value);

	/**
	 * Returns the value of the '<em><b>Key Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Columns</em>' attribute list.
	 * @see io.sluice.model.SluicePackage#getJdbcSink_KeyColumns()
	 * @model
	 * @generated
	 */
	EList<String> getKeyColumns();

} // JdbcSink
