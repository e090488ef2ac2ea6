/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.JdbcSink;
import io.sluice.model.LoadMethod;
import io.sluice.model.SluicePackage;
import io.sluice.model.WriteMode;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Jdbc Sink</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getConnection <em>Connection</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getLoadMethod <em>Load Method</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getCommitEvery <em>Commit Every</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getUser <em>User</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getPassword <em>Password</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getTable <em>Table</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSinkImpl#getKeyColumns <em>Key Columns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JdbcSinkImpl extends SinkImpl implements JdbcSink {
	/**
	 * The default value of the '{@link #getConnection() <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected static final String CONNECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConnection() <em>Connection</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnection()
	 * @generated
	 * @ordered
	 */
	protected String connection = CONNECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoadMethod() <em>Load Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadMethod()
	 * @generated
	 * @ordered
	 */
	protected static final LoadMethod LOAD_METHOD_EDEFAULT = LoadMethod.BATCH;

	/**
	 * The cached value of the '{@link #getLoadMethod() <em>Load Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoadMethod()
	 * @generated
	 * @ordered
	 */
	protected LoadMethod loadMethod = LOAD_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitEvery() <em>Commit Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int COMMIT_EVERY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCommitEvery() <em>Commit Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitEvery()
	 * @generated
	 * @ordered
	 */
	protected int commitEvery = COMMIT_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = "jdbc:h2:mem:sluice";

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPassword() <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassword()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSWORD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPassword() <em>Password</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassword()
	 * @generated
	 * @ordered
	 */
	protected String password = PASSWORD_EDEFAULT;

	/**
	 * The default value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected String table = TABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final WriteMode MODE_EDEFAULT = WriteMode.INSERT;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected WriteMode mode = MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyColumns() <em>Key Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keyColumns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JdbcSinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.JDBC_SINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConnection() {
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnection(String newConnection) {
		String oldConnection = connection;
		connection = newConnection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__CONNECTION, oldConnection, connection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoadMethod getLoadMethod() {
		return loadMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoadMethod(LoadMethod newLoadMethod) {
		LoadMethod oldLoadMethod = loadMethod;
		loadMethod = newLoadMethod == null ? LOAD_METHOD_EDEFAULT : newLoadMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__LOAD_METHOD, oldLoadMethod, loadMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCommitEvery() {
		return commitEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitEvery(int newCommitEvery) {
		int oldCommitEvery = commitEvery;
		commitEvery = newCommitEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__COMMIT_EVERY, oldCommitEvery, commitEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPassword() {
		return password;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassword(String newPassword) {
		String oldPassword = password;
		password = newPassword;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__PASSWORD, oldPassword, password));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTable() {
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTable(String newTable) {
		String oldTable = table;
		table = newTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WriteMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(WriteMode newMode) {
		WriteMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SINK__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeyColumns() {
		if (keyColumns == null) {
			keyColumns = new EDataTypeUniqueEList<String>(String.class, this, SluicePackage.JDBC_SINK__KEY_COLUMNS);
		}
		return keyColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.JDBC_SINK__CONNECTION:
				return getConnection();
			case SluicePackage.JDBC_SINK__LOAD_METHOD:
				return getLoadMethod();
			case SluicePackage.JDBC_SINK__COMMIT_EVERY:
				return getCommitEvery();
			case SluicePackage.JDBC_SINK__URL:
				return getUrl();
			case SluicePackage.JDBC_SINK__USER:
				return getUser();
			case SluicePackage.JDBC_SINK__PASSWORD:
				return getPassword();
			case SluicePackage.JDBC_SINK__TABLE:
				return getTable();
			case SluicePackage.JDBC_SINK__MODE:
				return getMode();
			case SluicePackage.JDBC_SINK__KEY_COLUMNS:
				return getKeyColumns();
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
			case SluicePackage.JDBC_SINK__CONNECTION:
				setConnection((String)newValue);
				return;
			case SluicePackage.JDBC_SINK__LOAD_METHOD:
				setLoadMethod((LoadMethod)newValue);
				return;
			case SluicePackage.JDBC_SINK__COMMIT_EVERY:
				setCommitEvery((Integer)newValue);
				return;
			case SluicePackage.JDBC_SINK__URL:
				setUrl((String)newValue);
				return;
			case SluicePackage.JDBC_SINK__USER:
				setUser((String)newValue);
				return;
			case SluicePackage.JDBC_SINK__PASSWORD:
				setPassword((String)newValue);
				return;
			case SluicePackage.JDBC_SINK__TABLE:
				setTable((String)newValue);
				return;
			case SluicePackage.JDBC_SINK__MODE:
				setMode((WriteMode)newValue);
				return;
			case SluicePackage.JDBC_SINK__KEY_COLUMNS:
				getKeyColumns().clear();
				getKeyColumns().addAll((Collection<? extends String>)newValue);
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
			case SluicePackage.JDBC_SINK__CONNECTION:
				setConnection(CONNECTION_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__LOAD_METHOD:
				setLoadMethod(LOAD_METHOD_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__COMMIT_EVERY:
				setCommitEvery(COMMIT_EVERY_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__URL:
				setUrl(URL_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__USER:
				setUser(USER_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__PASSWORD:
				setPassword(PASSWORD_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__TABLE:
				setTable(TABLE_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case SluicePackage.JDBC_SINK__KEY_COLUMNS:
				getKeyColumns().clear();
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
			case SluicePackage.JDBC_SINK__CONNECTION:
				return CONNECTION_EDEFAULT == null ? connection != null : !CONNECTION_EDEFAULT.equals(connection);
			case SluicePackage.JDBC_SINK__LOAD_METHOD:
				return loadMethod != LOAD_METHOD_EDEFAULT;
			case SluicePackage.JDBC_SINK__COMMIT_EVERY:
				return commitEvery != COMMIT_EVERY_EDEFAULT;
			case SluicePackage.JDBC_SINK__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case SluicePackage.JDBC_SINK__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case SluicePackage.JDBC_SINK__PASSWORD:
				return PASSWORD_EDEFAULT == null ? password != null : !PASSWORD_EDEFAULT.equals(password);
			case SluicePackage.JDBC_SINK__TABLE:
				return TABLE_EDEFAULT == null ? table != null : !TABLE_EDEFAULT.equals(table);
			case SluicePackage.JDBC_SINK__MODE:
				return mode != MODE_EDEFAULT;
			case SluicePackage.JDBC_SINK__KEY_COLUMNS:
				return keyColumns != null && !keyColumns.isEmpty();
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
		result.append(" (connection: ");
		result.append(connection);
		result.append(", loadMethod: ");
		result.append(loadMethod);
		result.append(", commitEvery: ");
		result.append(commitEvery);
		result.append(", url: ");
		result.append(url);
		result.append(", user: ");
		result.append(user);
		result.append(", password: ");
		result.append(password);
		result.append(", table: ");
		result.append(table);
		result.append(", mode: ");
		result.append(mode);
		result.append(", keyColumns: ");
		result.append(keyColumns);
		result.append(')');
		return result.toString();
	}

} //JdbcSinkImpl
