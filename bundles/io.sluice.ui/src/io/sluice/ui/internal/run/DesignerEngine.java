package io.sluice.ui.internal.run;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.connections.DriverRegistry;

/**
 * The one runtime engine of the designer, created on first use. Runs and previews started from any editor share it,
 * so they share its run history (the same H2 database the command line writes to).
 * <p>
 * JDBC drivers come from the {@link DriverRegistry} the runtime bundle registers as an OSGi service (declarative
 * services): the engine's runs and previews and the editor's source schema resolution all connect through that
 * service's instance, which loads each driver from its resolved jars in a class loader of its own — never through
 * {@code DriverManager} or a bundle's class path. Runs get it through {@link SluiceEngine#withDrivers}, source schema
 * resolution through {@link io.sluice.runtime.SourceSchemas#resolver}: each is handed the service, nothing keeps it
 * in a static field of the runtime.
 */
public final class DesignerEngine {

    private static volatile SluiceEngine engine;
    private static ServiceTracker<DriverRegistry, DriverRegistry> registry;

    private DesignerEngine() {
    }

    public static SluiceEngine get() {
        SluiceEngine e = engine;
        if (e == null) {
            synchronized (DesignerEngine.class) {
                e = engine;
                if (e == null) {
                    e = new SluiceEngine().withDrivers(drivers());
                    engine = e;
                }
            }
        }
        return e;
    }

    /** The driver registry service of the runtime bundle. */
    public static synchronized DriverRegistry drivers() {
        if (registry == null) {
            Bundle ui = FrameworkUtil.getBundle(DesignerEngine.class);
            BundleContext context = ui == null ? null : ui.getBundleContext();
            if (context == null) {
                throw new IllegalStateException("the designer's bundle is not active: no OSGi service registry"); //$NON-NLS-1$
            }
            registry = new ServiceTracker<>(context, DriverRegistry.class, null);
            registry.open();
        }
        DriverRegistry service = registry.getService();
        if (service == null) {
            throw new IllegalStateException("no JDBC driver registry service: the bundle io.sluice.runtime registers it " //$NON-NLS-1$
                    + "through declarative services (is org.apache.felix.scr started?)"); //$NON-NLS-1$
        }
        return service;
    }
}
