/**
 */
package io.sluice.model.internal.impl;

import io.sluice.model.JdbcSource;
import io.sluice.model.SluicePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Jdbc Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getConnection <em>Connection</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getTable <em>Table</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getFilter <em>Filter</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getHighWaterColumn <em>High Water Column</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getFetchSize <em>Fetch Size</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getUser <em>User</em>}</li>
 *   <li>{@link io.sluice.model.internal.impl.JdbcSourceImpl#getPassword <em>Password</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JdbcSourceImpl extends SourceImpl implements JdbcSource {
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
	 * The default value of the '{@link #getFilter() <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilter()
	 * @generated
	 * @ordered
	 */
	protected static final String FILTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFilter() <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilter()
	 * @generated
	 * @ordered
	 */
	protected String filter = FILTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getHighWaterColumn() <em>High Water Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighWaterColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String HIGH_WATER_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHighWaterColumn() <em>High Water Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighWaterColumn()
	 * @generated
	 * @ordered
	 */
	protected String highWaterColumn = HIGH_WATER_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getFetchSize() <em>Fetch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFetchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int FETCH_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFetchSize() <em>Fetch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFetchSize()
	 * @generated
	 * @ordered
	 */
	protected int fetchSize = FETCH_SIZE_EDEFAULT;

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
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JdbcSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SluicePackage.Literals.JDBC_SOURCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__CONNECTION, oldConnection, connection));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFilter() {
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilter(String newFilter) {
		String oldFilter = filter;
		filter = newFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__FILTER, oldFilter, filter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHighWaterColumn() {
		return highWaterColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighWaterColumn(String newHighWaterColumn) {
		String oldHighWaterColumn = highWaterColumn;
		highWaterColumn = newHighWaterColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__HIGH_WATER_COLUMN, oldHighWaterColumn, highWaterColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFetchSize() {
		return fetchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFetchSize(int newFetchSize) {
		int oldFetchSize = fetchSize;
		fetchSize = newFetchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__FETCH_SIZE, oldFetchSize, fetchSize));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__QUERY, oldQuery, query));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__USER, oldUser, user));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SluicePackage.JDBC_SOURCE__PASSWORD, oldPassword, password));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SluicePackage.JDBC_SOURCE__CONNECTION:
				return getConnection();
			case SluicePackage.JDBC_SOURCE__TABLE:
				return getTable();
			case SluicePackage.JDBC_SOURCE__FILTER:
				return getFilter();
			case SluicePackage.JDBC_SOURCE__HIGH_WATER_COLUMN:
				return getHighWaterColumn();
			case SluicePackage.JDBC_SOURCE__FETCH_SIZE:
				return getFetchSize();
			case SluicePackage.JDBC_SOURCE__URL:
				return getUrl();
			case SluicePackage.JDBC_SOURCE__QUERY:
				return getQuery();
			case SluicePackage.JDBC_SOURCE__USER:
				return getUser();
			case SluicePackage.JDBC_SOURCE__PASSWORD:
				return getPassword();
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
			case SluicePackage.JDBC_SOURCE__CONNECTION:
				setConnection((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__TABLE:
				setTable((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__FILTER:
				setFilter((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__HIGH_WATER_COLUMN:
				setHighWaterColumn((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__FETCH_SIZE:
				setFetchSize((Integer)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__URL:
				setUrl((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__QUERY:
				setQuery((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__USER:
				setUser((String)newValue);
				return;
			case SluicePackage.JDBC_SOURCE__PASSWORD:
				setPassword((String)newValue);
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
			case SluicePackage.JDBC_SOURCE__CONNECTION:
				setConnection(CONNECTION_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__TABLE:
				setTable(TABLE_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__FILTER:
				setFilter(FILTER_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__HIGH_WATER_COLUMN:
				setHighWaterColumn(HIGH_WATER_COLUMN_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__FETCH_SIZE:
				setFetchSize(FETCH_SIZE_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__USER:
				setUser(USER_EDEFAULT);
				return;
			case SluicePackage.JDBC_SOURCE__PASSWORD:
				setPassword(PASSWORD_EDEFAULT);
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
			case SluicePackage.JDBC_SOURCE__CONNECTION:
				return CONNECTION_EDEFAULT == null ? connection != null : !CONNECTION_EDEFAULT.equals(connection);
			case SluicePackage.JDBC_SOURCE__TABLE:
				return TABLE_EDEFAULT == null ? table != null : !TABLE_EDEFAULT.equals(table);
			case SluicePackage.JDBC_SOURCE__FILTER:
				return FILTER_EDEFAULT == null ? filter != null : !FILTER_EDEFAULT.equals(filter);
			case SluicePackage.JDBC_SOURCE__HIGH_WATER_COLUMN:
				return HIGH_WATER_COLUMN_EDEFAULT == null ? highWaterColumn != null : !HIGH_WATER_COLUMN_EDEFAULT.equals(highWaterColumn);
			case SluicePackage.JDBC_SOURCE__FETCH_SIZE:
				return fetchSize != FETCH_SIZE_EDEFAULT;
			case SluicePackage.JDBC_SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case SluicePackage.JDBC_SOURCE__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case SluicePackage.JDBC_SOURCE__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case SluicePackage.JDBC_SOURCE__PASSWORD:
				return PASSWORD_EDEFAULT == null ? password != null : !PASSWORD_EDEFAULT.equals(password);
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
		result.append(", table: ");
		result.append(table);
		result.append(", filter: ");
		result.append(filter);
		result.append(", highWaterColumn: ");
		result.append(highWaterColumn);
		result.append(", fetchSize: ");
		result.append(fetchSize);
		result.append(", url: ");
		result.append(url);
		result.append(", query: ");
		result.append(query);
		result.append(", user: ");
		result.append(user);
		result.append(", password: ");
		result.append(password);
		result.append(')');
		return result.toString();
	}

} //JdbcSourceImpl
