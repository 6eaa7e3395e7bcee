package org.barometer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

/** A data source that writes down every statement prepared on it, to count the queries a piece of work makes. */
public final class CountingDataSource {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final DataSource counted;

    public CountingDataSource(DataSource dataSource) {
        counted = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = call(dataSource, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    /** The data source to hand to the code under test. */
    public DataSource dataSource() {
        return counted;
    }

    /** The SQL of every statement prepared since the last {@link #forget()}. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void forget() {
        statements.clear();
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare")) {
                        statements.add(String.valueOf(args[0]));
                    } else if (method.getName().equals("createStatement")) {
                        statements.add("(a plain statement)");
                    }
                    return call(connection, method, args);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
