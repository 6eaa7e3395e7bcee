package org.barometer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.barometer.importer.IssueImport;
import org.barometer.issue.EventStore;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Revisions;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's stores on one database, as storage tests use them without the web: every store class (each
 * {@code @Repository}) wired as the application wires them, in a small context of their own. A second {@code Stores} on the same database is
 * another process: it tells the first of none of its changes.
 */
public final class Stores implements AutoCloseable {

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

    private Stores(DataSource dataSource, Object... more) {
        context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stores", Map.of("barometer.published.recheck", "PT0S")));
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(TransactionOperations.class, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class)));
        ClassPathBeanDefinitionScanner stores = new ClassPathBeanDefinitionScanner(context, false);
        stores.addIncludeFilter(new AnnotationTypeFilter(Repository.class));
        stores.scan("org.barometer");
        context.register(IssueImport.class);
        for (Object bean : more) {
            if (bean instanceof Class<?> type) {
                context.register(type);
            } else {
                register(bean);
            }
        }
        context.refresh();
    }

    /**
     * The stores on a database, and any more beans a test needs beside them: a class to make (it may be package-private)
     * or an object made already.
     */
    public static Stores on(DataSource dataSource, Object... more) {
        return new Stores(dataSource, more);
    }

    /**
     * The stores with the read model of published data and the team's publications on them, as the application has
     * them; published data is read again on every use (no recheck delay).
     */
    public static Stores withPublications(DataSource dataSource, Object... more) {
        List<Object> beans = new ArrayList<>(List.of(named("org.barometer.narrative.Narratives"), named("org.barometer.narrative.Forecasts"),
                named("org.barometer.publicdata.Editions"), named("org.barometer.publicdata.PublishedData"),
                named("org.barometer.workflow.TeamPublications"), named("org.barometer.reliability.DoubleScoring"),
                named("org.barometer.reliability.Blindness"), named("org.barometer.account.Accounts")));
        beans.addAll(List.of(more));
        return on(dataSource, beans.toArray());
    }

    private static Class<?> named(String type) {
        try {
            return Class.forName(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void register(T bean) {
        context.registerBean((Class<T>) bean.getClass(), () -> bean);
    }

    public <T> T get(Class<T> type) {
        return context.getBean(type);
    }

    public IssueStore issues() {
        return get(IssueStore.class);
    }

    public Revisions revisions() {
        return get(Revisions.class);
    }

    public EventStore events() {
        return get(EventStore.class);
    }

    public IssueImport imports() {
        return get(IssueImport.class);
    }

    public JdbcClient jdbc() {
        return get(JdbcClient.class);
    }

    public TransactionOperations transactions() {
        return get(TransactionOperations.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
